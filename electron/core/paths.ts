// Where the database lives by default: the same per-user folder Electron's app.getPath('userData') gives
// the desktop app, so browser mode and the CLI find the practice's data without flags.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { isServerUrl, parseServerUrl, type ServerTarget } from './db/server-url';
import { readWorkstationDefault, serverFilesBase } from './workstation-files';

export const APP_DIR_NAME = 'Privacy Desk';
export const DB_FILE_NAME = 'privacy-desk.db';

export const defaultUserDataDir = (
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string => {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME);
};

/**
 * `--db=PATH` (or `--db PATH`) wins over PRIVACY_DESK_DB, which wins over the per-user default; empty values
 * count as absent. A relative path is taken from `baseDir` (the CLI passes the folder the user typed it in).
 */
export const resolveDbPath = (
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
  userDataDir: string = defaultUserDataDir(),
  baseDir: string = process.cwd(),
): string => {
  const given = givenDb(argv, env);
  return given === null ? join(userDataDir, DB_FILE_NAME) : resolve(baseDir, given);
};

/**
 * Whether --db or PRIVACY_DESK_DB names the database: if not, the door opened this computer's default, which
 * setup's server choice or an enrolment may then replace (CoreEnv.workstation).
 */
export const namesDatabase = (
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean => givenDb(argv, env) !== null;

/** The value of --db (else PRIVACY_DESK_DB), or null when neither is given. */
const givenDb = (argv: readonly string[], env: Readonly<Record<string, string | undefined>>): string | null => {
  const at = argv.findIndex((arg) => arg === '--db' || arg.startsWith('--db='));
  const given = argv[at] === '--db' ? argv[at + 1] : argv[at]?.slice('--db='.length);
  if (at >= 0 && given !== undefined && given !== '') return given;
  const fromEnv = env['PRIVACY_DESK_DB'];
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : null;
};

/** The database a door opens: a SQLite file, or the practice's PostgreSQL server with this computer's own files. */
export interface DatabaseChoice {
  /** The SQLite file; for a server, the base path of this workstation's key file and audit head copy. */
  dbPath: string;
  server: ServerTarget | null;
}

/**
 * As resolveDbPath, but --db (or PRIVACY_DESK_DB) may also be a postgres:// URL (checked by parseServerUrl,
 * which throws ServerUrlError with the reason). This workstation's own files for that server then sit in the
 * per-user folder, one set per server and database. Without either, the server setup or enrolment chose for
 * this workstation (workstation-files.ts), else the SQLite file in the per-user folder.
 */
export const resolveDatabase = (
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
  userDataDir: string = defaultUserDataDir(),
  baseDir: string = process.cwd(),
): DatabaseChoice => {
  const given = givenDb(argv, env) ?? readWorkstationDefault(userDataDir);
  if (given === null || !isServerUrl(given))
    return { dbPath: resolveDbPath(argv, env, userDataDir, baseDir), server: null };
  const server = parseServerUrl(given);
  return { dbPath: serverFilesBase(userDataDir, server), server };
};
