// Setup step 4: the practice passphrase that wraps the database keys; explained plainly because it cannot be reset.
import { Alert, List, PasswordInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../api/field-errors';

export function PassphraseStep({
  passphrase,
  confirmPassphrase,
  errors,
  onChange,
}: {
  passphrase: string;
  confirmPassphrase: string;
  /** Already in the UI language. */
  errors: FieldErrors;
  onChange: (field: 'passphrase' | 'confirmPassphrase', value: string) => void;
}) {
  const { t } = useTranslation('setup');
  return (
    <Stack gap="md">
      <Alert color="blue" variant="light" title={t('passphrase.aboutTitle')}>
        <Text size="sm">{t('passphrase.about')}</Text>
        <List size="sm" mt="xs">
          <List.Item>{t('passphrase.long')}</List.Item>
          <List.Item>{t('passphrase.writeDown')}</List.Item>
          <List.Item>{t('passphrase.noReset')}</List.Item>
        </List>
      </Alert>
      <PasswordInput
        label={t('passphrase.label')}
        required
        autoComplete="new-password"
        value={passphrase}
        error={errors['passphrase']}
        onChange={(e) => onChange('passphrase', e.currentTarget.value)}
      />
      <PasswordInput
        label={t('passphrase.confirm')}
        required
        autoComplete="new-password"
        value={confirmPassphrase}
        error={errors['confirmPassphrase']}
        onChange={(e) => onChange('confirmPassphrase', e.currentTarget.value)}
      />
    </Stack>
  );
}
