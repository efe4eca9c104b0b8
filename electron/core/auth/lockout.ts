// Per-account lockout (OWASP Authentication cheat sheet via RELIABILITY.md §6 P4): any 5 failures within a
// sliding 15 minutes lock the account for 15 minutes, doubling with each consecutive lockout, capped at
// 24 hours. Pure: the state lives in the users row, so it survives a restart.

export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60_000;
export const LOCKOUT_BASE_MS = 15 * 60_000;
export const LOCKOUT_MAX_MS = 24 * 60 * 60_000;

export interface LockoutState {
  /** Instants (ISO) of the failed attempts still inside the window. */
  recentFailures: string[];
  lockedUntil: string | null;
  /** Consecutive lockouts since the last successful sign-in. */
  lockouts: number;
}

export const isLockedOut = (s: LockoutState, now: Date): boolean =>
  s.lockedUntil !== null && new Date(s.lockedUntil).getTime() > now.getTime();

/** The state after one more failed attempt, and whether that failure locked the account. */
export const afterFailure = (s: LockoutState, now: Date): { state: LockoutState; lockedNow: boolean } => {
  const recent = [
    ...s.recentFailures.filter((t) => now.getTime() - new Date(t).getTime() < LOCKOUT_WINDOW_MS),
    now.toISOString(),
  ];
  if (recent.length < LOCKOUT_THRESHOLD) return { state: { ...s, recentFailures: recent }, lockedNow: false };
  const duration = Math.min(LOCKOUT_BASE_MS * 2 ** s.lockouts, LOCKOUT_MAX_MS);
  return {
    state: {
      recentFailures: [],
      lockedUntil: new Date(now.getTime() + duration).toISOString(),
      lockouts: s.lockouts + 1,
    },
    lockedNow: true,
  };
};

export const afterSuccess = (): LockoutState => ({ recentFailures: [], lockedUntil: null, lockouts: 0 });

/**
 * Lockout for usernames that do not exist, kept in memory: without it, only real accounts would ever answer
 * "locked", telling an attacker which usernames exist (RELIABILITY.md §6 P2: the same answer either way).
 */
export class UnknownAccountLockouts {
  private readonly states = new Map<string, LockoutState>();

  constructor(private readonly maxEntries = 10_000) {}

  isLocked(username: string, now: Date): boolean {
    const s = this.states.get(username);
    return s !== undefined && isLockedOut(s, now);
  }

  /** Records a failed attempt; returns whether it locked the name now. */
  fail(username: string, now: Date): boolean {
    if (!this.states.has(username) && this.states.size >= this.maxEntries) this.states.clear();
    const next = afterFailure(this.states.get(username) ?? afterSuccess(), now);
    this.states.set(username, next.state);
    return next.lockedNow;
  }
}
