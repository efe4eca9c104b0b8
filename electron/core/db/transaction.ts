// Write transactions, one at a time on either database. SQLite's default deferred BEGIN fails with SQLITE_BUSY_SNAPSHOT when a transaction that
// read first (the audit head) tries to write after another process (the CLI) committed; BEGIN IMMEDIATE takes
// the write lock up front and lets busy_timeout wait instead.
import { sql, type Kysely } from 'kysely';
import { isPostgres, lockAuditHead } from './dialect';

export const writeTransaction = <DB, T>(db: Kysely<DB>, fn: (tx: Kysely<DB>) => Promise<T>): Promise<T> => {
  // On PostgreSQL the workstations' writes take turns on the audit head row, held to the end of the
  // transaction: each write then sees every write committed before it, as under SQLite's BEGIN IMMEDIATE, so a
  // rule read and then acted on (the last active administrator, one draft per language) holds across
  // workstations. A practice's write rate is far below what one row lock serialises.
  if (isPostgres(db as Kysely<unknown>))
    return db.transaction().execute(async (tx) => {
      await lockAuditHead(tx as unknown as Kysely<unknown>);
      return fn(tx);
    });
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

/**
 * A read-only transaction that sees one snapshot throughout (a page of the audit log and its "more" checks, the
 * log and its head): PostgreSQL's default isolation would let each statement see newer commits.
 */
export const readSnapshot = <DB, T>(db: Kysely<DB>, fn: (tx: Kysely<DB>) => Promise<T>): Promise<T> =>
  isPostgres(db as Kysely<unknown>)
    ? db.transaction().setIsolationLevel('repeatable read').execute(fn)
    : db.transaction().execute(fn);
