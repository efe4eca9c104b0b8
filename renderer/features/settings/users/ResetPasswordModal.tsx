// "Reset password" dialog: an administrator sets a new password, which also clears a lockout (`users.resetPassword`).
import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { z } from 'zod';
import { Password, type User } from '../../../../shared/contract/users';
import { check, fieldErrorsOf, NO_FIELD_ERRORS, type FieldErrors } from '../../../api/field-errors';
import { AppModal } from '../../../components/AppModal';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useApiAction } from '../../../hooks/use-api-action';
import { useFocusFirstError } from '../../../hooks/use-focus-first-error';
import { submitHandler } from '../../../components/submit-handler';

const ResetSchema = z
  .object({ newPassword: Password, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, {
    error: 'The passwords do not match',
    path: ['confirmPassword'],
  });

export function ResetPasswordModal({
  user,
  onClose,
  onDone,
}: {
  user: User | null;
  onClose: () => void;
  onDone: (user: User) => void;
}) {
  return (
    <AppModal
      opened={user !== null}
      onClose={onClose}
      title={user ? `Reset password for ${user.fullName}` : 'Reset password'}
    >
      {user && <ResetForm user={user} onCancel={onClose} onDone={onDone} />}
    </AppModal>
  );
}

function ResetForm({ user, onCancel, onDone }: { user: User; onCancel: () => void; onDone: (user: User) => void }) {
  const reset = useApiAction('users.resetPassword');
  const [values, setValues] = useState({ newPassword: '', confirmPassword: '' });
  const [errors, setErrors] = useState<FieldErrors>(NO_FIELD_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  const submit = async () => {
    const parsed = check(ResetSchema, values);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors(NO_FIELD_ERRORS);
    const result = await reset.run({ userId: user.id, newPassword: parsed.value.newPassword });
    if (result.ok) onDone(user);
    else setErrors(fieldErrorsOf(result.error));
  };

  return (
    <form ref={formRef} onSubmit={submitHandler(submit)} noValidate aria-label="Reset password">
      <Stack gap="md">
        <Text size="sm">
          {user.fullName} ({user.username}) will sign in with this password. If the account was locked after failed
          attempts, it is unlocked.
        </Text>
        <PasswordInput
          label="New password"
          required
          data-autofocus
          autoComplete="new-password"
          description="At least 12 characters"
          value={values.newPassword}
          error={errors['newPassword']}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setValues((v) => ({ ...v, newPassword: value }));
          }}
        />
        <PasswordInput
          label="Confirm new password"
          required
          autoComplete="new-password"
          value={values.confirmPassword}
          error={errors['confirmPassword']}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setValues((v) => ({ ...v, confirmPassword: value }));
          }}
        />
        <ErrorAlert error={reset.error} title="Password not reset" shownFields={['newPassword']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={reset.pending}>
            Reset password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
