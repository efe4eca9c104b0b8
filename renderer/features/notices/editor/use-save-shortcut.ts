// Ctrl+S (Cmd+S on macOS) saves the draft from anywhere on the editor, including while typing in a field.
import { useEffect, useRef } from 'react';

export const useSaveShortcut = (onSave: () => void): void => {
  const onSaveRef = useRef(onSave);
  useEffect(() => {
    onSaveRef.current = onSave;
  }, [onSave]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 's' || event.altKey || event.shiftKey || !(event.ctrlKey || event.metaKey))
        return;
      // Otherwise the browser would offer to save the page.
      event.preventDefault();
      onSaveRef.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
};
