// Confirms deactivating or reactivating an account (`users.setActive`). Accounts are never deleted: records keep their author.
import { Button, Group, Stack, Text } from '@mantine/core';
import type { User } from '../../../../shared/contract/users';
import { AppModal } from '../../../components/AppModal';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useApiAction } from '../../../hooks/use-api-action';

export function ConfirmActiveModal({
  user,
  onClose,
  onDone,
}: {
  user: User | null;
  onClose: () => void;
  onDone: (user: User) => void;
}) {
  const setActive = useApiAction('users.setActive');
  const deactivating = user?.active ?? false;
  const verb = deactivating ? 'Deactivate' : 'Reactivate';

  const confirm = async () => {
    if (!user) return;
    const result = await setActive.run({ userId: user.id, active: !user.active });
    if (result.ok) onDone(result.value);
  };

  const close = () => {
    setActive.setError(null);
    onClose();
  };

  return (
    <AppModal opened={user !== null} onClose={close} title={user ? `${verb} ${user.fullName}?` : verb}>
      {user && (
        <Stack gap="md">
          <Text size="sm">
            {deactivating
              ? `${user.fullName} will no longer be able to sign in. The account and everything recorded under it are kept, and you can reactivate it later.`
              : `${user.fullName} will be able to sign in again with their existing password.`}
          </Text>
          <ErrorAlert error={setActive.error} title={`Could not ${verb.toLowerCase()}`} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              Cancel
            </Button>
            <Button
              {...(deactivating ? { color: 'red' } : {})}
              onClick={() => void confirm()}
              loading={setActive.pending}
            >
              {verb}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
