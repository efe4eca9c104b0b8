// `privacy-desk users add` and `users list` with accounts a practice can run (issue 7 item 6): a user added by an
// administrator chooses their own password at the first sign-in, which the list says until they have; a user
// who has not yet done so can run no command in their own name.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliDatabase, initArgs, runCommand as run, type CliDatabase } from '../support/cli-runner';
import { ADMIN_PASSWORD, PASSPHRASE, setupInput } from '../support/core-harness';

const dir = mkdtempSync(join(tmpdir(), 'pd-cli-users-'));
let target: CliDatabase;
let common: string[];
let asAdmin: string[];

beforeAll(async () => {
  target = await cliDatabase(dir);
  common = ['--db', target.db, '--passphrase-env', 'PD_PASSPHRASE'];
  asAdmin = [...common, '--user', 'admin', '--password-env', 'PD_ADMIN_PW'];
  process.env.PD_ADMIN_PW = ADMIN_PASSWORD;
  process.env.PD_PASSPHRASE = PASSPHRASE;
  process.env.PD_OFFICER_PW = 'officer-first-password-1';
  writeFileSync(join(dir, 'practice.json'), JSON.stringify(setupInput().practice));
  const init = await run(...initArgs(target.db, join(dir, 'practice.json'), 'PD_ADMIN_PW', 'PD_PASSPHRASE'));
  expect(init.code, init.err).toBe(0);
});

afterAll(async () => {
  await target.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('privacy-desk users', () => {
  it('adds a user who must choose their own password, and lists them so until they do', async () => {
    const add = await run(
      ...asAdmin,
      'users',
      'add',
      '--username',
      'olga',
      '--name',
      'Olga Officer',
      '--role',
      'privacy_officer',
      '--new-password-env',
      'PD_OFFICER_PW',
    );
    expect(add.code, add.err).toBe(0);
    expect(add.out).toContain('They choose their own password at their first sign-in.');
    const list = await run(...asAdmin, 'users', 'list');
    expect(list.out).toMatch(
      /olga\s+privacy_officer\s+active\s+Olga Officer {2}\(chooses a new password at next sign-in\)/,
    );
    expect(list.out).toMatch(/admin\s+admin\s+active\s+Alex Admin\n|admin\s+admin\s+active\s+Alex Admin$/);

    const asOlga = await run(...common, '--user', 'olga', '--password-env', 'PD_OFFICER_PW', 'audit', 'verify');
    expect(asOlga.code).toBe(1);
    expect(asOlga.err).toContain('choose your own before going on');
  });
});
