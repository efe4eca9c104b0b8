// Migration 0010-patient-search on a real encrypted SQLite file (or a PostgreSQL database on the postgres project):
// migrate to the migration before it, register patients, migrate; the patients already there are found through
// the new index however their names are typed, their rows are untouched, and patients added or renamed after
// the migration are found too (SQLite's triggers; PostgreSQL's expression index).
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateTo } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations/index';
import type { DB } from '../../electron/core/db/schema';
import { patientSearchQuery } from '../../electron/core/services/patients';
import { openBareDatabase, type BareDatabase } from './bare-database';

const opened: BareDatabase[] = [];

afterEach(async () => {
  for (const bare of opened.splice(0)) await bare.close();
});

const THIS = '0010-patient-search';

const patient = (mrn: string, first_name: string, last_name: string) => ({
  mrn,
  first_name,
  last_name,
  date_of_birth: '1970-01-01',
  active: 1,
  created_at: '2026-11-02T15:00:00.000Z',
});

const found = async (db: Kysely<DB>, query: string): Promise<string[]> =>
  (await patientSearchQuery(db, query, 50).execute()).map((p) => p.mrn);

/** The patients' own columns (PostgreSQL adds the folded names beside them, which are the index's, not data). */
const allPatients = async (db: Kysely<DB>) =>
  (
    await sql<Record<string, unknown>>`SELECT id, mrn, first_name, last_name, date_of_birth, active, created_at
      FROM patients ORDER BY id`.execute(db)
  ).rows;

describe(THIS, () => {
  it('indexes the patients already registered, leaves their rows as they were, and follows later changes', async () => {
    const names = Object.keys(migrations).sort();
    const previous = names[names.indexOf(THIS) - 1]!;
    const bare = await openBareDatabase();
    opened.push(bare);
    const { db } = bare;
    await migrateTo(db as Kysely<unknown>, previous);
    await db
      .insertInto('patients')
      .values([
        patient('A-1', 'José', 'Muñoz'),
        patient('A-2', 'Ana', "O'Brien"),
        patient('B-10', 'Cleo', 'Okafor-Smith'),
      ])
      .execute();
    const before = await allPatients(db);

    await migrateTo(db as Kysely<unknown>, THIS);

    expect(await allPatients(db)).toEqual(before);
    expect(await found(db, 'jose')).toEqual(['A-1']);
    expect(await found(db, 'MUÑOZ')).toEqual(['A-1']);
    expect(await found(db, 'brien')).toEqual(['A-2']);
    expect(await found(db, 'smi')).toEqual(['B-10']); // the second word of a hyphenated name
    expect(await found(db, 'a-')).toEqual(['A-1', 'A-2']); // by MRN prefix, in name order (Muñoz, O'Brien)

    // After the migration: a new patient and a renamed one are found by their new names, not by the old one.
    await db
      .insertInto('patients')
      .values(patient('C-1', 'Renée', 'Zúñiga'))
      .execute();
    await db.updateTable('patients').set({ last_name: 'Okafor' }).where('mrn', '=', 'B-10').execute();
    expect(await found(db, 'renee zuniga')).toEqual(['C-1']);
    expect(await found(db, 'okafor')).toEqual(['B-10']);
    expect(await found(db, 'smith')).toEqual([]);
  });
});
