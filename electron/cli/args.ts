// Parsing the command line: global options, the command words, and each command's own options (strict).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveDbPath } from '../core/paths';
import { UsageError } from './usage';

export interface GlobalOptions {
  dbPath: string;
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
  return {
    global: {
      dbPath: resolveDbPath(db === undefined ? [] : ['--db', db], process.env, undefined, userBase()),
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

export const requireString = (options: Parsed['options'], name: string): string => {
  const value = options[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`Missing --${name}.`);
  return value;
};
