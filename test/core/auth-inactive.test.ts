// Deactivated accounts count failed sign-ins and lock like active ones (issue 6 item 10), so their answers to
// wrong passwords cannot tell an attacker which accounts are deactivated. Only the right password is told the
// account is turned off (issue 7 item 6), after the password checks; it does not count as a failure. Each attempt
// is audited under the account.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../electron/core/auth/password';
import { ADMIN_PASSWORD, openHarness, type Harness } from '../support/core-harness';
import { auditActionsFor, insertUserRow } from './users-support';

const PASSWORD = 'inactive-test-password-1';
const WRONG = 'inactive-wrong-password-9';

let h: Harness;

const addUser = async (username: string, active: boolean): Promise<number> =>
  insertUserRow(h, { username, passwordHash: await hashPassword(PASSWORD, h.scryptCost), active });
const lockoutsOf = async (id: number): Promise<unknown> =>
  (await h.sql<{ lockouts: unknown }>(sql`SELECT lockouts FROM users WHERE id = ${id}`))[0]?.lockouts;
const ruleOf = async (username: string, password: string): Promise<string> => {
  const r = await h.call('auth.login', { username, password }, `test:${username}`);
  return r.ok ? 'ok' : `${r.error.code} ${r.error.rule ?? ''}`;
};
const attempts = async (username: string, passwords: string[]): Promise<string[]> => {
  const out: string[] = [];
  for (const p of passwords) {
    out.push(await ruleOf(username, p));
    h.clock.advanceMinutes(1);
  }
  return out;
};

beforeAll(async () => {
  h = await openHarness({ setup: true });
});

afterAll(() => h.close());

describe('a deactivated account', () => {
  it('answers wrong passwords exactly as an active account does, lockout included', async () => {
    await addUser('active-ann', true);
    const gone = await addUser('gone-gus', false);
    const wrongs = Array<string>(7).fill(WRONG);
    const active = await attempts('active-ann', wrongs);
    const inactive = await attempts('gone-gus', wrongs);
    expect(inactive).toEqual(active);
    expect(inactive).toEqual([
      ...Array<string>(4).fill('RULE auth.invalidCredentials'),
      ...Array<string>(3).fill('RULE auth.accountLocked'),
    ]);
    const actions = await auditActionsFor(h, gone);
    expect(actions).toEqual([
      ...Array<string>(5).fill('auth.login.refusedInactive'),
      'auth.lockout',
      'auth.login.refusedLocked',
      'auth.login.refusedLocked',
    ]);
    expect(await lockoutsOf(gone)).toBe(1);
  });

  it('is told it is turned off with its right password, which does not count toward the lock', async () => {
    const id = await addUser('gone-gwen', false);
    const rules = await attempts('gone-gwen', [PASSWORD, WRONG, PASSWORD, WRONG, PASSWORD, WRONG, WRONG, PASSWORD]);
    expect(rules).toEqual([
      'RULE auth.accountDisabled',
      'RULE auth.invalidCredentials',
      'RULE auth.accountDisabled',
      'RULE auth.invalidCredentials',
      'RULE auth.accountDisabled',
      'RULE auth.invalidCredentials',
      'RULE auth.invalidCredentials',
      'RULE auth.accountDisabled',
    ]);
    expect(await lockoutsOf(id)).toBe(0);
  });

  it('is told it is locked, not turned off, while a lockout runs, even with the right password', async () => {
    await addUser('gone-gil', false);
    await attempts('gone-gil', Array<string>(5).fill(WRONG));
    expect(await ruleOf('gone-gil', PASSWORD)).toBe('RULE auth.accountLocked');
  });

  it('signs in again once reactivated and the lock has run out, with its lockout history cleared', async () => {
    const id = await addUser('back-bo', false);
    await attempts('back-bo', Array<string>(5).fill(WRONG));
    await h.value('auth.login', { username: 'admin', password: ADMIN_PASSWORD }); // the admin's session idled meanwhile
    await h.value('users.setActive', { userId: id, active: true });
    expect(await ruleOf('back-bo', PASSWORD)).toBe('RULE auth.accountLocked');
    h.clock.advanceMinutes(15);
    expect(await ruleOf('back-bo', PASSWORD)).toBe('ok');
    expect((await h.sql(sql`SELECT recent_failures, locked_until, lockouts FROM users WHERE id = ${id}`))[0]).toEqual({
      recent_failures: '[]',
      locked_until: null,
      lockouts: 0,
    });
  });
});
