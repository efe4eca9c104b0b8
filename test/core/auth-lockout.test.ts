// Per-account lockout (RELIABILITY.md §6 P4) on the fake clock: 5 failures within 15 minutes lock the
// account, the right password is refused while locked, the lock survives a restart, doubles when it
// recurs, an admin's password reset clears it, and every step is audited.
// Accounts are written at the harness's cheap scrypt cost, so failures don't each cost a full scrypt.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../electron/core/auth/password';
import { openHarness, ADMIN_PASSWORD, PASSPHRASE, SESSION, type Harness } from '../support/core-harness';
import { auditActionsFor, insertUserRow } from './users-support';

const PASSWORD = 'the-right-password-1';
const WRONG = 'a-wrong-password-99';

let h: Harness;
let weakHash: string;

/** A front-desk account stored with a weak (cheap) hash of PASSWORD; returns its id. */
const addUser = (username: string): Promise<number> => insertUserRow(h, { username, passwordHash: weakHash });
/** The lockout columns of one user row. */
const lockState = async (id: number) =>
  (await h.sql(sql`SELECT recent_failures, locked_until, lockouts FROM users WHERE id = ${id}`))[0];

const login = (username: string, password: string) => h.call('auth.login', { username, password }, `test:${username}`);
const ruleOf = async (username: string, password: string) => {
  const r = await login(username, password);
  return r.ok ? 'ok' : r.error.rule;
};
const failTimes = async (username: string, n: number, minutesApart = 1): Promise<(string | undefined)[]> => {
  const rules: (string | undefined)[] = [];
  for (let i = 0; i < n; i += 1) {
    if (i > 0) h.clock.advanceMinutes(minutesApart);
    rules.push(await ruleOf(username, WRONG));
  }
  return rules;
};
const actionsFor = (userId: number): Promise<string[]> => auditActionsFor(h, userId);

beforeAll(async () => {
  h = await openHarness({ setup: true });
  weakHash = await hashPassword(PASSWORD, h.scryptCost);
});

afterAll(() => h.close());

describe('account lockout', () => {
  it('locks after 5 failures within 15 minutes, refuses the right password while locked, and audits each step', async () => {
    const id = await addUser('lena');
    expect(await failTimes('lena', 5, 3)).toEqual([...Array(4).fill('auth.invalidCredentials'), 'auth.accountLocked']);
    expect(await ruleOf('lena', PASSWORD)).toBe('auth.accountLocked');
    expect(await actionsFor(id)).toEqual([
      ...Array(5).fill('auth.login.failed'),
      'auth.lockout',
      'auth.login.refusedLocked',
    ]);
    const row = (await h.sql(sql`SELECT locked_until, lockouts FROM users WHERE id = ${id}`))[0];
    expect(row).toEqual({ locked_until: new Date(h.clock.now().getTime() + 15 * 60_000).toISOString(), lockouts: 1 });
  });

  it('lets the right password in once the 15 minutes are over', async () => {
    const id = await addUser('omar');
    await failTimes('omar', 5);
    h.clock.advanceMinutes(14);
    expect(await ruleOf('omar', PASSWORD)).toBe('auth.accountLocked');
    h.clock.advanceMinutes(1);
    expect(await ruleOf('omar', PASSWORD)).toBe('ok');
    expect(await lockState(id)).toEqual({ recent_failures: '[]', locked_until: null, lockouts: 0 });
  });

  it('doubles the lock to 30 minutes when the account locks again without a successful sign-in between', async () => {
    const id = await addUser('paz');
    await failTimes('paz', 5);
    h.clock.advanceMinutes(15);
    expect(await failTimes('paz', 5)).toEqual([...Array(4).fill('auth.invalidCredentials'), 'auth.accountLocked']);
    h.clock.advanceMinutes(29);
    expect(await ruleOf('paz', PASSWORD)).toBe('auth.accountLocked');
    h.clock.advanceMinutes(1);
    expect(await ruleOf('paz', PASSWORD)).toBe('ok');
    expect((await actionsFor(id)).filter((a) => a === 'auth.lockout')).toHaveLength(2);
  });

  it('does not lock when the 5 failures are spread over more than 15 minutes', async () => {
    await addUser('quinn');
    expect(await failTimes('quinn', 5, 4)).not.toContain('auth.accountLocked'); // 0, 4, 8, 12, 16 minutes
    expect(await ruleOf('quinn', PASSWORD)).toBe('ok');
  });

  it('locks on any 5 failures within 15 minutes, even when an older failure had opened the window', async () => {
    await addUser('rosa');
    await failTimes('rosa', 1); // minute 0
    h.clock.advanceMinutes(14);
    // Failures at minutes 14, 16, 16.5, 17 and 17.5: five inside 3.5 minutes.
    expect(await ruleOf('rosa', WRONG)).toBe('auth.invalidCredentials');
    h.clock.advanceMinutes(2);
    const rules = await failTimes('rosa', 4, 0.5);
    expect(rules.at(-1)).toBe('auth.accountLocked');
  });

  it('is cleared by an administrator resetting the password', async () => {
    const id = await addUser('sami');
    await failTimes('sami', 5);
    expect(await ruleOf('sami', PASSWORD)).toBe('auth.accountLocked');
    await h.value('auth.unlock', { password: ADMIN_PASSWORD }); // the admin's own session idled while the clock moved
    await h.value('users.resetPassword', { userId: id, newPassword: 'a-fresh-password-7' });
    expect(await lockState(id)).toEqual({
      recent_failures: '[]',
      locked_until: null,
      lockouts: 0,
    });
    expect(await ruleOf('sami', 'a-fresh-password-7')).toBe('ok');
    expect(await actionsFor(id)).toContain('users.resetPassword');
  });

  it('counts failed unlocks of an idle-locked session toward the same lockout', async () => {
    await addUser('tess');
    expect(await ruleOf('tess', PASSWORD)).toBe('ok');
    const key = 'test:tess';
    await h.value('auth.lock', {}, key);
    const rules: (string | undefined)[] = [];
    for (let i = 0; i < 5; i += 1) {
      const r = await h.call('auth.unlock', { password: WRONG }, key);
      rules.push(r.ok ? 'ok' : r.error.rule);
    }
    expect(rules.at(-1)).toBe('auth.accountLocked');
    expect(await h.error('auth.unlock', { password: PASSWORD }, key)).toMatchObject({ rule: 'auth.accountLocked' });
    expect(await h.error('patients.search', { query: 'a', limit: 1 }, key)).toMatchObject({ code: 'LOCKED' });
  });

  it('counts wrong current passwords on changePassword toward the lockout, and audits them', async () => {
    const id = await addUser('vera');
    const key = 'test:vera';
    expect(await ruleOf('vera', PASSWORD)).toBe('ok');
    const before = (await actionsFor(id)).length;
    const rules: (string | undefined)[] = [];
    for (let i = 0; i < 6; i += 1) {
      const r = await h.call(
        'auth.changePassword',
        { currentPassword: `${WRONG}-${i}`, newPassword: 'a-brand-new-password' },
        key,
      );
      rules.push(r.ok ? 'ok' : r.error.rule);
    }
    expect(rules).toContain('auth.accountLocked');
    expect((await actionsFor(id)).length).toBeGreaterThan(before + 5);
    expect(await ruleOf('vera', PASSWORD)).toBe('auth.accountLocked');
  });

  it('keeps the lock across a restart (the counter lives in the database, not in memory)', async () => {
    const id = await addUser('uma');
    await failTimes('uma', 5);
    await h.reopen();
    await h.value('app.unseal', { passphrase: PASSPHRASE });
    expect(await ruleOf('uma', PASSWORD)).toBe('auth.accountLocked');
    expect(await actionsFor(id)).toEqual([
      ...Array(5).fill('auth.login.failed'),
      'auth.lockout',
      'auth.login.refusedLocked',
    ]);
    h.clock.advanceMinutes(15);
    expect(await ruleOf('uma', PASSWORD)).toBe('ok');
    await h.value('auth.login', { username: 'admin', password: ADMIN_PASSWORD }, SESSION);
    expect(await h.value('audit.verify', {})).toMatchObject({ ok: true });
  });

  it('answers an unknown username exactly like a real account, lockout included, so names cannot be probed', async () => {
    await addUser('xena');
    const real = await failTimes('xena', 6);
    const unknown = await failTimes('nobody-here', 6);
    expect(unknown).toEqual(real);
    expect(unknown.slice(-2)).toEqual(['auth.accountLocked', 'auth.accountLocked']);
  });
});
