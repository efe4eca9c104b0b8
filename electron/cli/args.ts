// Parsing the command line: global options, the command words, and each command's own options (strict).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeServer, ServerUrlError, type ServerTarget } from '../core/db/server-url';
import { defaultUserDataDir, namesDatabase, resolveDatabase } from '../core/paths';
import { UsageError } from './usage';

export interface GlobalOptions {
  /** The SQLite file, or for a server this workstation's own files' base path (see resolveDatabase). */
  dbPath: string;
  /** The practice's PostgreSQL server when --db is a postgres:// URL (or this workstation's default). */
  server: ServerTarget | null;
  /** This computer's per-user folder, and whether no --db named another database (CoreEnv.workstation). */
  workstation: { dir: string; isDefault: boolean };
  passphraseEnv: string | undefined;
  user: string | undefined;
  passwordEnv: string | undefined;
  json: boolean;
  help: boolean;
}

const GLOBAL = {
  db: { type: 'string' },
  'passphrase-env': { type: 'string' },
  user: { type: 'string' },
  'password-env': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

export interface Parsed {
  global: GlobalOptions;
  command: string[];
  options: Record<string, string | boolean | undefined>;
}

export const parseCommandLine = (
  argv: readonly string[],
  commandOptions: (command: string) => OptionSpec | null,
): Parsed => {
  // First pass: find the command words (positionals) without knowing its options.
  const loose = parseArgs({ args: [...argv], options: GLOBAL, allowPositionals: true, strict: false });
  const command = loose.positionals.slice(0, 2).filter((w) => !w.startsWith('-'));
  const name = command.join(' ');
  const spec = command.length === 0 ? {} : (commandOptions(name) ?? commandOptions(command[0] ?? ''));
  if (spec === null && !loose.values.help) throw new UsageError(`Unknown command "${name}". Run privacy-desk --help.`);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...GLOBAL, ...(spec ?? {}) },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify.*$/s, '.'));
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  const str = (k: string): string | undefined => {
    const x = v[k];
    return typeof x === 'string' ? x : undefined;
  };
  const db = str('db');
  const dir = defaultUserDataDir();
  let database;
  try {
    database = resolveDatabase(db === undefined ? [] : ['--db', db], process.env, dir, userBase());
  } catch (err) {
    if (err instanceof ServerUrlError) throw new UsageError(err.message);
    throw err;
  }
  return {
    global: {
      ...database,
      workstation: { dir, isDefault: !namesDatabase(db === undefined ? [] : ['--db', db]) },
      passphraseEnv: str('passphrase-env'),
      user: str('user'),
      passwordEnv: str('password-env'),
      json: v.json === true,
      help: v.help === true,
    },
    command: parsed.positionals,
    options: v,
  };
};

/**
 * A path the user typed, resolved against the folder they typed it in: `npm run cli` runs in the project
 * folder, but npm records the caller's folder in INIT_CWD.
 */
const userBase = (): string => process.env.INIT_CWD ?? process.cwd();
export const userPath = (path: string): string => resolve(userBase(), path);

/** Where the database is, as messages name it: the file, or the server (never its password). */
export const whereIs = (g: Pick<GlobalOptions, 'dbPath' | 'server'>): string =>
  g.server ? `the server ${describeServer(g.server)}` : g.dbPath;

export const requireString = (options: Parsed['options'], name: string): string => {
  const value = options[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`Missing --${name}.`);
  return value;
};
