// Signing in and out, the idle lock and unlock, changing one's own password. Every password check counts
// toward the account's lockout and leaves an audit entry, whichever method it came through; a deactivated
// account counts wrong passwords and locks the same way, so its answers cannot tell it apart from an active one.
// Only the right password learns that the account is turned off (auth.accountDisabled).
import { canCall, type SessionInfo } from '../../../shared/contract';
import { afterFailure, afterSuccess, isLockedOut } from '../auth/lockout';
import { hashPassword, verifyPassword } from '../auth/password';
import type { CoreEnv } from '../env';
import { Refusal, signedIn, type HandlerMap, type TxContext } from '../handlers';
import { sessionInfo, sessionRevoked, stillStands } from '../session';
import { lockoutOf, saveLockout } from './lockout-store';
import { noticeDraftHandlers } from './notice-drafts';
import { readSecurity } from './settings-store';
import { refuseCommonSecrets } from './secret-rules';
import { bumpSessionGeneration, findStanding, findUserById, findUserByName, toUser, type UserRow } from './user-rows';

const invalid = new Refusal({
  code: 'RULE',
  rule: 'auth.invalidCredentials',
  message: 'Username or password is incorrect.',
});
const lockedOut = new Refusal({
  code: 'RULE',
  rule: 'auth.accountLocked',
  message:
    'This account is locked after too many failed sign-in attempts. Try again later or ask an administrator to reset the password.',
});

const disabled = new Refusal({
  code: 'RULE',
  rule: 'auth.accountDisabled',
  message: 'This account is turned off. Ask your administrator.',
});
const samePassword = new Refusal({
  code: 'RULE',
  rule: 'auth.samePassword',
  message: 'Choose a new password that is different from the current one.',
});

interface CheckContext {
  now: Date;
  env: CoreEnv;
  tx<T>(fn: (t: TxContext) => Promise<T>): Promise<T>;
}

/**
 * Verifies `password` for an account (or a missing one, with the same timing), recording the failure,
 * the lockout or the success; these writes commit even though the call is refused. Returns the account's
 * row as read under the write lock (its session generation is the one a new session records).
 */
const checkPassword = async (
  ctx: CheckContext,
  row: UserRow | undefined,
  password: string,
  action: string,
  username = '',
): Promise<UserRow | Refusal> => {
  const cost = ctx.env.scryptCost;
  const verification = await verifyPassword(password, row?.password_hash ?? null, cost);
  // Hashed before the write lock is taken: scrypt takes ~0.4 s.
  const upgradedHash =
    verification.valid && verification.needsRehash && row?.active === 1 ? await hashPassword(password, cost) : null;
  return ctx.tx(async (t) => {
    // The lockout state is read again under the write lock: parallel attempts must each count.
    const current = row ? await findUserById(t.db, row.id) : undefined;
    if (!current) {
      const unknown = ctx.env.unknownAccounts;
      const name = username.trim().toLowerCase();
      const wasLocked = unknown.isLocked(name, ctx.now);
      const lockedNow = !wasLocked && unknown.fail(name, ctx.now);
      await t.audit({ actorId: null, action: `${action}.failed`, entity: 'user', entityId: null });
      return wasLocked || lockedNow ? lockedOut : invalid;
    }
    const state = lockoutOf(current);
    if (isLockedOut(state, ctx.now)) {
      await t.audit({ actorId: current.id, action: `${action}.refusedLocked`, entity: 'user', entityId: current.id });
      return lockedOut;
    }
    // A password reset between the check and this transaction makes the checked password a stale one.
    const inactive = current.active !== 1;
    const valid = verification.valid && current.password_hash === row?.password_hash;
    if (valid && inactive) {
      // Whoever knows the password is told the account is off (rather than sent to retype it); a guesser learns
      // nothing new, since the wrong passwords below are answered exactly as for an active account.
      await t.audit({ actorId: current.id, action: `${action}.refusedInactive`, entity: 'user', entityId: current.id });
      return disabled;
    }
    if (!valid) {
      const next = afterFailure(state, ctx.now);
      await saveLockout(t.db, current.id, next.state);
      await t.audit({
        actorId: current.id,
        action: `${action}.${inactive ? 'refusedInactive' : 'failed'}`,
        entity: 'user',
        entityId: current.id,
      });
      if (next.lockedNow)
        await t.audit({ actorId: current.id, action: 'auth.lockout', entity: 'user', entityId: current.id });
      return next.lockedNow ? lockedOut : invalid;
    }
    await saveLockout(t.db, current.id, afterSuccess());
    if (upgradedHash !== null)
      await t.db.updateTable('users').set({ password_hash: upgradedHash }).where('id', '=', current.id).execute();
    await t.audit({ actorId: current.id, action, entity: 'user', entityId: current.id });
    return current;
  });
};

/** The caller's session as the contract returns it, after a sign-in or unlock. */
export const currentSessionInfo = async (ctx: { env: CoreEnv; sessionKey: string }): Promise<SessionInfo> => {
  const session = ctx.env.sessions.get(ctx.sessionKey);
  if (!session) throw new Error('no session after sign-in');
  const security = await readSecurity(ctx.env.store.open.kysely);
  return sessionInfo(session, security.idleLockMinutes);
};

export const authHandlers: Pick<
  HandlerMap,
  'auth.login' | 'auth.logout' | 'auth.lock' | 'auth.unlock' | 'auth.changePassword'
> = {
  'auth.login': async (ctx) => {
    const row = await findUserByName(ctx.env.store.open.kysely, ctx.input.username);
    const check = await checkPassword(ctx, row, ctx.input.password, 'auth.login', ctx.input.username);
    if (check instanceof Refusal) return check;
    ctx.env.sessions.start(ctx.sessionKey, toUser(check), ctx.now.getTime(), check.session_generation);
    return currentSessionInfo(ctx);
  },

  'auth.logout': async (ctx) => {
    const session = signedIn(ctx);
    // The locked user's unsaved drafts, saved by the notices service itself (its rules, its audit entry) and only
    // for a role that may edit drafts; one that can no longer be saved (published, discarded) does not stop the sign-out.
    if (canCall(session.user.role, 'notices.updateDraft')) {
      for (const draft of ctx.input.unsavedDrafts ?? []) {
        await noticeDraftHandlers['notices.updateDraft']({ ...ctx, input: draft });
      }
    }
    await ctx.tx((t) => t.audit({ action: 'auth.logout', entity: 'user', entityId: session.user.id }));
    ctx.env.sessions.end(ctx.sessionKey);
    return { done: true };
  },

  'auth.lock': async (ctx) => {
    const session = signedIn(ctx);
    if (!session.locked)
      await ctx.tx((t) => t.audit({ action: 'auth.lock', entity: 'user', entityId: session.user.id }));
    session.locked = true;
    return { done: true };
  },

  // Only the signed-in user can unlock; anyone else signs out and in.
  'auth.unlock': async (ctx) => {
    const session = signedIn(ctx);
    const row = await findUserById(ctx.env.store.open.kysely, session.user.id);
    const check = await checkPassword(ctx, row, ctx.input.password, 'auth.unlock');
    if (check instanceof Refusal) {
      if (row?.active !== 1) ctx.env.sessions.end(ctx.sessionKey);
      return check;
    }
    session.locked = false;
    session.lastActivityMs = ctx.now.getTime();
    return currentSessionInfo(ctx);
  },

  'auth.changePassword': async (ctx) => {
    const session = signedIn(ctx);
    // Also what makes a password an administrator set really replaced (auth.mustChangePassword).
    if (ctx.input.newPassword === ctx.input.currentPassword.normalize('NFC')) return samePassword;
    const common = refuseCommonSecrets([{ path: 'newPassword', value: ctx.input.newPassword }]);
    if (common) return common;
    const row = await findUserById(ctx.env.store.open.kysely, session.user.id);
    const check = await checkPassword(ctx, row, ctx.input.currentPassword, 'auth.changePassword.verify');
    if (check instanceof Refusal) return check;
    const hash = await hashPassword(ctx.input.newPassword, ctx.env.scryptCost);
    // The user's other sessions, here and in other processes, end; this one carries on under the new generation,
    // unless an administrator changed the account while the password was being checked.
    const generation = await ctx.tx(async (t) => {
      if (!stillStands(session, await findStanding(t.db, session.user.id))) return null;
      await t.db
        .updateTable('users')
        .set({ password_hash: hash, must_change_password: 0 })
        .where('id', '=', session.user.id)
        .execute();
      await t.audit({ action: 'auth.changePassword', entity: 'user', entityId: session.user.id });
      return bumpSessionGeneration(t.db, session.user.id);
    });
    if (generation === null) {
      ctx.env.sessions.end(ctx.sessionKey);
      return new Refusal(sessionRevoked);
    }
    session.generation = generation;
    session.user = { ...session.user, mustChangePassword: false };
    return { done: true };
  },
};
