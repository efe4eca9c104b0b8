// The form for changing one's own password (`auth.changePassword`), used in Settings › My account and on the
// screen that follows a sign-in with a password an administrator set. On success the session is told the password
// is the user's own now, which lifts the auth.mustChangePassword gate.
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Password } from '../../../../shared/contract/users';
import { NO_FIELD_ERRORS, useFieldErrors, type FieldErrors } from '../../../api/field-errors';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { submitHandler } from '../../../components/submit-handler';
import { useApiAction } from '../../../hooks/use-api-action';
import { useFocusFirstError } from '../../../hooks/use-focus-first-error';
import { useSession, useSignedIn } from '../../session/session-context';

const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function ChangePasswordForm({ submitLabel, onChanged }: { submitLabel: string; onChanged: () => void }) {
  const { t } = useTranslation('settings');
  const { check, fieldErrorsOf } = useFieldErrors();
  const { session } = useSignedIn();
  const { signedIn } = useSession();
  const change = useApiAction('auth.changePassword');
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>(NO_FIELD_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  const schema = z
    .object({ currentPassword: z.string().min(1), newPassword: Password, confirmPassword: z.string() })
    .refine((v) => v.newPassword === v.confirmPassword, {
      error: t('account.passwordsDiffer'),
      path: ['confirmPassword'],
    });

  const bind = (field: keyof typeof EMPTY) => ({
    value: values[field],
    error: errors[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [field]: value }));
    },
  });

  const submit = async () => {
    const parsed = check(schema, values);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors(NO_FIELD_ERRORS);
    const { currentPassword, newPassword } = parsed.value;
    const result = await change.run({ currentPassword, newPassword });
    if (result.ok) {
      setValues(EMPTY);
      signedIn({ ...session, mustChangePassword: false, user: { ...session.user, mustChangePassword: false } });
      onChanged();
    } else if (result.error.rule === 'auth.invalidCredentials') {
      // Beside the field it concerns; the sign-in wording ("username or password") does not fit here.
      change.setError(null);
      setErrors({ currentPassword: t('account.currentWrong') });
    } else setErrors(fieldErrorsOf(result.error));
  };

  return (
    <form ref={formRef} onSubmit={submitHandler(submit)} noValidate aria-label={t('account.formLabel')}>
      <Stack gap="md" maw={480}>
        {/* The username lets password managers file the new password under the right account. */}
        <input type="text" autoComplete="username" value={session.user.username} readOnly hidden />
        <PasswordInput
          label={t('account.currentPassword')}
          required
          autoComplete="current-password"
          {...bind('currentPassword')}
        />
        <PasswordInput
          label={t('account.newPassword')}
          required
          autoComplete="new-password"
          description={t('account.passwordHelp')}
          {...bind('newPassword')}
        />
        <PasswordInput
          label={t('account.confirmPassword')}
          required
          autoComplete="new-password"
          {...bind('confirmPassword')}
        />
        <ErrorAlert
          error={change.error}
          title={t('account.passwordNotChanged')}
          shownFields={['currentPassword', 'newPassword']}
        />
        <Group>
          <Button type="submit" loading={change.pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
