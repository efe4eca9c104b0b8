// Settings › Security: minutes of inactivity before the app locks itself (`settings.get` / `settings.update`).
import { Button, Group, Loader, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SecuritySettings as SecuritySchema } from '../../../shared/contract/practice';
import { useFieldErrors } from '../../api/field-errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useApiAction } from '../../hooks/use-api-action';
import { appErrorOf, useApiQuery } from '../../hooks/use-api-query';
import { useSession } from '../session/session-context';
import { submitHandler } from '../../components/submit-handler';

export function SecuritySettings() {
  const { t } = useTranslation('settings');
  const { check, fieldErrorsOf } = useFieldErrors();
  const query = useApiQuery('settings.get', {});
  const { setIdleLockMinutes } = useSession();
  const update = useApiAction('settings.update');
  const [minutes, setMinutes] = useState<number | string | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState<string | null>(null);

  // Seeded once from the query, then owned by the form (a lock clears the query cache, not the typed value).
  if (query.data && minutes === null) setMinutes(query.data.idleLockMinutes);

  if (minutes === null) {
    return query.error ? <ErrorAlert error={appErrorOf(query.error)} /> : <Loader aria-label={t('security.loading')} />;
  }

  const submit = async () => {
    setSaved(null);
    const parsed = check(SecuritySchema, { idleLockMinutes: typeof minutes === 'number' ? minutes : Number.NaN });
    if (!parsed.ok) {
      setError(parsed.errors['idleLockMinutes'] ?? t('security.minutesInvalid'));
      return;
    }
    setError(undefined);
    const result = await update.run(parsed.value);
    if (result.ok) {
      setIdleLockMinutes(result.value.idleLockMinutes);
      setSaved(t('security.saved', { count: result.value.idleLockMinutes }));
    } else {
      setError(fieldErrorsOf(result.error)['idleLockMinutes']);
    }
  };

  return (
    <form onSubmit={submitHandler(submit)} noValidate aria-label={t('security.formLabel')}>
      <Stack gap="md" maw={480}>
        <Title order={2} size="h4">
          {t('security.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('security.intro')}
        </Text>
        <NumberInput
          label={t('security.minutesLabel')}
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
        <ErrorAlert error={update.error} title={t('security.notSaved')} shownFields={['idleLockMinutes']} />
        <SuccessAlert message={saved} onClose={() => setSaved(null)} />
        <Group>
          <Button type="submit" loading={update.pending}>
            {t('security.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
