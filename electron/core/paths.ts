// Where the database lives by default: the same per-user folder Electron's app.getPath('userData') gives
// the desktop app, so browser mode and the CLI find the practice's data without flags.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

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
  const at = argv.findIndex((arg) => arg === '--db' || arg.startsWith('--db='));
  const given = argv[at] === '--db' ? argv[at + 1] : argv[at]?.slice('--db='.length);
  if (at >= 0 && given !== undefined && given !== '') return resolve(baseDir, given);
  const fromEnv = env['PRIVACY_DESK_DB'];
  if (fromEnv !== undefined && fromEnv !== '') return resolve(baseDir, fromEnv);
  return join(userDataDir, DB_FILE_NAME);
};
