// The core's named limits at their edges, to the millisecond: the lockout (5 failures within a sliding 15 minutes
// lock for 15 minutes, doubling, capped at 24 hours), the idle lock (at exactly the configured minutes), the
// idle-lock setting (1 to 60) and the one-year limit on effective dates. Each rule is tested where it lives
// (the pure function) and where the user meets it (through dispatch, on a real encrypted database).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import {
  afterFailure,
  afterSuccess,
  isLockedOut,
  LOCKOUT_WINDOW_MS,
  type LockoutState,
} from '../../electron/core/auth/lockout';
import { Sessions } from '../../electron/core/session';
import { ADMIN_PASSWORD, openHarness, type Harness } from '../support/core-harness';

const MINUTE = 60_000;
const T0 = Date.parse('2026-11-02T15:00:00Z');
const at = (ms: number): Date => new Date(T0 + ms);

/** The state after failures at each of the given offsets from T0, and whether the last one locked. */
const failAt = (offsets: number[], start: LockoutState = afterSuccess()) => {
  let state = start;
  let lockedNow = false;
  for (const ms of offsets) ({ state, lockedNow } = afterFailure(state, at(ms)));
  return { state, lockedNow };
};

describe('the lockout rule', () => {
  it('locks on the 5th failure, not the 4th', () => {
    expect(failAt([0, 1, 2, 3]).lockedNow).toBe(false);
    expect(failAt([0, 1, 2, 3, 4]).lockedNow).toBe(true);
  });

  it('counts a failure 15 minutes minus 1 ms old, but not one exactly 15 minutes old', () => {
    expect(LOCKOUT_WINDOW_MS).toBe(15 * MINUTE);
    const later = [1, 2, 3].map((m) => m * MINUTE);
    expect(failAt([0, ...later, 15 * MINUTE - 1]).lockedNow).toBe(true);
    const aged = failAt([0, ...later, 15 * MINUTE]);
    expect(aged.lockedNow).toBe(false);
    expect(aged.state.recentFailures).toHaveLength(4);
    expect(failAt([0, ...later, 15 * MINUTE + 1]).lockedNow).toBe(false);
  });

  it('locks for exactly 15 minutes the first time', () => {
    const { state } = failAt([0, 0, 0, 0, 0]);
    expect(state.lockedUntil).toBe(at(15 * MINUTE).toISOString());
    expect(isLockedOut(state, at(15 * MINUTE - 1))).toBe(true);
    expect(isLockedOut(state, at(15 * MINUTE))).toBe(false);
  });

  it('doubles the lock each time it recurs, up to 24 hours', () => {
    const lockMinutes = (lockouts: number): number => {
      const { state } = failAt([0, 0, 0, 0, 0], { recentFailures: [], lockedUntil: null, lockouts });
      return (Date.parse(state.lockedUntil ?? '') - T0) / MINUTE;
    };
    expect([0, 1, 2, 5, 6, 7, 30].map(lockMinutes)).toEqual([15, 30, 60, 480, 960, 1440, 1440]);
    expect(failAt([0, 0, 0, 0, 0], { recentFailures: [], lockedUntil: null, lockouts: 2 }).state.lockouts).toBe(3);
  });

  it('forgets every failure and lockout after a success', () => {
    expect(afterSuccess()).toEqual({ recentFailures: [], lockedUntil: null, lockouts: 0 });
  });
});

describe('the idle-lock rule', () => {
  it('locks at exactly the configured minutes of idleness, not 1 ms before', () => {
    for (const minutes of [1, 10, 60]) {
      const sessions = new Sessions();
      const session = sessions.start(
        'k',
        {
          id: 1,
          username: 'u',
          fullName: 'U',
          role: 'front_desk',
          active: true,
          createdAt: at(0).toISOString(),
          language: null,
          mustChangePassword: false,
        },
        T0,
      );
      expect(sessions.applyIdleLock(session, T0 + minutes * MINUTE - 1, minutes), `${minutes} min − 1 ms`).toBe(false);
      expect(sessions.applyIdleLock(session, T0 + minutes * MINUTE, minutes), `${minutes} min`).toBe(true);
      expect(sessions.applyIdleLock(session, T0, minutes), 'stays locked').toBe(true);
    }
  });
});

describe('the limits through dispatch', () => {
  const PASSWORD = 'limits-user-password-1';
  const WRONG = 'limits-wrong-password-9';
  let h: Harness;

  /** Moves the clock by whole milliseconds (and checks it moved exactly that far). */
  const advanceMs = (ms: number): void => {
    const before = h.clock.now().getTime();
    h.clock.advanceMinutes(ms / MINUTE);
    expect(h.clock.now().getTime() - before).toBe(ms);
  };
  const outcome = async <M extends MethodName>(method: M, input: MethodInput<M>, key?: string): Promise<string> => {
    const r = await h.call(method, input, key);
    return r.ok ? 'ok' : `${r.error.code} ${r.error.rule ?? ''}`.trim();
  };
  const login = (username: string, password: string) =>
    outcome('auth.login', { username, password }, `test:${username}`);
  const unlockAdmin = async (): Promise<void> => {
    if ((await h.value('app.status', {})).session?.locked) await h.value('auth.unlock', { password: ADMIN_PASSWORD });
  };
  const addUser = async (username: string): Promise<void> => {
    await unlockAdmin();
    await h.value('users.create', { username, fullName: username, role: 'front_desk', password: PASSWORD });
  };
  /** Failed sign-ins, the first now and each later one `gapsMs[i]` after the one before. */
  const failures = async (username: string, gapsMs: number[]): Promise<string[]> => {
    const outcomes = [await login(username, WRONG)];
    for (const gap of gapsMs) {
      advanceMs(gap);
      outcomes.push(await login(username, WRONG));
    }
    return outcomes;
  };

  beforeAll(async () => {
    h = await openHarness({ setup: true });
  });
  afterAll(() => h.close());

  it('publishes a notice effective exactly one year ahead, and refuses one day more', async () => {
    const { draft } = await h.value('notices.createDraft', { language: 'en', from: 'template' });
    const publish = (effectiveDate: string) =>
      outcome('notices.publish', { id: draft.id, effectiveDate, changeSummary: '', materialChange: null });
    expect(await publish('2027-11-03')).toBe('RULE notice.effectiveDateTooFar'); // today is 2026-11-02 in Chicago
    expect(await publish('2027-11-02')).toBe('ok');
  });

  it('lets the right password in after 4 failures, and the success starts the count again', async () => {
    await addUser('limit-four');
    expect(await failures('limit-four', [MINUTE, MINUTE, MINUTE])).toEqual(
      Array(4).fill('RULE auth.invalidCredentials'),
    );
    expect(await login('limit-four', PASSWORD)).toBe('ok');
    expect(await failures('limit-four', [MINUTE, MINUTE, MINUTE])).toEqual(
      Array(4).fill('RULE auth.invalidCredentials'),
    );
    expect(await login('limit-four', PASSWORD)).toBe('ok');
  });

  it('locks on 5 failures spread over 15 minutes minus 1 ms', async () => {
    await addUser('limit-under');
    const outcomes = await failures('limit-under', [5 * MINUTE, 5 * MINUTE, 5 * MINUTE - 2, 1]);
    expect(outcomes).toEqual([...Array(4).fill('RULE auth.invalidCredentials'), 'RULE auth.accountLocked']);
    expect(await login('limit-under', PASSWORD)).toBe('RULE auth.accountLocked');
  });

  it('does not lock on 5 failures spread over exactly 15 minutes: the first has left the window', async () => {
    await addUser('limit-over');
    const outcomes = await failures('limit-over', [5 * MINUTE, 5 * MINUTE, 5 * MINUTE - 1, 1]);
    expect(outcomes).toEqual(Array(5).fill('RULE auth.invalidCredentials'));
    expect(await login('limit-over', PASSWORD)).toBe('ok');
  });

  it('counts the 5 failures however the username is spelled, for real and unknown names alike', async () => {
    await addUser('limit-case');
    const spellings = (name: string) => [name, name.toUpperCase(), ` ${name}`, `${name} `, name.replace('l', 'L')];
    const answers = async (name: string) => {
      const out: string[] = [];
      for (const spelling of spellings(name)) out.push(await login(spelling, WRONG));
      return out;
    };
    const real = await answers('limit-case');
    expect(real.at(-1)).toBe('RULE auth.accountLocked');
    expect(await answers('limit-nobody')).toEqual(real);
  });

  it('refuses an idle-lock setting of 0 or 61 minutes, naming the field', async () => {
    await unlockAdmin();
    for (const idleLockMinutes of [0, 61]) {
      const error = await h.error('settings.update', { idleLockMinutes });
      expect(error).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'idleLockMinutes' }] });
    }
    expect(await h.value('settings.get', {})).toEqual({ idleLockMinutes: 10 });
  });

  it.each([10, 1, 60])('locks a session idle for exactly %i minutes, and not 1 ms before', async (minutes) => {
    await unlockAdmin();
    if (minutes !== 10)
      expect(await h.value('settings.update', { idleLockMinutes: minutes })).toEqual({ idleLockMinutes: minutes });
    expect(await outcome('settings.get', {})).toBe('ok'); // the last activity is now
    advanceMs(minutes * MINUTE - 1);
    expect(await outcome('settings.get', {})).toBe('ok'); // and now again
    advanceMs(minutes * MINUTE);
    expect(await outcome('settings.get', {})).toBe('LOCKED session.locked');
    expect((await h.value('app.status', {})).session).toMatchObject({ locked: true, idleLockMinutes: minutes });
  });
});
