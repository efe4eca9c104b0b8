// The pretest step's decisions (test/support/pretest.ts): it finds Chromium where CHROME_PATH, the system or PATH
// says, installs a missing one only where apt-get and root allow, and otherwise stops with one line on what to
// install. apt is never run here: the install branch is checked through the plan it would carry out.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium, planSystemTools, toolsFor } from '../support/system-tools';

const repo = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'pd-pretest-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const emptyPath = join(scratch, 'empty-bin');
mkdirSync(emptyPath);
const fakeChromium = join(scratch, 'chrome-bin', 'chromium');
mkdirSync(join(scratch, 'chrome-bin'));
writeFileSync(fakeChromium, '#!/bin/sh\necho "Chromium 140"\n');
chmodSync(fakeChromium, 0o755);
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

describe.skipIf(process.platform === 'win32')('npm test’s pretest step', () => {
  it('stops with one line naming CHROME_PATH when it points at nothing, whatever else is installed', () => {
    const run = pretest({ CHROME_PATH: join(scratch, 'missing', 'chrome') });
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `CHROME_PATH is ${join(scratch, 'missing', 'chrome')}, which is not an executable file: point CHROME_PATH at a Chromium or Chrome executable, or unset it to use the system's Chromium.`,
    ]);
  });

  it('passes when CHROME_PATH is an executable, and says which Chromium the tests will use', () => {
    const run = pretest({ CHROME_PATH: fakeChromium });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Chromium at ${fakeChromium}`);
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
    const tools = toolsFor(nowhere);
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
    const plan = planSystemTools(toolsFor(nowhere), { CHROME_PATH: notExecutable, PATH: emptyPath }, { canApt: true });
    expect(plan.kind).toBe('stop');
  });

  it('is ready, with nothing to install, when Chromium is found', () => {
    expect(planSystemTools(toolsFor([fakeChromium]), { PATH: emptyPath }, { canApt: true })).toEqual({
      kind: 'ready',
      found: { Chromium: fakeChromium },
    });
  });
});
