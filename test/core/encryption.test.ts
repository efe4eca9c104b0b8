// Encryption at rest and opening failures (RELIABILITY.md §2 K1–K3, §3 D1–D3, D6): the database and its
// WAL never hold PHI in clear, the connection runs with the durable pragmas, and every way a database can
// fail to open gives its own typed rule without touching the file. On the practice's PostgreSQL server the
// workstation's key file is sealed the same way (K2, K3 run on both); the file-level checks are SQLite's own.
import Database from 'better-sqlite3-multiple-ciphers';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorPath } from '../../electron/core/audit/anchor';
import { openServer } from '../../electron/core/db/open-server';
import { keyFilePath } from '../../electron/core/keys/key-file';
import { METHOD_NAMES } from '../../shared/contract';
import { onPostgres, openHarness, PASSPHRASE, type Harness } from '../support/core-harness';
import { SENTINEL_PATIENT, VALID_INPUTS, missingSamples, sha256File } from './fixtures';

const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

const holds = (bytes: Buffer, text: string): boolean =>
  bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'));

const filesOf = (dbPath: string): string[] => [dbPath, `${dbPath}-wal`].filter((p) => existsSync(p));

const assertNothingInClear = (dbPath: string): void => {
  const files = filesOf(dbPath);
  expect(files).toContain(dbPath);
  for (const file of files) {
    const bytes = readFileSync(file);
    expect(bytes.length, file).toBeGreaterThan(0);
    for (const value of Object.values(SENTINEL_PATIENT)) expect(holds(bytes, value), `${value} in ${file}`).toBe(false);
    expect(bytes.includes(PLAINTEXT_HEADER), `plaintext SQLite header in ${file}`).toBe(false);
  }
};

let h: Harness;
let scratch: string;

/**
 * What the database holds, to show a sealed core changed nothing: the SQLite file's hash, or on the server a hash
 * of every table's rows (read over a connection of the test's own, since a sealed core has none).
 */
const storedState = async (): Promise<string> => {
  if (!h.server) return sha256File(h.dbPath);
  const db = await openServer(h.server, { create: false, password: null });
  try {
    const tables = await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' ORDER BY table_name`.execute(db);
    const parts: string[] = [];
    for (const { name } of tables.rows) {
      const { rows } = await sql<{ digest: string }>`SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), ''))
        AS digest FROM ${sql.table(name)} t`.execute(db);
      parts.push(`${name}:${rows[0]?.digest}`);
    }
    return parts.join(' ');
  } finally {
    await db.destroy();
  }
};
const tempDir = (): string => mkdtempSync(join(scratch, 'case-'));

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'pd-enc-'));
  h = await openHarness({ setup: true });
  await h.value('patients.create', { ...SENTINEL_PATIENT });
});

afterAll(async () => {
  await h.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the open connection', () => {
  // D1 and D2 are the SQLite connection's pragmas and library; the server's durability is PostgreSQL's own WAL.
  it.skipIf(onPostgres)('runs WAL with synchronous=FULL, foreign keys on and a busy timeout (D1)', () => {
    const raw = h.core.env.store.open.raw;
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('synchronous', { simple: true })).toBe(2);
    expect(raw.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(raw.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
  });

  it.skipIf(onPostgres)('links SQLite 3.51.3 or later, past the WAL-reset corruption bug (D2)', () => {
    const version = h.core.env.store.open.raw.prepare('SELECT sqlite_version()').pluck().get() as string;
    const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
    expect(major * 1_000_000 + minor * 1_000 + patch, version).toBeGreaterThanOrEqual(3_051_003);
  });

  it('has exactly one SQLite driver installed: the cipher build, not plain better-sqlite3 (D3)', () => {
    const ls = (name: string): Record<string, unknown> => {
      const out = spawnSync('npm', ['ls', name, '--json'], { cwd: process.cwd(), encoding: 'utf8' });
      return (JSON.parse(out.stdout) as { dependencies?: Record<string, unknown> }).dependencies ?? {};
    };
    expect(ls('better-sqlite3')).not.toHaveProperty('better-sqlite3');
    expect(JSON.stringify(ls('better-sqlite3'))).not.toContain('"better-sqlite3"');
    expect(ls('better-sqlite3-multiple-ciphers')).toHaveProperty('better-sqlite3-multiple-ciphers');
  });
});

describe('encryption at rest (K1)', () => {
  it("keeps the patient out of this computer's key file and audit head copy, on either database", async () => {
    await h.core.env.store.open.witness.settled();
    for (const file of [keyFilePath(h.dbPath), anchorPath(h.dbPath)]) {
      const bytes = readFileSync(file);
      for (const value of Object.values(SENTINEL_PATIENT))
        expect(holds(bytes, value), `${value} in ${file}`).toBe(false);
    }
  });

  // The app keeps no database file on a server workstation; the server's encryption at rest is its encrypted disk.
  it.skipIf(onPostgres)('keeps a new patient out of the database file and its WAL while open', () => {
    expect(existsSync(`${h.dbPath}-wal`)).toBe(true);
    assertNothingInClear(h.dbPath);
  });

  it.skipIf(onPostgres)('keeps the patient out of the files after the core closes (checkpointed)', async () => {
    await h.core.close();
    assertNothingInClear(h.dbPath);
  });

  it('keeps no raw key (64 hex digits) and no passphrase in the key file (K3)', () => {
    const text = readFileSync(keyFilePath(h.dbPath), 'utf8');
    expect(text).not.toMatch(/[0-9a-f]{64}/i);
    expect(text).not.toContain(PASSPHRASE);
    expect(text).not.toContain(Buffer.from(PASSPHRASE).toString('base64'));
  });
});

describe('a sealed database (K2)', () => {
  let dbHash: string;
  let keyHash: string;

  beforeAll(async () => {
    await h.reopen();
    dbHash = await storedState();
    keyHash = sha256File(keyFilePath(h.dbPath));
  });

  it('reports itself sealed after a restart without an OS key store', async () => {
    expect(h.core.env.store.state).toBe('sealed');
    expect(await h.value('app.status', {})).toMatchObject({ database: 'sealed', session: null });
  });

  it('refuses a wrong passphrase with vault.wrongPassphrase and leaves both files untouched', async () => {
    expect(await h.error('app.unseal', { passphrase: 'not the practice passphrase' })).toMatchObject({
      code: 'RULE',
      rule: 'vault.wrongPassphrase',
    });
    expect(h.core.env.store.state).toBe('sealed');
    expect(await storedState()).toBe(dbHash);
    expect(sha256File(keyFilePath(h.dbPath))).toBe(keyHash);
  });

  it('answers every method but status, unseal, setup and enrolment with db.sealed', async () => {
    expect(missingSamples(), 'add a valid sample input to test/core/fixtures.ts').toEqual([]);
    for (const method of METHOD_NAMES) {
      if (method === 'app.status' || method === 'app.unseal') continue;
      const error = await h.error(method, VALID_INPUTS[method]);
      // Setup and enrolment answer for themselves: this computer's practice is there; the sample is no enrolment file.
      const expected =
        method === 'setup.initialize'
          ? 'setup.alreadyDone'
          : method === 'setup.enrol'
            ? 'enrol.notAnEnrolment'
            : 'db.sealed';
      expect(error, method).toMatchObject({ code: 'RULE', rule: expected });
    }
    expect(await storedState()).toBe(dbHash);
  });

  it('opens with the right passphrase, and the patient is still there', async () => {
    expect(await h.value('app.unseal', { passphrase: PASSPHRASE })).toMatchObject({ database: 'open' });
    await h.value('auth.login', VALID_INPUTS['auth.login']);
    const found = await h.value('patients.search', { query: SENTINEL_PATIENT.lastName, limit: 5 });
    expect(found).toEqual([expect.objectContaining({ ...SENTINEL_PATIENT, active: true })]);
  });
});

// Damaged, foreign and unencrypted SQLite files: a server workstation has no database file to damage or swap.
describe.skipIf(onPostgres)('files that do not open (K2, D6)', () => {
  let goodDb: Buffer;
  let goodKeys: Buffer;

  beforeAll(async () => {
    await h.core.close();
    goodDb = readFileSync(h.dbPath);
    goodKeys = readFileSync(keyFilePath(h.dbPath));
  });

  /** Puts `db` and a key file in a fresh folder, opens a core on it and tries the right passphrase. */
  const unsealWith = async (db: Buffer, keys: Buffer) => {
    const dir = tempDir();
    const dbPath = join(dir, 'practice.db');
    writeFileSync(dbPath, db);
    writeFileSync(keyFilePath(dbPath), keys);
    const before = sha256File(dbPath);
    const t = await openHarness({ dir });
    try {
      expect(t.core.env.store.state).toBe('sealed');
      const error = await t.error('app.unseal', { passphrase: PASSPHRASE });
      expect(t.core.env.store.state).toBe('sealed');
      expect(sha256File(dbPath), 'the file is never modified by a failed open').toBe(before);
      return error;
    } finally {
      await t.core.close();
    }
  };

  it('gives db.wrongKey when the key file belongs to another database', async () => {
    const other = await openHarness({ setup: true }); // same passphrase, different keys
    await other.core.close();
    const foreignKeys = readFileSync(keyFilePath(other.dbPath));
    rmSync(other.dir, { recursive: true, force: true });
    expect(await unsealWith(goodDb, foreignKeys)).toMatchObject({ code: 'RULE', rule: 'db.wrongKey' });
  });

  it('gives db.notADatabase for random bytes that are not a whole number of pages', async () => {
    expect(await unsealWith(randomBytes(4096 * 3 + 517), goodKeys)).toMatchObject({
      code: 'RULE',
      rule: 'db.notADatabase',
    });
  });

  it('gives db.notADatabase for a plain, unencrypted SQLite file', async () => {
    const plainPath = join(tempDir(), 'plain.db');
    const plain = new Database(plainPath);
    plain.exec(`CREATE TABLE patients (name TEXT); INSERT INTO patients VALUES ('${SENTINEL_PATIENT.lastName}');`);
    plain.close();
    const bytes = readFileSync(plainPath);
    expect(bytes.subarray(0, 16).equals(PLAINTEXT_HEADER)).toBe(true);
    expect(await unsealWith(bytes, goodKeys)).toMatchObject({ code: 'RULE', rule: 'db.notADatabase' });
  });

  it('gives db.corrupt when bytes inside a page past the first are damaged', async () => {
    const damaged = Buffer.from(goodDb);
    expect(damaged.length).toBeGreaterThanOrEqual(4096 * 4);
    for (let i = 4096 * 3 + 100; i < 4096 * 3 + 164; i += 1) damaged[i] = (damaged[i] ?? 0) ^ 0xff;
    expect(await unsealWith(damaged, goodKeys)).toMatchObject({ code: 'RULE', rule: 'db.corrupt' });
  });

  it('still opens the undamaged original afterwards (the failures above were the files, not the keys)', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'practice.db');
    copyFileSync(h.dbPath, dbPath);
    writeFileSync(keyFilePath(dbPath), goodKeys);
    const t = await openHarness({ dir });
    expect(await t.value('app.unseal', { passphrase: PASSPHRASE })).toMatchObject({ database: 'open' });
    expect(t.core.env.store.open.raw.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(1);
    await t.core.close();
  });
});
