// Sessions re-checked against the database (issue 6 item 3): two cores on one database (the file, or the PostgreSQL
// server's database), as two processes or workstations would be (browser mode beside the CLI, two apps). Deactivating
// a user, resetting their password or their changing it in one ends their sessions in the other at its next call,
// with session.revoked; the changer's own session stays. Failed sign-ins at both count toward one lockout (issue 9).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type OpenedCore } from '../../electron/core/create-core';
import { silentLogger } from '../../electron/core/logger';
import type { MethodInput, MethodName } from '../../shared/contract';
import { ADMIN_PASSWORD, openHarness, PASSPHRASE, SESSION, type Harness } from '../support/core-harness';
import { addUser, auditActionsFor } from './users-support';

let h: Harness; // core A: the administrator works here
let other: OpenedCore; // core B: the same file, opened by "another process"
let n = 0;

const outcome = async <M extends MethodName>(
  core: OpenedCore,
  key: string,
  method: M,
  input: MethodInput<M>,
): Promise<string> => {
  const r = await core.dispatch(key, method, input);
  return r.ok ? 'ok' : `${r.error.code} ${r.error.rule ?? ''}`.trim();
};
const search = (core: OpenedCore, key: string) => outcome(core, key, 'patients.search', { query: 'a', limit: 5 });

/** A new front-desk user, signed in on core B; returns its id, key on B and password. */
const userSignedInOnB = async (): Promise<{ id: number; key: string; password: string; username: string }> => {
  n += 1;
  const username = `desk-${n}`;
  const password = `desk-user-password-${n}x`;
  const { id } = await addUser(h, { username, fullName: `Desk ${n}`, role: 'front_desk', password });
  const key = `b:${username}`;
  expect(await outcome(other, key, 'auth.login', { username, password })).toBe('ok');
  expect(await search(other, key)).toBe('ok');
  return { id, key, password, username };
};

beforeAll(async () => {
  h = await openHarness({ setup: true });
  other = await openCore({
    dbPath: h.dbPath,
    server: h.server, // on PostgreSQL: the same server database; the key file sits beside dbPath
    osVault: null,
    clock: h.clock,
    logger: silentLogger,
    checkOutputs: true,
    scryptCost: h.scryptCost,
  });
  expect(await outcome(other, 'b:unseal', 'app.unseal', { passphrase: PASSPHRASE })).toBe('ok');
});

afterEach(async () => {
  expect(await h.value('audit.verify', {})).toMatchObject({ ok: true });
});

afterAll(async () => {
  await other.close();
  await h.close();
});

describe('a session in another process', () => {
  it('ends at its next call once the user is deactivated here, with a message that says why', async () => {
    const u = await userSignedInOnB();
    await h.value('users.setActive', { userId: u.id, active: false });
    const r = await other.dispatch(u.key, 'patients.search', { query: 'a', limit: 5 });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        rule: 'session.revoked',
        message: expect.stringMatching(/account was changed.*Sign in again/),
      },
    });
    expect(other.env.sessions.get(u.key)).toBeNull();
    expect(await search(other, u.key)).toBe('FORBIDDEN session.required');
    expect(await outcome(other, u.key, 'auth.login', { username: u.username, password: u.password })).toBe(
      'RULE auth.accountDisabled',
    );
  });

  it("ends once the user's password is reset here; the new password then signs in there", async () => {
    const u = await userSignedInOnB();
    await h.value('users.resetPassword', { userId: u.id, newPassword: 'reset-by-admin-password-1' });
    expect(await search(other, u.key)).toBe('FORBIDDEN session.revoked');
    expect(await outcome(other, u.key, 'auth.login', { username: u.username, password: u.password })).toBe(
      'RULE auth.invalidCredentials',
    );
    expect(
      await outcome(other, u.key, 'auth.login', { username: u.username, password: 'reset-by-admin-password-1' }),
    ).toBe('ok');
    // The administrator knows that password: the user chooses their own before working (auth.mustChangePassword).
    expect(
      await outcome(other, u.key, 'auth.changePassword', {
        currentPassword: 'reset-by-admin-password-1',
        newPassword: 'chosen-after-reset-password-1',
      }),
    ).toBe('ok');
    expect(await search(other, u.key)).toBe('ok');
  });

  it('ends when the user changes their own password elsewhere, while the session that changed it carries on', async () => {
    const u = await userSignedInOnB();
    const here = `a:${u.username}`;
    const second = `a2:${u.username}`;
    await h.value('auth.login', { username: u.username, password: u.password }, here);
    await h.value('auth.login', { username: u.username, password: u.password }, second);
    await h.value(
      'auth.changePassword',
      { currentPassword: u.password, newPassword: 'changed-by-me-password-2' },
      here,
    );
    expect(await search(h.core, here)).toBe('ok');
    expect(await search(h.core, second)).toBe('FORBIDDEN session.revoked'); // same process, other window
    expect(await search(other, u.key)).toBe('FORBIDDEN session.revoked');
    // The session that changed it can change it again: its recorded generation moved with it.
    await h.value(
      'auth.changePassword',
      { currentPassword: 'changed-by-me-password-2', newPassword: 'changed-again-password-3' },
      here,
    );
    expect(await search(h.core, here)).toBe('ok');
  });

  it('is refused on session-only calls too (lock, unlock), not only role-checked ones', async () => {
    const u = await userSignedInOnB();
    expect(await outcome(other, u.key, 'auth.lock', {})).toBe('ok');
    await h.value('users.setActive', { userId: u.id, active: false });
    expect(await outcome(other, u.key, 'auth.unlock', { password: u.password })).toBe('FORBIDDEN session.revoked');
    expect(other.env.sessions.get(u.key)).toBeNull();
  });

  it('shows as signed out in app.status once revoked, so the window goes back to sign-in', async () => {
    const u = await userSignedInOnB();
    expect(await other.dispatch(u.key, 'app.status', {})).toMatchObject({
      ok: true,
      value: { session: { user: { id: u.id } } },
    });
    await h.value('users.resetPassword', { userId: u.id, newPassword: 'reset-for-status-password-4' });
    const status = await other.dispatch(u.key, 'app.status', {});
    expect(status).toMatchObject({ ok: true, value: { database: 'open', session: null } });
    expect(other.env.sessions.get(u.key)).toBeNull();
  });

  it('keeps working when nothing about the account changed, and reactivation does not revive an ended session', async () => {
    const u = await userSignedInOnB();
    await h.value('users.setActive', { userId: u.id, active: true }); // already active: no change to sessions
    expect(await search(other, u.key)).toBe('ok');
    await h.value('users.setActive', { userId: u.id, active: false });
    await h.value('users.setActive', { userId: u.id, active: true });
    expect(await search(other, u.key)).toBe('FORBIDDEN session.revoked');
    expect(await outcome(other, u.key, 'auth.login', { username: u.username, password: u.password })).toBe('ok');
    expect(await search(other, u.key)).toBe('ok');
  });

  it("ends an administrator's own sessions elsewhere when another administrator resets their password", async () => {
    const { id } = await addUser(h, {
      username: 'second-admin',
      fullName: 'Second Admin',
      role: 'admin',
      password: 'second-admin-password-5',
    });
    await outcome(other, 'b:admin2', 'auth.login', { username: 'second-admin', password: 'second-admin-password-5' });
    expect(await outcome(other, 'b:admin2', 'users.list', {})).toBe('ok');
    await h.value('users.resetPassword', { userId: id, newPassword: 'second-admin-password-6' });
    expect(await outcome(other, 'b:admin2', 'users.list', {})).toBe('FORBIDDEN session.revoked');
    expect(await search(h.core, SESSION)).toBe('ok'); // the acting admin is untouched
    expect(await h.value('auth.login', { username: 'admin', password: ADMIN_PASSWORD }, 'a:again')).toMatchObject({
      user: { username: 'admin' },
    });
  });
});

describe('failed sign-ins on two workstations (issue 9 item 6)', () => {
  // Each attempt's lockout state is read again under the write lock, so no failure is lost between processes.
  it('count toward one lockout: of 6 wrong passwords sent at once across both, the fifth locks the account on both', async () => {
    n += 1;
    const username = `desk-${n}`;
    const password = `desk-user-password-${n}x`;
    const { id } = await addUser(h, { username, fullName: `Desk ${n}`, role: 'front_desk', password });
    const cores = [h.core, other, h.core, other, h.core, other];
    const rules = await Promise.all(
      cores.map((core, i) => outcome(core, `lock:${i}`, 'auth.login', { username, password: `wrong-password-${i}x` })),
    );
    expect(rules.filter((r) => r === 'RULE auth.invalidCredentials')).toHaveLength(4);
    expect(rules.filter((r) => r === 'RULE auth.accountLocked')).toHaveLength(2);
    for (const core of [h.core, other])
      expect(await outcome(core, 'lock:right', 'auth.login', { username, password })).toBe('RULE auth.accountLocked');
    const actions = await auditActionsFor(h, id);
    expect(actions.filter((a) => a === 'auth.login.failed')).toHaveLength(5);
    expect(actions.filter((a) => a === 'auth.lockout')).toHaveLength(1);
  });
});
