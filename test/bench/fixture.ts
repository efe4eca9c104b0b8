// The benchmark database: first-run setup through the real core, then 200,000 patients bulk-inserted
// with one raw prepared statement in one transaction. Also a stand-in OS key vault with no crypto cost.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type OpenedCore } from '../../electron/core/create-core';
import { packKeys, unpackKeys, type DatabaseKeys, type KeyVault } from '../../electron/core/keys/key-vault';
import { silentLogger } from '../../electron/core/logger';
import { FakeClock, setupInput, ADMIN_PASSWORD, PASSPHRASE } from '../support/core-harness';

export { ADMIN_PASSWORD, PASSPHRASE };

/**
 * Plays Electron's safeStorage (the desktop's passphrase-free unseal path) without its cost: the "wrapped"
 * keys are the raw keys in base64. Bench-only; it lets us time the open path minus any key unwrapping.
 */
export const plainOsVault: KeyVault = {
  kind: 'os',
  isAvailable: () => true,
  seal: (keys) =>
    Promise.resolve({ kind: 'os', params: { backend: 'bench-plain' }, blob: packKeys(keys).toString('base64') }),
  unseal: (sealed) => Promise.resolve(unpackKeys(Buffer.from(sealed.blob, 'base64'))),
};

export interface Fixture {
  dir: string;
  dbPath: string;
  keys: DatabaseKeys;
  patients: number;
  fileBytes: number;
  buildMs: number;
  insertMs: number;
  remove(): void;
}

const FIRST = [
  'Maria',
  'José',
  'Ana',
  'James',
  'Mary',
  'Robert',
  'Linda',
  'Michael',
  'Núria',
  'David',
  'Aisha',
  'Wei',
  'Olga',
  'Kwame',
  'Sofia',
  'Liam',
];
const LAST = [
  'García',
  'Smith',
  'Johnson',
  'Núñez',
  'Williams',
  'Brown',
  'Nguyen',
  'Martínez',
  'Okafor',
  'Kowalski',
  'Chen',
  'Patel',
  'Rossi',
  'Müller',
  'Cohen',
  'Haddad',
];

export const SESSION = 'bench:main';

export const openBenchCore = (dbPath: string, checkOutputs: boolean): Promise<OpenedCore> =>
  openCore({ dbPath, osVault: plainOsVault, clock: new FakeClock(), logger: silentLogger, checkOutputs });

export const buildFixture = async (patients: number): Promise<Fixture> => {
  const t0 = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'pd-bench-'));
  const dbPath = join(dir, 'practice.db');
  const remove = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    const core = await openBenchCore(dbPath, true);
    const setup = await core.dispatch(SESSION, 'setup.initialize', setupInput());
    if (!setup.ok) throw new Error(`setup failed: ${JSON.stringify(setup.error)}`);
    const { raw, keys } = core.env.store.open;
    const insert = raw.prepare(
      'INSERT INTO patients (mrn, first_name, last_name, date_of_birth, active, created_at) VALUES (?, ?, ?, ?, 1, ?)',
    );
    const t1 = performance.now();
    raw.transaction(() => {
      for (let i = 0; i < patients; i++) {
        const dob = `${1930 + (i % 90)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
        insert.run(
          `MRN${String(i + 1).padStart(7, '0')}`,
          FIRST[i % FIRST.length],
          LAST[(i * 7 + (i >> 4)) % LAST.length],
          dob,
          '2026-11-02T15:00:00.000Z',
        );
      }
    })();
    const insertMs = performance.now() - t1;
    raw.pragma('wal_checkpoint(TRUNCATE)');
    const saved = { dbKey: Buffer.from(keys.dbKey), auditKey: Buffer.from(keys.auditKey) };
    await core.close();
    return {
      dir,
      dbPath,
      keys: saved,
      patients,
      fileBytes: statSync(dbPath).size,
      buildMs: performance.now() - t0,
      insertMs,
      remove,
    };
  } catch (err) {
    remove();
    throw err;
  }
};
