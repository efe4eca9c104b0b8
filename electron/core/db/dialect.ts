// The dialect seam: everything that differs between SQLite and PostgreSQL is a member of DbDialect, written once
// per database (sqlite-dialect.ts, postgres-dialect.ts); migrations, transactions and services ask `dialectOf(db)`
// and stay portable Kysely. Not here because it is the same on both: upserts (Kysely's onConflict compiles to the
// ON CONFLICT … DO UPDATE / DO NOTHING both databases read alike).
import { PostgresAdapter, type Expression, type Kysely, type SqlBool } from 'kysely';
import { postgresDialect } from './postgres-dialect';
import { sqliteDialect } from './sqlite-dialect';

/** What a patient search asks for, already split by `patientSearchTerms`. */
export interface PatientSearchTerms {
  /** Each must start a word of the patient's first or last name (any case, any accents). */
  words: readonly string[];
  /** The MRN starts with it, in any case; '' for none. */
  mrnPrefix: string;
}

export interface DbDialect {
  readonly name: 'sqlite' | 'postgres';
  /** The most values one statement may bind (SQLite's SQLITE_MAX_VARIABLE_NUMBER, PostgreSQL's 16-bit count). */
  readonly maxParameters: number;
  /** Makes a table append-only: UPDATE and DELETE are refused by the database itself. */
  appendOnly(db: Kysely<unknown>, table: string): Promise<void>;
  /** Once `published_on` is set, the `frozen` columns cannot change and the row cannot be deleted. */
  protectPublished(db: Kysely<unknown>, table: string, frozen: readonly string[]): Promise<void>;
  /** An auto-numbered integer primary key: SQLite's rowid alias, PostgreSQL's identity column. */
  autoId<C extends { primaryKey(): C; generatedByDefaultAsIdentity(): C }>(col: C): C;
  /** Serialises writers on the audit head for the rest of the transaction (a no-op where BEGIN IMMEDIATE does). */
  lockAuditHead(db: Kysely<unknown>): Promise<void>;
  /** A write refused because it would duplicate a unique value, in this driver's error codes. */
  isUniqueViolation(err: unknown): boolean;
  /** Creates the patient search index, kept in step with `patients`, and indexes the patients already there. */
  installPatientSearch(db: Kysely<unknown>): Promise<void>;
  /** The condition a patient row meets when it matches `terms`, read through the index installPatientSearch made. */
  patientMatches(terms: PatientSearchTerms): Expression<SqlBool>;
}

/** The dialect of a database, read from its Kysely adapter (a transaction's Kysely has its database's). */
export const dialectOf = <DB>(db: Kysely<DB>): DbDialect =>
  db.getExecutor().adapter instanceof PostgresAdapter ? postgresDialect : sqliteDialect;

export const isPostgres = <DB>(db: Kysely<DB>): boolean => dialectOf(db).name === 'postgres';

/**
 * A search query as the dialects take it: its words are runs of letters and digits (what SQLite's unicode61
 * tokenizer calls a token), so quotes, stars, apostrophes and backslashes separate words and never reach FTS5
 * syntax or a LIKE pattern; the whole query, lowered, is also an MRN prefix. `%` and `_` are already gone
 * (searchablePart).
 */
export const patientSearchTerms = (searchable: string): PatientSearchTerms => ({
  words: searchable.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [],
  mrnPrefix: searchable.toLowerCase(),
});

// The functions migrations and transactions call by name: each asks the database's dialect.

export const appendOnly = (db: Kysely<unknown>, table: string): Promise<void> => dialectOf(db).appendOnly(db, table);

export const autoId =
  (db: Kysely<unknown>) =>
  <C extends { primaryKey(): C; generatedByDefaultAsIdentity(): C }>(col: C): C =>
    dialectOf(db).autoId(col);

export const protectPublished = (db: Kysely<unknown>, table: string, frozen: readonly string[]): Promise<void> =>
  dialectOf(db).protectPublished(db, table, frozen);

export const lockAuditHead = (db: Kysely<unknown>): Promise<void> => dialectOf(db).lockAuditHead(db);

/** Dispatch sees an error, not a database: a unique violation in either dialect's codes. */
export const isUniqueViolation = (err: unknown): boolean =>
  sqliteDialect.isUniqueViolation(err) || postgresDialect.isUniqueViolation(err);

/** SQLSTATE classes and socket errors that mean the practice's server went away or cannot be reached. */
const SERVER_GONE_CODES = new Set([
  '57P01',
  '57P02',
  '57P03',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
]);
const SERVER_GONE_MESSAGES = /Connection terminated|not queryable|timeout exceeded when trying to connect/;

/**
 * A call that failed because the practice's PostgreSQL server is down or unreachable (restarting, network cut):
 * the workstation says so in words and reconnects on the next call. SQLite has no such failure.
 */
export const isServerUnreachable = (err: unknown): boolean => {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (SERVER_GONE_CODES.has(code) || code.startsWith('08'))) return true;
  return err instanceof Error && SERVER_GONE_MESSAGES.test(err.message);
};

/**
 * The bulk door, the same on both databases: many rows into one table in as few INSERTs as the dialect's bound
 * value limit allows, through Kysely (so triggers and the search index see every row). Run it in the caller's
 * write transaction; all rows must name the same columns. The SQLite handle (`store.open.raw`) is not a bulk
 * door: it exists only on SQLite, for the checks that are about the encrypted file.
 */
export const bulkInsert = async <DB>(
  db: Kysely<DB>,
  table: string,
  rows: readonly Record<string, unknown>[],
): Promise<void> => {
  const first = rows[0];
  if (!first) return;
  const perRow = Math.max(1, Object.keys(first).length);
  const chunk = Math.max(1, Math.floor(dialectOf(db).maxParameters / perRow));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the table is named at run time
  const k = db as Kysely<any>;
  for (let i = 0; i < rows.length; i += chunk) {
    await k
      .insertInto(table)
      .values(rows.slice(i, i + chunk) as never)
      .execute();
  }
};
