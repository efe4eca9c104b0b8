// What the test suite needs from the machine beyond npm packages, where each is looked for, and what to do when
// one is missing. The pretest step (test/support/pretest.ts) acts on `planSystemTools`; the e2e harness launches
// the Chromium that `findChromium` finds, so both always agree on which browser the tests use.
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

/** Where a Debian-style system puts Chromium; looked at before PATH. */
export const SYSTEM_CHROMIUM = ['/usr/bin/chromium'];
const CHROMIUM_COMMANDS = ['chromium', 'chromium-browser'];

export const isExecutableFile = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** The first executable `command` on PATH, or null. */
export const onPath = (command: string, env: Env): string | null => {
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (dir !== '' && isExecutableFile(join(dir, command))) return join(dir, command);
  }
  return null;
};

export type Found = { ok: true; path: string } | { ok: false; reason: 'bad-env' | 'missing'; message: string };

/** CHROME_PATH if set (it must then be an executable file), else the system's Chromium, else chromium on PATH. */
export const findChromium = (env: Env = process.env, systemPaths: readonly string[] = SYSTEM_CHROMIUM): Found => {
  const fromEnv = env['CHROME_PATH'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (isExecutableFile(fromEnv)) return { ok: true, path: fromEnv };
    return {
      ok: false,
      reason: 'bad-env',
      message: `CHROME_PATH is ${fromEnv}, which is not an executable file: point CHROME_PATH at a Chromium or Chrome executable, or unset it to use the system's Chromium.`,
    };
  }
  const path =
    systemPaths.find(isExecutableFile) ?? CHROMIUM_COMMANDS.map((c) => onPath(c, env)).find((p) => p !== null);
  if (path) return { ok: true, path };
  return {
    ok: false,
    reason: 'missing',
    message:
      'The end-to-end tests need Chromium: install it (Debian/Ubuntu: `sudo apt-get install chromium`), or set CHROME_PATH to a Chromium or Chrome executable.',
  };
};

/** For the e2e harness: the Chromium to launch, or an error that says what to install. */
export const chromiumPath = (env: Env = process.env): string => {
  const found = findChromium(env);
  if (!found.ok) throw new Error(found.message);
  return found.path;
};

interface Tool {
  name: string;
  /** The Debian package that provides it, installed when the machine can (apt-get and root). */
  aptPackage: string;
  find(env: Env): Found;
}

/** Where Debian puts each PostgreSQL major version's server binaries, newest first. */
export const systemPostgresDirs = (root = '/usr/lib/postgresql'): string[] => {
  try {
    return readdirSync(root)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a))
      .map((v) => join(root, v, 'bin'));
  } catch {
    return [];
  }
};

const hasServer = (dir: string): boolean =>
  isExecutableFile(join(dir, 'initdb')) && isExecutableFile(join(dir, 'pg_ctl'));

/**
 * The folder of the PostgreSQL server binaries (`initdb`, `pg_ctl`) the Postgres tests start a cluster with:
 * PG_BIN if set (it must hold them), else Debian's newest /usr/lib/postgresql/N/bin, else `initdb` on PATH.
 */
export const findPostgres = (env: Env = process.env, systemDirs: readonly string[] = systemPostgresDirs()): Found => {
  const fromEnv = env['PG_BIN'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (hasServer(fromEnv)) return { ok: true, path: fromEnv };
    return {
      ok: false,
      reason: 'bad-env',
      message: `PG_BIN is ${fromEnv}, which holds no initdb and pg_ctl: point PG_BIN at PostgreSQL's server binaries, or unset it to use the system's.`,
    };
  }
  const onPathDir = onPath('initdb', env);
  const dir = systemDirs.find(hasServer) ?? (onPathDir ? dirname(onPathDir) : undefined);
  if (dir && hasServer(dir)) return { ok: true, path: dir };
  return {
    ok: false,
    reason: 'missing',
    message:
      'The database tests need the PostgreSQL server: install it (Debian/Ubuntu: `sudo apt-get install postgresql`), or set PG_BIN to the folder holding initdb and pg_ctl.',
  };
};

/** For the Postgres test server: the folder of initdb and pg_ctl, or an error that says what to install. */
export const postgresBin = (env: Env = process.env): string => {
  const found = findPostgres(env);
  if (!found.ok) throw new Error(found.message);
  return found.path;
};

/** Everything the tests need from the system. (The Notice PDFs are read back with unpdf, so no poppler.) */
export const toolsFor = (
  systemChromium: readonly string[] = SYSTEM_CHROMIUM,
  systemPostgres: readonly string[] = systemPostgresDirs(),
): Tool[] => [
  { name: 'Chromium', aptPackage: 'chromium', find: (env) => findChromium(env, systemChromium) },
  { name: 'PostgreSQL', aptPackage: 'postgresql', find: (env) => findPostgres(env, systemPostgres) },
];

export interface Machine {
  /** apt-get is on PATH and we run as root, so a missing package can be installed without asking. */
  canApt: boolean;
}

export type Plan =
  | { kind: 'ready'; found: Record<string, string> }
  | { kind: 'install'; packages: string[] }
  | { kind: 'stop'; message: string };

/** What pretest does on this machine: nothing, install these packages, or stop with one line saying what to install. */
export const planSystemTools = (tools: readonly Tool[], env: Env, machine: Machine): Plan => {
  const found: Record<string, string> = {};
  const packages: string[] = [];
  for (const tool of tools) {
    const result = tool.find(env);
    if (result.ok) found[tool.name] = result.path;
    // A wrong CHROME_PATH is the user's setting: installing a package would not change what it points at.
    else if (result.reason === 'bad-env' || !machine.canApt) return { kind: 'stop', message: result.message };
    else packages.push(tool.aptPackage);
  }
  return packages.length > 0 ? { kind: 'install', packages } : { kind: 'ready', found };
};

export const machineCanApt = (env: Env = process.env): boolean =>
  onPath('apt-get', env) !== null && process.getuid?.() === 0;
