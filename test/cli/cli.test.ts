// The privacy-desk command line: init, users add, audit verify, exit codes and bad input.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/create-core';
import { silentLogger } from '../../electron/core/logger';
import { allowAuditTampering } from '../core/fixtures';
import { cliDatabase, initArgs, runCommand, type CliDatabase } from '../support/cli-runner';
import { ADMIN_PASSWORD, PASSPHRASE, setupInput } from '../support/core-harness';

const dir = mkdtempSync(join(tmpdir(), 'pd-cli-'));
let target: CliDatabase;
let db: string;
let auth: string[];

const run = runCommand;

beforeAll(async () => {
  target = await cliDatabase(dir);
  db = target.db;
  auth = ['--db', db, '--user', 'admin', '--password-env', 'PD_ADMIN_PW', '--passphrase-env', 'PD_PASSPHRASE'];
  process.env.PD_ADMIN_PW = ADMIN_PASSWORD;
  process.env.PD_PASSPHRASE = PASSPHRASE;
  process.env.PD_NEW_PW = 'front-desk-password-1';
  process.env.PD_WRONG = 'not the passphrase at all';
  writeFileSync(join(dir, 'practice.json'), JSON.stringify(setupInput().practice));
  const init = await run(...initArgs(db, join(dir, 'practice.json'), 'PD_ADMIN_PW', 'PD_PASSPHRASE'));
  expect(init.code, init.err).toBe(0);
});

afterAll(async () => {
  await target.drop();
  rmSync(dir, { recursive: true, force: true });
});

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

  it('refuses a wrong passphrase with exit code 1 and leaves the database unchanged', async () => {
    const before = await target.contents();
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
    expect(await target.contents()).toBe(before);
  });

  it('names the exact entry after the audit log is edited by hand', async () => {
    // Below the contract, as someone holding the database key (SQLite) or the server's credentials could.
    const core = await openCore({ dbPath: target.dbPath, server: target.server, osVault: null, logger: silentLogger });
    try {
      const unsealed = await core.dispatch('test', 'app.unseal', { passphrase: PASSPHRASE });
      expect(unsealed.ok).toBe(true);
      const kysely = core.env.store.open.kysely;
      await allowAuditTampering(kysely);
      await sql`UPDATE audit_log SET action = 'users.list' WHERE seq = 2`.execute(kysely);
    } finally {
      await core.close();
    }
    const r = await run(...auth, 'audit', 'verify');
    expect(r.code).toBe(1);
    expect(r.err).toContain('entry 2:');
    expect(r.err).toMatch(/FAILED verification/);
  });

  it('names a deleted audit head copy (a rolled-back database looks like this) and does not re-create it', async () => {
    const headCopy = `${target.dbPath}.audit-head.json`;
    rmSync(headCopy);
    for (let i = 0; i < 2; i += 1) {
      const r = await run(...auth, 'audit', 'verify'); // each run writes an entry, and must not bring the copy back
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/entry \d+: The audit head record kept beside the database is missing\./);
    }
    expect(existsSync(headCopy)).toBe(false);
  });
});
