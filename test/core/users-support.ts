// For tests about something else than first sign-in: a user who has already been through it. A password an
// administrator sets (users.create) must be replaced at the first sign-in (auth.mustChangePassword), so the helper
// goes through that real flow with the contract methods only; nothing database-specific, so it works on any dialect.
// test/core/accounts.test.ts covers the rule itself. The row helpers below look under the contract (a user row
// written straight into the table, the audit actions about a user) in portable SQL, on SQLite and PostgreSQL alike.
import { sql, type RawBuilder } from 'kysely';
import type { MethodInput, Role, User } from '../../shared/contract';
import { SESSION, type Harness } from '../support/core-harness';

/**
 * Creates a user as the administrator signed in on `sessionKey` would, with a throwaway first password, then signs
 * in as them on a scratch session, changes it to `password` and signs out: the user can then sign in with
 * `password` and work. Returns the user as users.create returned it.
 */
export const addUser = async (
  h: Harness,
  input: MethodInput<'users.create'>,
  sessionKey: string = SESSION,
): Promise<User> => {
  const firstPassword = `${input.password}-set-by-admin`;
  const user = await h.value('users.create', { ...input, password: firstPassword }, sessionKey);
  const scratch = `test:first-sign-in:${input.username}`;
  await h.value('auth.login', { username: input.username, password: firstPassword }, scratch);
  await h.value('auth.changePassword', { currentPassword: firstPassword, newPassword: input.password }, scratch);
  await h.value('auth.logout', {}, scratch);
  return user;
};

/**
 * Writes a user row straight into the table, bypassing users.create (e.g. to store a weaker legacy hash, or to skip
 * the first-sign-in change), and returns its id.
 */
export const insertUserRow = async (
  h: Harness,
  user: { username: string; passwordHash: string; fullName?: string; role?: Role; active?: boolean },
): Promise<number> => {
  const rows = await h.sql<{ id: number }>(
    sql`INSERT INTO users (username, full_name, role, password_hash, active, created_at)
        VALUES (${user.username}, ${user.fullName ?? user.username}, ${user.role ?? 'front_desk'},
                ${user.passwordHash}, ${user.active === false ? 0 : 1}, ${h.clock.now().toISOString()})
        RETURNING id`,
  );
  return Number(rows[0]?.id);
};

/** The audit actions recorded about one user, oldest first. */
export const auditActionsFor = async (h: Harness, userId: number): Promise<string[]> =>
  (
    await h.sql<{ action: string }>(
      sql`SELECT action FROM audit_log WHERE entity = 'user' AND entity_id = ${String(userId)} ORDER BY seq`,
    )
  ).map((r) => r.action);

/** The one number a `SELECT count(*) AS n ...` answers (a string on PostgreSQL, a number on SQLite). */
export const countOf = async (h: Harness, query: RawBuilder<{ n: unknown }>): Promise<number> =>
  Number((await h.sql(query))[0]?.n);
