// Settings › Security: minutes of inactivity before the app locks itself (`settings.get` / `settings.update`).
import { Button, Group, Loader, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { SecuritySettings as SecuritySchema } from '../../../shared/contract/practice';
import { check, fieldErrorsOf } from '../../api/field-errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useApiAction } from '../../hooks/use-api-action';
import { appErrorOf, useApiQuery } from '../../hooks/use-api-query';
import { useSession } from '../session/session-context';
import { submitHandler } from '../../components/submit-handler';

export function SecuritySettings() {
  const query = useApiQuery('settings.get', {});
  const { setIdleLockMinutes } = useSession();
  const update = useApiAction('settings.update');
  const [minutes, setMinutes] = useState<number | string | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState<string | null>(null);

  // Seeded once from the query, then owned by the form (a lock clears the query cache, not the typed value).
  if (query.data && minutes === null) setMinutes(query.data.idleLockMinutes);

  if (minutes === null) {
    return query.error ? (
      <ErrorAlert error={appErrorOf(query.error)} />
    ) : (
      <Loader aria-label="Loading security settings" />
    );
  }

  const submit = async () => {
    setSaved(null);
    const parsed = check(SecuritySchema, { idleLockMinutes: typeof minutes === 'number' ? minutes : Number.NaN });
    if (!parsed.ok) {
      setError(parsed.errors['idleLockMinutes'] ?? 'Enter a whole number of minutes from 1 to 60');
      return;
    }
    setError(undefined);
    const result = await update.run(parsed.value);
    if (result.ok) {
      setIdleLockMinutes(result.value.idleLockMinutes);
      setSaved(`Saved. Privacy Desk now locks after ${result.value.idleLockMinutes} minutes without activity.`);
    } else {
      setError(fieldErrorsOf(result.error)['idleLockMinutes']);
    }
  };

  return (
    <form onSubmit={submitHandler(submit)} noValidate aria-label="Security settings">
      <Stack gap="md" maw={480}>
        <Title order={2} size="h4">
          Automatic lock
        </Title>
        <Text size="sm" c="dimmed">
          When nobody uses this workstation for this long, Privacy Desk locks and asks for the user&apos;s password.
          HIPAA expects an automatic logoff; 10 minutes or less suits a front desk.
        </Text>
        <NumberInput
          label="Lock after (minutes)"
          min={1}
          max={60}
          step={1}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          value={minutes}
          error={error}
          onChange={(value) => {
            setSaved(null);
            setMinutes(value);
          }}
        />
        <ErrorAlert error={update.error} title="Not saved" shownFields={['idleLockMinutes']} />
        <SuccessAlert message={saved} onClose={() => setSaved(null)} />
        <Group>
          <Button type="submit" loading={update.pending}>
            Save security settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
