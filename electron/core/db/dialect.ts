// The few dialect-specific statements (triggers, the audit head's row lock, a unique violation's error code),
// behind one check, so migrations and services stay portable SQL.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

export const isPostgres = (db: Kysely<unknown>): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

/** Makes a table append-only: UPDATE and DELETE are refused by the database itself. */
export const appendOnly = async (db: Kysely<unknown>, table: string): Promise<void> => {
  if (isPostgres(db)) {
    await sql`CREATE OR REPLACE FUNCTION ${sql.raw(`${table}_append_only`)}() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION '${sql.raw(table)} is append-only'; END; $$ LANGUAGE plpgsql`.execute(db);
    await sql`CREATE TRIGGER ${sql.raw(`${table}_no_change`)} BEFORE UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION ${sql.raw(`${table}_append_only`)}()`.execute(db);
    return;
  }
  for (const op of ['UPDATE', 'DELETE']) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_no_${op.toLowerCase()}`)} BEFORE ${sql.raw(op)} ON ${sql.table(table)}
      BEGIN SELECT RAISE(ABORT, '${sql.raw(table)} is append-only'); END`.execute(db);
  }
};

/** An auto-numbered integer primary key: SQLite's rowid alias, PostgreSQL's identity column. */
export const autoId =
  (db: Kysely<unknown>) =>
  <C extends { primaryKey(): C; generatedByDefaultAsIdentity(): C }>(col: C): C =>
    isPostgres(db) ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey();

/**
 * Once a row's `published_on` is set, the listed columns can no longer change and the row cannot be
 * deleted; the database refuses it even if the app had a bug.
 */
export const protectPublished = async (
  db: Kysely<unknown>,
  table: string,
  frozen: readonly string[],
): Promise<void> => {
  const name = (suffix: string) => sql.raw(`${table}_${suffix}`);
  if (isPostgres(db)) {
    const changed = frozen.map((c) => `NEW.${c} IS DISTINCT FROM OLD.${c}`).join(' OR ');
    await sql`CREATE OR REPLACE FUNCTION ${name('published_frozen')}() RETURNS trigger AS $$
      BEGIN
        IF OLD.published_on IS NOT NULL AND (TG_OP = 'DELETE' OR ${sql.raw(changed)}) THEN
          RAISE EXCEPTION 'published ${sql.raw(table)} rows are immutable';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END; $$ LANGUAGE plpgsql`.execute(db);
    await sql`CREATE TRIGGER ${name('published_guard')} BEFORE UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION ${name('published_frozen')}()`.execute(db);
    return;
  }
  const changed = frozen.map((c) => `NEW.${c} IS NOT OLD.${c}`).join(' OR ');
  await sql`CREATE TRIGGER ${name('published_no_update')} BEFORE UPDATE ON ${sql.table(table)}
    WHEN OLD.published_on IS NOT NULL AND (${sql.raw(changed)})
    BEGIN SELECT RAISE(ABORT, 'published ${sql.raw(table)} rows are immutable'); END`.execute(db);
  await sql`CREATE TRIGGER ${name('published_no_delete')} BEFORE DELETE ON ${sql.table(table)}
    WHEN OLD.published_on IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'published ${sql.raw(table)} rows are immutable'); END`.execute(db);
};

/**
 * Takes the audit head row's lock for the rest of the transaction on PostgreSQL, where workstations append
 * at once; on SQLite the write transaction (BEGIN IMMEDIATE) already holds the whole database.
 */
export const lockAuditHead = async (db: Kysely<unknown>): Promise<void> => {
  if (isPostgres(db)) await sql`SELECT id FROM audit_head WHERE id = 1 FOR UPDATE`.execute(db);
};

/** A write refused because it would duplicate a unique value: SQLite's and PostgreSQL's (23505) codes. */
export const isUniqueViolation = (err: unknown): boolean => {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
};
