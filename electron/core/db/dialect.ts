// The few dialect-specific statements (triggers), behind one check, so migrations stay portable SQL.
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
