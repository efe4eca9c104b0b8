// The launchers: `npm start` (electron/launch.js) runs Electron when a runtime exists and says so in
// one line before falling back to browser mode; the `privacy-desk` bin runs the CLI (built by `npm run build`,
// else the TypeScript via tsx; test/cli/cli-build.test.ts covers the built one without dev dependencies).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

// A stand-in `npm` so `npm run build` is instant and the test does not depend on the whole tree building.
const stubBin = join(scratch, 'bin');
const electronDist = join(scratch, 'electron-dist');
const emptyDist = join(scratch, 'no-electron');
for (const dir of [stubBin, electronDist, emptyDist]) spawnSync('mkdir', ['-p', dir]);
script(stubBin, 'npm', 'exit 0');
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
    const run = spawnSync(process.execPath, [launch, '--db=/tmp/x.db', '--verbose'], {
      env: env({ ELECTRON_OVERRIDE_DIST_PATH: electronDist, ELECTRON_RUN_AS_NODE: '1' }),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stdout).toContain(`electron-args: ${repo} --db=/tmp/x.db --verbose`);
    expect(run.stdout).toContain('run-as-node: unset');
    expect(run.status).toBe(7);
  });

  it('says so in exactly one line and starts browser mode when no runtime exists', async () => {
    const child = spawn(process.execPath, [launch, `--db=${join(scratch, 'db', 'pd.db')}`], {
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
    expect(first).toBe('Electron runtime not available here; starting Privacy Desk in browser mode instead.');
    expect(out.match(/Electron runtime not available/g)).toHaveLength(1);
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
