// The launchers: `npm start` (electron/launch.js) builds only when the sources changed, runs Electron when a
// runtime exists and says so in one line before falling back to browser mode; the `privacy-desk` bin runs the CLI
// (built by `npm run build`, else the TypeScript via tsx; test/cli/cli-build.test.ts covers the built one without
// dev dependencies).
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const launch = join(repo, 'electron', 'launch.js');
const scratch = mkdtempSync(join(tmpdir(), 'pd-launch-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const script = (dir: string, name: string, body: string): void => {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
};

// A stand-in `npm` so `npm run build` is instant and the test does not depend on the whole tree building: it makes
// out/ and counts its runs in build.log.
const stubBin = join(scratch, 'bin');
const electronDist = join(scratch, 'electron-dist');
const emptyDist = join(scratch, 'no-electron');
for (const dir of [stubBin, electronDist, emptyDist]) spawnSync('mkdir', ['-p', dir]);
script(
  stubBin,
  'npm',
  'echo built >> build.log; [ -n "$FAIL_BUILD" ] && exit 3; mkdir -p out/renderer; touch out/renderer/index.html',
);

/**
 * A copy of the launcher in a small tree of its own, so its build stamp (out/.build-stamp) never marks the real
 * tree as built. node_modules and electron/web are links to the real ones (the runtime lookup, tsx, start.ts).
 */
const fakeRepo = (name: string): { dir: string; launch: string; builds: () => number } => {
  const dir = join(scratch, name);
  for (const sub of ['electron', 'renderer', 'shared', 'assets']) mkdirSync(join(dir, sub), { recursive: true });
  copyFileSync(launch, join(dir, 'electron', 'launch.js'));
  symlinkSync(join(repo, 'electron', 'web'), join(dir, 'electron', 'web'));
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  writeFileSync(join(dir, 'renderer', 'app.ts'), 'export {};\n');
  const log = join(dir, 'build.log');
  return {
    dir,
    launch: join(dir, 'electron', 'launch.js'),
    builds: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0),
  };
};
script(
  electronDist,
  'electron',
  'echo "electron-args: $*"; echo "run-as-node: ${ELECTRON_RUN_AS_NODE:-unset}"; exit 7',
);

const env = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  PATH: `${stubBin}${delimiter}${process.env['PATH'] ?? ''}`,
  ...extra,
});

describe.skipIf(process.platform === 'win32')('electron/launch.js', () => {
  it('runs an installed Electron on the app directory with the arguments, and its exit code', () => {
    const tree = fakeRepo('with-electron');
    const run = spawnSync(process.execPath, [tree.launch, '--db=/tmp/x.db', '--verbose'], {
      env: env({ ELECTRON_OVERRIDE_DIST_PATH: electronDist, ELECTRON_RUN_AS_NODE: '1' }),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stdout).toContain(`electron-args: ${tree.dir} --db=/tmp/x.db --verbose`);
    expect(run.stdout).toContain('run-as-node: unset');
    expect(run.status).toBe(7);
  });

  it('builds only when a source changed since the last build, or when asked to with --rebuild', () => {
    const tree = fakeRepo('rebuilds');
    const start = (...extra: string[]): string => {
      const run = spawnSync(process.execPath, [tree.launch, '--db=/tmp/x.db', ...extra], {
        env: env({ ELECTRON_OVERRIDE_DIST_PATH: electronDist }),
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).toBe(7); // the stand-in Electron ran
      return run.stdout;
    };
    expect(start()).not.toMatch(/up to date/);
    expect(tree.builds()).toBe(1);

    const second = start();
    expect(tree.builds()).toBe(1);
    expect(second.split('\n')[0]).toMatch(/^The build is up to date; starting/);

    // An edited source file (dated a little ahead, so coarse file-system clocks cannot hide it) means a build.
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(tree.dir, 'renderer', 'app.ts'), later, later);
    start();
    expect(tree.builds()).toBe(2);
    start();
    expect(tree.builds()).toBe(2);

    // A new file in a source folder counts too; so does --rebuild, which is not passed on to the app.
    writeFileSync(join(tree.dir, 'shared', 'new.ts'), 'export {};\n');
    const evenLater = new Date(Date.now() + 10_000);
    utimesSync(join(tree.dir, 'shared'), evenLater, evenLater);
    start();
    expect(tree.builds()).toBe(3);
    const forced = start('--rebuild');
    expect(tree.builds()).toBe(4);
    expect(forced).toContain(`electron-args: ${tree.dir} --db=/tmp/x.db\n`);

    // A build that was removed by hand (no page to serve) is built again, whatever the stamp says.
    rmSync(join(tree.dir, 'out', 'renderer'), { recursive: true });
    start();
    expect(tree.builds()).toBe(5);
    start();
    expect(tree.builds()).toBe(5);

    // A failed build (with --rebuild, nothing changed) stops the start, and the next start builds again.
    const failed = spawnSync(process.execPath, [tree.launch, '--rebuild'], {
      env: env({ ELECTRON_OVERRIDE_DIST_PATH: electronDist, FAIL_BUILD: '1' }),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(failed.status).toBe(3);
    expect(failed.stderr).toContain('The build failed; not starting Privacy Desk.');
    expect(tree.builds()).toBe(6);
    start();
    expect(tree.builds()).toBe(7);
  });

  it('says so in exactly one line and starts browser mode when no runtime exists', async () => {
    const tree = fakeRepo('browser-fallback');
    const child = spawn(process.execPath, [tree.launch, `--db=${join(scratch, 'db', 'pd.db')}`], {
      env: env({ ELECTRON_OVERRIDE_DIST_PATH: emptyDist }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const deadline = Date.now() + 60_000;
    while (!out.includes('\n') && Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGTERM');
    await exited;
    const first = out.split('\n')[0];
    expect(first).toBe(
      'Starting Privacy Desk in your web browser: the desktop window is not available on this computer.',
    );
    expect(out.match(/desktop window is not available/g)).toHaveLength(1);
  });

  it('never requires the electron package (its index.js would download the binary)', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(launch, 'utf8');
    expect(source).not.toMatch(
      /require\(\s*['"]electron['"]\s*\)|from\s+['"]electron['"]|import\(\s*['"]electron['"]\s*\)/,
    );
  });
});

describe('electron/cli/bin.js', () => {
  const bin = join(repo, 'electron', 'cli', 'bin.js');

  it('starts with a node shebang', async () => {
    const { readFile } = await import('node:fs/promises');
    expect((await readFile(bin, 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('runs the CLI, built or from source, and forwards the arguments', () => {
    const help = spawnSync(process.execPath, [bin, '--help'], { cwd: scratch, encoding: 'utf8', timeout: 60_000 });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/privacy-desk/);
    const unknown = spawnSync(process.execPath, [bin, 'no-such-command'], {
      cwd: scratch,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no-such-command');
  });
});
