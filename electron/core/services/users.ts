// Administering accounts: list, create, change name and role, deactivate/reactivate, reset password; and each
// user's own language. Users are never deleted. Deactivating, resetting or a new role bumps the user's session
// generation: their sessions end in every process. A password an administrator sets must be changed at next sign-in.
// A locked-out sole administrator recovers with the practice passphrase (the CLI's `users recover`).
import { timingSafeEqual } from 'node:crypto';
import { hashPassword } from '../auth/password';
import { afterSuccess } from '../auth/lockout';
import { readKeyFile } from '../keys/key-file';
import { KeyVaultError } from '../keys/key-vault';
import { createPassphraseVault } from '../keys/passphrase-vault';
import type { CoreEnv } from '../env';
import { saveLockout } from './lockout-store';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { Refusal, signedIn, type HandlerMap } from '../handlers';
import { currentSessionInfo } from './auth';
import { openFailure } from './app';
import { refuseCommonSecrets } from './secret-rules';
import { bumpSessionGeneration, findUserById, findUserByName, insertUser, toUser } from './user-rows';

const notFound = new Refusal({ code: 'NOT_FOUND', message: 'No such user.' });

const wrongPassphrase = new Refusal({
  code: 'RULE',
  rule: 'vault.wrongPassphrase',
  message: 'That passphrase does not open this database.',
});
const recoveryLocked = new Refusal({
  code: 'RULE',
  rule: 'users.recoveryLocked',
  message: 'Too many wrong passphrases were tried. Wait 15 minutes, then try again with the practice passphrase.',
});
const lastAdmin = new Refusal({
  code: 'RULE',
  rule: 'users.lastAdmin',
  message: 'The practice must keep at least one active administrator.',
});

const activeAdmins = async (db: Kysely<DB>): Promise<number> => {
  const admins = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(admins.n);
};

/** The in-memory lockout key for passphrase recoveries (one per process: the passphrase is the practice's). */
const RECOVERY = 'passphrase-recovery';

/** Whether `passphrase` unwraps this database's own keys (not merely some key file's). */
export const passphraseOpensThisDatabase = async (env: CoreEnv, passphrase: string): Promise<boolean> => {
  const file = await readKeyFile(env.store.dbPath);
  if (!file)
    throw new KeyVaultError('damaged', 'The key file beside the database is missing: restore it from the backup.');
  try {
    const keys = await createPassphraseVault(passphrase, env.scryptCost).unseal(file.passphrase);
    return timingSafeEqual(keys.dbKey, env.store.open.keys.dbKey);
  } catch (err) {
    if (err instanceof KeyVaultError && err.kind === 'wrong-passphrase') return false;
    throw err;
  }
};

export const userHandlers: Pick<
  HandlerMap,
  | 'users.list'
  | 'users.create'
  | 'users.update'
  | 'users.setActive'
  | 'users.resetPassword'
  | 'users.recoverWithPassphrase'
  | 'account.setLanguage'
> = {
  'users.list': async (ctx) => {
    const rows = await ctx.env.store.open.kysely.selectFrom('users').selectAll().orderBy('username').execute();
    return rows.map(toUser);
  },

  'users.create': async (ctx) => {
    const { username, fullName, role, password } = ctx.input;
    const common = refuseCommonSecrets([{ path: 'password', value: password }]);
    if (common) return common;
    const hash = await hashPassword(password, ctx.env.scryptCost);
    return ctx.tx(async (t) => {
      if (await findUserByName(t.db, username)) {
        return new Refusal({
          code: 'CONFLICT',
          rule: 'users.usernameTaken',
          message: `The username “${username}” is already taken.`,
          fields: [{ path: 'username', message: 'Already taken' }],
        });
      }
      const row = await insertUser(t.db, {
        username,
        fullName,
        role,
        passwordHash: hash,
        createdAt: ctx.now.toISOString(),
        // The administrator knows this password: only one the user chose proves it is them at the keyboard.
        mustChangePassword: true,
      });
      await t.audit({ action: 'users.create', entity: 'user', entityId: row.id });
      return toUser(row);
    });
  },

  'users.update': async (ctx) => {
    const me = signedIn(ctx);
    const { userId, fullName, role } = ctx.input;
    return ctx.tx(async (t) => {
      const row = await findUserById(t.db, userId);
      if (!row) return notFound;
      const roleChanges = row.role !== role;
      if (roleChanges && row.role === 'admin' && row.active === 1 && (await activeAdmins(t.db)) <= 1) return lastAdmin;
      // A session keeps the role it signed in with: a new role ends it, and the next sign-in shows the new screens.
      if (roleChanges) await bumpSessionGeneration(t.db, userId);
      const updated = await t.db
        .updateTable('users')
        .set({ full_name: fullName, role })
        .where('id', '=', userId)
        .returningAll()
        .executeTakeFirstOrThrow();
      await t.audit({ action: 'users.update', entity: 'user', entityId: userId });
      if (userId === me.user.id) me.user = { ...me.user, fullName };
      return toUser(updated);
    });
  },

  'users.setActive': async (ctx) => {
    const me = signedIn(ctx);
    const { userId, active } = ctx.input;
    if (userId === me.user.id && !active) {
      return new Refusal({ code: 'RULE', rule: 'users.self', message: 'You cannot deactivate your own account.' });
    }
    return ctx.tx(async (t) => {
      const row = await findUserById(t.db, userId);
      if (!row) return notFound;
      if (!active && row.role === 'admin' && row.active === 1 && (await activeAdmins(t.db)) <= 1) return lastAdmin;
      if (!active) await bumpSessionGeneration(t.db, userId);
      const updated = await t.db
        .updateTable('users')
        .set({ active: active ? 1 : 0 })
        .where('id', '=', userId)
        .returningAll()
        .executeTakeFirstOrThrow();
      await t.audit({ action: active ? 'users.reactivate' : 'users.deactivate', entity: 'user', entityId: userId });
      return toUser(updated);
    });
  },

  'users.resetPassword': async (ctx) => {
    const common = refuseCommonSecrets([{ path: 'newPassword', value: ctx.input.newPassword }]);
    if (common) return common;
    const hash = await hashPassword(ctx.input.newPassword, ctx.env.scryptCost);
    return ctx.tx(async (t) => {
      const row = await findUserById(t.db, ctx.input.userId);
      if (!row) return notFound;
      // The administrator now knows the password: the user replaces it at the next sign-in.
      await t.db
        .updateTable('users')
        .set({ password_hash: hash, must_change_password: 1 })
        .where('id', '=', row.id)
        .execute();
      await saveLockout(t.db, row.id, afterSuccess());
      // Whoever is using the account with the old password is signed out, in this process and any other.
      await bumpSessionGeneration(t.db, row.id);
      await t.audit({ action: 'users.resetPassword', entity: 'user', entityId: row.id });
      return { done: true as const };
    });
  },

  'users.recoverWithPassphrase': async (ctx) => {
    const { username, passphrase, newPassword } = ctx.input;
    if (newPassword !== null) {
      const common = refuseCommonSecrets([{ path: 'newPassword', value: newPassword }]);
      if (common) return common;
    }
    const attempts = ctx.env.recoveryAttempts;
    const audit = (action: string, entityId: number | null) =>
      ctx.tx((t) => t.audit({ actorId: null, action, entity: 'user', entityId }));
    if (attempts.isLocked(RECOVERY, ctx.now)) {
      await audit('users.recoverWithPassphrase.refusedLocked', null);
      return recoveryLocked;
    }
    // Guessing the passphrase here is throttled like a sign-in; the passphrase itself is the proof of authority.
    let proven: boolean;
    try {
      proven = await passphraseOpensThisDatabase(ctx.env, passphrase);
    } catch (err) {
      const refusal = openFailure(err); // a damaged key file is named, not hidden behind INTERNAL
      if (refusal) return refusal;
      throw err;
    }
    if (!proven) {
      const lockedNow = attempts.fail(RECOVERY, ctx.now);
      await audit('users.recoverWithPassphrase.failed', null);
      return lockedNow ? recoveryLocked : wrongPassphrase;
    }
    const hash = newPassword === null ? null : await hashPassword(newPassword, ctx.env.scryptCost);
    return ctx.tx(async (t) => {
      const row = await findUserByName(t.db, username);
      if (!row || row.role !== 'admin' || row.active !== 1) {
        return new Refusal({
          code: 'RULE',
          rule: 'users.notRecoverable',
          message: `There is no active administrator named “${username}”. The passphrase recovers administrators only; an administrator resets everyone else.`,
        });
      }
      await saveLockout(t.db, row.id, afterSuccess());
      if (hash !== null) {
        // The administrator chose this password themselves (proving the passphrase): nothing to change next time.
        await t.db
          .updateTable('users')
          .set({ password_hash: hash, must_change_password: 0 })
          .where('id', '=', row.id)
          .execute();
        await bumpSessionGeneration(t.db, row.id);
      }
      await t.audit({ actorId: null, action: 'users.recoverWithPassphrase', entity: 'user', entityId: row.id });
      return { done: true as const };
    });
  },

  'account.setLanguage': async (ctx) => {
    const session = signedIn(ctx);
    const { language } = ctx.input;
    await ctx.tx(async (t) => {
      await t.db.updateTable('users').set({ language }).where('id', '=', session.user.id).execute();
      await t.audit({ action: 'account.setLanguage', entity: 'user', entityId: session.user.id });
    });
    session.user = { ...session.user, language };
    return currentSessionInfo(ctx);
  },
};
