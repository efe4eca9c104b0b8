// The privacy-desk command line: init, users add, audit verify, exit codes and bad input.
import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readKeyFile } from '../../electron/core/keys/key-file';
import { createPassphraseVault } from '../../electron/core/keys/passphrase-vault';
import { initArgs, runCommand } from '../support/cli-runner';
import { ADMIN_PASSWORD, PASSPHRASE, setupInput } from '../support/core-harness';

const dir = mkdtempSync(join(tmpdir(), 'pd-cli-'));
const db = join(dir, 'practice.db');
const auth = ['--db', db, '--user', 'admin', '--password-env', 'PD_ADMIN_PW', '--passphrase-env', 'PD_PASSPHRASE'];

const run = runCommand;

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

beforeAll(async () => {
  process.env.PD_ADMIN_PW = ADMIN_PASSWORD;
  process.env.PD_PASSPHRASE = PASSPHRASE;
  process.env.PD_NEW_PW = 'front-desk-password-1';
  process.env.PD_WRONG = 'not the passphrase at all';
  writeFileSync(join(dir, 'practice.json'), JSON.stringify(setupInput().practice));
  const init = await run(...initArgs(db, join(dir, 'practice.json'), 'PD_ADMIN_PW', 'PD_PASSPHRASE'));
  expect(init.code, init.err).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('privacy-desk CLI', () => {
  it('reports a fresh audit log as OK, in JSON with --json', async () => {
    const r = await run(...auth, '--json', 'audit', 'verify');
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out) as { ok: boolean; value: { ok: boolean; entries: number; problems: unknown[] } };
    expect(parsed.value.ok).toBe(true);
    expect(parsed.value.problems).toEqual([]);
    expect(parsed.value.entries).toBeGreaterThanOrEqual(2);
  });

  it('adds a user who can then be listed', async () => {
    const add = await run(
      ...auth,
      'users',
      'add',
      '--username',
      'frontdesk1',
      '--name',
      'Jo Front',
      '--role',
      'front_desk',
      '--new-password-env',
      'PD_NEW_PW',
    );
    expect(add.code, add.err).toBe(0);
    expect(add.out).toContain('frontdesk1');
    const list = await run(...auth, 'users', 'list');
    expect(list.out).toMatch(/frontdesk1\s+front_desk\s+active/);
  });

  it('answers usage errors with exit code 2 and a specific message, and writes nothing', async () => {
    expect(await run('--db', db, 'frobnicate')).toMatchObject({
      code: 2,
      err: expect.stringContaining('Unknown command "frobnicate"'),
    });
    expect(await run(...auth, 'users', 'add', '--bogus')).toMatchObject({
      code: 2,
      err: expect.stringContaining("'--bogus'"),
    });
    expect(await run(...auth.slice(0, 6), '--passphrase-env', 'PD_UNSET_VAR', 'audit', 'verify')).toMatchObject({
      code: 2,
      err: expect.stringContaining('PD_UNSET_VAR'),
    });
    const badRole = await run(
      ...auth,
      'users',
      'add',
      '--username',
      'x1x',
      '--name',
      'X',
      '--role',
      'nurse',
      '--new-password-env',
      'PD_NEW_PW',
    );
    expect(badRole.code).toBe(2);
    expect(badRole.err).toContain('role:');
    const list = await run(...auth, 'users', 'list');
    expect(list.out).not.toContain('x1x');
  });

  it('refuses a wrong passphrase with exit code 1 and leaves the file unchanged', async () => {
    const before = sha(db);
    const r = await run(
      '--db',
      db,
      '--user',
      'admin',
      '--password-env',
      'PD_ADMIN_PW',
      '--passphrase-env',
      'PD_WRONG',
      'audit',
      'verify',
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain('passphrase does not open this database');
    expect(sha(db)).toBe(before);
  });

  it('names the exact entry after the audit log is edited by hand', async () => {
    const file = await readKeyFile(db);
    const keys = await createPassphraseVault(PASSPHRASE).unseal(file!.passphrase);
    const raw = new Database(db);
    raw.pragma(`cipher='sqlcipher'`);
    raw.pragma('legacy=4');
    raw.pragma(`key="x'${keys.dbKey.toString('hex')}'"`);
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare("UPDATE audit_log SET action = 'users.list' WHERE seq = 2").run();
    raw.close();
    const r = await run(...auth, 'audit', 'verify');
    expect(r.code).toBe(1);
    expect(r.err).toContain('entry 2:');
    expect(r.err).toMatch(/FAILED verification/);
  });

  it('names a deleted audit head copy (a rolled-back database looks like this) and does not re-create it', async () => {
    rmSync(`${db}.audit-head.json`);
    for (let i = 0; i < 2; i += 1) {
      const r = await run(...auth, 'audit', 'verify'); // each run writes an entry, and must not bring the copy back
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/entry \d+: The audit head record kept beside the database is missing\./);
    }
    expect(existsSync(`${db}.audit-head.json`)).toBe(false);
  });
});
