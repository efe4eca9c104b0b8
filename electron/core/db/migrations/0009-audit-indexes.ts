// Indexes for reading the audit log a page at a time (newest first, by seq) under its filters: by who acted, by
// action, by record and by time. Each ends in seq, so a filtered page is an index range read backwards and
// stops after one page, on SQLite and PostgreSQL alike; and a partial index of the entries that list the patients
// they showed (searches), so "who saw this patient" walks those entries only, not the whole log.
// Indexes only: the entries and their MACs are untouched.
import { sql, type Kysely } from 'kysely';

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
  await db.schema
    .createIndex('audit_log_subjects_seq')
    .on('audit_log')
    .column('seq')
    .where(sql.ref('subject_ids'), 'is not', null)
    .execute();
}
