// Opening the practice's shared PostgreSQL database (several workstations, one server): a small pg pool behind
// Kysely, reached with the checked target (server-url.ts). Nothing here is encrypted by the app: the server's
// disk encryption and TLS on the wire protect the data (README, "Several workstations").
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { DbOpenError } from './open';
import type { DB } from './schema';
import { describeServer, type ServerTarget } from './server-url';

/** Connections per workstation: the core runs one write transaction at a time, reads beside it. */
const POOL_SIZE = 4;

/** How long the server lets a transaction sit idle before ending it (and releasing its locks). */
const IDLE_IN_TRANSACTION_MS = 60_000;

const hasPractice = async (db: Kysely<DB>): Promise<boolean> => {
  const table = await sql<{ found: string | null }>`SELECT to_regclass('public.users')::text AS found`.execute(db);
  if (!table.rows[0]?.found) return false;
  return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
};

/** Where and as whom to connect, TLS included: the pool's and the live-updates listener's (live/) alike. */
export const connectionSettings = (target: ServerTarget, password: string | null): pg.ClientConfig => ({
  host: target.host,
  port: target.port,
  database: target.database,
  user: target.user,
  ...(password !== null ? { password } : {}),
  ...(target.tls ? { ssl: target.tls } : {}),
  connectionTimeoutMillis: 10_000,
});

/**
 * Connects and checks the database is reachable. `create` (first-run setup) refuses a database that already
 * holds a practice, as SQLite setup refuses an existing file; joining one is the enrolment's job. The password
 * comes from this workstation's sealed keys (or PGPASSWORD for the CLI's first run), never from the URL.
 */
export const openServer = async (
  target: ServerTarget,
  options: { create: boolean; password: string | null },
): Promise<Kysely<DB>> => {
  const pool = new pg.Pool({
    ...connectionSettings(target, options.password),
    max: POOL_SIZE,
    // A workstation that stalls inside a transaction (a network cut with no reset) holds the audit head's lock,
    // and every other workstation waits for it. Our transactions never wait on a person: the server ends one
    // idle for a minute, and the others go on.
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_MS,
  });
  // A dropped idle connection (the server restarted) is replaced on the next query; unhandled, it would crash.
  pool.on('error', () => undefined);
  // The pool listens only to idle connections: one checked out (inside a transaction, between its statements)
  // when the server goes away would emit an unhandled 'error' and end the process. Its next query fails instead,
  // and the pool drops it on release (it is no longer queryable) for a new one.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const kysely = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`SELECT 1`.execute(kysely);
    if (options.create && (await hasPractice(kysely)))
      throw new DbOpenError('exists', `The database ${describeServer(target)} already holds a practice.`);
    return kysely;
  } catch (err) {
    await kysely.destroy();
    if (err instanceof DbOpenError) throw err;
    throw new DbOpenError(
      'unreachable',
      `The practice's database server ${describeServer(target)} cannot be reached: ${(err as Error).message}`,
    );
  }
};

/** The CLI's and tests' way to give a password on first run, before the sealed keys hold it (never a flag). */
export const serverPasswordFromEnv = (): string | null => process.env['PGPASSWORD'] || null;
