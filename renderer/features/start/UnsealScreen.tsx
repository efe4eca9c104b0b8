// "Unlock database": the database exists but its keys need the practice passphrase (`app.unseal`).
import { Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { CenteredPage } from '../../components/CenteredPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiAction } from '../../hooks/use-api-action';
import { useSession } from '../session/session-context';
import { submitHandler } from '../../components/submit-handler';

export function UnsealScreen() {
  const { applyStatus } = useSession();
  const unseal = useApiAction('app.unseal');
  const [passphrase, setPassphrase] = useState('');
  const [missing, setMissing] = useState<string | undefined>(undefined);

  const submit = async () => {
    setMissing(passphrase ? undefined : 'Enter the practice passphrase');
    if (!passphrase) return;
    const result = await unseal.run({ passphrase });
    if (result.ok) applyStatus(result.value);
    else setPassphrase('');
  };

  return (
    <CenteredPage title="Unlock database" subtitle="Enter the practice passphrase to open the practice's data.">
      <form onSubmit={submitHandler(submit)} noValidate aria-label="Unlock database">
        <Stack gap="md">
          <ErrorAlert error={unseal.error} title="The database is still locked" />
          <PasswordInput
            label="Practice passphrase"
            autoComplete="current-password"
            autoFocus
            required
            value={passphrase}
            error={missing}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
          />
          <Text size="sm" c="dimmed">
            This is the passphrase chosen when Privacy Desk was set up. It is different from your own password.
          </Text>
          <Button type="submit" loading={unseal.pending}>
            Unlock database
          </Button>
        </Stack>
      </form>
    </CenteredPage>
  );
}
