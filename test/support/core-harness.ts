// Test harness: a real encrypted database in a temp folder, a movable clock, and a signed-in admin.
import { randomUUID } from 'node:crypto';
import type { RawBuilder } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MethodInput, MethodName, MethodOutput, SetupInput } from '../../shared/contract';
import type { AppError, Result } from '../../shared/result';
import type { Clock } from '../../electron/core/clock';
import { openCore, type OpenedCore } from '../../electron/core/create-core';
import type { ScryptParams } from '../../electron/core/keys/scrypt';
import { parseServerUrl, type ServerTarget } from '../../electron/core/db/server-url';
import { silentLogger } from '../../electron/core/logger';
import { adminQuery } from './postgres-server';
import { PRACTICE } from './practice-fixture';

export class FakeClock implements Clock {
  constructor(private ms = Date.parse('2026-11-02T15:00:00Z')) {}
  now(): Date {
    return new Date(this.ms);
  }
  advanceMinutes(minutes: number): void {
    this.ms += minutes * 60_000;
  }
}

export const PASSPHRASE = 'correct horse battery staple';
export const ADMIN_PASSWORD = 'admin-password-123';

export const setupInput = (overrides: Partial<SetupInput> = {}): SetupInput => ({
  practice: structuredClone(PRACTICE),
  admin: { username: 'admin', fullName: 'Alex Admin', password: ADMIN_PASSWORD },
  passphrase: PASSPHRASE,
  ...overrides,
});

export interface Harness {
  dir: string;
  /** The SQLite file, or on PostgreSQL the base path of this workstation's key file and head copy. */
  dbPath: string;
  /** The PostgreSQL database this harness runs on; null on SQLite. A second core on it needs the same. */
  server: ServerTarget | null;
  clock: FakeClock;
  core: OpenedCore;
  call<M extends MethodName>(method: M, input: MethodInput<M>, sessionKey?: string): Promise<Result<MethodOutput<M>>>;
  value<M extends MethodName>(method: M, input: MethodInput<M>, sessionKey?: string): Promise<MethodOutput<M>>;
  error<M extends MethodName>(method: M, input: MethodInput<M>, sessionKey?: string): Promise<AppError>;
  /**
   * Runs SQL on the harness's database, SQLite or PostgreSQL alike, for tests that look under the contract
   * (what was stored) or tamper with it: `await h.sql<{ n: number }>(sql\`SELECT count(*) AS n FROM users\`)`.
   * Write portable SQL (count(*) comes back as a string on PostgreSQL: wrap it in Number()).
   */
  sql<T>(query: RawBuilder<T>): Promise<T[]>;
  reopen(): Promise<void>;
  close(): Promise<void>;
  /** The scrypt cost this harness's cores use; a second core on the same file needs the same. */
  scryptCost: ScryptParams;
}

export const SESSION = 'test:main';

/**
 * The scrypt cost harness cores hash passwords and seal key files with: N=2^10 costs ~2 ms instead of ~0.4 s.
 * One test (auth-password.test.ts) opens a harness at the production SCRYPT_POLICY and checks it.
 */
export const TEST_SCRYPT_COST: ScryptParams = { ln: 10, r: 8, p: 1 };

/**
 * Which database the core tests run on: SQLite (the `node` project) or PostgreSQL (the `postgres` project,
 * whose global setup starts one cluster and names it in PD_TEST_PG_URL). The same tests run on both.
 */
export const TEST_DIALECT: 'sqlite' | 'postgres' = process.env['PD_TEST_PG_URL'] ? 'postgres' : 'sqlite';
export const onPostgres = TEST_DIALECT === 'postgres';

/** On PostgreSQL, a new empty database on the run's cluster for one harness, and how to drop it after. */
const serverDatabase = async (): Promise<{ server: ServerTarget; drop(): Promise<void> } | null> => {
  const clusterUrl = process.env['PD_TEST_PG_URL'];
  if (!clusterUrl) return null;
  const name = `pd_${randomUUID().replace(/-/g, '')}`;
  await adminQuery(clusterUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return {
    server: parseServerUrl(url.toString()),
    drop: () => adminQuery(clusterUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
};

/** Opens a core on a fresh temp database; with `setup`, runs first-run setup and leaves the admin signed in. */
export const openHarness = async (
  opts: { setup?: boolean; dir?: string; scryptCost?: ScryptParams } = {},
): Promise<Harness> => {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'pd-test-'));
  const dbPath = join(dir, 'practice.db');
  const clock = new FakeClock();
  const scryptCost = opts.scryptCost ?? TEST_SCRYPT_COST;
  const database = await serverDatabase();
  const server = database?.server ?? null;
  const open = () =>
    openCore({ dbPath, server, osVault: null, clock, logger: silentLogger, checkOutputs: true, scryptCost });
  const h: Harness = {
    dir,
    dbPath,
    server,
    clock,
    scryptCost,
    core: await open(),
    call: (method, input, sessionKey = SESSION) => h.core.dispatch(sessionKey, method, input) as never,
    async value(method, input, sessionKey) {
      const r = await h.call(method, input, sessionKey);
      if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
      return r.value;
    },
    async error(method, input, sessionKey) {
      const r = await h.call(method, input, sessionKey);
      if (r.ok) throw new Error(`${method} unexpectedly succeeded`);
      return r.error;
    },
    async sql<T>(query: RawBuilder<T>) {
      return (await query.execute(h.core.env.store.open.kysely)).rows;
    },
    async reopen() {
      await h.core.close();
      h.core = await open();
    },
    async close() {
      await h.core.close();
      await database?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  if (opts.setup) await h.value('setup.initialize', setupInput());
  return h;
};
