// `privacy-desk users recover`: the documented way back in for a sole administrator locked out of a practice
// (issue 6 item 10). The practice passphrase is the proof; the lockout is cleared (and a new password set on
// request), and the audit log records it. Also: `init` refuses a common password or passphrase.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../electron/core/auth/password';
import { openCore } from '../../electron/core/create-core';
import { silentLogger } from '../../electron/core/logger';
import { cliDatabase, initArgs, runCommand as run, type CliDatabase } from '../support/cli-runner';
import { ADMIN_PASSWORD, PASSPHRASE, setupInput } from '../support/core-harness';

const dir = mkdtempSync(join(tmpdir(), 'pd-cli-recover-'));
let target: CliDatabase;
let db: string;
let weak: CliDatabase | undefined;
const practiceFile = join(dir, 'practice.json');
const asAdmin = (passwordEnv: string) => [
  '--db',
  db,
  '--user',
  'admin',
  '--password-env',
  passwordEnv,
  '--passphrase-env',
  'PD_R_PASSPHRASE',
];

/** A core on the practice's database beside the CLI, as the desktop app on this computer would open it. */
const openTestCore = () =>
  openCore({ dbPath: target.dbPath, server: target.server, osVault: null, logger: silentLogger });

/**
 * Five wrong passwords, as a mistyping administrator would (through the same core the CLI opens). The stored
 * hash is swapped for a cheap one of the same password first, so the guesses don't each cost a full scrypt.
 */
const lockAdminOut = async (password: string): Promise<void> => {
  const core = await openTestCore();
  try {
    await core.dispatch('test', 'app.unseal', { passphrase: PASSPHRASE });
    const cheap = await hashPassword(password, { ln: 10, r: 8, p: 1 });
    await core.env.store.open.kysely
      .updateTable('users')
      .set({ password_hash: cheap })
      .where('username', '=', 'admin')
      .execute();
    for (let i = 0; i < 5; i += 1)
      await core.dispatch('test', 'auth.login', { username: 'admin', password: `wrong-password-${i}-x` });
  } finally {
    await core.close();
  }
};

const auditActions = async (): Promise<string[]> => {
  const core = await openTestCore();
  try {
    await core.dispatch('test', 'app.unseal', { passphrase: PASSPHRASE });
    const rows = await core.env.store.open.kysely.selectFrom('audit_log').select('action').orderBy('seq').execute();
    return rows.map((r) => r.action);
  } finally {
    await core.close();
  }
};

beforeAll(async () => {
  target = await cliDatabase(dir);
  db = target.db;
  Object.assign(process.env, {
    PD_R_ADMIN_PW: ADMIN_PASSWORD,
    PD_R_PASSPHRASE: PASSPHRASE,
    PD_R_NEW_PW: 'recovered-by-cli-password-2',
    PD_R_COMMON: 'Password1234!',
    PD_R_WRONG: 'not the practice passphrase',
  });
  writeFileSync(practiceFile, JSON.stringify(setupInput().practice));
  const init = await run(...initArgs(db, practiceFile, 'PD_R_ADMIN_PW', 'PD_R_PASSPHRASE'));
  expect(init.code, init.err).toBe(0);
});

afterAll(async () => {
  await Promise.all([target.drop(), weak?.drop()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('privacy-desk init', () => {
  it('refuses a common password, naming the field, and creates no database', async () => {
    weak = await cliDatabase(dir, 'weak');
    const r = await run(...initArgs(weak.db, practiceFile, 'PD_R_COMMON', 'PD_R_PASSPHRASE'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('This password is on a list of commonly used passwords. Choose another.');
    expect(r.err).toContain('admin.password:');
    expect(await weak.created()).toBe(false);
  });
});

describe('privacy-desk users recover', () => {
  it('lets a locked-out administrator back in with the passphrase, and the audit log records it', async () => {
    await lockAdminOut(ADMIN_PASSWORD);
    const locked = await run(...asAdmin('PD_R_ADMIN_PW'), 'users', 'list');
    expect(locked.code).toBe(1);
    expect(locked.err).toContain('locked');

    const r = await run('--db', db, '--passphrase-env', 'PD_R_PASSPHRASE', 'users', 'recover', '--username', 'admin');
    expect(r, r.err).toMatchObject({ code: 0, out: expect.stringContaining('Recovered admin: cleared its lockout') });
    expect(await run(...asAdmin('PD_R_ADMIN_PW'), 'users', 'list')).toMatchObject({
      code: 0,
      out: expect.stringMatching(/admin\s+admin\s+active/),
    });
    expect((await auditActions()).filter((a) => a.startsWith('users.recover'))).toEqual([
      'users.recoverWithPassphrase',
    ]);
  });

  it('sets a new password from --new-password-env, after which only the new one signs in', async () => {
    await lockAdminOut(ADMIN_PASSWORD);
    const r = await run(
      '--db',
      db,
      '--passphrase-env',
      'PD_R_PASSPHRASE',
      '--json',
      'users',
      'recover',
      '--username',
      'admin',
      '--new-password-env',
      'PD_R_NEW_PW',
    );
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      ok: true,
      value: { username: 'admin', lockoutCleared: true, passwordChanged: true },
    });
    expect((await run(...asAdmin('PD_R_ADMIN_PW'), 'users', 'list')).code).toBe(1);
    expect((await run(...asAdmin('PD_R_NEW_PW'), 'users', 'list')).code).toBe(0);
  });

  it('refuses a wrong passphrase (exit 1), a common new password and a --user (exit 2)', async () => {
    const wrong = await run('--db', db, '--passphrase-env', 'PD_R_WRONG', 'users', 'recover', '--username', 'admin');
    expect(wrong).toMatchObject({ code: 1, err: expect.stringContaining('passphrase does not open this database') });
    const common = await run(
      '--db',
      db,
      '--passphrase-env',
      'PD_R_PASSPHRASE',
      'users',
      'recover',
      '--username',
      'admin',
      '--new-password-env',
      'PD_R_COMMON',
    );
    expect(common).toMatchObject({ code: 2, err: expect.stringContaining('commonly used passwords') });
    const withUser = await run(
      '--db',
      db,
      '--passphrase-env',
      'PD_R_PASSPHRASE',
      '--user',
      'admin',
      'users',
      'recover',
      '--username',
      'admin',
    );
    expect(withUser).toMatchObject({ code: 2, err: expect.stringContaining('leave out --user') });
    const missing = await run('--db', db, '--passphrase-env', 'PD_R_PASSPHRASE', 'users', 'recover');
    expect(missing).toMatchObject({ code: 2, err: expect.stringContaining('--username') });
  });

  it('is in the help text', async () => {
    expect((await run('--help')).out).toMatch(/users recover .*passphrase/);
  });
});
