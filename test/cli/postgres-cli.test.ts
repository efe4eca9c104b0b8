// The command line on the practice's PostgreSQL server (issue 9): `--db postgres://…` creates the practice on a
// throwaway loopback cluster, and several CLI processes then write at once, as several workstations' copies would:
// every write is kept, each audited once, and the audit chain verifies with exactly the expected entries and no
// gap. A plain connection to a remote host and a password in the address are refused before anything is sent.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initArgs, runCommand as run } from '../support/cli-runner';
import { ADMIN_PASSWORD, PASSPHRASE, setupInput } from '../support/core-harness';
import { startPostgres, type PostgresServer } from '../support/postgres-server';

const repo = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'pd-cli-pg-'));
let server: PostgresServer;
let url: string;
const secrets = { PD_ADMIN_PW: ADMIN_PASSWORD, PD_PASSPHRASE: PASSPHRASE, PD_NEW_PW: 'first-password-for-staff-1' };

const asAdmin = () => [
  '--db',
  url,
  '--passphrase-env',
  'PD_PASSPHRASE',
  '--user',
  'admin',
  '--password-env',
  'PD_ADMIN_PW',
];

/** A separate CLI process, as another workstation's copy of Privacy Desk would be. */
const workstation = (args: string[]): Promise<{ code: number | null; out: string; err: string }> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repo, 'electron', 'cli', 'main.ts'), ...args], {
      cwd: repo,
      env: { ...process.env, ...secrets, XDG_CONFIG_HOME: join(dir, 'config') },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });

const addUser = (username: string) =>
  workstation([
    ...asAdmin(),
    'users',
    'add',
    '--username',
    username,
    '--name',
    `Staff ${username}`,
    '--role',
    'front_desk',
    '--new-password-env',
    'PD_NEW_PW',
  ]);

const verify = async (): Promise<{ ok: boolean; entries: number; head: { seq: number } | null }> => {
  const r = await workstation([...asAdmin(), '--json', 'audit', 'verify']);
  expect(r.code, r.err).toBe(0);
  return (JSON.parse(r.out) as { value: { ok: boolean; entries: number; head: { seq: number } | null } }).value;
};

beforeAll(async () => {
  server = await startPostgres();
  url = await server.createDatabase('practice');
  Object.assign(process.env, secrets, { XDG_CONFIG_HOME: join(dir, 'config') });
  writeFileSync(join(dir, 'practice.json'), JSON.stringify(setupInput().practice));
  const init = await run(...initArgs(url, join(dir, 'practice.json'), 'PD_ADMIN_PW', 'PD_PASSPHRASE'));
  expect(init.code, init.err).toBe(0);
  expect(init.out).toContain(`Created the practice on the server postgres@127.0.0.1:${server.port}/practice`);
}, 120_000);

afterAll(() => {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the CLI on a PostgreSQL server', () => {
  it('keeps every write of five processes writing at once, each audited once, in one gapless chain', async () => {
    // Every CLI run opens the database with the passphrase and signs in (two entries) before it acts; a verify
    // reports the log before its own entry. So one `users add` run appends what lies between two verifies,
    // less the first verify's own entry and the second one's opening two.
    const opening = 2;
    const before = await verify();
    expect((await addUser('first')).code).toBe(0);
    const afterOne = await verify();
    const perRun = afterOne.entries - before.entries - 1 - opening;
    expect(perRun).toBe(opening + 1); // and the user added

    const runs = await Promise.all(['staff1', 'staff2', 'staff3', 'staff4', 'staff5'].map(addUser));
    for (const r of runs) expect(r.code, r.err).toBe(0);

    const after = await verify();
    expect(after.ok).toBe(true);
    // afterOne's own entry, the five runs, and this verify's opening: nothing lost, nothing twice, no gap.
    expect(after.entries).toBe(afterOne.entries + 1 + 5 * perRun + opening);
    expect(after.head?.seq).toBe(after.entries);

    const list = await workstation([...asAdmin(), '--json', 'users', 'list']);
    const users = (JSON.parse(list.out) as { value: { username: string }[] }).value.map((u) => u.username).sort();
    expect(users).toEqual(['admin', 'first', 'staff1', 'staff2', 'staff3', 'staff4', 'staff5']);
  }, 180_000);

  it('refuses the same username from two processes at once: one is added, the other told it exists', async () => {
    const [a, b] = await Promise.all([addUser('twin'), addUser('twin')]);
    expect([a.code, b.code].sort()).toEqual([0, 1]);
    expect([a, b].find((r) => r.code === 1)?.err).toMatch(/taken|exists|duplicate/i);
  }, 120_000);

  it('refuses a plain connection to another computer, and a password in the address, with a usage error', async () => {
    const plain = await run('--db', 'postgres://pd@db.example.org/practice?sslmode=disable', 'users', 'list');
    expect(plain.code).toBe(2);
    expect(plain.err).toContain('must be encrypted with the server’s certificate checked'.replace('’', "'"));
    const withPassword = await run('--db', 'postgres://pd:secret@localhost/practice', 'users', 'list');
    expect(withPassword.code).toBe(2);
    expect(withPassword.err).toContain('Leave the password out of the database address');
    expect(withPassword.err).not.toContain('secret');
  });
});
