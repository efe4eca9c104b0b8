// SQLite's side of the dialect seam (dialect.ts): RAISE(ABORT) triggers, the rowid primary key, the driver's
// unique-violation code, and patient search through an FTS5 index kept in step with `patients` by triggers.
import { sql, type SqlBool } from 'kysely';
import type { DbDialect, PatientSearchTerms } from './dialect';

/** Past every ASCII character (MRNs are ASCII): `p <= x < p + this` is "x starts with p" as an index range. */
const AFTER_PREFIX = '\u{10FFFF}';

/** An FTS5 query in which every word must start a token of the name; a word is letters and digits only, quoted. */
const ftsQuery = (words: readonly string[]): string => words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ');

export const sqliteDialect: DbDialect = {
  name: 'sqlite',
  maxParameters: 32_766, // SQLITE_MAX_VARIABLE_NUMBER of the bundled build (pragma compile_options)

  async appendOnly(db, table) {
    for (const op of ['UPDATE', 'DELETE']) {
      await sql`CREATE TRIGGER ${sql.raw(`${table}_no_${op.toLowerCase()}`)} BEFORE ${sql.raw(op)} ON ${sql.table(table)}
        BEGIN SELECT RAISE(ABORT, '${sql.raw(table)} is append-only'); END`.execute(db);
    }
  },

  async protectPublished(db, table, frozen) {
    const name = (suffix: string) => sql.raw(`${table}_${suffix}`);
    const changed = frozen.map((c) => `NEW.${c} IS NOT OLD.${c}`).join(' OR ');
    await sql`CREATE TRIGGER ${name('published_no_update')} BEFORE UPDATE ON ${sql.table(table)}
      WHEN OLD.published_on IS NOT NULL AND (${sql.raw(changed)})
      BEGIN SELECT RAISE(ABORT, 'published ${sql.raw(table)} rows are immutable'); END`.execute(db);
    await sql`CREATE TRIGGER ${name('published_no_delete')} BEFORE DELETE ON ${sql.table(table)}
      WHEN OLD.published_on IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'published ${sql.raw(table)} rows are immutable'); END`.execute(db);
  },

  autoId: (col) => col.primaryKey(),

  // The write transaction's BEGIN IMMEDIATE already holds the whole database.
  lockAuditHead: () => Promise.resolve(),

  isUniqueViolation: (err) => (err as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_UNIQUE',

  /**
   * An external-content FTS5 table over the names (the text stays in `patients`; the index holds tokens only).
   * unicode61 with remove_diacritics 2 folds case and accents ("José" is the token "jose"), the prefix indexes
   * make the first keystrokes cheap, and the triggers keep it in step with every insert, rename and delete.
   */
  async installPatientSearch(db) {
    await sql`CREATE VIRTUAL TABLE patients_search USING fts5(
      first_name, last_name, content = 'patients', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')`.execute(db);
    await sql`CREATE TRIGGER patients_search_insert AFTER INSERT ON patients BEGIN
      INSERT INTO patients_search (rowid, first_name, last_name) VALUES (NEW.id, NEW.first_name, NEW.last_name);
    END`.execute(db);
    await sql`CREATE TRIGGER patients_search_delete AFTER DELETE ON patients BEGIN
      INSERT INTO patients_search (patients_search, rowid, first_name, last_name)
        VALUES ('delete', OLD.id, OLD.first_name, OLD.last_name);
    END`.execute(db);
    await sql`CREATE TRIGGER patients_search_update AFTER UPDATE OF id, first_name, last_name ON patients BEGIN
      INSERT INTO patients_search (patients_search, rowid, first_name, last_name)
        VALUES ('delete', OLD.id, OLD.first_name, OLD.last_name);
      INSERT INTO patients_search (rowid, first_name, last_name) VALUES (NEW.id, NEW.first_name, NEW.last_name);
    END`.execute(db);
    // The patients registered before this migration.
    await sql`INSERT INTO patients_search (patients_search) VALUES ('rebuild')`.execute(db);
    await sql`CREATE INDEX patients_mrn_lower ON patients (lower(mrn))`.execute(db);
  },

  patientMatches({ words, mrnPrefix }: PatientSearchTerms) {
    const mrn = sql<SqlBool>`(lower(mrn) >= ${mrnPrefix} AND lower(mrn) < ${mrnPrefix + AFTER_PREFIX})`;
    if (words.length === 0) return mrn;
    return sql<SqlBool>`(id IN (SELECT rowid FROM patients_search WHERE patients_search MATCH ${ftsQuery(words)}) OR ${mrn})`;
  },
};
