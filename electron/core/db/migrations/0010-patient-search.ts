// Patient search through an index on each database (issue 9, item 3): SQLite's FTS5 kept in step by triggers,
// PostgreSQL's pg_trgm over the names folded by unaccent. Either way a name matches however it is typed (case,
// accents) and by the start of any of its words; the patients already registered are indexed here. The MRN gets
// a lower-case index for its prefix. The rows themselves are untouched.
import type { Kysely } from 'kysely';
import { dialectOf } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
  await dialectOf(db).installPatientSearch(db);
}
