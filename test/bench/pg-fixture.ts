// The PostgreSQL benchmark database: a throwaway loopback cluster (test/support/postgres-server.ts), the practice
// set up there through the real core (the first workstation), and the SQLite fixture's patients copied over
// with bare pg in multi-row INSERTs, so both databases hold the same rows under the same ids.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openCore, type OpenedCore } from '../../electron/core/create-core';
import type { SqliteDb } from '../../electron/core/db/open';
import { parseServerUrl, type ServerTarget } from '../../electron/core/db/server-url';
import { silentLogger } from '../../electron/core/logger';
import { FakeClock, setupInput, TEST_SCRYPT_COST } from '../support/core-harness';
import type { PostgresServer } from '../support/postgres-server';
import { SESSION } from './fixture';

export interface PgFixture {
  url: string;
  target: ServerTarget;
  /** This (first) workstation's base path: its key file and head copy sit beside it. */
  dbPath: string;
  /** The first workstation's core, admin signed in under SESSION; production dispatch (no output check). */
  core: OpenedCore;
  /** One bare connection to the same database, for the floors and the bulk insert. */
  client: pg.Client;
  patients: number;
  insertMs: number;
  buildMs: number;
  close(): Promise<void>;
}

/** A workstation's core on the practice's server; passwords hashed and keys sealed at the tests' cheap scrypt cost. */
export const openPgCore = (dbPath: string, server: ServerTarget, checkOutputs = false): Promise<OpenedCore> =>
  openCore({
    dbPath,
    server,
    osVault: null,
    clock: new FakeClock(),
    logger: silentLogger,
    checkOutputs,
    scryptCost: TEST_SCRYPT_COST,
  });

const BATCH = 5_000;

/** Copies every patient row, ids included, in batches of one INSERT … SELECT FROM unnest(arrays) each. */
const copyPatients = async (from: SqliteDb, to: pg.Client): Promise<number> => {
  const rows = from
    .prepare<[], [number, string, string, string, string, number, string]>(
      'SELECT id, mrn, first_name, last_name, date_of_birth, active, created_at FROM patients ORDER BY id',
    )
    .raw();
  const insert =
    'INSERT INTO patients (id, mrn, first_name, last_name, date_of_birth, active, created_at) ' +
    'SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[])';
  let columns: unknown[][] = [[], [], [], [], [], [], []];
  let copied = 0;
  const flush = async (): Promise<void> => {
    if (columns[0]!.length === 0) return;
    await to.query(insert, columns);
    copied += columns[0]!.length;
    columns = [[], [], [], [], [], [], []];
  };
  await to.query('BEGIN');
  for (const row of rows.iterate()) {
    row.forEach((value, i) => columns[i]!.push(value));
    if (columns[0]!.length >= BATCH) await flush();
  }
  await flush();
  // Explicit ids leave the identity sequence behind: move it on, or the next patients.create would collide.
  await to.query("SELECT setval(pg_get_serial_sequence('patients', 'id'), (SELECT max(id) FROM patients))");
  await to.query('COMMIT');
  await to.query('ANALYZE patients');
  return copied;
};

/** Sets the practice up on a new database of `server` and copies the patients of the SQLite fixture `from`. */
export const buildPgFixture = async (server: PostgresServer, from: SqliteDb): Promise<PgFixture> => {
  const t0 = performance.now();
  const url = await server.createDatabase('pd_bench');
  const target = parseServerUrl(url);
  const dir = mkdtempSync(join(tmpdir(), 'pd-bench-pg-'));
  const dbPath = join(dir, 'practice.db');
  let core: OpenedCore | null = null;
  const client = new pg.Client({ connectionString: url });
  const close = async (): Promise<void> => {
    await core?.env.store.open.witness.settled();
    await core?.close();
    await client.end().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    core = await openPgCore(dbPath, target);
    const setup = await core.dispatch(SESSION, 'setup.initialize', setupInput());
    if (!setup.ok) throw new Error(`setup on PostgreSQL failed: ${JSON.stringify(setup.error)}`);
    await client.connect();
    const t1 = performance.now();
    const patients = await copyPatients(from, client);
    const insertMs = performance.now() - t1;
    return { url, target, dbPath, core, client, patients, insertMs, buildMs: performance.now() - t0, close };
  } catch (err) {
    await close();
    throw err;
  }
};
