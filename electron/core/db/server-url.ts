// The practice's PostgreSQL server as `--db postgres://…` names it: parsed, checked and turned into pg's
// connection settings. A connection that leaves this computer carries patients' data across the practice's
// network, so any host other than loopback must use TLS with the server's certificate verified (verify-full);
// a plain remote connection is refused before anything is sent. A password never rides in the URL (it would
// sit in shell history, process lists and logs): it comes from the key vault or PGPASSWORD.
import type { ConnectionOptions } from 'node:tls';
import { readFileSync } from 'node:fs';
import { isLoopbackHost, type ServerSettings } from '../../../shared/contract/server-settings';

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
  const sslmode = url.searchParams.get('sslmode') ?? (isLoopbackHost(host) ? 'disable' : 'verify-full');
  const ca = url.searchParams.get('sslrootcert');
  if (sslmode !== 'verify-full' && !isLoopbackHost(host))
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

/**
 * The same target from setup's fields (the contract has checked them, TLS rule included). The CA is the PEM
 * text itself; `caFile` is where this workstation keeps a copy, so the address it prints can name it.
 */
export const targetFromSettings = (s: ServerSettings): ServerTarget => {
  const host = s.host.trim().replace(/^\[|\]$/g, '');
  const tls: ConnectionOptions | null =
    s.tls === 'verify-full' ? { rejectUnauthorized: true, servername: host, ...(s.ca ? { ca: s.ca } : {}) } : null;
  return { host, port: s.port, database: s.database.trim(), user: s.user.trim(), tls };
};

/** The CA text a target was given, if any (the enrolment file carries it to the next workstation). */
export const caOf = (t: ServerTarget): string | null => (typeof t.tls?.ca === 'string' ? t.tls.ca : null);

/** The target as setup's fields, without a password: what the enrolment file and the workstation's default keep. */
export const settingsOf = (t: ServerTarget): ServerSettings => {
  const ca = caOf(t);
  return {
    host: t.host,
    port: t.port,
    database: t.database,
    user: t.user,
    tls: t.tls ? 'verify-full' : 'disable',
    ...(ca !== null ? { ca } : {}),
  };
};

/** The server as a log line or message may name it: never a password, never the query string. */
export const describeServer = (t: ServerTarget): string => `${t.user}@${t.host}:${t.port}/${t.database}`;
