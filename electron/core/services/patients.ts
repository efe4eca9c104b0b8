// Patients: create, read, search. Every call is PHI and leaves exactly one audit entry.
import type { Kysely, Selectable } from 'kysely';
import { searchablePart, type Patient } from '../../../shared/contract';
import { dialectOf, patientSearchTerms } from '../db/dialect';
import type { DB, PatientsTable } from '../db/schema';
import { Refusal, type HandlerMap } from '../handlers';

const toPatient = (r: Selectable<PatientsTable>): Patient => ({
  id: r.id,
  mrn: r.mrn,
  firstName: r.first_name,
  lastName: r.last_name,
  dateOfBirth: r.date_of_birth,
  active: r.active === 1,
});

const queryEmpty = new Refusal({
  code: 'RULE',
  rule: 'patients.queryEmpty',
  message: 'Type at least one letter or digit of a name or MRN to search: % and _ alone would list every patient.',
  fields: [{ path: 'query', message: 'Type at least one letter or digit' }],
});

/**
 * The patients matching a search, in the order the front desk reads them: every word typed starts a word of the
 * first or last name, whatever its case or accents ("jose" finds José, "MUÑOZ" Muñoz), or the whole query starts
 * the MRN. Each database answers through its own index (migration 0010, dialect.ts); `searchable` is the query
 * without LIKE wildcards (searchablePart). Exported for the query-plan tests.
 */
export const patientSearchQuery = (db: Kysely<DB>, searchable: string, limit: number) =>
  db
    .selectFrom('patients')
    .selectAll()
    .where(dialectOf(db).patientMatches(patientSearchTerms(searchable)))
    .orderBy('last_name')
    .orderBy('first_name')
    .orderBy('id') // namesakes in the order they were registered, the same on both databases
    .limit(limit);

export const patientHandlers: Pick<HandlerMap, 'patients.create' | 'patients.get' | 'patients.search'> = {
  'patients.create': (ctx) =>
    ctx.tx(async (t) => {
      const { mrn, firstName, lastName, dateOfBirth } = ctx.input;
      const taken = await t.db.selectFrom('patients').select('id').where('mrn', '=', mrn).executeTakeFirst();
      if (taken) {
        await t.audit({ action: 'patients.create.refused', entity: 'patient', entityId: taken.id });
        return new Refusal({
          code: 'CONFLICT',
          rule: 'patients.mrnTaken',
          message: 'Another patient already has this MRN.',
          fields: [{ path: 'mrn', message: 'Already in use' }],
        });
      }
      const row = await t.db
        .insertInto('patients')
        .values({
          mrn,
          first_name: firstName,
          last_name: lastName,
          date_of_birth: dateOfBirth,
          active: 1,
          created_at: ctx.now.toISOString(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await t.audit({ action: 'patients.create', entity: 'patient', entityId: row.id });
      return toPatient(row);
    }),

  'patients.get': (ctx) =>
    ctx.tx(async (t) => {
      const row = await t.db.selectFrom('patients').selectAll().where('id', '=', ctx.input.id).executeTakeFirst();
      await t.audit({ action: 'patients.read', entity: 'patient', entityId: ctx.input.id });
      return row ? toPatient(row) : new Refusal({ code: 'NOT_FOUND', message: 'No such patient.' });
    }),

  'patients.search': async (ctx) => {
    // Refused before the transaction: nothing was searched, so nothing was seen and nothing is written.
    const searchable = searchablePart(ctx.input.query);
    if (searchable === '') return queryEmpty;
    return ctx.tx(async (t) => {
      const rows = await patientSearchQuery(t.db, searchable, ctx.input.limit).execute();
      // Who saw whose record: the entry names every patient the search showed.
      await t.audit({
        action: 'patients.search',
        entity: 'patient',
        entityId: null,
        subjectIds: rows.map((r) => r.id),
      });
      return rows.map(toPatient);
    });
  },
};
