// Where the database lives by default: the same per-user folder Electron's app.getPath('userData') gives
// the desktop app, so browser mode and the CLI find the practice's data without flags.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'Privacy Desk';
export const DB_FILE_NAME = 'privacy-desk.db';

export const defaultUserDataDir = (platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string => {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME);
};

/** `--db PATH` (or `--db=PATH`) wins, then PRIVACY_DESK_DB, then the per-user default. */
export const resolveDbPath = (argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string => {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--db=')) return arg.slice('--db='.length);
    if (arg === '--db' && argv[i + 1]) return argv[i + 1] as string;
  }
  return env.PRIVACY_DESK_DB ?? join(defaultUserDataDir(), DB_FILE_NAME);
};
