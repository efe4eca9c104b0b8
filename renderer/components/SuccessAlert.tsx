// Inline confirmation after a save (@mantine/notifications is not part of the stack); dismissible, announced politely.
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function SuccessAlert({ message, onClose }: { message: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Alert
      color="green"
      variant="light"
      role="status"
      withCloseButton
      closeButtonLabel={t('actions.close')}
      onClose={onClose}
    >
      {message}
    </Alert>
  );
}
