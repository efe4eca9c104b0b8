// Runs the privacy-desk CLI in-process and captures what it prints, as a user would see it; and the database a
// CLI test's practice lives on, on the project's dialect: a SQLite file (the `node` project) or a fresh
// database on the `postgres` project's cluster, given to --db as its postgres:// URL.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { runCli } from '../../electron/cli/main';
import type { ServerTarget } from '../../electron/core/db/server-url';
import { resolveDatabase } from '../../electron/core/paths';
import { adminQuery } from './postgres-server';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export const runCommand = async (...args: string[]): Promise<CliRun> => {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  try {
    return { code: await runCli(args), out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
};

/** The arguments of `init` for the test practice's first administrator, secrets read from the named variables. */
export const initArgs = (db: string, practiceFile: string, passwordEnv: string, passphraseEnv: string): string[] => [
  '--db',
  db,
  'init',
  '--practice-file',
  practiceFile,
  '--admin-username',
  'admin',
  '--admin-name',
  'Alex Admin',
  '--admin-password-env',
  passwordEnv,
  '--passphrase-env',
  passphraseEnv,
];

/** One CLI test's database, on the project's dialect. */
export interface CliDatabase {
  /** What --db is given: the SQLite file, or the postgres:// URL of a database made for this test. */
  db: string;
  /** As the CLI resolves --db: the SQLite file, or the base path of this workstation's key file and head copy. */
  dbPath: string;
  /** The PostgreSQL database; null on SQLite. A core opened beside the CLI needs both: `{ dbPath, server }`. */
  server: ServerTarget | null;
  /** Whether anything is stored there yet: the SQLite file exists, or the server database has a table. */
  created(): Promise<boolean>;
  /**
   * A digest of everything stored, without opening it through the core (which would write): the SQLite file's
   * bytes, or every row of every table on the server. Equal digests mean nothing was written.
   */
  contents(): Promise<string>;
  /** Drops the server database (the SQLite file goes with the test's folder). */
  drop(): Promise<void>;
}

/** The `postgres` project's cluster (postgres-global-setup.ts); unset on the `node` project (SQLite). */
const clusterUrl = (): string | undefined => process.env['PD_TEST_PG_URL'];

/** Runs `query` on one server database and returns its rows (a test's look under the CLI, never the core's way). */
const serverRows = async <T>(url: string, query: string): Promise<T[]> => {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(query)).rows as T[];
  } finally {
    await client.end();
  }
};

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/**
 * A database for one CLI test, in the test's folder `dir`: on SQLite the file `<name>.db` there; on PostgreSQL
 * a new empty database on the run's cluster (a unique name, so test files never share rows). Either way this
 * workstation's own files for a server (`<dir>/config/Privacy Desk/servers/…`) are kept in `dir` too: this
 * sets XDG_CONFIG_HOME, so give every call in one test file the same `dir`, and remove `dir` after.
 */
export const cliDatabase = async (dir: string, name = 'practice'): Promise<CliDatabase> => {
  process.env['XDG_CONFIG_HOME'] = join(dir, 'config');
  const cluster = clusterUrl();
  if (!cluster) {
    const file = join(dir, `${name}.db`);
    return {
      db: file,
      dbPath: file,
      server: null,
      created: () => Promise.resolve(existsSync(file)),
      contents: () => Promise.resolve(sha256(readFileSync(file))),
      drop: () => Promise.resolve(),
    };
  }
  const database = `pd_cli_${randomUUID().replace(/-/g, '')}`;
  await adminQuery(cluster, `CREATE DATABASE "${database}"`);
  const url = new URL(cluster);
  url.pathname = `/${database}`;
  const db = url.toString();
  const { dbPath, server } = resolveDatabase(['--db', db]);
  const tables = async (): Promise<string[]> =>
    (
      await serverRows<{ name: string }>(
        db,
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
      )
    ).map((t) => t.name);
  return {
    db,
    dbPath,
    server,
    created: async () => (await tables()).length > 0,
    async contents() {
      const digest: string[] = [];
      for (const table of await tables()) {
        const [row] = await serverRows<{ rows: string }>(
          db,
          `SELECT coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '') AS rows FROM "${table}" t`,
        );
        digest.push(`${table}\n${row?.rows ?? ''}`);
      }
      return sha256(digest.join('\n\n'));
    },
    drop: () => adminQuery(cluster, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
  };
};
