// "Add user" dialog: a new staff account with a role and a first password (`users.create`).
import { Button, Group, NativeSelect, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { z } from 'zod';
import { NewUser, type User } from '../../../../shared/contract/users';
import { check, fieldErrorsOf, NO_FIELD_ERRORS, type FieldErrors } from '../../../api/field-errors';
import { AppModal } from '../../../components/AppModal';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useApiAction } from '../../../hooks/use-api-action';
import { useFocusFirstError } from '../../../hooks/use-focus-first-error';
import { ROLE_OPTIONS } from '../../session/roles';
import { submitHandler } from '../../../components/submit-handler';

const NewUserForm = NewUser.extend({ confirmPassword: z.string() }).refine((v) => v.password === v.confirmPassword, {
  error: 'The passwords do not match',
  path: ['confirmPassword'],
});

const SHOWN = ['username', 'fullName', 'role', 'password'];

export function AddUserModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (user: User) => void;
}) {
  return (
    <AppModal opened={opened} onClose={onClose} title="Add user" size="lg">
      <AddUserForm onCancel={onClose} onCreated={onCreated} />
    </AppModal>
  );
}

function AddUserForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (user: User) => void }) {
  const create = useApiAction('users.create');
  const [values, setValues] = useState({
    username: '',
    fullName: '',
    role: 'front_desk',
    password: '',
    confirmPassword: '',
  });
  const [errors, setErrors] = useState<FieldErrors>(NO_FIELD_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  const bind = (field: keyof typeof values) => ({
    value: values[field],
    error: errors[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [field]: value }));
    },
  });

  const submit = async () => {
    const parsed = check(NewUserForm, values);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors(NO_FIELD_ERRORS);
    const { username, fullName, role, password } = parsed.value;
    const result = await create.run({ username, fullName, role, password });
    if (result.ok) onCreated(result.value);
    else if (result.error.rule === 'users.usernameTaken') {
      create.setError(null);
      setErrors({ username: 'That username is already taken. Choose another.' });
    } else setErrors(fieldErrorsOf(result.error));
  };

  return (
    <form ref={formRef} onSubmit={submitHandler(submit)} noValidate aria-label="Add user">
      <Stack gap="md">
        <Group grow align="flex-start">
          <TextInput label="Full name" required data-autofocus autoComplete="off" {...bind('fullName')} />
          <TextInput
            label="Username"
            required
            autoComplete="off"
            description="Letters, digits, dot, dash or underscore"
            {...bind('username')}
          />
        </Group>
        <NativeSelect label="Role" required data={ROLE_OPTIONS} {...bind('role')} />
        <Group grow align="flex-start">
          <PasswordInput
            label="Password"
            required
            autoComplete="new-password"
            description="At least 12 characters"
            {...bind('password')}
          />
          <PasswordInput label="Confirm password" required autoComplete="new-password" {...bind('confirmPassword')} />
        </Group>
        <ErrorAlert error={create.error} title="User not added" shownFields={SHOWN} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={create.pending}>
            Create user
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
