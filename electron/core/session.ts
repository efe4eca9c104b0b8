// Signed-in sessions, one per door-chosen key (a window, a browser tab, a CLI run), held in memory only:
// a restart signs everyone out. Enforces the idle lock (HIPAA 164.312(a)(2)(iii) automatic logoff). Each session
// remembers its user's session generation at sign-in; dispatch ends it once the database's has moved on.
import type { Role, SessionInfo, User } from '../../shared/contract';
import type { AppError } from '../../shared/result';

export interface Session {
  user: User;
  lastActivityMs: number;
  locked: boolean;
  /** The user's `session_generation` when this session began (or last changed its own password). */
  generation: number;
}

export class Sessions {
  private readonly byKey = new Map<string, Session>();

  get(key: string): Session | null {
    return this.byKey.get(key) ?? null;
  }

  /** `generation` defaults to 0, a new account's: a stale value fails closed (the session is refused). */
  start(key: string, user: User, nowMs: number, generation = 0): Session {
    const session = { user, lastActivityMs: nowMs, locked: false, generation };
    this.byKey.set(key, session);
    return session;
  }

  end(key: string): void {
    this.byKey.delete(key);
  }

  /** Moves a session to a new key and forgets the old one (browser mode issues a fresh id at sign-in). */
  rename(from: string, to: string): void {
    const session = this.byKey.get(from);
    this.byKey.delete(from);
    if (session) this.byKey.set(to, session);
  }

  lockAll(): void {
    for (const s of this.byKey.values()) s.locked = true;
  }

  /** Locks the session when it has been idle for `idleMinutes`; returns whether it is locked now. */
  applyIdleLock(session: Session, nowMs: number, idleMinutes: number): boolean {
    if (!session.locked && nowMs - session.lastActivityMs >= idleMinutes * 60_000) session.locked = true;
    return session.locked;
  }
}

export const sessionInfo = (session: Session, idleLockMinutes: number): SessionInfo => ({
  user: session.user,
  locked: session.locked,
  idleLockMinutes,
  mustChangePassword: session.user.mustChangePassword,
});

/** The answer to a session whose account changed since it began (deactivated, password reset or changed). */
export const sessionRevoked: AppError = {
  code: 'FORBIDDEN',
  rule: 'session.revoked',
  message:
    'Your account was changed (deactivated, or its password reset or changed) since you signed in. Sign in again.',
};

/** Whether the session still stands against its user's row: active, and at the generation it recorded. */
export const stillStands = (
  session: Session,
  standing: { active: number; session_generation: number } | undefined,
): boolean => standing !== undefined && standing.active === 1 && standing.session_generation === session.generation;

export const hasRole = (session: Session, roles: readonly Role[]): boolean => roles.includes(session.user.role);
