// Drafts that follow the newest version, and withdrawing a scheduled version (issue 7). A draft records when it
// was started and the version it started from (who started it is the existing created_by); a language has at most
// one draft, which the database enforces with a partial unique index (valid SQL on SQLite and PostgreSQL alike).
// A published version scheduled for a future day may be withdrawn: the withdrawn_* columns are set once and then
// frozen, while everything the version says stays immutable (164.530(j) keeps it like any other version).
import { sql, type Kysely } from 'kysely';
import { isPostgres, protectPublished } from '../dialect';

/** The columns 0003 froze, plus the draft's origin, which is part of the record once published. */
const FROZEN = [
  'language',
  'number',
  'content',
  'practice_snapshot',
  'effective_date',
  'published_on',
  'published_by',
  'change_summary',
  'material_change',
  'content_hash',
  'created_by',
  'started_at',
  'base_version_id',
];

const WITHDRAWN = ['withdrawn_on', 'withdrawn_by', 'withdrawn_reason'];

/** Drafts started before this migration: the most recently edited one of each language keeps the draft slot. */
const backfillStartedAt = async (db: Kysely<unknown>): Promise<void> => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema as it was then
  const k = db as Kysely<any>;
  const drafts = (await k
    .selectFrom('notice_versions')
    .select(['id', 'language', 'updated_at'])
    .where('published_on', 'is', null)
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .execute()) as { id: number; language: string; updated_at: string }[];
  const kept = new Set<string>();
  for (const d of drafts) {
    if (kept.has(d.language)) continue; // an older second draft stays a draft, outside the one-draft rule
    kept.add(d.language);
    await k.updateTable('notice_versions').set({ started_at: d.updated_at }).where('id', '=', d.id).execute();
  }
};

const replaceTriggers = async (db: Kysely<unknown>): Promise<void> => {
  if (isPostgres(db)) {
    await sql`DROP TRIGGER IF EXISTS notice_versions_published_guard ON notice_versions`.execute(db);
  } else {
    await sql`DROP TRIGGER IF EXISTS notice_versions_published_no_update`.execute(db);
    await sql`DROP TRIGGER IF EXISTS notice_versions_published_no_delete`.execute(db);
  }
  await protectPublished(db, 'notice_versions', FROZEN);
  // A withdrawal is set once, on a published row, and never undone or reworded.
  if (isPostgres(db)) {
    const changed = WITHDRAWN.map((c) => `NEW.${c} IS DISTINCT FROM OLD.${c}`).join(' OR ');
    await sql`CREATE OR REPLACE FUNCTION notice_versions_withdrawn_frozen() RETURNS trigger AS $$
      BEGIN
        IF (OLD.withdrawn_on IS NOT NULL OR OLD.published_on IS NULL) AND (${sql.raw(changed)}) THEN
          RAISE EXCEPTION 'a withdrawal is final and only a published version can be withdrawn';
        END IF;
        RETURN NEW;
      END; $$ LANGUAGE plpgsql`.execute(db);
    await sql`CREATE TRIGGER notice_versions_withdrawn_guard BEFORE UPDATE ON notice_versions
      FOR EACH ROW EXECUTE FUNCTION notice_versions_withdrawn_frozen()`.execute(db);
    return;
  }
  const changed = WITHDRAWN.map((c) => `NEW.${c} IS NOT OLD.${c}`).join(' OR ');
  await sql`CREATE TRIGGER notice_versions_withdrawn_final BEFORE UPDATE ON notice_versions
    WHEN (OLD.withdrawn_on IS NOT NULL OR OLD.published_on IS NULL) AND (${sql.raw(changed)})
    BEGIN SELECT RAISE(ABORT, 'a withdrawal is final and only a published version can be withdrawn'); END`.execute(db);
};

export async function up(db: Kysely<unknown>): Promise<void> {
  const add = (column: string, type: 'text' | 'integer', references?: string) =>
    db.schema
      .alterTable('notice_versions')
      .addColumn(column, type, (c) => (references ? c.references(references) : c))
      .execute();
  await add('started_at', 'text');
  await add('base_version_id', 'integer', 'notice_versions.id');
  await add('withdrawn_on', 'text');
  await add('withdrawn_by', 'integer', 'users.id');
  await add('withdrawn_reason', 'text');
  await backfillStartedAt(db);
  await db.schema
    .createIndex('notice_versions_one_draft')
    .on('notice_versions')
    .column('language')
    .unique()
    .where(sql.ref('published_on'), 'is', null)
    .where(sql.ref('started_at'), 'is not', null)
    .execute();
  await replaceTriggers(db);
}
