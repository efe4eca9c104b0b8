// Write transactions. SQLite's default deferred BEGIN fails with SQLITE_BUSY_SNAPSHOT when a transaction that
// read first (the audit head) tries to write after another process (the CLI) committed; BEGIN IMMEDIATE takes
// the write lock up front and lets busy_timeout wait instead.
import { sql, type Kysely } from 'kysely';
import { isPostgres } from './dialect';

export const writeTransaction = <DB, T>(db: Kysely<DB>, fn: (tx: Kysely<DB>) => Promise<T>): Promise<T> => {
  if (isPostgres(db as Kysely<unknown>)) return db.transaction().execute(fn);
  return db.connection().execute(async (conn) => {
    await sql`BEGIN IMMEDIATE`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`COMMIT`.execute(conn);
      return result;
    } catch (err) {
      // SQLite may already have rolled back (SQLITE_FULL, I/O errors); keep the original error, not that one.
      await sql`ROLLBACK`.execute(conn).catch(() => undefined);
      throw err;
    }
  });
};
