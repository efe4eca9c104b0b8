// Patient search through each database's index (issue 9, item 3): what a front desk types finds the patient
// whatever the case or accents, from the first keystroke, by any word of the name or by the MRN; characters that
// mean something to LIKE or FTS5 are read as text, never as syntax; the search reads the index, not the table;
// and rows added through the bulk door are found like any other.
import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkInsert } from '../../electron/core/db/dialect';
import { writeTransaction } from '../../electron/core/db/transaction';
import { patientSearchQuery } from '../../electron/core/services/patients';
import { onPostgres, openHarness, type Harness } from '../support/core-harness';

let h: Harness;

const PATIENTS = [
  ['M-100', 'José', 'Muñoz'],
  ['M-1000', 'Jose', 'Ramirez'],
  ['M-101', 'Ana', "O'Brien"],
  ['M-102', 'Robert "Bob"', 'Quist'],
  ['M-103', 'Orla', 'Nottingham'],
  ['M-104', 'Zoë', 'Star*Field'],
  ['m-105', 'Émile', 'Ávila-Peña'],
] as const;

const names = async (query: string): Promise<string[]> =>
  (await h.value('patients.search', { query, limit: 50 })).map((p) => `${p.firstName} ${p.lastName}`);

beforeAll(async () => {
  h = await openHarness({ setup: true });
  for (const [mrn, firstName, lastName] of PATIENTS)
    await h.value('patients.create', { mrn, firstName, lastName, dateOfBirth: '1980-04-05' });
});

afterAll(() => h.close());

describe('patients.search, through the index', () => {
  it('finds a name whatever its case and accents, typed with or without them', async () => {
    expect(await names('jose')).toEqual(['José Muñoz', 'Jose Ramirez']);
    expect(await names('JOSÉ')).toEqual(['José Muñoz', 'Jose Ramirez']);
    expect(await names('MUÑOZ')).toEqual(['José Muñoz']);
    expect(await names('munoz')).toEqual(['José Muñoz']);
    expect(await names('zoe')).toEqual(['Zoë Star*Field']);
    expect(await names('AVILA pena emile')).toEqual(['Émile Ávila-Peña']);
  });

  it('finds the patient from the first keystroke as the name is typed, by the start of any of its words', async () => {
    for (const typed of ['m', 'mu', 'muñ', 'muño', 'muñoz']) expect(await names(typed)).toContain('José Muñoz');
    expect(await names('muñoza')).toEqual([]);
    expect(await names('uñoz')).toEqual([]); // the start of a word, not any part of it
    expect(await names('pe')).toEqual(['Émile Ávila-Peña']); // the second word of a hyphenated name
    expect(await names('jose mu')).toEqual(['José Muñoz']); // every word typed must match
    expect(await names('mu jose')).toEqual(['José Muñoz']);
  });

  it('finds by the MRN exactly or by its start, in any case', async () => {
    expect(await names('M-1000')).toEqual(['Jose Ramirez']);
    expect(await names('m-100')).toEqual(['José Muñoz', 'Jose Ramirez']);
    expect(await names('M-105')).toEqual(['Émile Ávila-Peña']); // registered as m-105
    expect((await names('m-10')).sort()).toEqual(PATIENTS.map(([, f, l]) => `${f} ${l}`).sort());
  });

  it('reads %, _, quotes, stars and apostrophes as text, never as LIKE or FTS5 syntax', async () => {
    expect(await names("o'b")).toEqual(["Ana O'Brien"]);
    expect(await names("O'Brien")).toEqual(["Ana O'Brien"]);
    expect(await names('"bob"')).toEqual(['Robert "Bob" Quist']);
    expect(await names('bob"')).toEqual(['Robert "Bob" Quist']);
    expect(await names('star*field')).toEqual(['Zoë Star*Field']);
    expect(await names('*field')).toEqual(['Zoë Star*Field']);
    expect(await names('Mu_')).toEqual(['José Muñoz']); // `_` is dropped (searchablePart), not a wildcard
    expect(await names('%oz')).toEqual([]); // nor is `%`: no word starts with "oz"
    for (const query of ['"', '*', "'", '"*', '"unclosed', 'a"b', '*)(', 'NEAR(', '^', '-', '\\'])
      expect(await h.call('patients.search', { query, limit: 50 })).toMatchObject({ ok: true });
    expect(await names("'; DROP TABLE patients; --")).toEqual([]);
    expect(await names('M-100')).toEqual(['José Muñoz', 'Jose Ramirez']); // the table is still there
  });

  it('reads FTS5 operator words as words', async () => {
    expect(await names('OR')).toEqual(['Orla Nottingham']);
    expect(await names('not')).toEqual(['Orla Nottingham']);
    expect(await names('jose OR ana')).toEqual([]); // not "jose or ana": every word must match
    expect(await names('NEAR')).toEqual([]);
  });

  // SQLite's plan wording; PostgreSQL's own check follows.
  it.skipIf(onPostgres)('reads the FTS5 index and the MRN index on SQLite, never the whole table', async () => {
    const { kysely } = h.core.env.store.open;
    const q = patientSearchQuery(kysely, 'mun', 50).compile();
    const { rows } = await kysely.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`EXPLAIN QUERY PLAN ${q.sql}`, [...q.parameters]),
    );
    const plan = rows.map((r) => r.detail).join(' | ');
    expect(plan).toMatch(/patients_search VIRTUAL TABLE INDEX/);
    expect(plan).toMatch(/INDEX patients_mrn_lower/);
    expect(plan).not.toMatch(/SCAN patients(?!_)/);
  });

  // Runs on PostgreSQL only (SQLite's check is above). Its planner chooses from table statistics, so with a
  // sequential scan priced out, as it is for a practice's many thousands of patients, both indexes must serve.
  it.runIf(onPostgres)('reads the trigram index and the MRN index on PostgreSQL', async () => {
    const { kysely } = h.core.env.store.open;
    const q = patientSearchQuery(kysely, 'mun', 50).compile();
    const plan = await kysely.transaction().execute(async (tx) => {
      await sql`SET LOCAL enable_seqscan = off`.execute(tx);
      const { rows } = await tx.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`EXPLAIN ${q.sql}`, [...q.parameters]),
      );
      return rows.map((r) => r['QUERY PLAN']).join(' | ');
    });
    expect(plan).toMatch(/patients_search_words/);
    expect(plan).toMatch(/patients_mrn_lower/);
    expect(plan).not.toMatch(/Seq Scan/);
  });
});

describe('the bulk door', () => {
  it('inserts more rows than one statement may bind, and the search index has every one', async () => {
    const bulk = await openHarness({ setup: true });
    try {
      const rows = Array.from({ length: 12_000 }, (_, i) => ({
        mrn: `BULK-${i}`,
        first_name: i === 11_999 ? 'Íñigo' : 'Pat',
        last_name: `Bulkrow${i}`,
        date_of_birth: '1990-01-01',
        active: 1,
        created_at: '2026-11-02T15:00:00.000Z',
      }));
      // 12,000 rows of 6 values: more than one statement binds on either database (32,766 and 65,535 values).
      await writeTransaction(bulk.core.env.store.open.kysely, (tx) => bulkInsert(tx, 'patients', rows));
      const [count] = await bulk.sql<{ n: number | string }>(sql`SELECT count(*) AS n FROM patients`);
      expect(Number(count!.n)).toBe(12_000);
      const found = await bulk.value('patients.search', { query: 'inigo', limit: 50 });
      expect(found.map((p) => p.mrn)).toEqual(['BULK-11999']);
      expect((await bulk.value('patients.search', { query: 'bulkrow1199', limit: 50 })).map((p) => p.mrn)).toEqual([
        'BULK-1199',
        'BULK-11990',
        'BULK-11991',
        'BULK-11992',
        'BULK-11993',
        'BULK-11994',
        'BULK-11995',
        'BULK-11996',
        'BULK-11997',
        'BULK-11998',
        'BULK-11999',
      ]);
    } finally {
      await bulk.close();
    }
  });
});
