// Reading user rows and turning them into the contract's User; each user's session generation and whether the
// password an administrator set must still be changed.
import type { Kysely, Selectable } from 'kysely';
import { Language, Role, type User } from '../../../shared/contract';
import type { DB, UsersTable } from '../db/schema';

export type UserRow = Selectable<UsersTable>;

export const toUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  fullName: row.full_name,
  role: Role.parse(row.role),
  active: row.active === 1,
  createdAt: row.created_at,
  language: row.language === null ? null : (Language.safeParse(row.language).data ?? null),
  mustChangePassword: row.must_change_password === 1,
});

export const findUserByName = (db: Kysely<DB>, username: string): Promise<UserRow | undefined> =>
  db.selectFrom('users').selectAll().where('username', '=', username.trim().toLowerCase()).executeTakeFirst();

export const findUserById = (db: Kysely<DB>, id: number): Promise<UserRow | undefined> =>
  db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

/** What decides whether a user's sessions still stand: one read by primary key on every checked call. */
export const findStanding = (
  db: Kysely<DB>,
  id: number,
): Promise<{ active: number; session_generation: number; must_change_password: number } | undefined> =>
  db
    .selectFrom('users')
    .select(['active', 'session_generation', 'must_change_password'])
    .where('id', '=', id)
    .executeTakeFirst();

/** Ends every session of the user, in every process: each notices at its next call. Returns the new generation. */
export const bumpSessionGeneration = async (db: Kysely<DB>, id: number): Promise<number> => {
  const row = await db
    .updateTable('users')
    .set((eb) => ({ session_generation: eb('session_generation', '+', 1) }))
    .where('id', '=', id)
    .returning('session_generation')
    .executeTakeFirstOrThrow();
  return row.session_generation;
};

export interface NewUserRow {
  username: string;
  fullName: string;
  role: string;
  passwordHash: string;
  createdAt: string;
  /** An administrator chose this password for someone else: they must replace it at their next sign-in. */
  mustChangePassword?: boolean;
}

export const insertUser = (db: Kysely<DB>, u: NewUserRow): Promise<UserRow> =>
  db
    .insertInto('users')
    .values({
      username: u.username,
      full_name: u.fullName,
      role: u.role,
      password_hash: u.passwordHash,
      active: 1,
      created_at: u.createdAt,
      locked_until: null,
      lockouts: 0,
      must_change_password: u.mustChangePassword === true ? 1 : 0,
    })
    .returningAll()
    .executeTakeFirstOrThrow();

export const hasAnyUser = async (db: Kysely<DB>): Promise<boolean> =>
  (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
