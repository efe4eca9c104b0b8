// Confirms retiring a superseded version (`notices.retire`): it stays on file (45 CFR 164.530(j)) and printable.
import { Button, Group, Stack, Text } from '@mantine/core';
import type { NoticeVersionSummary } from '../../../shared/contract/notices';
import { AppModal } from '../../components/AppModal';
import { useApiAction } from '../../hooks/use-api-action';
import { versionTitle } from './notice-labels';
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
    <AppModal opened={version !== null} onClose={close} title={version ? `Retire ${versionTitle(version)}?` : 'Retire'}>
      {version && (
        <Stack gap="md">
          <Text size="sm">
            A later version has replaced this one. Retiring marks it as no longer in use. It is not deleted: HIPAA
            requires keeping each notice for six years from when it was last in effect, and it can still be printed and
            compared.
          </Text>
          <RefusalAlert error={retire.error} title="Not retired" />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              Cancel
            </Button>
            <Button color="red" onClick={() => void confirm()} loading={retire.pending}>
              Retire
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
