// A Mantine Modal that steps aside while the session is locked: no focus trap, no Escape, so the lock screen owns the keyboard.
// The modal stays mounted, so whatever the user typed in it survives the lock.
// On opening, focus goes to the element the dialog marks `data-autofocus` (its first field, or the safe button of
// a confirmation), else to the dialog's heading, so a screen reader reads what the dialog is about (never to the
// close button, which Mantine would pick as the first focusable element). The close button is named.
import { Modal, type ModalProps } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../features/session/session-context';

export function AppModal({ title, closeButtonProps, ...props }: ModalProps) {
  const { t } = useTranslation();
  const { locked } = useSession();
  const heading = useRef<HTMLSpanElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!props.opened) return undefined;
    // Mantine's focus trap focuses on a timer started when the dialog mounts; this one runs after it.
    const timer = setTimeout(() => {
      const active = document.activeElement;
      if (heading.current && (active === closeButton.current || active === document.body || active === null)) {
        heading.current.focus();
      }
    });
    return () => clearTimeout(timer);
  }, [props.opened]);

  return (
    <Modal
      centered
      {...props}
      title={
        title === undefined ? undefined : (
          <span ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
            {title}
          </span>
        )
      }
      closeButtonProps={{ 'aria-label': t('actions.close'), ...closeButtonProps, ref: closeButton }}
      trapFocus={!locked}
      closeOnEscape={!locked}
      closeOnClickOutside={!locked}
    />
  );
}
