// The practice's PostgreSQL server as `--db postgres://…` names it: parsed, checked and turned into pg's
// connection settings. A connection that leaves this computer carries patients' data across the practice's
// network, so any host other than loopback must use TLS with the server's certificate verified (verify-full);
// a plain remote connection is refused before anything is sent. A password never rides in the URL (it would
// sit in shell history, process lists and logs): it comes from the key vault or PGPASSWORD.
import type { ConnectionOptions } from 'node:tls';
import { readFileSync } from 'node:fs';

export class ServerUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServerUrlError';
  }
}

export interface ServerTarget {
  host: string;
  port: number;
  database: string;
  user: string;
  /** Null on loopback without TLS; else verify-full, with the CA file the URL names (`sslrootcert`). */
  tls: ConnectionOptions | null;
}

/** Whether the value given to --db names a PostgreSQL server rather than a SQLite file. */
export const isServerUrl = (value: string): boolean => /^postgres(ql)?:\/\//i.test(value);

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);
export const isLoopback = (host: string): boolean => LOOPBACK.has(host.toLowerCase()) || /^127\./.test(host);

/** Parses and checks a server URL; throws ServerUrlError with a sentence a practice can act on. */
export const parseServerUrl = (value: string): ServerTarget => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ServerUrlError(
      'The database address is not a valid postgres:// URL (postgres://user@host:5432/database).',
    );
  }
  if (url.password !== '')
    throw new ServerUrlError(
      'Leave the password out of the database address: it would be kept in shell history and logs. Privacy Desk asks for it, or reads PGPASSWORD.',
    );
  const host = url.hostname;
  if (host === '') throw new ServerUrlError('The database address names no server (postgres://user@host/database).');
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (database === '')
    throw new ServerUrlError('The database address names no database (postgres://user@host/database).');
  const port = url.port === '' ? 5432 : Number(url.port);
  const user = decodeURIComponent(url.username) || 'postgres';
  const sslmode = url.searchParams.get('sslmode') ?? (isLoopback(host) ? 'disable' : 'verify-full');
  const ca = url.searchParams.get('sslrootcert');
  if (sslmode !== 'verify-full' && !isLoopback(host))
    throw new ServerUrlError(
      `A connection to ${host} must be encrypted with the server's certificate checked (sslmode=verify-full); a plain or unverified connection is only allowed on this computer (localhost).`,
    );
  if (sslmode !== 'disable' && sslmode !== 'verify-full')
    throw new ServerUrlError(`sslmode=${sslmode} is not supported: use verify-full (or, on localhost only, disable).`);
  const tls: ConnectionOptions | null =
    sslmode === 'verify-full'
      ? { rejectUnauthorized: true, servername: host, ...(ca ? { ca: readCa(ca) } : {}) }
      : null;
  return { host: host.replace(/^\[|\]$/g, ''), port, database, user, tls };
};

const readCa = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new ServerUrlError(
      `The CA certificate file ${path} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
};

/** The server as a log line or message may name it: never a password, never the query string. */
export const describeServer = (t: ServerTarget): string => `${t.user}@${t.host}:${t.port}/${t.database}`;
