// The built `privacy-desk` command as an installed package runs it: bin.js starts out/cli/main.js, which imports
// only the package's dependencies, with no dev dependency installed at all. It sets up a practice from the
// documented example file (electron/cli/examples/practice.json), in a SQLite file or (the postgres project) on
// the practice's server. Without a build and without tsx, bin.js says what to do.
import { execFileSync, spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliDatabase, type CliDatabase } from '../support/cli-runner';
import { onPostgres } from '../support/core-harness';

const repo = join(import.meta.dirname, '..', '..');
const EXAMPLE = join(repo, 'electron', 'cli', 'examples', 'practice.json');
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

// An install without dev dependencies: bin.js, the built CLI, the assets, and only the production packages.
const install = mkdtempSync(join(tmpdir(), 'pd-cli-install-'));
const builtCli = join(install, 'out', 'cli', 'main.js');
const bin = join(install, 'electron', 'cli', 'bin.js');
let target: CliDatabase;
afterAll(async () => {
  await target.drop();
  rmSync(install, { recursive: true, force: true });
});

/** Top-level folders of every installed production package (a nested one comes with the package holding it). */
const productionPackages = (): string[] => {
  const run = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: repo, encoding: 'utf8' });
  const top = join(repo, 'node_modules') + sep;
  return [
    ...new Set(
      run.stdout
        .split('\n')
        .filter((p) => p.startsWith(top))
        .map((p) => relative(top, p).split(sep))
        .filter((parts) => !parts.includes('node_modules'))
        .map((parts) => (parts[0]?.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/')),
    ),
  ];
};

/** The test's environment without NODE_OPTIONS, whose loaders (if any) could resolve what the install lacks. */
const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const rest = { ...process.env };
  delete rest['NODE_OPTIONS'];
  return { ...rest, ...extra };
};

beforeAll(async () => {
  target = await cliDatabase(install);
  execFileSync(
    process.execPath,
    [
      join(repo, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      join(repo, 'electron', 'cli', 'vite.config.ts'),
      '--outDir',
      dirname(builtCli),
      '--logLevel',
      'error',
    ],
    { cwd: repo, stdio: 'pipe' },
  );
  mkdirSync(dirname(bin), { recursive: true });
  copyFileSync(join(repo, 'electron', 'cli', 'bin.js'), bin);
  symlinkSync(join(repo, 'assets'), join(install, 'assets'));
  for (const name of productionPackages()) {
    mkdirSync(dirname(join(install, 'node_modules', name)), { recursive: true });
    symlinkSync(join(repo, 'node_modules', name), join(install, 'node_modules', name));
  }
});

describe.skipIf(process.platform === 'win32')('the built privacy-desk command', () => {
  // The bundle and bin.js are the same whatever the database: the node project checks them.
  it.skipIf(onPostgres)('imports nothing but Node built-ins and the package’s dependencies', () => {
    const code = readFileSync(builtCli, 'utf8');
    const patterns = [
      /^(?:import|export)\b[^;"']*?\bfrom\s*["']([^"']+)["']/gm, // import x from "y", export { x } from "y"
      /^import\s*["']([^"']+)["']/gm, // import "y"
      /\bimport\(\s*["']([^"']+)["']\s*\)/g, // import("y")
    ];
    const specifiers = patterns
      .flatMap((re) => [...code.matchAll(re)].map((m) => m[1] ?? ''))
      .filter((s) => !s.startsWith('.'));
    const packageOf = (s: string) =>
      s
        .split('/')
        .slice(0, s.startsWith('@') ? 2 : 1)
        .join('/');
    const outside = specifiers.filter(
      (s) => !s.startsWith('node:') && !builtinModules.includes(s) && !Object.hasOwn(pkg.dependencies, packageOf(s)),
    );
    expect(specifiers.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });

  // The bundle and bin.js are the same whatever the database: the node project checks them.
  it.skipIf(onPostgres)('runs from bin.js with only the production packages installed', () => {
    const help = spawnSync(process.execPath, [bin, '--help'], {
      cwd: install,
      env: env(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(help.stderr).toBe('');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^privacy-desk/);
  });

  it('sets up a practice from the documented example practice.json', () => {
    const init = spawnSync(
      process.execPath,
      [
        bin,
        '--db',
        target.db,
        '--passphrase-env',
        'PD_PASSPHRASE',
        '--json',
        'init',
        '--practice-file',
        EXAMPLE,
        '--admin-username',
        'admin',
        '--admin-name',
        'Alex Admin',
        '--admin-password-env',
        'PD_ADMIN_PW',
      ],
      {
        cwd: install,
        env: env({ PD_ADMIN_PW: 'example-admin-password-7', PD_PASSPHRASE: 'lantern river stone orchard' }),
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(JSON.parse(init.stdout)).toMatchObject({
      ok: true,
      value: { dbPath: target.dbPath, admin: { username: 'admin', role: 'admin' } },
    });
  });

  // The bundle and bin.js are the same whatever the database: the node project checks them.
  it.skipIf(onPostgres)('says to build first when there is no build and no tsx', () => {
    const bare = join(install, 'bare');
    mkdirSync(join(bare, 'electron', 'cli'), { recursive: true });
    copyFileSync(bin, join(bare, 'electron', 'cli', 'bin.js'));
    const run = spawnSync(process.execPath, [join(bare, 'electron', 'cli', 'bin.js'), '--help'], {
      cwd: bare,
      env: env(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'privacy-desk: the command line is not built and tsx is not installed: run `npm run build` first.',
    );
  });
});
