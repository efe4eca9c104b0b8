// The editor's two questions: leave with unsaved changes, and discard the draft.
import { Button, Group, Stack, Text } from '@mantine/core';
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
  return (
    <AppModal opened={opened} onClose={onStay} title="Leave without saving?">
      <Stack gap="md">
        <Text size="sm">This draft has changes that are not saved. If you leave now, they are lost.</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onStay} data-autofocus>
            Stay
          </Button>
          <Button variant="light" color="red" onClick={onLeave}>
            Leave without saving
          </Button>
          <Button onClick={onSaveAndLeave} loading={saving}>
            Save and leave
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
  return (
    <AppModal opened={opened} onClose={onCancel} title="Discard this draft?">
      <Stack gap="md">
        <Text size="sm">
          The draft and everything typed in it are deleted. Published versions are not affected. This cannot be undone.
        </Text>
        <RefusalAlert error={error} title="Not discarded" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            Keep the draft
          </Button>
          <Button color="red" onClick={onDiscard} loading={pending}>
            Discard draft
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
