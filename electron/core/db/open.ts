// Opening the encrypted SQLite file: key, pragmas, probe and quick_check, with a typed error for each failure;
// and the Kysely over it (open-server.ts is the same door for the practice's PostgreSQL server).
import Database from 'better-sqlite3-multiple-ciphers';
import { Kysely, SqliteDialect } from 'kysely';
import { existsSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { createPrivateFile, tightenMode } from '../private-files';
import { checkDbPath } from './path-check';
import type { DB } from './schema';

export type SqliteDb = Database.Database;

export type DbOpenErrorKind =
  | 'wrong-key'
  | 'not-a-database'
  | 'corrupt'
  | 'network-path'
  | 'missing'
  | 'exists'
  /** The database has migrations this copy of the app does not know: another workstation runs a newer one. */
  | 'app-older'
  /** The practice's PostgreSQL server did not answer, or refused this workstation's login. */
  | 'unreachable';

export class DbOpenError extends Error {
  constructor(
    readonly kind: DbOpenErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'DbOpenError';
  }
}

const PLAINTEXT_HEADER = 'SQLite format 3\0';

const readHeader = (path: string): string => {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    readSync(fd, buf, 0, 16, 0);
    return buf.toString('latin1');
  } finally {
    closeSync(fd);
  }
};

/** Tells a wrong key from a file that is not one of our databases: both give SQLITE_NOTADB. */
const classifyNotADb = (path: string): DbOpenError => {
  const size = statSync(path).size;
  if (readHeader(path) === PLAINTEXT_HEADER) {
    return new DbOpenError(
      'not-a-database',
      'This file is an unencrypted SQLite database, not a Privacy Desk database.',
    );
  }
  if (size >= 4096 && size % 4096 === 0) {
    return new DbOpenError(
      'wrong-key',
      'The key does not open this database (it belongs to another database, or the file is damaged).',
    );
  }
  return new DbOpenError('not-a-database', 'This file is not a Privacy Desk database.');
};

export interface OpenOptions {
  create: boolean;
}

export const openDatabase = (path: string, dbKey: Buffer, options: OpenOptions): SqliteDb => {
  const verdict = checkDbPath(path);
  if (verdict.kind === 'network') {
    throw new DbOpenError(
      'network-path',
      `The database cannot be kept on a network drive (${verdict.fsType}); SQLite's locking is unreliable there. Use a local folder.`,
    );
  }
  const exists = existsSync(path);
  if (!exists && !options.create) throw new DbOpenError('missing', `No database at ${path}.`);
  if (exists && options.create) throw new DbOpenError('exists', `A database already exists at ${path}.`);

  if (options.create) {
    // SQLite creates its files 0644 and gives -wal and -shm the main file's mode: an empty 0600 file made
    // first (SQLite takes an empty file as a new database) keeps all three owner-only.
    try {
      createPrivateFile(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST')
        throw new DbOpenError('exists', `A database already exists at ${path}.`);
      throw err;
    }
  }
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${dbKey.toString('hex')}'"`);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'SQLITE_NOTADB') throw classifyNotADb(path);
      if (code === 'SQLITE_CORRUPT') throw new DbOpenError('corrupt', 'The database file is damaged.');
      throw err;
    }
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DbOpenError('corrupt', 'The database file is damaged (quick_check failed).');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Files left readable to others by an older version (or another tool) are narrowed on every open.
    for (const suffix of ['', '-wal', '-shm']) tightenMode(`${path}${suffix}`);
    return db;
  } catch (err) {
    db.close();
    if (err instanceof DbOpenError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_CORRUPT') throw new DbOpenError('corrupt', 'The database file is damaged.');
    if (code === 'SQLITE_NOTADB') throw classifyNotADb(path);
    throw err;
  }
};

/** The Kysely the core works through on an opened SQLite file; destroying it closes the file. */
export const sqliteKysely = (raw: SqliteDb): Kysely<DB> =>
  new Kysely<DB>({ dialect: new SqliteDialect({ database: raw }) });
