// Sessions, roles and the idle lock (HIPAA 164.312(a)(2)(iii) automatic logoff, unique user IDs):
// dispatch refuses work from locked, missing or under-privileged sessions, and account administration
// keeps at least one active admin.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract';
import { ADMIN_PASSWORD, openHarness, SESSION, type Harness } from '../support/core-harness';
import { STRONG_PASSWORD } from './fixtures';
import { addUser, countOf } from './users-support';

const FD = 'test:front-desk';
let h: Harness;
let adminId: number;
let fdId: number;

const ruleOf = async <M extends MethodName>(method: M, input: MethodInput<M>, key = SESSION) => {
  const r = await h.call(method, input, key);
  return r.ok ? 'ok' : `${r.error.code} ${r.error.rule ?? ''}`.trim();
};
const search = (key = SESSION) => ruleOf('patients.search', { query: 'a', limit: 5 }, key);

beforeAll(async () => {
  h = await openHarness({ setup: true });
  adminId = (await h.value('app.status', {})).session?.user.id ?? 0;
  fdId = (
    await addUser(h, {
      username: 'frank',
      fullName: 'Frank Desk',
      role: 'front_desk',
      password: STRONG_PASSWORD,
    })
  ).id;
  await h.value('auth.login', { username: 'frank', password: STRONG_PASSWORD }, FD);
});

afterAll(() => h.close());

describe('roles', () => {
  it('forbids front desk the admin and manager methods', async () => {
    expect(await ruleOf('users.list', {}, FD)).toBe('FORBIDDEN role.notAllowed');
    expect(
      await ruleOf('users.create', { username: 'x-user', fullName: 'X', role: 'admin', password: STRONG_PASSWORD }, FD),
    ).toBe('FORBIDDEN role.notAllowed');
    expect(await ruleOf('practice.update', await h.value('practice.get', {}), FD)).toBe('FORBIDDEN role.notAllowed');
    expect(await ruleOf('settings.update', { idleLockMinutes: 60 }, FD)).toBe('FORBIDDEN role.notAllowed');
    expect(await ruleOf('audit.verify', {}, FD)).toBe('FORBIDDEN role.notAllowed');
    expect(await ruleOf('audit.list', { limit: 5, beforeSeq: null }, FD)).toBe('FORBIDDEN role.notAllowed');
  });

  it('lets front desk work with patients and read the practice details', async () => {
    const p = await h.value(
      'patients.create',
      { mrn: 'FD-1', firstName: 'Ana', lastName: 'Ruiz', dateOfBirth: '1988-05-06' },
      FD,
    );
    expect(await h.value('patients.get', { id: p.id }, FD)).toMatchObject({ lastName: 'Ruiz' });
    expect(await h.value('patients.search', { query: 'Ruiz', limit: 5 }, FD)).toHaveLength(1);
    expect(await ruleOf('practice.get', {}, FD)).toBe('ok');
    const [last] = await h.sql<{ actor_id: number }>(sql`SELECT actor_id FROM audit_log ORDER BY seq DESC LIMIT 1`);
    expect(last?.actor_id).toBe(fdId);
  });

  it('asks for a sign-in when there is no session, for role-checked and session methods alike', async () => {
    for (const [method, input] of [
      ['patients.search', { query: 'a', limit: 5 }],
      ['users.list', {}],
      ['auth.lock', {}],
      ['auth.unlock', { password: 'x' }],
      ['auth.logout', {}],
    ] as const) {
      expect(await ruleOf(method, input as never, 'test:nobody'), method).toBe('FORBIDDEN session.required');
    }
    expect(await h.value('app.status', {}, 'test:nobody')).toMatchObject({ database: 'open', session: null });
  });

  it('treats usernames case-insensitively: "Admin" is taken', async () => {
    const error = await h.error('users.create', {
      username: 'Admin',
      fullName: 'Another',
      role: 'front_desk',
      password: STRONG_PASSWORD,
    });
    expect(error).toMatchObject({ code: 'CONFLICT', rule: 'users.usernameTaken' });
  });

  it('does not let an admin deactivate themself', async () => {
    expect(await ruleOf('users.setActive', { userId: adminId, active: false })).toBe('RULE users.self');
  });
});

describe('idle lock', () => {
  it('does not lock after 9 minutes 59 seconds idle', async () => {
    h.clock.advanceMinutes(9 + 59 / 60);
    expect(await search()).toBe('ok');
  });

  it('locks after the default 10 idle minutes: work answers LOCKED and status shows it', async () => {
    h.clock.advanceMinutes(10);
    expect(await search()).toBe('LOCKED session.locked');
    expect(await ruleOf('users.list', {})).toBe('LOCKED session.locked');
    expect(await ruleOf('patients.get', { id: 1 })).toBe('LOCKED session.locked');
    expect((await h.value('app.status', {})).session).toMatchObject({
      locked: true,
      idleLockMinutes: 10,
      user: { id: adminId },
    });
  });

  it("refuses a wrong password, or another user's password, on unlock and stays locked", async () => {
    expect(await ruleOf('auth.unlock', { password: 'not-my-password' })).toBe('RULE auth.invalidCredentials');
    expect(await ruleOf('auth.unlock', { password: STRONG_PASSWORD })).toBe('RULE auth.invalidCredentials');
    expect(await search()).toBe('LOCKED session.locked');
  });

  it("unlocks with the same user's password, and the work goes on", async () => {
    expect(await h.value('auth.unlock', { password: ADMIN_PASSWORD })).toMatchObject({
      locked: false,
      user: { id: adminId },
    });
    expect(await search()).toBe('ok');
    expect((await h.value('app.status', {})).session?.locked).toBe(false);
  });

  it('applies a new idle time from settings straight away', async () => {
    await h.value('settings.update', { idleLockMinutes: 1 });
    h.clock.advanceMinutes(0.9);
    expect(await search()).toBe('ok');
    h.clock.advanceMinutes(1);
    expect(await search()).toBe('LOCKED session.locked');
    await h.value('auth.unlock', { password: ADMIN_PASSWORD });
    await h.value('settings.update', { idleLockMinutes: 10 });
  });

  it('lockAll (screen lock, suspend) locks every session at once', async () => {
    await h.value('auth.login', { username: 'frank', password: STRONG_PASSWORD }, FD);
    expect(await search(FD)).toBe('ok');
    h.core.lockAll();
    expect(await search()).toBe('LOCKED session.locked');
    expect(await search(FD)).toBe('LOCKED session.locked');
    await h.value('auth.unlock', { password: ADMIN_PASSWORD });
    expect(await search()).toBe('ok');
    expect(await search(FD)).toBe('LOCKED session.locked');
  });
});

describe('resetting a password', () => {
  it('signs out whoever is using the account with the old password', async () => {
    const id = (
      await addUser(h, {
        username: 'gail',
        fullName: 'Gail Desk',
        role: 'front_desk',
        password: STRONG_PASSWORD,
      })
    ).id;
    await h.value('auth.login', { username: 'gail', password: STRONG_PASSWORD }, 'test:gail');
    expect(await search('test:gail')).toBe('ok');
    await h.value('users.resetPassword', { userId: id, newPassword: 'a-brand-new-password-2' });
    expect(await search('test:gail')).toBe('FORBIDDEN session.revoked');
    expect(await search('test:gail')).toBe('FORBIDDEN session.required'); // the session is gone, not just refused
    expect(await ruleOf('auth.login', { username: 'gail', password: 'a-brand-new-password-2' }, 'test:gail')).toBe(
      'ok',
    );
  });
});

describe('deactivating accounts', () => {
  it("ends a deactivated user's sessions, and they cannot sign in", async () => {
    expect(await h.value('users.setActive', { userId: fdId, active: false })).toMatchObject({ active: false });
    expect(await search(FD)).toBe('FORBIDDEN session.revoked');
    expect(h.core.env.sessions.get(FD)).toBeNull();
    expect(await ruleOf('auth.login', { username: 'frank', password: STRONG_PASSWORD }, FD)).toBe(
      'RULE auth.accountDisabled',
    );
    expect(h.core.env.sessions.get(FD)).toBeNull();
  });

  it('records a sign-in attempt on a deactivated account in the audit log', async () => {
    const count = () =>
      countOf(h, sql`SELECT count(*) AS n FROM audit_log WHERE entity = 'user' AND entity_id = ${String(fdId)}`);
    const before = await count();
    await h.error('auth.login', { username: 'frank', password: STRONG_PASSWORD }, FD);
    expect(await count()).toBe(before + 1);
  });

  it('keeps one active admin when two admins deactivate each other at the same moment', async () => {
    const bea = await addUser(h, {
      username: 'bea',
      fullName: 'Bea Admin',
      role: 'admin',
      password: STRONG_PASSWORD,
    });
    await h.value('auth.login', { username: 'bea', password: STRONG_PASSWORD }, 'test:bea');
    const [byAdmin, byBea] = await Promise.all([
      h.call('users.setActive', { userId: bea.id, active: false }),
      h.call('users.setActive', { userId: adminId, active: false }, 'test:bea'),
    ]);
    const outcomes = [byAdmin, byBea].map((r) => (r.ok ? 'ok' : r.error.rule));
    expect(outcomes.sort()).toEqual(['ok', 'users.lastAdmin']);
    expect(await countOf(h, sql`SELECT count(*) AS n FROM users WHERE role = 'admin' AND active = 1`)).toBe(1);
  });
});
