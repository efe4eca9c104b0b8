// Shown when even `app.status` fails: say so plainly and offer to try again.
import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { CenteredPage } from '../../components/CenteredPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSession } from '../session/session-context';

export function UnavailableScreen({ error }: { error: AppError }) {
  const { t } = useTranslation('start');
  const { refresh } = useSession();
  const [busy, setBusy] = useState(false);
  const retry = async () => {
    setBusy(true);
    await refresh();
    setBusy(false);
  };
  return (
    <CenteredPage title={t('unavailable.title')}>
      <Stack gap="md">
        <ErrorAlert error={error} />
        <Button onClick={() => void retry()} loading={busy}>
          {t('unavailable.retry')}
        </Button>
      </Stack>
    </CenteredPage>
  );
}
