// Per-user session generation: bumped when an account is deactivated or its password is reset or changed,
// so a session started in another process (browser mode beside the CLI, two apps) notices at its next call.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('session_generation', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
