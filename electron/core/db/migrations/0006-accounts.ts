// Accounts a practice can run (issue 7): each user's UI language (null: follow this computer's choice or the OS),
// and whether the password was set by an administrator (created or reset) and must be changed at the next sign-in.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('language', 'text').execute();
  await db.schema
    .alterTable('users')
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
