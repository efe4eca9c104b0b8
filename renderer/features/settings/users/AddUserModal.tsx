// "Add user" dialog: a new staff account with a role and a first password (`users.create`), which the user
// replaces with their own at the first sign-in.
import { Button, Group, NativeSelect, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { NewUser, type User } from '../../../../shared/contract/users';
import { NO_FIELD_ERRORS, useFieldErrors, type FieldErrors } from '../../../api/field-errors';
import { AppModal } from '../../../components/AppModal';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useApiAction } from '../../../hooks/use-api-action';
import { useFocusFirstError } from '../../../hooks/use-focus-first-error';
import { ROLES } from '../../../../shared/contract/define';
import { submitHandler } from '../../../components/submit-handler';

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
  const { t } = useTranslation('users');
  return (
    <AppModal opened={opened} onClose={onClose} title={t('addForm.title')} size="lg">
      <AddUserForm onCancel={onClose} onCreated={onCreated} />
    </AppModal>
  );
}

function AddUserForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (user: User) => void }) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation('common');
  const { check, fieldErrorsOf } = useFieldErrors();
  const newUserForm = useMemo(
    () =>
      NewUser.extend({ confirmPassword: z.string() }).refine((v) => v.password === v.confirmPassword, {
        error: t('addForm.mismatch'),
        path: ['confirmPassword'],
      }),
    [t],
  );
  const roleOptions = ROLES.map((value) => ({ value, label: t(`roles.${value}`) }));
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
    const parsed = check(newUserForm, values);
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
      setErrors({ username: t('addForm.taken') });
    } else setErrors(fieldErrorsOf(result.error));
  };

  return (
    <form ref={formRef} onSubmit={submitHandler(submit)} noValidate aria-label={t('addForm.title')}>
      <Stack gap="md">
        <Group grow align="flex-start">
          <TextInput label={t('addForm.fullName')} required data-autofocus autoComplete="off" {...bind('fullName')} />
          <TextInput
            label={t('addForm.username')}
            required
            autoComplete="off"
            description={t('addForm.usernameHelp')}
            {...bind('username')}
          />
        </Group>
        <NativeSelect label={t('addForm.role')} required data={roleOptions} {...bind('role')} />
        <Group grow align="flex-start">
          <PasswordInput
            label={t('addForm.password')}
            required
            autoComplete="new-password"
            description={t('addForm.passwordHelp')}
            {...bind('password')}
          />
          <PasswordInput
            label={t('addForm.confirm')}
            required
            autoComplete="new-password"
            {...bind('confirmPassword')}
          />
        </Group>
        <ErrorAlert error={create.error} title={t('addForm.notAdded')} shownFields={SHOWN} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={create.pending}>
            {t('addForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
