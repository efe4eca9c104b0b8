// Indexes for reading the audit log a page at a time (newest first, by seq) under its filters: by who acted, by
// action, by record and by time. Each ends in seq, so a filtered page is an index range read backwards and
// stops after one page, on SQLite and PostgreSQL alike. Indexes only: the entries and their MACs are untouched.
import type { Kysely } from 'kysely';

const INDEXES = [
  ['audit_log_actor_seq', ['actor_id', 'seq']],
  ['audit_log_action_seq', ['action', 'seq']],
  ['audit_log_record_seq', ['entity', 'entity_id', 'seq']],
  ['audit_log_at', ['at']],
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, columns] of INDEXES) {
    await db.schema
      .createIndex(name)
      .on('audit_log')
      .columns([...columns])
      .execute();
  }
}
