// The editor's two questions: leave with unsaved changes, and discard the draft.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import { AppModal } from '../../../components/AppModal';
import { RefusalAlert } from '../RefusalAlert';

export function LeaveModal({
  opened,
  saving,
  onStay,
  onLeave,
  onSaveAndLeave,
}: {
  opened: boolean;
  saving: boolean;
  onStay: () => void;
  onLeave: () => void;
  onSaveAndLeave: () => void;
}) {
  const { t } = useTranslation(['notices', 'common']);
  return (
    <AppModal opened={opened} onClose={onStay} title={t('leave.title')}>
      <Stack gap="md">
        <Text size="sm">{t('leave.explain')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onStay} data-autofocus>
            {t('leave.stay')}
          </Button>
          <Button variant="light" color="red" onClick={onLeave}>
            {t('leave.leave')}
          </Button>
          <Button onClick={onSaveAndLeave} loading={saving}>
            {t('leave.saveAndLeave')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

export function DiscardModal({
  opened,
  pending,
  error,
  onCancel,
  onDiscard,
}: {
  opened: boolean;
  pending: boolean;
  error: AppError | null;
  onCancel: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation(['notices', 'common']);
  return (
    <AppModal opened={opened} onClose={onCancel} title={t('discard.title')}>
      <Stack gap="md">
        <Text size="sm">{t('discard.explain')}</Text>
        <RefusalAlert error={error} title={t('discard.notDone')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            {t('discard.keep')}
          </Button>
          <Button color="red" onClick={onDiscard} loading={pending}>
            {t('discard.action')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
