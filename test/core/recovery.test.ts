// The sole administrator's way back in (issue 6 item 10): proving the practice passphrase clears an
// administrator's lockout, optionally sets a new password (ending their sessions), and is audited. Wrong
// passphrases are audited and lock like sign-ins; only active administrators can be recovered this way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ADMIN_PASSWORD, openHarness, PASSPHRASE, SESSION, type Harness } from '../support/core-harness';
import { STRONG_PASSWORD } from './fixtures';

const WRONG = 'wrong-admin-password-0';
const NOBODY = 'test:locked-out';

let h: Harness;
let adminId: number;
const lastAudit = async () =>
  (await h.sql(sql`SELECT actor_id, action, entity, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1`))[0];
const login = async (password: string): Promise<string> => {
  const r = await h.call('auth.login', { username: 'admin', password }, NOBODY);
  return r.ok ? 'ok' : (r.error.rule ?? r.error.code);
};
const lockAdminOut = async (): Promise<void> => {
  for (let i = 0; i < 5; i += 1) await login(WRONG);
  expect(await login(ADMIN_PASSWORD)).toBe('auth.accountLocked');
};
const recover = (passphrase: string, newPassword: string | null = null, username = 'admin') =>
  h.call('users.recoverWithPassphrase', { username, passphrase, newPassword }, NOBODY);

beforeAll(async () => {
  h = await openHarness({ setup: true });
  adminId = (await h.value('app.status', {})).session?.user.id ?? 0;
});

afterAll(() => h.close());

describe('recovering a locked-out administrator with the passphrase', () => {
  it('clears the lockout without a session, so the old password signs in again, and audits it', async () => {
    await lockAdminOut();
    expect(await recover(PASSPHRASE)).toEqual({ ok: true, value: { done: true } });
    expect(await lastAudit()).toEqual({
      actor_id: null,
      action: 'users.recoverWithPassphrase',
      entity: 'user',
      entity_id: String(adminId),
    });
    expect(
      (await h.sql(sql`SELECT recent_failures, locked_until, lockouts FROM users WHERE id = ${adminId}`))[0],
    ).toEqual({ recent_failures: '[]', locked_until: null, lockouts: 0 });
    expect(await login(ADMIN_PASSWORD)).toBe('ok');
  });

  it("sets a new password when given one, ending the administrator's sessions", async () => {
    await h.value('auth.login', { username: 'admin', password: ADMIN_PASSWORD }, SESSION);
    await lockAdminOut();
    expect(await recover(PASSPHRASE, 'recovered-admin-password-7')).toEqual({ ok: true, value: { done: true } });
    expect(await h.error('users.list', {}, SESSION)).toMatchObject({ code: 'FORBIDDEN', rule: 'session.revoked' });
    expect(await login(ADMIN_PASSWORD)).toBe('auth.invalidCredentials');
    expect(await login('recovered-admin-password-7')).toBe('ok');
    // Put the fixture password back for the tests below.
    await h.value(
      'auth.changePassword',
      { currentPassword: 'recovered-admin-password-7', newPassword: ADMIN_PASSWORD },
      NOBODY,
    );
  });

  it('refuses a wrong passphrase, audits it, and leaves the lock in place', async () => {
    await lockAdminOut();
    const r = await recover('not the practice passphrase');
    expect(r).toEqual({
      ok: false,
      error: { code: 'RULE', rule: 'vault.wrongPassphrase', message: expect.any(String) },
    });
    expect(await lastAudit()).toEqual({
      actor_id: null,
      action: 'users.recoverWithPassphrase.failed',
      entity: 'user',
      entity_id: null,
    });
    expect(await login(ADMIN_PASSWORD)).toBe('auth.accountLocked');
  });

  it('refuses a common new password, naming the field, before touching anything', async () => {
    const error = await h.error(
      'users.recoverWithPassphrase',
      { username: 'admin', passphrase: PASSPHRASE, newPassword: 'Password123456' },
      NOBODY,
    );
    expect(error).toMatchObject({ code: 'VALIDATION', rule: 'auth.commonPassword', fields: [{ path: 'newPassword' }] });
    expect(await login(ADMIN_PASSWORD)).toBe('auth.accountLocked');
  });

  it('recovers active administrators only: not front desk, not unknown names', async () => {
    await recover(PASSPHRASE); // the admin again, to add a user
    await h.value('auth.login', { username: 'admin', password: ADMIN_PASSWORD }, SESSION);
    await h.value('users.create', {
      username: 'desk',
      fullName: 'Desk User',
      role: 'front_desk',
      password: STRONG_PASSWORD,
    });
    for (const username of ['desk', 'no-such-admin']) {
      expect(await recover(PASSPHRASE, 'taken-over-password-1', username)).toMatchObject({
        ok: false,
        error: { code: 'RULE', rule: 'users.notRecoverable' },
      });
    }
    expect(await h.value('auth.login', { username: 'desk', password: STRONG_PASSWORD }, 'test:desk')).toMatchObject({
      user: { username: 'desk' },
    });
  });

  it('locks recovery after 5 wrong passphrases in 15 minutes, even for the right one, until the lock runs out', async () => {
    h.clock.advanceMinutes(16); // the wrong passphrase tried above has left the window
    const rules: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const r = await recover(`guess number ${i} at it`);
      rules.push(r.ok ? 'ok' : (r.error.rule ?? ''));
    }
    expect(rules).toEqual([
      ...Array<string>(4).fill('vault.wrongPassphrase'),
      'users.recoveryLocked',
      'users.recoveryLocked',
    ]);
    expect(await recover(PASSPHRASE)).toMatchObject({
      ok: false,
      error: { rule: 'users.recoveryLocked', message: expect.stringContaining('15 minutes') },
    });
    expect(await lastAudit()).toMatchObject({ action: 'users.recoverWithPassphrase.refusedLocked' });
    h.clock.advanceMinutes(15);
    expect(await recover(PASSPHRASE)).toEqual({ ok: true, value: { done: true } });
  });

  it('leaves an audit chain that verifies', async () => {
    await h.value('auth.login', { username: 'admin', password: ADMIN_PASSWORD }, SESSION);
    expect(await h.value('audit.verify', {})).toMatchObject({ ok: true });
  });
});
