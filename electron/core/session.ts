// Signed-in sessions, one per door-chosen key (a window, a browser tab, a CLI run), held in memory only:
// a restart signs everyone out. Enforces the idle lock (HIPAA 164.312(a)(2)(iii) automatic logoff).
import type { Role, SessionInfo, User } from '../../shared/contract';

export interface Session {
  user: User;
  lastActivityMs: number;
  locked: boolean;
}

export class Sessions {
  private readonly byKey = new Map<string, Session>();

  get(key: string): Session | null {
    return this.byKey.get(key) ?? null;
  }

  start(key: string, user: User, nowMs: number): Session {
    const session = { user, lastActivityMs: nowMs, locked: false };
    this.byKey.set(key, session);
    return session;
  }

  end(key: string): void {
    this.byKey.delete(key);
  }

  /** Ends every session of a user (deactivated account). */
  endUser(userId: number): void {
    for (const [key, s] of this.byKey) if (s.user.id === userId) this.byKey.delete(key);
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
});

export const hasRole = (session: Session, roles: readonly Role[]): boolean => roles.includes(session.user.role);
