// Confirms retiring a superseded version (`notices.retire`): it stays on file (45 CFR 164.530(j)) and printable.
import { Button, Group, Stack, Text } from '@mantine/core';
import type { NoticeVersionSummary } from '../../../shared/contract/notices';
import { AppModal } from '../../components/AppModal';
import { useApiAction } from '../../hooks/use-api-action';
import { useNoticeWords } from './notice-labels';
import { RefusalAlert } from './RefusalAlert';

export function RetireModal({
  version,
  onClose,
  onDone,
}: {
  version: NoticeVersionSummary | null;
  onClose: () => void;
  onDone: (v: NoticeVersionSummary) => void;
}) {
  const { t, versionTitle } = useNoticeWords();
  const retire = useApiAction('notices.retire');
  const close = () => {
    retire.setError(null);
    onClose();
  };
  const confirm = async () => {
    if (!version) return;
    const result = await retire.run({ id: version.id });
    if (result.ok) onDone(result.value);
  };
  return (
    <AppModal
      opened={version !== null}
      onClose={close}
      title={version ? t('retire.title', { title: versionTitle(version) }) : t('retire.action')}
    >
      {version && (
        <Stack gap="md">
          <Text size="sm">{t('retire.explain')}</Text>
          <RefusalAlert error={retire.error} title={t('retire.notDone')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('common:actions.cancel')}
            </Button>
            <Button color="red" onClick={() => void confirm()} loading={retire.pending}>
              {t('retire.action')}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
