// Warnings about where the practice's data is kept (e.g. a cloud-sync folder), shown above every screen
// until the practice moves the database: the core reports them in app.status as codes, worded here.
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-context';

export function StorageWarnings() {
  const { t } = useTranslation('shell');
  const { warnings } = useSession();
  if (warnings.length === 0) return null;
  return (
    <Alert color="orange" title={t('storage.title')} mb="md" role="alert">
      {warnings.map((w) => (
        <p key={w.code} style={{ margin: 0 }}>
          {w.code === 'syncFolder' ? t('storage.syncFolder', { service: w.service ?? '' }) : t(`storage.${w.code}`)}
        </p>
      ))}
    </Alert>
  );
}
