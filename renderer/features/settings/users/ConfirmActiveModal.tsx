// Confirms deactivating or reactivating an account (`users.setActive`). Accounts are never deleted: records keep their author.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation('common');
  const setActive = useApiAction('users.setActive');
  const deactivating = user?.active ?? false;
  const name = user?.fullName ?? '';

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
    <AppModal
      opened={user !== null}
      onClose={close}
      title={t(deactivating ? 'activeForm.deactivateTitle' : 'activeForm.reactivateTitle', { name })}
    >
      {user && (
        <Stack gap="md">
          <Text size="sm">{t(deactivating ? 'activeForm.deactivateText' : 'activeForm.reactivateText', { name })}</Text>
          <ErrorAlert
            error={setActive.error}
            title={t(deactivating ? 'activeForm.deactivateFailed' : 'activeForm.reactivateFailed')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {tc('actions.cancel')}
            </Button>
            <Button
              {...(deactivating ? { color: 'red' } : {})}
              onClick={() => void confirm()}
              loading={setActive.pending}
            >
              {t(deactivating ? 'activeForm.deactivate' : 'activeForm.reactivate')}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
