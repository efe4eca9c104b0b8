// A Mantine Modal that steps aside while the session is locked: no focus trap, no Escape, so the lock screen owns the keyboard.
// The modal stays mounted, so whatever the user typed in it survives the lock.
import { Modal, type ModalProps } from '@mantine/core';
import { useSession } from '../features/session/session-context';

export function AppModal(props: ModalProps) {
  const { locked } = useSession();
  return <Modal centered {...props} trapFocus={!locked} closeOnEscape={!locked} closeOnClickOutside={!locked} />;
}
