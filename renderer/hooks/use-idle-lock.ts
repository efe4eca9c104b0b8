// Automatic logoff (45 CFR 164.312(a)(2)(iii)): calls `onIdle` after `minutes` without keyboard, mouse or touch.
// Uses setTimeout + Date.now() only, so fake clocks (vitest, Playwright page.clock) can fast-forward it.
import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['keydown', 'mousedown', 'pointermove', 'wheel', 'touchstart'] as const;

export const useIdleLock = ({
  minutes,
  enabled,
  onIdle,
}: {
  minutes: number;
  enabled: boolean;
  onIdle: () => void;
}) => {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (!enabled || !(minutes > 0)) return undefined;
    const limit = minutes * 60_000;
    let lastActivity = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Activity only records a time; the single pending timer re-arms itself, so pointermove stays cheap.
    const touch = () => {
      lastActivity = Date.now();
    };
    const check = () => {
      const idle = Date.now() - lastActivity;
      if (idle >= limit) {
        timer = undefined;
        onIdleRef.current();
        return;
      }
      timer = setTimeout(check, limit - idle);
    };
    timer = setTimeout(check, limit);
    // Capture phase: a component that stops propagation must not hide the user's activity.
    for (const type of ACTIVITY_EVENTS) document.addEventListener(type, touch, { capture: true, passive: true });
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      for (const type of ACTIVITY_EVENTS) document.removeEventListener(type, touch, { capture: true });
    };
  }, [minutes, enabled]);
};
