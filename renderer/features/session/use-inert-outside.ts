// While the lock screen is up, everything else on the page (including portalled modals and dropdowns) is inert:
// it cannot be focused, clicked or read by a screen reader, yet stays mounted so typed values survive.
import { useEffect, type RefObject } from 'react';

export const useInertOutside = (keep: RefObject<HTMLElement | null>) => {
  useEffect(() => {
    const node = keep.current;
    if (!node) return undefined;
    const changed: Element[] = [];
    for (const child of Array.from(document.body.children)) {
      if (child.contains(node) || child.hasAttribute('inert')) continue;
      child.setAttribute('inert', '');
      changed.push(child);
    }
    return () => {
      for (const child of changed) child.removeAttribute('inert');
    };
  }, [keep]);
};
