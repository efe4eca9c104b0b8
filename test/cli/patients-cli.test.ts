// `privacy-desk patients add` and `patients search` as a front desk script would use them: a patient added is
// found again by name or MRN, an MRN already registered is refused as the contract refuses it (CONFLICT) with
// the MRN named and nothing added, bad input is a usage error, and every call leaves its entry in the audit log.
// On the project's database: a SQLite file (node) or a database on the run's PostgreSQL cluster (postgres).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Patient } from '../../shared/contract';
import { cliDatabase, initArgs, runCommand as run, type CliDatabase } from '../support/cli-runner';
import { ADMIN_PASSWORD, PASSPHRASE, setupInput } from '../support/core-harness';

const dir = mkdtempSync(join(tmpdir(), 'pd-cli-patients-'));
let target: CliDatabase;
let asAdmin: string[];

const add = (mrn: string, firstName: string, lastName: string, dateOfBirth: string, ...extra: string[]) =>
  run(
    ...asAdmin,
    ...extra,
    'patients',
    'add',
    '--mrn',
    mrn,
    '--first-name',
    firstName,
    '--last-name',
    lastName,
    '--date-of-birth',
    dateOfBirth,
  );

const search = async (query: string): Promise<Patient[]> => {
  const r = await run(...asAdmin, '--json', 'patients', 'search', '--query', query);
  expect(r.code, r.err).toBe(0);
  return (JSON.parse(r.out) as { value: Patient[] }).value;
};

beforeAll(async () => {
  target = await cliDatabase(dir);
  asAdmin = [
    '--db',
    target.db,
    '--passphrase-env',
    'PD_PASSPHRASE',
    '--user',
    'admin',
    '--password-env',
    'PD_ADMIN_PW',
  ];
  process.env.PD_ADMIN_PW = ADMIN_PASSWORD;
  process.env.PD_PASSPHRASE = PASSPHRASE;
  writeFileSync(join(dir, 'practice.json'), JSON.stringify(setupInput().practice));
  const init = await run(...initArgs(target.db, join(dir, 'practice.json'), 'PD_ADMIN_PW', 'PD_PASSPHRASE'));
  expect(init.code, init.err).toBe(0);
}, 60_000);

afterAll(async () => {
  await target.drop();
  rmSync(dir, { recursive: true, force: true });
});

// Each test makes several CLI runs, each a production-cost unseal and sign-in: bounds for a loaded machine.
describe('privacy-desk patients', () => {
  it('adds a patient, who is then found by the start of either name or by the MRN', async () => {
    const r = await add('A-1001', 'Jane', 'Doe', '1980-02-03');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe('Added patient Jane Doe, MRN A-1001, born 1980-02-03.');

    const text = await run(...asAdmin, 'patients', 'search', '--query', 'do');
    expect(text.code, text.err).toBe(0);
    expect(text.out).toMatch(/^A-1001\s+Doe, Jane\s+born 1980-02-03$/m);
    expect((await search('jan')).map((p) => p.mrn)).toEqual(['A-1001']);
    expect(await search('A-1001')).toEqual([
      expect.objectContaining({ mrn: 'A-1001', firstName: 'Jane', lastName: 'Doe', dateOfBirth: '1980-02-03' }),
    ]);
    const none = await run(...asAdmin, 'patients', 'search', '--query', 'Zzyzx');
    expect(none.out).toBe('No patient matches "Zzyzx".');
  }, 60_000);

  it('refuses an MRN another patient already has: CONFLICT, exit 1, the MRN named, nothing added', async () => {
    expect((await add('A-2002', 'Carlos', 'Ruiz', '1975-06-30')).code).toBe(0);
    const again = await add('A-2002', 'Carla', 'Ramos', '1990-01-01');
    expect(again.code).toBe(1);
    expect(again.err).toContain('Another patient already has the MRN A-2002: nothing was added.');
    expect(again.err).toContain('mrn: Already in use');

    const json = await add('A-2002', 'Carla', 'Ramos', '1990-01-01', '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ ok: false, error: { code: 'CONFLICT', rule: 'patients.mrnTaken' } });

    expect((await search('A-2002')).map((p) => `${p.firstName} ${p.lastName}`)).toEqual(['Carlos Ruiz']);
    expect(await search('Ramos')).toEqual([]);
  }, 60_000);

  it('answers bad input with a usage error and the field that needs attention', async () => {
    const badDate = await add('A-3003', 'Ann', 'Lee', '03/04/1999');
    expect(badDate.code).toBe(2);
    expect(badDate.err).toMatch(/dateOfBirth: /);
    const badMrn = await add('A 3003', 'Ann', 'Lee', '1999-03-04');
    expect(badMrn.code).toBe(2);
    expect(badMrn.err).toMatch(/mrn: /);
    const missing = await run(...asAdmin, 'patients', 'add', '--first-name', 'Ann');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('privacy-desk: Missing --mrn.');
    const limit = await run(...asAdmin, 'patients', 'search', '--query', 'Lee', '--limit', '500');
    expect(limit.code).toBe(2);
    expect(limit.err).toContain('--limit must be a whole number from 1 to 200.');
    expect(await search('Lee')).toEqual([]);

    // Wildcards alone would list every patient: refused, not searched.
    const everyone = await run(...asAdmin, 'patients', 'search', '--query', '%_');
    expect(everyone.code).toBe(1);
    expect(everyone.err).toContain('Type at least one letter or digit');
  }, 60_000);

  it('records who added whom, and the refused attempt, in the audit log', async () => {
    await add('A-4004', 'Maria', 'Lopez', '1968-11-12');
    await add('A-4004', 'Mario', 'Lopez', '1969-01-01');
    const log = await run(...asAdmin, 'audit', 'list', '--mrn', 'A-4004');
    expect(log.code, log.err).toBe(0);
    expect(log.out).toContain('Alex Admin added patient Maria Lopez, MRN A-4004');
    expect(log.out).toContain('Alex Admin tried to add a patient with MRN A-4004, which belongs to Maria Lopez');
  }, 60_000);
});
