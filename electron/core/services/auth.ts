// Signing in and out, the idle lock and unlock, changing one's own password; lockout after repeated failures.
import type { Kysely } from 'kysely';
import type { SessionInfo } from '../../../shared/contract';
import { afterFailure, afterSuccess, isLockedOut, type LockoutState } from '../auth/lockout';
import { hashPassword, verifyPassword } from '../auth/password';
import type { DB } from '../db/schema';
import type { CoreEnv } from '../env';
import { Refusal, signedIn, type HandlerContext, type HandlerMap } from '../handlers';
import { sessionInfo } from '../session';
import { readSecurity } from './settings-store';
import { findUserById, findUserByName, toUser, type UserRow } from './user-rows';

const invalid = new Refusal({ code: 'RULE', rule: 'auth.invalidCredentials', message: 'Username or password is incorrect.' });
const lockedOut = new Refusal({
  code: 'RULE',
  rule: 'auth.accountLocked',
  message: 'This account is locked after too many failed sign-in attempts. Try again later or ask an administrator to reset the password.',
});

const lockoutOf = (row: UserRow): LockoutState => ({
  failedAttempts: row.failed_attempts,
  firstFailedAt: row.first_failed_at,
  lockedUntil: row.locked_until,
  lockouts: row.lockouts,
});

const saveLockout = (db: Kysely<DB>, userId: number, s: LockoutState) =>
  db
    .updateTable('users')
    .set({ failed_attempts: s.failedAttempts, first_failed_at: s.firstFailedAt, locked_until: s.lockedUntil, lockouts: s.lockouts })
    .where('id', '=', userId)
    .execute();

type PasswordCheck = 'ok' | Refusal;

/** Verifies a password for an account, recording failures and lockouts (committed even though the call fails). */
const checkPassword = async (
  ctx: HandlerContext<'auth.login' | 'auth.unlock'>,
  row: UserRow | undefined,
  password: string,
  action: string,
): Promise<PasswordCheck> => {
  const verification = await verifyPassword(password, row?.password_hash ?? null);
  return ctx.tx(async (t) => {
    if (!row) {
      await t.audit({ actorId: null, action: `${action}.failed`, entity: 'user', entityId: null });
      return invalid;
    }
    if (isLockedOut(lockoutOf(row), ctx.now)) {
      await t.audit({ actorId: row.id, action: `${action}.refusedLocked`, entity: 'user', entityId: row.id });
      return lockedOut;
    }
    if (!verification.valid) {
      const { state, lockedNow } = afterFailure(lockoutOf(row), ctx.now);
      await saveLockout(t.db, row.id, state);
      await t.audit({ actorId: row.id, action: `${action}.failed`, entity: 'user', entityId: row.id });
      if (lockedNow) await t.audit({ actorId: row.id, action: 'auth.lockout', entity: 'user', entityId: row.id });
      return lockedNow ? lockedOut : invalid;
    }
    await saveLockout(t.db, row.id, afterSuccess());
    if (verification.needsRehash) {
      await t.db.updateTable('users').set({ password_hash: await hashPassword(password) }).where('id', '=', row.id).execute();
    }
    await t.audit({ actorId: row.id, action, entity: 'user', entityId: row.id });
    return 'ok';
  });
};

/** The caller's session as the contract returns it, after a sign-in or unlock. */
export const currentSessionInfo = async (ctx: { env: CoreEnv; sessionKey: string }): Promise<SessionInfo> => {
  const session = ctx.env.sessions.get(ctx.sessionKey);
  if (!session) throw new Error('no session after sign-in');
  const security = await readSecurity(ctx.env.store.open.kysely);
  return sessionInfo(session, security.idleLockMinutes);
};

export const authHandlers: Pick<HandlerMap, 'auth.login' | 'auth.logout' | 'auth.lock' | 'auth.unlock' | 'auth.changePassword'> = {
  'auth.login': async (ctx) => {
    const row = await findUserByName(ctx.env.store.open.kysely, ctx.input.username);
    if (row && row.active !== 1) {
      await verifyPassword(ctx.input.password, null); // same timing as any other refusal
      return invalid;
    }
    const check = await checkPassword(ctx, row, ctx.input.password, 'auth.login');
    if (check !== 'ok' || !row) return check === 'ok' ? invalid : check;
    ctx.env.sessions.start(ctx.sessionKey, toUser(row), ctx.now.getTime());
    return currentSessionInfo(ctx);
  },

  'auth.logout': async (ctx) => {
    const session = signedIn(ctx);
    await ctx.tx((t) => t.audit({ action: 'auth.logout', entity: 'user', entityId: session.user.id }));
    ctx.env.sessions.end(ctx.sessionKey);
    return { done: true };
  },

  'auth.lock': async (ctx) => {
    const session = signedIn(ctx);
    if (!session.locked) await ctx.tx((t) => t.audit({ action: 'auth.lock', entity: 'user', entityId: session.user.id }));
    session.locked = true;
    return { done: true };
  },

  'auth.unlock': async (ctx) => {
    const session = signedIn(ctx);
    // Only the same user can unlock; anyone else signs out and in.
    const row = await findUserById(ctx.env.store.open.kysely, session.user.id);
    if (!row || row.active !== 1) {
      ctx.env.sessions.end(ctx.sessionKey);
      return invalid;
    }
    const check = await checkPassword(ctx, row, ctx.input.password, 'auth.unlock');
    if (check !== 'ok') return check;
    session.locked = false;
    session.lastActivityMs = ctx.now.getTime();
    return currentSessionInfo(ctx);
  },

  'auth.changePassword': async (ctx) => {
    const session = signedIn(ctx);
    const row = await findUserById(ctx.env.store.open.kysely, session.user.id);
    const verification = await verifyPassword(ctx.input.currentPassword, row?.password_hash ?? null);
    if (!row || !verification.valid) return invalid;
    const hash = await hashPassword(ctx.input.newPassword);
    await ctx.tx(async (t) => {
      await t.db.updateTable('users').set({ password_hash: hash }).where('id', '=', row.id).execute();
      await t.audit({ action: 'auth.changePassword', entity: 'user', entityId: row.id });
    });
    return { done: true };
  },
};
