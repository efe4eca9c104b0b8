// "Unlock database": the database exists but its keys need the practice passphrase (`app.unseal`).
import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredPage } from '../../components/CenteredPage';
import { ComputerLanguageSelect } from '../../components/ComputerLanguageSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { submitHandler } from '../../components/submit-handler';
import { useApiAction } from '../../hooks/use-api-action';
import { useSession } from '../session/session-context';

export function UnsealScreen() {
  const { t } = useTranslation('start');
  const { applyStatus } = useSession();
  const unseal = useApiAction('app.unseal');
  const [passphrase, setPassphrase] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = async () => {
    setMissing(!passphrase);
    if (!passphrase) return;
    const result = await unseal.run({ passphrase });
    if (result.ok) applyStatus(result.value);
    else setPassphrase('');
  };

  return (
    <CenteredPage title={t('unseal.title')} subtitle={t('unseal.subtitle')}>
      <form onSubmit={submitHandler(submit)} noValidate aria-label={t('unseal.formLabel')}>
        <Stack gap="md">
          <ErrorAlert error={unseal.error} title={t('unseal.stillLocked')} />
          <PasswordInput
            label={t('unseal.passphrase')}
            autoComplete="current-password"
            autoFocus
            required
            value={passphrase}
            error={missing ? t('unseal.enterPassphrase') : undefined}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
          />
          <Text size="sm" c="dimmed">
            {t('unseal.hint')}
          </Text>
          <Button type="submit" loading={unseal.pending}>
            {t('unseal.submit')}
          </Button>
          <Group justify="flex-end">
            <ComputerLanguageSelect label={t('signIn.language')} />
          </Group>
        </Stack>
      </form>
    </CenteredPage>
  );
}
