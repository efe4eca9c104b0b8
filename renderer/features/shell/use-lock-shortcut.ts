// Ctrl+L (Cmd+L on macOS) locks the app from anywhere, including while typing in a field.
import { useEffect, useRef } from 'react';

export const useLockShortcut = (enabled: boolean, onLock: () => void) => {
  const onLockRef = useRef(onLock);
  useEffect(() => {
    onLockRef.current = onLock;
  }, [onLock]);
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'l' || event.altKey || event.shiftKey) return;
      if (!(event.ctrlKey || event.metaKey)) return;
      // Chromium would otherwise move focus to its address bar in browser mode.
      event.preventDefault();
      onLockRef.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
};
