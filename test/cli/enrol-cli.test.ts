// Joining a second workstation from the command line (issue 9, "How it will be checked"): on a PostgreSQL
// server on loopback, workstation 1 creates the practice with `init`; an administrator there exports the
// enrolment file; workstation 2, another computer with its own per-user folder, joins with `enrol FILE` and from
// then on reaches the server without --db. What both write lands in one chain that verifies at either. The
// file refuses to be written over, and the passphrase it is wrapped with is the practice's.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initArgs, runCommand } from '../support/cli-runner';
import { ADMIN_PASSWORD, PASSPHRASE, setupInput } from '../support/core-harness';
import { adminQuery, startPostgres, type PostgresServer } from '../support/postgres-server';

const dir = mkdtempSync(join(tmpdir(), 'pd-cli-enrol-'));
let cluster: PostgresServer | undefined;
let url: string;
const secrets = { PD_ADMIN_PW: ADMIN_PASSWORD, PD_PASSPHRASE: PASSPHRASE, PD_NEW_PW: 'first-password-for-staff-1' };

/** Runs the CLI as the named computer would: its own per-user folder (XDG_CONFIG_HOME). */
const at = (computer: 'ws1' | 'ws2', ...args: string[]) => {
  process.env['XDG_CONFIG_HOME'] = join(dir, computer);
  return runCommand(...args);
};
const admin = ['--passphrase-env', 'PD_PASSPHRASE', '--user', 'admin', '--password-env', 'PD_ADMIN_PW'];
const enrolmentFile = join(dir, 'enrolment.json');

beforeAll(async () => {
  cluster = await startPostgres();
  url = await cluster.createDatabase('practice');
  Object.assign(process.env, secrets);
  writeFileSync(join(dir, 'practice.json'), JSON.stringify(setupInput().practice));
  const init = await at('ws1', ...initArgs(url, join(dir, 'practice.json'), 'PD_ADMIN_PW', 'PD_PASSPHRASE'));
  expect(init.code, init.err).toBe(0);
}, 120_000);

afterAll(() => {
  delete process.env['XDG_CONFIG_HOME'];
  cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('privacy-desk enrolment export and enrol', () => {
  it('joins a second workstation, which then reaches the server without --db', async () => {
    const exported = await at('ws1', '--db', url, ...admin, 'enrolment', 'export', '--out', enrolmentFile);
    expect(exported.code, exported.err).toBe(0);
    expect(exported.out).toContain(`Wrote the enrolment file ${enrolmentFile} for postgres@127.0.0.1:`);
    expect(statSync(enrolmentFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(enrolmentFile, 'utf8')).not.toContain(PASSPHRASE);

    const joined = await at('ws2', '--passphrase-env', 'PD_PASSPHRASE', 'enrol', enrolmentFile);
    expect(joined.code, joined.err).toBe(0);
    expect(joined.out).toContain("This workstation joined the practice's database on postgres@127.0.0.1:");
    expect(joined.out).toContain('Commands on this computer now use it without --db.');

    // Workstation 2 adds a user with no --db; workstation 1 sees them, and the chain verifies at both.
    const added = await at(
      'ws2',
      ...admin,
      'users',
      'add',
      '--username',
      'desk2',
      '--name',
      'Dana Desk',
      '--role',
      'front_desk',
      '--new-password-env',
      'PD_NEW_PW',
    );
    expect(added.code, added.err).toBe(0);
    const list = await at('ws1', '--db', url, ...admin, '--json', 'users', 'list');
    expect(JSON.parse(list.out).value.map((u: { username: string }) => u.username)).toContain('desk2');
    for (const computer of ['ws1', 'ws2'] as const) {
      const where = computer === 'ws1' ? ['--db', url] : [];
      const verified = await at(computer, ...where, ...admin, '--json', 'audit', 'verify');
      expect(verified.code, verified.err).toBe(0);
      expect(JSON.parse(verified.out).value).toMatchObject({ ok: true, problems: [] });
    }
  }, 120_000);

  it('refuses every command of a workstation whose app is older than the database, and the plain remote server', async () => {
    await adminQuery(url, `INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-newer', '2027-01-01')`);
    try {
      const stale = await at('ws2', ...admin, 'users', 'list');
      expect(stale.code).toBe(1);
      expect(stale.err).toContain("This computer's Privacy Desk is older than the practice's database: update it.");
    } finally {
      await adminQuery(url, `DELETE FROM kysely_migration WHERE name = '9999-newer'`);
    }
    const plain = await at(
      'ws2',
      '--db',
      'postgres://privacydesk@db.clinic.example/practice?sslmode=disable',
      'users',
      'list',
    );
    expect(plain.code).toBe(2);
    expect(plain.err).toContain('must be encrypted with the server');
  }, 120_000);

  it('refuses to join twice, to write over a file, and a passphrase that is not the practice’s', async () => {
    const again = await at('ws2', '--passphrase-env', 'PD_PASSPHRASE', 'enrol', enrolmentFile);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already joined');

    const over = await at('ws1', '--db', url, ...admin, 'enrolment', 'export', '--out', enrolmentFile);
    expect(over.code).toBe(2);
    expect(over.err).toContain('already exists: choose another file name');

    process.env['PD_OTHER'] = 'some other long passphrase';
    const wrong = await at('ws1', '--db', url, '--passphrase-env', 'PD_OTHER', 'enrol', enrolmentFile);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('That passphrase does not open this enrolment file.');

    const missing = await at('ws1', 'enrol');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Name one enrolment file');
  }, 120_000);
});
