// This workstation's own files for the practice's PostgreSQL server (key file, audit head copy, the server's CA
// certificate), one set per server and database under the per-user folder, and the record of which database the
// app opens when no --db is given (`workstation.json`: set when setup connects to a server or enrols).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { caOf, type ServerTarget } from './db/server-url';
import { ensurePrivateDir, replaceFileAtomically } from './private-files';

/** The base path of one server's files (`<base>.keys.json`, `<base>.audit-head.json`, `<base>.ca.pem`). */
export const serverFilesBase = (userDataDir: string, target: ServerTarget): string =>
  join(userDataDir, 'servers', `${target.host}-${target.port}-${target.database}`.replace(/[^\w.-]/g, '_'));

const defaultFile = (userDataDir: string): string => join(userDataDir, 'workstation.json');

const WorkstationDefault = z.object({ format: z.literal(1), database: z.string().min(1) });

/** The server address this workstation opens by default, or null (the SQLite file in the per-user folder). */
export const readWorkstationDefault = (userDataDir: string): string | null => {
  const path = defaultFile(userDataDir);
  if (!existsSync(path)) return null;
  try {
    return WorkstationDefault.parse(JSON.parse(readFileSync(path, 'utf8'))).database;
  } catch {
    throw new Error(`${path} is damaged: delete it to start from first-time setup, or fix the database address in it.`);
  }
};

/** The address that reopens `target`, naming the CA copy kept beside the key file. */
export const serverAddress = (target: ServerTarget, caFile: string | null): string => {
  const host = target.host.includes(':') ? `[${target.host}]` : target.host;
  const base = `postgres://${encodeURIComponent(target.user)}@${host}:${target.port}/${encodeURIComponent(target.database)}`;
  if (!target.tls) return `${base}?sslmode=disable`;
  return `${base}?sslmode=verify-full${caFile ? `&sslrootcert=${encodeURIComponent(caFile)}` : ''}`;
};

/**
 * Keeps the server's CA beside this workstation's key file and, when `makeDefault`, records the server as the
 * database this app opens without --db. Returns the address to reopen it with (for messages and the CLI).
 */
export const rememberServer = async (
  userDataDir: string,
  target: ServerTarget,
  makeDefault: boolean,
): Promise<string> => {
  const base = serverFilesBase(userDataDir, target);
  ensurePrivateDir(join(userDataDir, 'servers'));
  const ca = caOf(target);
  if (ca !== null) await replaceFileAtomically(`${base}.ca.pem`, ca);
  const address = serverAddress(target, ca !== null ? `${base}.ca.pem` : null);
  if (makeDefault)
    await replaceFileAtomically(defaultFile(userDataDir), JSON.stringify({ format: 1, database: address }, null, 2));
  return address;
};

/** Whether this per-user folder already opens some database by default (a SQLite file, or a server). */
export const hasDefaultDatabase = (userDataDir: string, sqliteFile: string): boolean =>
  existsSync(defaultFile(userDataDir)) || existsSync(sqliteFile);
