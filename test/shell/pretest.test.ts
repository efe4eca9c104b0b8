// The pretest step's decisions (test/support/pretest.ts): it finds Chromium where CHROME_PATH, the system or PATH
// says, installs a missing one only where apt-get and root allow, and otherwise stops with one line on what to
// install. apt is never run here: the install branch is checked through the plan it would carry out.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium, findPostgres, planSystemTools, toolsFor } from '../support/system-tools';

const repo = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'pd-pretest-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const emptyPath = join(scratch, 'empty-bin');
mkdirSync(emptyPath);
const fakeChromium = join(scratch, 'chrome-bin', 'chromium');
mkdirSync(join(scratch, 'chrome-bin'));
writeFileSync(fakeChromium, '#!/bin/sh\necho "Chromium 140"\n');
chmodSync(fakeChromium, 0o755);
const fakePgBin = join(scratch, 'pg-bin');
mkdirSync(fakePgBin);
for (const tool of ['initdb', 'pg_ctl']) {
  writeFileSync(join(fakePgBin, tool), '#!/bin/sh\necho "PostgreSQL 15"\n');
  chmodSync(join(fakePgBin, tool), 0o755);
}
const notExecutable = join(scratch, 'not-executable');
writeFileSync(notExecutable, 'text');

/** Runs pretest as npm would, with exactly this environment (a PATH without apt-get unless given one). */
const pretest = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'test', 'support', 'pretest.ts')], {
    cwd: repo,
    env: { HOME: scratch, PATH: emptyPath, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });

const nowhere = [join(scratch, 'no-such-chromium')];
const noPostgres = [join(scratch, 'no-such-postgres')];

describe.skipIf(process.platform === 'win32')('npm test’s pretest step', () => {
  it('stops with one line naming CHROME_PATH when it points at nothing, whatever else is installed', () => {
    const run = pretest({ CHROME_PATH: join(scratch, 'missing', 'chrome') });
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `CHROME_PATH is ${join(scratch, 'missing', 'chrome')}, which is not an executable file: point CHROME_PATH at a Chromium or Chrome executable, or unset it to use the system's Chromium.`,
    ]);
  });

  it('passes when CHROME_PATH is an executable, and says which Chromium the tests will use', () => {
    const run = pretest({ CHROME_PATH: fakeChromium, PG_BIN: fakePgBin });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Chromium at ${fakeChromium}`);
    expect(run.stdout).toContain(`PostgreSQL at ${fakePgBin}`);
  });

  it('refuses a CHROME_PATH that is not executable', () => {
    expect(findChromium({ CHROME_PATH: notExecutable, PATH: emptyPath })).toMatchObject({
      ok: false,
      reason: 'bad-env',
    });
  });

  it('falls back to the system Chromium, then to chromium on PATH', () => {
    expect(findChromium({ PATH: emptyPath }, [fakeChromium])).toEqual({ ok: true, path: fakeChromium });
    expect(findChromium({ PATH: `${emptyPath}:${join(scratch, 'chrome-bin')}` }, nowhere)).toEqual({
      ok: true,
      path: fakeChromium,
    });
  });

  it('installs a missing Chromium with apt only where apt-get and root allow it', () => {
    const tools = toolsFor(nowhere, [fakePgBin]);
    expect(planSystemTools(tools, { PATH: emptyPath }, { canApt: true })).toEqual({
      kind: 'install',
      packages: ['chromium'],
    });
    const stop = planSystemTools(tools, { PATH: emptyPath }, { canApt: false });
    expect(stop).toEqual({
      kind: 'stop',
      message:
        'The end-to-end tests need Chromium: install it (Debian/Ubuntu: `sudo apt-get install chromium`), or set CHROME_PATH to a Chromium or Chrome executable.',
    });
  });

  it('never installs over a wrong CHROME_PATH, even where it could', () => {
    const plan = planSystemTools(
      toolsFor(nowhere, [fakePgBin]),
      { CHROME_PATH: notExecutable, PATH: emptyPath },
      { canApt: true },
    );
    expect(plan.kind).toBe('stop');
  });

  it('is ready, with nothing to install, when Chromium is found', () => {
    expect(planSystemTools(toolsFor([fakeChromium], [fakePgBin]), { PATH: emptyPath }, { canApt: true })).toEqual({
      kind: 'ready',
      found: { Chromium: fakeChromium, PostgreSQL: fakePgBin },
    });
  });

  it('installs a missing PostgreSQL server with apt (with Chromium when both are missing), else says what to install', () => {
    expect(planSystemTools(toolsFor([fakeChromium], noPostgres), { PATH: emptyPath }, { canApt: true })).toEqual({
      kind: 'install',
      packages: ['postgresql'],
    });
    expect(planSystemTools(toolsFor(nowhere, noPostgres), { PATH: emptyPath }, { canApt: true })).toEqual({
      kind: 'install',
      packages: ['chromium', 'postgresql'],
    });
    expect(planSystemTools(toolsFor([fakeChromium], noPostgres), { PATH: emptyPath }, { canApt: false })).toEqual({
      kind: 'stop',
      message:
        'The database tests need the PostgreSQL server: install it (Debian/Ubuntu: `sudo apt-get install postgresql`), or set PG_BIN to the folder holding initdb and pg_ctl.',
    });
  });

  it('finds PostgreSQL through PG_BIN, then the system folders, then initdb on PATH; a wrong PG_BIN stops', () => {
    expect(findPostgres({ PG_BIN: fakePgBin, PATH: emptyPath }, noPostgres)).toEqual({ ok: true, path: fakePgBin });
    expect(findPostgres({ PATH: emptyPath }, [fakePgBin])).toEqual({ ok: true, path: fakePgBin });
    expect(findPostgres({ PATH: `${emptyPath}:${fakePgBin}` }, noPostgres)).toEqual({ ok: true, path: fakePgBin });
    expect(findPostgres({ PG_BIN: emptyPath, PATH: emptyPath }, [fakePgBin])).toMatchObject({
      ok: false,
      reason: 'bad-env',
    });
  });
});
