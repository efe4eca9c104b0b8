// Asking before leaving a screen with unsaved work. The hash router is not a data router (no useBlocker), so the
// navbar, Sign out and the screens' own links ask through this guard; the screen shows its own confirmation.
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';

/** Shows the screen's "leave without saving?" question; calls `proceed` if the user agrees. */
export type LeaveInterceptor = (proceed: () => void) => void;

export interface LeaveGuard {
  /** Runs `proceed` now, or after the current screen's confirmation when it has unsaved work. */
  attempt: (proceed: () => void) => void;
  /** Whether leaving would be intercepted right now. */
  active: () => boolean;
  register: (interceptor: LeaveInterceptor | null) => void;
}

const passThrough: LeaveGuard = { attempt: (proceed) => proceed(), active: () => false, register: () => undefined };

const LeaveGuardContext = createContext<LeaveGuard>(passThrough);

export function LeaveGuardProvider({ children }: { children: ReactNode }) {
  const current = useRef<LeaveInterceptor | null>(null);
  const guard = useMemo<LeaveGuard>(
    () => ({
      attempt: (proceed) => {
        if (current.current) current.current(proceed);
        else proceed();
      },
      active: () => current.current !== null,
      register: (interceptor) => {
        current.current = interceptor;
      },
    }),
    [],
  );
  return <LeaveGuardContext.Provider value={guard}>{children}</LeaveGuardContext.Provider>;
}

export const useLeaveGuard = (): LeaveGuard => useContext(LeaveGuardContext);

/** While `when` is true, leaving through the guard calls `ask` instead of leaving at once. */
export const useBlockLeaving = (when: boolean, ask: LeaveInterceptor): void => {
  const guard = useLeaveGuard();
  useEffect(() => {
    if (!when) return undefined;
    guard.register(ask);
    return () => guard.register(null);
  }, [when, ask, guard]);
};
