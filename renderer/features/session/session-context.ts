// What the app knows about the database and the signed-in user, and the actions that change it.
import { createContext, useContext } from 'react';
import type { AppStatus, StatusWarning } from '../../../shared/contract/app';
import type { SessionInfo } from '../../../shared/contract/users';
import type { AppError } from '../../../shared/result';

export type SessionPhase =
  | { kind: 'loading' }
  | { kind: 'unavailable'; error: AppError }
  | { kind: 'sealed' }
  | { kind: 'setup' }
  | { kind: 'signedOut'; practiceName: string | null }
  | { kind: 'signedIn'; session: SessionInfo; practiceName: string | null };

export interface SessionContextValue {
  phase: SessionPhase;
  /** Signed in but idle-locked: screens stay mounted under the lock screen, queries are paused. */
  locked: boolean;
  /** What `app.status` last said needs the practice's attention (e.g. the database is in a sync folder), as codes. */
  warnings: StatusWarning[];
  /** Re-reads `app.status` and moves to the matching screen. */
  refresh: () => Promise<void>;
  applyStatus: (status: AppStatus) => void;
  signedIn: (session: SessionInfo, practiceName?: string | null) => void;
  /** Locks now (Lock button, Ctrl+L, idle timer): the lock screen first, then `auth.lock`. */
  lockNow: () => void;
  /**
   * Ends the session; the error if the core refused. With `keepUnsavedWork` (the lock screen), the screens' unsaved
   * drafts go with it and are saved first; otherwise the user has already agreed to leave them (leave-guard).
   */
  signOut: (options?: { keepUnsavedWork?: boolean }) => Promise<AppError | null>;
  setPracticeName: (name: string) => void;
  setIdleLockMinutes: (minutes: number) => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export const useSession = (): SessionContextValue => {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() needs a <SessionProvider> above it');
  return value;
};

/** The session of a signed-in screen; those screens are only rendered in the signedIn phase. */
export const useSignedIn = (): { session: SessionInfo; practiceName: string | null } => {
  const { phase } = useSession();
  if (phase.kind !== 'signedIn') throw new Error('useSignedIn() used outside a signed-in screen');
  return phase;
};

/** True while queries must not run: nobody signed in, or the session is locked. */
export const useQueriesPaused = (): boolean => {
  const { phase, locked } = useSession();
  return phase.kind !== 'signedIn' || locked;
};

export const phaseFromStatus = (status: AppStatus): SessionPhase => {
  // Another workstation updated the practice's database: this copy may only say so until it is updated too.
  if (status.appOlder)
    return {
      kind: 'unavailable',
      error: { code: 'RULE', rule: 'db.appOlder', message: status.warnings.at(-1) ?? '' },
    };
  if (status.database === 'sealed') return { kind: 'sealed' };
  if (status.database === 'new' || status.setupRequired) return { kind: 'setup' };
  if (status.session) return { kind: 'signedIn', session: status.session, practiceName: status.practiceName };
  return { kind: 'signedOut', practiceName: status.practiceName };
};
