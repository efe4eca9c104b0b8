// Inline confirmation after a save (@mantine/notifications is not part of the stack); dismissible, announced politely.
import { Alert } from '@mantine/core';

export function SuccessAlert({ message, onClose }: { message: string | null; onClose: () => void }) {
  if (!message) return null;
  return (
    <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel="Dismiss" onClose={onClose}>
      {message}
    </Alert>
  );
}
