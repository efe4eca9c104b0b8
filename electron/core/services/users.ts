// Administering accounts: list, create, deactivate/reactivate, reset password. Users are never deleted.
import { hashPassword } from '../auth/password';
import { afterSuccess } from '../auth/lockout';
import { saveLockout } from './lockout-store';
import { Refusal, signedIn, type HandlerMap } from '../handlers';
import { findUserById, findUserByName, insertUser, toUser } from './user-rows';

const notFound = new Refusal({ code: 'NOT_FOUND', message: 'No such user.' });

export const userHandlers: Pick<HandlerMap, 'users.list' | 'users.create' | 'users.setActive' | 'users.resetPassword'> = {
  'users.list': async (ctx) => {
    const rows = await ctx.env.store.open.kysely.selectFrom('users').selectAll().orderBy('username').execute();
    return rows.map(toUser);
  },

  'users.create': async (ctx) => {
    const { username, fullName, role, password } = ctx.input;
    const hash = await hashPassword(password);
    return ctx.tx(async (t) => {
      if (await findUserByName(t.db, username)) {
        return new Refusal({ code: 'CONFLICT', rule: 'users.usernameTaken', message: `The username “${username}” is already taken.`, fields: [{ path: 'username', message: 'Already taken' }] });
      }
      const row = await insertUser(t.db, { username, fullName, role, passwordHash: hash, createdAt: ctx.now.toISOString() });
      await t.audit({ action: 'users.create', entity: 'user', entityId: row.id });
      return toUser(row);
    });
  },

  'users.setActive': async (ctx) => {
    const me = signedIn(ctx);
    const { userId, active } = ctx.input;
    if (userId === me.user.id && !active) {
      return new Refusal({ code: 'RULE', rule: 'users.self', message: 'You cannot deactivate your own account.' });
    }
    const result = await ctx.tx(async (t) => {
      const row = await findUserById(t.db, userId);
      if (!row) return notFound;
      if (!active && row.role === 'admin') {
        const admins = await t.db.selectFrom('users').select((eb) => eb.fn.countAll<number | string>().as('n')).where('role', '=', 'admin').where('active', '=', 1).executeTakeFirstOrThrow();
        if (Number(admins.n) <= 1 && row.active === 1) {
          return new Refusal({ code: 'RULE', rule: 'users.lastAdmin', message: 'The practice must keep at least one active administrator.' });
        }
      }
      const updated = await t.db.updateTable('users').set({ active: active ? 1 : 0 }).where('id', '=', userId).returningAll().executeTakeFirstOrThrow();
      await t.audit({ action: active ? 'users.reactivate' : 'users.deactivate', entity: 'user', entityId: userId });
      return toUser(updated);
    });
    if (!(result instanceof Refusal) && !active) ctx.env.sessions.endUser(userId);
    return result;
  },

  'users.resetPassword': async (ctx) => {
    const hash = await hashPassword(ctx.input.newPassword);
    const result = await ctx.tx(async (t) => {
      const row = await findUserById(t.db, ctx.input.userId);
      if (!row) return notFound;
      await t.db.updateTable('users').set({ password_hash: hash }).where('id', '=', row.id).execute();
      await saveLockout(t.db, row.id, afterSuccess());
      await t.audit({ action: 'users.resetPassword', entity: 'user', entityId: row.id });
      return { done: true as const };
    });
    // Whoever is using the account with the old password is signed out.
    if (!(result instanceof Refusal)) ctx.env.sessions.endUser(ctx.input.userId);
    return result;
  },
};
