// PostgreSQL's side of the dialect seam (dialect.ts): plpgsql triggers, identity columns, the audit head's row lock,
// SQLSTATE 23505, and patient search through a pg_trgm index over the names folded by unaccent.
import { sql, type SqlBool } from 'kysely';
import type { DbDialect, PatientSearchTerms } from './dialect';

/** Past every ASCII character (MRNs are ASCII): `p <= x < p + this`, compared bytewise, is "x starts with p". */
const AFTER_PREFIX = '\u{10FFFF}';

/**
 * What separates words once a name is folded: ASCII other than letters and digits, Latin-1's punctuation and
 * symbols, general and CJK punctuation. Spelled out rather than [[:alnum:]], whose meaning follows the
 * database's locale (under C it knows no letter past ASCII); close to what SQLite's unicode61 calls a separator.
 */
const SEPARATORS = String.raw`([^0-9a-z\u00c0-\uffff]|[\u00d7\u00f7\u2000-\u206f\u3000-\u303f])+`;

export const postgresDialect: DbDialect = {
  name: 'postgres',
  maxParameters: 65_535, // the wire protocol counts bound values in 16 bits

  async appendOnly(db, table) {
    await sql`CREATE OR REPLACE FUNCTION ${sql.raw(`${table}_append_only`)}() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION '${sql.raw(table)} is append-only'; END; $$ LANGUAGE plpgsql`.execute(db);
    await sql`CREATE TRIGGER ${sql.raw(`${table}_no_change`)} BEFORE UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION ${sql.raw(`${table}_append_only`)}()`.execute(db);
  },

  async protectPublished(db, table, frozen) {
    const name = (suffix: string) => sql.raw(`${table}_${suffix}`);
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
  },

  autoId: (col) => col.primaryKey().generatedByDefaultAsIdentity(),

  // Workstations append at once: the head row's lock, held to COMMIT, makes them take turns.
  async lockAuditHead(db) {
    await sql`SELECT id FROM audit_head WHERE id = 1 FOR UPDATE`.execute(db);
  },

  isUniqueViolation: (err) => (err as { code?: unknown } | null)?.code === '23505',

  /**
   * pg_trgm and unaccent are trusted extensions: the database's owner may create them. unaccent() is only
   * STABLE (its dictionary could change), so an index goes through patient_search_words, marked IMMUTABLE with
   * the dictionary named outright, which folds a name to ' word word' (accents off, lower case, separators one
   * space). The folded names are kept in a stored generated column (the database keeps it in step, no trigger):
   * a search then compares stored text instead of folding every name it looks at, which made a search walking
   * the name order to fill its page cost a fold per patient. The trigram index on the column answers "a word
   * starts with" (LIKE '% jos%') for any word length, and ANALYZE's statistics on it guide the planner.
   */
  async installPatientSearch(db) {
    await sql`CREATE EXTENSION IF NOT EXISTS unaccent`.execute(db);
    await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
    // The extensions are named by their schema, read from pg_extension: the practice's IT may have installed
    // them before, outside the search path.
    await sql`DO $install$
      DECLARE
        fold text := (SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'unaccent');
        trgm text := (SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm');
      BEGIN
        EXECUTE format(
          'CREATE FUNCTION patient_search_words(value text) RETURNS text '
            'LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS %L',
          format('SELECT '' '' || btrim(regexp_replace(lower(%s.unaccent(%L::regdictionary, value)), %L, '' '', ''g''))',
            fold, fold || '.unaccent', ${sql.lit(SEPARATORS)}));
        EXECUTE 'ALTER TABLE patients ADD COLUMN search_words text '
          'GENERATED ALWAYS AS (patient_search_words(first_name || '' '' || last_name)) STORED';
        EXECUTE format('CREATE INDEX patients_search_words ON patients USING gin (search_words %s.gin_trgm_ops)', trgm);
      END
    $install$`.execute(db);
    await sql`CREATE INDEX patients_mrn_lower ON patients ((lower(mrn)) COLLATE "C")`.execute(db);
  },

  patientMatches({ words, mrnPrefix }: PatientSearchTerms) {
    const mrn = sql<SqlBool>`(lower(mrn) COLLATE "C" >= ${mrnPrefix} AND lower(mrn) COLLATE "C" < ${mrnPrefix + AFTER_PREFIX})`;
    if (words.length === 0) return mrn;
    // Each word folded by the same function as the names, so both sides agree; a word holds letters and digits
    // only, so nothing in it is a LIKE wildcard.
    const names = sql.join(
      words.map((w) => sql`search_words LIKE '%' || patient_search_words(${w}) || '%'`),
      sql` AND `,
    );
    return sql<SqlBool>`((${names}) OR ${mrn})`;
  },
};
