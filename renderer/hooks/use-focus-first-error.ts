// After a failed submit, moves keyboard focus to the first field marked invalid so the message is read out.
import { useEffect, type RefObject } from 'react';
import type { FieldErrors } from '../api/field-errors';

export const useFocusFirstError = (container: RefObject<HTMLElement | null>, errors: FieldErrors) => {
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    const first = container.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  }, [container, errors]);
};
