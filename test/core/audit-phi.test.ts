// HIPAA audit controls (RELIABILITY.md §4, §5): every contract method marked `phi` leaves exactly one
// audit entry per call — who (actor_id), what (action), which record (entity) — and the audit log itself
// never holds PHI. A PHI method added to the contract without a sample here fails this file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type MethodName } from '../../shared/contract';
import { sql } from 'kysely';
import type { AuditLogTable } from '../../electron/core/db/schema';
import { openHarness, type Harness } from '../support/core-harness';
import { SENTINEL_PATIENT } from './fixtures';

const PHI_METHODS = METHOD_NAMES.filter((m) => contract[m].phi);

/** Everything that identifies the patients these tests create; none of it may reach the audit log. */
const PHI_VALUES = [...Object.values(SENTINEL_PATIENT), 'Hollowmere', 'Thessaly', 'MRN-PHI-0002', '1962-08-30'];

interface PhiContext {
  patientId: number;
  next: () => number;
}

/** A valid input per PHI method, built against the patient the file creates. */
const PHI_SAMPLES: Partial<Record<MethodName, (c: PhiContext) => unknown>> = {
  'patients.create': (c) => ({
    mrn: `MRN-PHI-${String(c.next()).padStart(4, '0')}`,
    firstName: 'Thessaly',
    lastName: 'Hollowmere',
    dateOfBirth: '1962-08-30',
  }),
  'patients.get': (c) => ({ id: c.patientId }),
  'patients.search': () => ({ query: SENTINEL_PATIENT.lastName, limit: 10 }),
  // The audit log's files name patients (in words, from today's records): each file is itself one entry.
  'audit.export': () => ({ language: 'en', filter: {} }),
  'audit.print': () => ({ language: 'en', filter: { action: 'patients.read' } }),
};

let h: Harness;
let adminId: number;
let ctx: PhiContext;

const auditRows = (): Promise<AuditLogTable[]> => h.sql<AuditLogTable>(sql`SELECT * FROM audit_log ORDER BY seq`);
const auditText = async (): Promise<string> => JSON.stringify(await h.sql(sql`SELECT * FROM audit_log`));
const patientCount = async (): Promise<number> =>
  Number((await h.sql<{ n: number }>(sql`SELECT count(*) AS n FROM patients`))[0]?.n);

beforeAll(async () => {
  h = await openHarness({ setup: true });
  const status = await h.value('app.status', {});
  adminId = status.session?.user.id ?? 0;
  const patient = await h.value('patients.create', { ...SENTINEL_PATIENT });
  let n = 1;
  ctx = { patientId: patient.id, next: () => (n += 1) };
});

afterAll(() => h.close());

describe('PHI methods and the audit log', () => {
  it('the contract marks the patient methods as PHI', () => {
    expect(PHI_METHODS).toEqual(expect.arrayContaining(['patients.create', 'patients.get', 'patients.search']));
  });

  it('has a sample input for every PHI method in the contract', () => {
    expect(PHI_METHODS.filter((m) => !PHI_SAMPLES[m])).toEqual([]);
  });

  it.each(PHI_METHODS)('%s writes exactly one audit entry naming the actor, action and entity', async (method) => {
    const sample = PHI_SAMPLES[method];
    if (!sample) throw new Error(`no PHI sample for ${method}`);
    const before = await auditRows();
    const result = await h.call(method, sample(ctx) as never);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const after = await auditRows();
    expect(after.length).toBe(before.length + 1);
    const entry = after.at(-1) as AuditLogTable;
    expect(entry.actor_id).toBe(adminId);
    const area = method.startsWith('audit.') ? 'audit_log' : 'patient';
    expect(entry.action).toMatch(area === 'patient' ? /^patients\.\w+/ : method);
    expect(entry.entity).toBe(area);
    expect(entry.at).toBe(h.clock.now().toISOString());
  });

  it('a PHI read of a patient that does not exist is still recorded once (the attempt is an access)', async () => {
    const before = (await auditRows()).length;
    expect(await h.error('patients.get', { id: 987_654 })).toMatchObject({ code: 'NOT_FOUND' });
    const rows = await auditRows();
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toMatchObject({ actor_id: adminId, entity: 'patient', entity_id: '987654' });
  });

  it('a refused create (MRN taken) is recorded once and writes no patient', async () => {
    const before = (await auditRows()).length;
    const patients = await patientCount();
    expect(await h.error('patients.create', { ...SENTINEL_PATIENT, firstName: 'Other' })).toMatchObject({
      code: 'CONFLICT',
      rule: 'patients.mrnTaken',
    });
    expect((await auditRows()).length).toBe(before + 1);
    expect(await patientCount()).toBe(patients);
  });

  it('a PHI call refused before it runs (bad input, no session) writes nothing', async () => {
    const before = (await auditRows()).length;
    expect(await h.error('patients.get', { id: -1 })).toMatchObject({ code: 'VALIDATION' });
    expect(
      await h.error('patients.search', { query: SENTINEL_PATIENT.lastName, limit: 5 }, 'test:nobody'),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect((await auditRows()).length).toBe(before);
  });

  it('keeps every patient name, MRN, date of birth and search query out of the audit log', async () => {
    await h.value('patients.search', { query: 'Hollowmere', limit: 5 });
    await h.value('patients.search', { query: SENTINEL_PATIENT.mrn, limit: 5 });
    const text = await auditText();
    expect(text.length).toBeGreaterThan(100);
    for (const value of PHI_VALUES) expect(text, value).not.toContain(value);
  });

  it('leaves a chain that still verifies after all of the above', async () => {
    expect(await h.value('audit.verify', {})).toMatchObject({ ok: true, problems: [] });
  });
});
