// A throwaway PostgreSQL cluster for the tests: initdb into a temp folder, started on a free loopback port with
// its socket in that folder, stopped and deleted afterwards. PostgreSQL refuses to run as root, so as root the
// cluster belongs to the `postgres` user (runuser); otherwise it runs as whoever runs the tests.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresBin } from './system-tools';

export interface PostgresServer {
  /** `postgres://postgres@127.0.0.1:PORT/postgres`: the maintenance database, for creating test databases. */
  url: string;
  port: number;
  /** A new empty database's URL (one per test file or test, so tests never share rows). */
  createDatabase(name: string): Promise<string>;
  dropDatabase(name: string): Promise<void>;
  /**
   * Stops the server as an administrator would (fast: open transactions rolled back, clients cut off), runs
   * `whileDown`, then starts it again on the same port and data folder.
   */
  restart(whileDown?: () => Promise<void>): Promise<void>;
  stop(): void;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

const asRoot = process.getuid?.() === 0;

const run = (bin: string, command: string, args: string[]): void => {
  const [cmd, argv] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]]
    : [join(bin, command), args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0)
    throw new Error(`${command} failed (exit ${result.status ?? result.signal}): ${result.stderr || result.stdout}`);
};

const ownedByPostgres = (dir: string): void => {
  if (!asRoot) return;
  const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  chownSync(dir, Number(id.stdout.trim()), Number(gid.stdout.trim()));
};

const safeName = (name: string): string => name.replace(/[^a-z0-9_]/gi, '_');

/** One statement on the cluster's maintenance database (creating and dropping test databases). */
export const adminQuery = async (url: string, statement: string): Promise<void> => {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
};

/** Starts a fresh cluster (about 1–2 s); call `stop()` in afterAll. */
export const startPostgres = async (): Promise<PostgresServer> => {
  const bin = postgresBin();
  const root = mkdtempSync(join(tmpdir(), 'pd-pg-'));
  chmodSync(root, 0o755);
  ownedByPostgres(root);
  const data = join(root, 'data');
  run(bin, 'initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync', '--locale=C.UTF-8']);
  const start = (port: number): void =>
    run(bin, 'pg_ctl', [
      '-D',
      data,
      '-l',
      join(root, 'server.log'),
      '-o',
      `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      '-w',
      '-t',
      '60',
      'start',
    ]);
  // A port taken between probing and starting makes pg_ctl fail: try a few.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      start(port);
    } catch (e) {
      if (attempt < 3) continue;
      rmSync(root, { recursive: true, force: true });
      throw e;
    }
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    return {
      url,
      port,
      createDatabase: async (name) => {
        await adminQuery(url, `CREATE DATABASE "${safeName(name)}"`);
        return `postgres://postgres@127.0.0.1:${port}/${encodeURIComponent(safeName(name))}`;
      },
      dropDatabase: (name) => adminQuery(url, `DROP DATABASE IF EXISTS "${safeName(name)}" WITH (FORCE)`),
      async restart(whileDown) {
        // A clean stop writes every commit out first (this cluster runs without fsync and synchronous commit).
        run(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
        await whileDown?.();
        start(port);
      },
      stop() {
        try {
          run(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      },
    };
  }
};
