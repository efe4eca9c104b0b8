// Joining a workstation to the practice's server (issue 9, item 5): an administrator exports an enrolment file
// wrapped with the practice passphrase; another workstation joins with it, and everyone signs in with their own
// account there. The file never shows the server password or the keys; a wrong passphrase, a file that is not
// one, an edited file and a file for another practice are refused with nothing kept. A database kept on one
// computer has nothing to join. Setup can also create the practice on the server directly.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type OpenedCore } from '../../electron/core/create-core';
import { silentLogger } from '../../electron/core/logger';
import { resolveDatabase } from '../../electron/core/paths';
import { settingsOf } from '../../electron/core/db/server-url';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { adminQuery } from '../support/postgres-server';
import {
  ADMIN_PASSWORD,
  onPostgres,
  openHarness,
  PASSPHRASE,
  SESSION,
  setupInput,
  type Harness,
} from '../support/core-harness';

let h: Harness;
const dirs: string[] = [];
const cores: OpenedCore[] = [];

/** A computer that has never run Privacy Desk: its own per-user folder, no database. */
const freshWorkstation = async (): Promise<{ core: OpenedCore; dir: string }> => {
  const dir = mkdtempSync(join(tmpdir(), 'pd-ws-'));
  dirs.push(dir);
  const core = await openCore({
    dbPath: join(dir, 'privacy-desk.db'),
    osVault: null,
    logger: silentLogger,
    scryptCost: h.scryptCost,
    clock: h.clock,
    workstation: { dir, isDefault: true },
  });
  cores.push(core);
  return { core, dir };
};

/** A typed call to another workstation's core. */
const call = <M extends MethodName>(core: OpenedCore, method: M, input: MethodInput<M>) =>
  core.dispatch(SESSION, method, input) as Promise<Result<MethodOutput<M>>>;

const value = async <T>(p: Promise<Result<T>>): Promise<T> => {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

const exportFile = async (): Promise<string> =>
  (await h.value('workstation.exportEnrolment', { passphrase: PASSPHRASE })).content;

beforeAll(async () => {
  h = await openHarness({ setup: true });
});

afterAll(async () => {
  for (const core of cores) await core.close();
  await h.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

// A SQLite practice has nothing to export; the server-only tests below need the practice's server.
describe.skipIf(onPostgres)('a practice database kept on this computer', () => {
  it('has nothing for another workstation to join', async () => {
    expect(await h.error('workstation.exportEnrolment', { passphrase: PASSPHRASE })).toMatchObject({
      code: 'RULE',
      rule: 'enrol.localDatabase',
      message: expect.stringContaining('kept on this computer only'),
    });
  });
});

describe('setup refuses a plain connection to another computer before connecting', () => {
  it('names the TLS field, and this computer stays without a database', async () => {
    const { core, dir } = await freshWorkstation();
    const r = await call(core, 'setup.initialize', {
      ...setupInput(),
      server: { host: 'db.lakeview.example', port: 5432, database: 'practice', user: 'desk', tls: 'disable' },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(r)).toContain('needs an encrypted connection');
    expect(readdirSync(dir)).toEqual([]);
  });
});

// Enrolment joins the practice's PostgreSQL server: a database file on one computer is not shared.
describe.skipIf(!onPostgres)('joining the practice server with an enrolment file', () => {
  it('joins a second workstation, where the practice’s users sign in and see the same data', async () => {
    await h.value('patients.create', { mrn: 'ENR-1', firstName: 'Ana', lastName: 'Reyes', dateOfBirth: '1980-02-03' });
    const file = await exportFile();
    const { core, dir } = await freshWorkstation();
    const status = await value(call(core, 'setup.enrol', { enrolment: file, passphrase: PASSPHRASE }));
    expect(status).toMatchObject({ database: 'open', setupRequired: false, session: null });
    await value(call(core, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD }));
    const found = await value(call(core, 'patients.search', { query: 'Reyes', limit: 5 }));
    expect(JSON.stringify(found)).toContain('ENR-1');
    // The joined workstation's own copy of the head: present and level, so verify there finds nothing wrong.
    expect(await value(call(core, 'audit.verify', {}))).toMatchObject({ ok: true, problems: [] });
    expect((await value(call(core, 'app.status', {}))).warnings).toEqual([]);
    // The next start of this workstation opens the server without being told where it is.
    const again = resolveDatabase([], {}, dir);
    expect(again.server).toMatchObject({ host: h.server?.host, port: h.server?.port, database: h.server?.database });
    const restarted = await openCore({ ...again, osVault: null, logger: silentLogger, scryptCost: h.scryptCost });
    cores.push(restarted);
    expect(restarted.env.store.state).toBe('sealed');
    await value(call(restarted, 'app.unseal', { passphrase: PASSPHRASE }));
    // Both joins are in the practice's one audit log, with who exported the file.
    const actions = await h.sql<{ action: string; actor_id: number | null }>(
      sql`SELECT action, actor_id FROM audit_log WHERE action IN ('workstation.exportEnrolment', 'setup.enrol') ORDER BY seq`,
    );
    expect(actions).toEqual([
      { action: 'workstation.exportEnrolment', actor_id: 1 },
      { action: 'setup.enrol', actor_id: null },
    ]);
  });

  it('keeps the server password and the keys out of the file and out of the joined workstation’s files', async () => {
    const clusterUrl = process.env['PD_TEST_PG_URL'] as string;
    const name = `pd_${randomUUID().replace(/-/g, '')}`;
    await adminQuery(clusterUrl, `CREATE DATABASE "${name}"`);
    try {
      const password = 'server-password-never-on-disk';
      const first = await freshWorkstation();
      const server = { ...settingsOf({ ...(h.server as NonNullable<typeof h.server>), database: name }), password };
      await value(call(first.core, 'setup.initialize', { ...setupInput(), server }));
      expect(first.core.env.store.server?.database).toBe(name);
      const exported = await value(call(first.core, 'workstation.exportEnrolment', { passphrase: PASSPHRASE }));
      expect(exported.server).toContain(`/${name}`);
      const keys = first.core.env.store.open.keys;
      for (const secret of [password, keys.auditKey.toString('base64'), keys.auditKey.toString('hex')])
        expect(exported.content).not.toContain(secret);
      const second = await freshWorkstation();
      await value(call(second.core, 'setup.enrol', { enrolment: exported.content, passphrase: PASSPHRASE }));
      expect(second.core.env.store.open.keys.serverPassword).toBe(password);
      for (const file of readdirSync(join(second.dir, 'servers')))
        expect(readFileSync(join(second.dir, 'servers', file), 'utf8')).not.toContain(password);
      await first.core.close();
      await second.core.close();
    } finally {
      await adminQuery(clusterUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  });

  it('refuses a wrong passphrase, a file that is not one and an edited file, keeping nothing', async () => {
    const file = await exportFile();
    const { core, dir } = await freshWorkstation();
    const enrol = (enrolment: string, passphrase = PASSPHRASE) => call(core, 'setup.enrol', { enrolment, passphrase });
    expect(await enrol(file, 'not the practice passphrase')).toMatchObject({
      ok: false,
      error: { code: 'RULE', rule: 'vault.wrongPassphrase' },
    });
    expect(await enrol('{"hello": "world"}')).toMatchObject({
      ok: false,
      error: { code: 'RULE', rule: 'enrol.notAnEnrolment' },
    });
    const edited = JSON.parse(file) as { server: { host: string } };
    edited.server.host = 'localhost';
    expect(await enrol(JSON.stringify(edited))).toMatchObject({
      ok: false,
      error: { code: 'RULE', rule: 'enrol.notAnEnrolment' },
    });
    expect(existsSync(join(dir, 'servers'))).toBe(false);
    expect(core.env.store.state).toBe('new');
  });

  it('refuses a file whose server now holds another practice, and a second join of the same workstation', async () => {
    const file = await exportFile();
    const { core, dir } = await freshWorkstation();
    const enrol = () => call(core, 'setup.enrol', { enrolment: file, passphrase: PASSPHRASE });
    const [{ value: id } = { value: '' }] = await h.sql<{ value: string }>(
      sql`SELECT value FROM settings WHERE key = 'practiceId'`,
    );
    await h.sql(sql`UPDATE settings SET value = ${JSON.stringify(randomUUID())} WHERE key = 'practiceId'`);
    try {
      expect(await enrol()).toMatchObject({
        ok: false,
        error: { code: 'RULE', rule: 'enrol.otherPractice', message: expect.stringContaining('a different practice') },
      });
      expect(readdirSync(join(dir, 'servers')).filter((f) => f.endsWith('.keys.json'))).toEqual([]);
    } finally {
      await h.sql(sql`UPDATE settings SET value = ${id} WHERE key = 'practiceId'`);
    }
    expect((await enrol()).ok).toBe(true);
    expect(await enrol()).toMatchObject({
      ok: false,
      error: { code: 'RULE', rule: 'setup.alreadyDone', message: expect.stringContaining('already has its practice') },
    });
    // The same computer after a restart (its database sealed again): it has joined already, and says so.
    const restarted = await openCore({
      ...resolveDatabase([], {}, dir),
      osVault: null,
      logger: silentLogger,
      scryptCost: h.scryptCost,
      workstation: { dir, isDefault: true },
    });
    cores.push(restarted);
    expect(restarted.env.store.state).toBe('sealed');
    expect(await call(restarted, 'setup.enrol', { enrolment: file, passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'RULE', rule: 'setup.alreadyDone', message: expect.stringContaining('has already joined') },
    });
  });

  it('sends a setup aimed at a server that already holds a practice to the enrolment file', async () => {
    const { core, dir } = await freshWorkstation();
    const server = settingsOf(h.server as NonNullable<typeof h.server>);
    const r = await call(core, 'setup.initialize', { ...setupInput(), server });
    expect(r).toMatchObject({ ok: false, error: { code: 'RULE', rule: 'db.exists' } });
    expect(JSON.stringify(r)).toContain('join it with an enrolment file');
    expect(existsSync(join(dir, 'workstation.json'))).toBe(false);
    expect(core.env.store.state).toBe('new');
  });

  it('wraps the file only with the real practice passphrase', async () => {
    expect(await h.error('workstation.exportEnrolment', { passphrase: 'a different long passphrase' })).toMatchObject({
      rule: 'vault.wrongPassphrase',
    });
  });
});
