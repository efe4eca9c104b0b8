// The audit head moves into the database (RELIABILITY.md §5): a one-row table updated in the same transaction
// as each append, so the head commits with its entry; and each entry may name the patients a call showed.
// The head row itself is signed with the audit key, which migrations do not hold: the store writes it at open.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('subject_ids', 'text').execute();
  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('mac', 'text', (c) => c.notNull())
    .addColumn('sig', 'text', (c) => c.notNull())
    .execute();
}
