// The audit head (RELIABILITY.md §5, issue 6 item 6): kept in the database, in the same transaction as each
// append, with a signed copy beside the database written after commit. A rolled-back database whose copy was
// deleted is named by verify and the copy is not silently re-created; the copy's temp file never follows a
// planted link; and a copy that cannot be written is a warning in app.status, never a failed save.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type RawBuilder } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { anchorPath } from '../../electron/core/audit/anchor';
import { isGenuine, type SignedHead } from '../../electron/core/audit/head';
import { openCore, type OpenedCore } from '../../electron/core/create-core';
import type { Logger } from '../../electron/core/logger';
import { createPrivateFile } from '../../electron/core/private-files';
import {
  ADMIN_PASSWORD,
  onPostgres,
  openHarness,
  PASSPHRASE,
  SESSION,
  setupInput,
  TEST_SCRYPT_COST,
  type Harness,
} from '../support/core-harness';
import type { AppStatus } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { adminQuery } from '../support/postgres-server';
import { allowAuditTampering } from './fixtures';

let h: Harness | undefined;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  await h?.close();
  h = undefined;
  for (const c of cleanups.splice(0)) await c();
});

const harness = async (): Promise<Harness> => {
  h = await openHarness({ setup: true });
  return h;
};
const settled = (t: Harness) => t.core.env.store.open.witness.settled();
const dbHead = (t: Harness): Promise<SignedHead[]> => t.sql<SignedHead>(sql`SELECT seq, mac, sig FROM audit_head`);
const logHead = async (t: Harness) =>
  (await t.sql<{ seq: number; mac: string }>(sql`SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1`))[0];
const countOf = async (t: Harness, query: RawBuilder<{ n: number }>): Promise<number> =>
  Number((await t.sql(query))[0]?.n);
const fileHead = (t: Harness) => JSON.parse(readFileSync(anchorPath(t.dbPath), 'utf8')) as SignedHead;
const kinds = (report: { problems: { kind: string }[] }) => report.problems.map((p) => p.kind);
const search = (t: Harness, query = 'a') => t.call('patients.search', { query, limit: 5 });

/** Restart without an OS key store: unseal with the passphrase and sign the admin in again. */
const restart = async (t: Harness): Promise<void> => {
  await t.reopen();
  await t.value('app.unseal', { passphrase: PASSPHRASE });
  await t.value('auth.login', { username: 'admin', password: ADMIN_PASSWORD });
};

describe('the head in the database', () => {
  it('is the last entry after every audited call, signed with the audit key, and the copy beside it follows', async () => {
    const t = await harness();
    for (const q of ['a', 'b', 'c']) {
      expect((await search(t, q)).ok).toBe(true);
      const [head] = await dbHead(t);
      expect(head).toMatchObject((await logHead(t))!);
      expect(isGenuine(t.core.env.store.open.keys.auditKey, head!)).toBe(true);
    }
    await settled(t);
    expect(fileHead(t)).toEqual((await dbHead(t))[0]);
    expect(await t.value('audit.verify', {})).toMatchObject({ ok: true, problems: [] });
  });
});

describe('a database rolled back to an older copy', () => {
  /** The cluster the run's PostgreSQL databases live on (copies of a database are made there). */
  const cluster = (): string => process.env['PD_TEST_PG_URL'] ?? '';
  /**
   * Setup and one search, then the database and the files as a backup would hold them; then more work. On
   * PostgreSQL the backup is a copy of the database on the same cluster (as a restore from a dump would be).
   */
  const withOlderCopy = async (): Promise<{ t: Harness; old: string; oldAnchor: string }> => {
    const t = await harness();
    await search(t);
    await t.core.close(); // checkpoints the WAL into the file; on PostgreSQL, closes the pool's connections
    const old = t.server ? `${t.server.database}_old` : join(t.dir, 'old.db');
    const oldAnchor = join(t.dir, 'old.audit-head.json');
    if (t.server) {
      await adminQuery(cluster(), `CREATE DATABASE "${old}" TEMPLATE "${t.server.database}"`);
      cleanups.push(() => adminQuery(cluster(), `DROP DATABASE IF EXISTS "${old}" WITH (FORCE)`));
    } else copyFileSync(t.dbPath, old);
    copyFileSync(anchorPath(t.dbPath), oldAnchor);
    await restart(t);
    for (const q of ['b', 'c', 'd']) await search(t, q);
    await t.value('patients.create', { mrn: 'R-1', firstName: 'Ida', lastName: 'Ray', dateOfBirth: '1990-01-01' });
    await t.core.close();
    return { t, old, oldAnchor };
  };
  const putBack = async (t: Harness, old: string) => {
    if (t.server) {
      await adminQuery(cluster(), `DROP DATABASE "${t.server.database}" WITH (FORCE)`);
      await adminQuery(cluster(), `CREATE DATABASE "${t.server.database}" TEMPLATE "${old}"`);
      return;
    }
    for (const suffix of ['-wal', '-shm']) rmSync(`${t.dbPath}${suffix}`, { force: true });
    copyFileSync(old, t.dbPath);
  };

  it('is caught when the copy beside it was deleted: verify names the missing anchor, and later writes do not re-create it', async () => {
    const { t, old } = await withOlderCopy();
    await putBack(t, old);
    rmSync(anchorPath(t.dbPath));
    await restart(t);
    const report = await t.value('audit.verify', {});
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(
      expect.objectContaining({ kind: 'anchor', message: expect.stringContaining('beside the database is missing') }),
    );
    const status = await t.value('app.status', {});
    expect(status.warnings).toContainEqual(expect.stringContaining('is missing. It is not re-created automatically'));

    for (const q of ['e', 'f']) expect((await search(t, q)).ok).toBe(true);
    await restart(t); // neither the commits nor the next open re-create it
    await settled(t);
    expect(existsSync(anchorPath(t.dbPath))).toBe(false);
    expect(kinds(await t.value('audit.verify', {}))).toContain('anchor');
  });

  it('is caught as truncation when the copy beside it was kept', async () => {
    const { t, old } = await withOlderCopy();
    await putBack(t, old);
    await restart(t);
    const report = await t.value('audit.verify', {});
    expect(kinds(report)).toEqual(['truncated']);
    // The copy stays as evidence: work after the rollback does not move it back.
    const evidence = readFileSync(anchorPath(t.dbPath), 'utf8');
    await search(t, 'z');
    await settled(t);
    expect(readFileSync(anchorPath(t.dbPath), 'utf8')).toBe(evidence);
  });

  it('with its own older copy put back too, cannot be told from the real one (the head must also live elsewhere)', async () => {
    const { t, old, oldAnchor } = await withOlderCopy();
    await putBack(t, old);
    copyFileSync(oldAnchor, anchorPath(t.dbPath));
    await restart(t);
    // A known limit (RELIABILITY.md §5): backup manifests and the review PDF carry the head for this.
    expect(await t.value('audit.verify', {})).toMatchObject({ ok: true });
  });
});

describe('a database whose head row is missing (as after upgrading to 0005-audit-head)', () => {
  const dropHeadRow = (t: Harness) => t.sql(sql`DELETE FROM audit_head`);

  it('takes the log’s last entry as its head at open when the copy beside it vouches for the log', async () => {
    const t = await harness();
    await search(t);
    await settled(t);
    await dropHeadRow(t);
    await restart(t);
    expect((await dbHead(t))[0]).toMatchObject((await logHead(t))!);
    expect(await t.value('audit.verify', {})).toMatchObject({ ok: true, problems: [] });
  });

  it('is not given one when the copy beside it is gone, or names entries the log lost', async () => {
    const t = await harness();
    await search(t);
    await settled(t);
    await dropHeadRow(t);
    rmSync(anchorPath(t.dbPath));
    await restart(t);
    expect(await dbHead(t)).toEqual([]);
    const report = await t.value('audit.verify', {});
    expect(report.problems.filter((p) => p.kind === 'anchor').map((p) => p.message)).toEqual([
      'The audit head record in the database is missing.',
      'The audit head record kept beside the database is missing.',
    ]);

    const u = await openHarness({ setup: true });
    cleanups.push(() => u.close());
    await search(u);
    await search(u, 'b');
    await settled(u);
    await allowAuditTampering(u.core.env.store.open.kysely);
    await u.sql(sql`DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)`);
    await dropHeadRow(u);
    await restart(u);
    expect(await dbHead(u)).toEqual([]); // the copy names entry 3, which the log no longer held at open
    const cut = await u.value('audit.verify', {});
    expect(cut.ok).toBe(false);
    expect(cut.problems.map((p) => p.message)).toEqual([
      'The audit head record in the database is missing.',
      'Entry 3 differs from the one recorded as the audit head.', // entry 3 was written again after the cut
    ]);
  });
});

describe('writing the copy beside the database', () => {
  it('never follows a link planted at the old predictable temp name', async () => {
    const t = await harness();
    const victim = join(t.dir, 'victim.txt');
    writeFileSync(victim, 'untouched');
    symlinkSync(victim, `${anchorPath(t.dbPath)}.${process.pid}.tmp`);
    for (const q of ['a', 'b']) expect((await search(t, q)).ok).toBe(true);
    await settled(t);
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
    expect(fileHead(t)).toEqual((await dbHead(t))[0]);
  });

  it('creates files exclusively: a link or file already at the name is refused and its target left alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-excl-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'untouched');
    symlinkSync(victim, join(dir, 'link'));
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling'));
    expect(() => createPrivateFile(join(dir, 'link'))).toThrow(/EEXIST/);
    expect(() => createPrivateFile(join(dir, 'dangling'))).toThrow(/EEXIST/);
    expect(() => createPrivateFile(victim)).toThrow(/EEXIST/);
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
  });

  it('that cannot be read (a folder in its place): the PHI call still succeeds, the row is saved, app.status warns', async () => {
    const t = await harness();
    await settled(t);
    rmSync(anchorPath(t.dbPath));
    mkdirSync(anchorPath(t.dbPath));
    const result = await t.call('patients.create', {
      mrn: 'W-1',
      firstName: 'Wen',
      lastName: 'Hale',
      dateOfBirth: '1970-02-03',
    });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(await countOf(t, sql`SELECT count(*) AS n FROM patients WHERE mrn = 'W-1'`)).toBe(1);
    expect((await dbHead(t))[0]).toMatchObject((await logHead(t))!);
    const { warnings } = await t.value('app.status', {});
    expect(warnings).toContainEqual(
      expect.stringMatching(/^The audit head copy beside the database .* cannot be read \(EISDIR\)/),
    );
    expect(kinds(await t.value('audit.verify', {}))).toEqual(['anchor']);
  });

  it('that cannot be written: the save succeeds, the failure is logged, app.status warns until a write succeeds', async () => {
    // A real write failure without mocks: the database's name is long enough that the key file's temp name
    // fits in 255 bytes but the anchor's temp name (17 characters longer) does not (ENAMETOOLONG).
    const dir = mkdtempSync(join(tmpdir(), 'pd-head-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const dbPath = join(dir, `${'p'.repeat(222)}.db`);
    // On PostgreSQL the same name is this workstation's base path for its key file and head copy; the database
    // is a fresh one on the run's cluster, made by a harness that is never set up.
    const base = onPostgres ? await openHarness() : null;
    if (base) cleanups.push(() => base.close()); // after the core below closes (it is unshifted)
    const server = base?.server ?? null;
    const errors: unknown[] = [];
    const logger: Logger = { info: () => undefined, error: (_id, err) => errors.push(err) };
    const core: OpenedCore = await openCore({
      dbPath,
      server,
      osVault: null,
      logger,
      checkOutputs: true,
      scryptCost: TEST_SCRYPT_COST,
    });
    cleanups.unshift(() => core.close());
    const setup = await core.dispatch(SESSION, 'setup.initialize', setupInput());
    expect(setup.ok, JSON.stringify(setup)).toBe(true);
    const saved = await core.dispatch(SESSION, 'patients.create', {
      mrn: 'N-1',
      firstName: 'Nia',
      lastName: 'Long',
      dateOfBirth: '1980-01-01',
    });
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    await core.env.store.open.witness.settled();
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM patients`.execute(core.env.store.open.kysely);
    expect(Number(rows[0]?.n)).toBe(1);
    expect(errors.map((e) => (e as NodeJS.ErrnoException).code)).toContain('ENAMETOOLONG');
    const status = (await core.dispatch(SESSION, 'app.status', {})) as Result<AppStatus>;
    expect(status.ok && status.value.warnings).toContainEqual(
      expect.stringContaining('could not be written (ENAMETOOLONG'),
    );
    expect(existsSync(anchorPath(dbPath))).toBe(false);
  });
});
