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

const hasPractice = async (db: Kysely<DB>): Promise<boolean> => {
  const table = await sql<{ found: string | null }>`SELECT to_regclass('public.users')::text AS found`.execute(db);
  if (!table.rows[0]?.found) return false;
  return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
};

/**
 * Connects and checks the database is reachable. `create` (first-run setup) refuses a database that already
 * holds a practice, as SQLite setup refuses an existing file; joining one is the enrolment's job.
 */
export const openServer = async (target: ServerTarget, options: { create: boolean }): Promise<Kysely<DB>> => {
  const pool = new pg.Pool({
    host: target.host,
    port: target.port,
    database: target.database,
    user: target.user,
    ...(process.env['PGPASSWORD'] ? { password: process.env['PGPASSWORD'] } : {}),
    ...(target.tls ? { ssl: target.tls } : {}),
    max: POOL_SIZE,
    connectionTimeoutMillis: 10_000,
  });
  // A dropped idle connection (the server restarted) is replaced on the next query; unhandled, it would crash.
  pool.on('error', () => undefined);
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
      'missing',
      `The practice's database server ${describeServer(target)} cannot be reached: ${(err as Error).message}`,
    );
  }
};
