// Owns the session phase: loads `app.status`, reacts to LOCKED and session-ended answers, and clears cached data on lock and sign-out.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AppStatus, StatusWarning } from '../../../shared/contract/app';
import type { SessionInfo } from '../../../shared/contract/users';
import { useApi, useSessionSignal } from '../../api/api-context';
import { collectPendingWork } from '../shell/unsaved-work';
import { phaseFromStatus, SessionContext, type SessionContextValue, type SessionPhase } from './session-context';
import { LanguageSync } from '../settings/account/LanguageSync';

export function SessionProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const onSessionSignal = useSessionSignal();
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<SessionPhase>({ kind: 'loading' });
  const [warnings, setWarnings] = useState<StatusWarning[]>([]);
  const phaseRef = useRef(phase);
  useLayoutEffect(() => {
    phaseRef.current = phase;
  }, [phase]);

  const loadStatus = useCallback(
    () =>
      api['app.status']({}).then((result) => {
        if (!result.ok) return { kind: 'unavailable', error: result.error } as const;
        setWarnings(result.value.warningCodes ?? []);
        return phaseFromStatus(result.value);
      }),
    [api],
  );

  const refresh = useCallback(async () => {
    setPhase(await loadStatus());
  }, [loadStatus]);

  // Cached query data may hold PHI; nothing of it may survive a lock or a sign-out.
  const markLocked = useCallback(() => {
    queryClient.clear();
    setPhase((p) =>
      p.kind === 'signedIn' && !p.session.locked ? { ...p, session: { ...p.session, locked: true } } : p,
    );
  }, [queryClient]);

  useEffect(() => {
    let current = true;
    void loadStatus().then((next) => {
      if (current) setPhase(next);
    });
    return () => {
      current = false;
    };
  }, [loadStatus]);

  useEffect(
    () =>
      onSessionSignal((signal) => {
        // LOCKED while we think nobody is signed in means our picture is stale: ask again.
        if (signal === 'locked' && phaseRef.current.kind === 'signedIn') markLocked();
        else {
          // The session is gone (or our picture is stale): drop cached data and show what the core says now.
          if (signal === 'ended') queryClient.clear();
          void refresh();
        }
      }),
    [onSessionSignal, markLocked, refresh, queryClient],
  );

  const value = useMemo<SessionContextValue>(
    () => ({
      phase,
      locked: phase.kind === 'signedIn' && phase.session.locked,
      refresh,
      warnings,
      applyStatus: (status: AppStatus) => {
        setWarnings(status.warningCodes ?? []);
        setPhase(phaseFromStatus(status));
      },
      signedIn: (session: SessionInfo, practiceName?: string | null) =>
        setPhase((p) => ({
          kind: 'signedIn',
          session,
          practiceName: practiceName ?? ('practiceName' in p ? p.practiceName : null),
        })),
      lockNow: () => {
        if (phaseRef.current.kind !== 'signedIn' || phaseRef.current.session.locked) return;
        markLocked();
        // The lock screen is already up; if the core is unreachable it will also lock on its own idle timer.
        void api['auth.lock']({});
      },
      signOut: async (options) => {
        const drafts = options?.keepUnsavedWork ? collectPendingWork().noticeDrafts : [];
        const result = await api['auth.logout'](drafts.length > 0 ? { unsavedDrafts: drafts } : {});
        // A refusal with drafts aboard keeps the session (and the typed text) so the user can try again.
        if (!result.ok && drafts.length > 0) return result.error;
        queryClient.clear();
        await refresh();
        return null;
      },
      setPracticeName: (name: string) =>
        setPhase((p) => (p.kind === 'signedIn' || p.kind === 'signedOut' ? { ...p, practiceName: name } : p)),
      setIdleLockMinutes: (minutes: number) =>
        setPhase((p) => (p.kind === 'signedIn' ? { ...p, session: { ...p.session, idleLockMinutes: minutes } } : p)),
    }),
    [phase, warnings, refresh, markLocked, api, queryClient],
  );

  return (
    <SessionContext.Provider value={value}>
      <LanguageSync />
      {children}
    </SessionContext.Provider>
  );
}
