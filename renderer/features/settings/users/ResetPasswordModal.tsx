// "Reset password" dialog: an administrator sets a new password, which also clears a lockout (`users.resetPassword`);
// the user replaces it with their own at the next sign-in.
import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Password, type User } from '../../../../shared/contract/users';
import { NO_FIELD_ERRORS, useFieldErrors, type FieldErrors } from '../../../api/field-errors';
import { AppModal } from '../../../components/AppModal';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useApiAction } from '../../../hooks/use-api-action';
import { useFocusFirstError } from '../../../hooks/use-focus-first-error';
import { submitHandler } from '../../../components/submit-handler';

export function ResetPasswordModal({
  user,
  onClose,
  onDone,
}: {
  user: User | null;
  onClose: () => void;
  onDone: (user: User) => void;
}) {
  const { t } = useTranslation('users');
  return (
    <AppModal
      opened={user !== null}
      onClose={onClose}
      title={user ? t('resetForm.title', { name: user.fullName }) : t('resetForm.formLabel')}
    >
      {user && <ResetForm user={user} onCancel={onClose} onDone={onDone} />}
    </AppModal>
  );
}

function ResetForm({ user, onCancel, onDone }: { user: User; onCancel: () => void; onDone: (user: User) => void }) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation('common');
  const { check, fieldErrorsOf } = useFieldErrors();
  const resetSchema = useMemo(
    () =>
      z
        .object({ newPassword: Password, confirmPassword: z.string() })
        .refine((v) => v.newPassword === v.confirmPassword, {
          error: t('resetForm.mismatch'),
          path: ['confirmPassword'],
        }),
    [t],
  );
  const reset = useApiAction('users.resetPassword');
  const [values, setValues] = useState({ newPassword: '', confirmPassword: '' });
  const [errors, setErrors] = useState<FieldErrors>(NO_FIELD_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  const submit = async () => {
    const parsed = check(resetSchema, values);
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
    <form ref={formRef} onSubmit={submitHandler(submit)} noValidate aria-label={t('resetForm.formLabel')}>
      <Stack gap="md">
        <Text size="sm">{t('resetForm.text', { name: user.fullName, username: user.username })}</Text>
        <PasswordInput
          label={t('resetForm.newPassword')}
          required
          data-autofocus
          autoComplete="new-password"
          description={t('resetForm.help')}
          value={values.newPassword}
          error={errors['newPassword']}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setValues((v) => ({ ...v, newPassword: value }));
          }}
        />
        <PasswordInput
          label={t('resetForm.confirm')}
          required
          autoComplete="new-password"
          value={values.confirmPassword}
          error={errors['confirmPassword']}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setValues((v) => ({ ...v, confirmPassword: value }));
          }}
        />
        <ErrorAlert error={reset.error} title={t('resetForm.notReset')} shownFields={['newPassword']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={reset.pending}>
            {t('resetForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
