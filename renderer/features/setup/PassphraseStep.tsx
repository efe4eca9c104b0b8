// Setup step 4: the practice passphrase that wraps the database keys; explained plainly because it cannot be reset.
import { Alert, List, PasswordInput, Stack, Text } from '@mantine/core';
import type { FieldErrors } from '../../api/field-errors';

export function PassphraseStep({
  passphrase,
  confirmPassphrase,
  errors,
  onChange,
}: {
  passphrase: string;
  confirmPassphrase: string;
  errors: FieldErrors;
  onChange: (field: 'passphrase' | 'confirmPassphrase', value: string) => void;
}) {
  return (
    <Stack gap="md">
      <Alert color="blue" variant="light" title="About the database passphrase">
        <Text size="sm">
          The passphrase encrypts the practice&apos;s data. You will need it to open the database on another computer
          and to recover it from a backup.
        </Text>
        <List size="sm" mt="xs">
          <List.Item>Use a long phrase: at least 12 characters. Several unrelated words work well.</List.Item>
          <List.Item>Write it down and keep it somewhere safe, such as the practice&apos;s locked cabinet.</List.Item>
          <List.Item>It cannot be reset. Without it, the data cannot be recovered.</List.Item>
        </List>
      </Alert>
      <PasswordInput
        label="Database passphrase"
        required
        autoComplete="new-password"
        value={passphrase}
        error={errors['passphrase']}
        onChange={(e) => onChange('passphrase', e.currentTarget.value)}
      />
      <PasswordInput
        label="Confirm database passphrase"
        required
        autoComplete="new-password"
        value={confirmPassphrase}
        error={errors['confirmPassphrase']}
        onChange={(e) => onChange('confirmPassphrase', e.currentTarget.value)}
      />
    </Stack>
  );
}
