// One audit chain across workstations (issue 9 item 4): two cores on the practice's PostgreSQL database, the second
// with its own key file and head copy, append at once, and the chain stays gapless and verifies from either, with
// exactly the entries written.
import { sql } from 'kysely';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorPath } from '../../electron/core/audit/anchor';
import { signHead } from '../../electron/core/audit/head';
import { openCore, type OpenedCore } from '../../electron/core/create-core';
import { keyFilePath } from '../../electron/core/keys/key-file';
import { silentLogger } from '../../electron/core/logger';
import type { MethodOutput } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { allowAuditTampering } from './fixtures';
import { ADMIN_PASSWORD, onPostgres, openHarness, PASSPHRASE, SESSION, type Harness } from '../support/core-harness';

let h: Harness;
let other: OpenedCore;
let otherDir: string;

const call = async (core: OpenedCore, method: 'patients.search' | 'patients.create', input: never) => {
  const r = await core.dispatch(SESSION, method, input);
  if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
};
const entries = async (): Promise<number> =>
  Number((await h.sql<{ n: number }>(sql`SELECT count(*) AS n FROM audit_log`))[0]?.n);

// Runs on PostgreSQL only: SQLite is one computer's file, never shared by workstations; and two cores in one test
// process on one SQLite file deadlock (better-sqlite3 waits out busy_timeout synchronously, so the holder of the
// write lock cannot run to its COMMIT).
describe.runIf(onPostgres)('two workstations appending to one audit log', () => {
  beforeAll(async () => {
    h = await openHarness({ setup: true });
    await h.core.env.store.open.witness.settled();
    otherDir = mkdtempSync(join(tmpdir(), 'pd-ws2-'));
    // The second workstation: its own files beside its own base path, as enrolment will leave them (the sealed
    // keys, and the head it has seen).
    const dbPath = join(otherDir, 'practice.db');
    copyFileSync(keyFilePath(h.dbPath), keyFilePath(dbPath));
    copyFileSync(anchorPath(h.dbPath), anchorPath(dbPath));
    other = await openCore({
      dbPath,
      server: h.server,
      osVault: null,
      clock: h.clock,
      logger: silentLogger,
      checkOutputs: true,
      scryptCost: h.scryptCost,
    });
    for (const [method, input] of [
      ['app.unseal', { passphrase: PASSPHRASE }],
      ['auth.login', { username: 'admin', password: ADMIN_PASSWORD }],
    ] as const) {
      const r = await other.dispatch(SESSION, method, input);
      expect(r.ok, JSON.stringify(r)).toBe(true);
    }
  });

  afterAll(async () => {
    await other.close();
    await h.close();
    rmSync(otherDir, { recursive: true, force: true });
  });

  it('keeps every entry, in one gapless chain that verifies from either workstation', async () => {
    const before = await entries();
    const work: Promise<void>[] = [];
    for (let i = 0; i < 10; i += 1) {
      work.push(call(h.core, 'patients.search', { query: `a${i}`, limit: 5 } as never));
      work.push(call(other, 'patients.search', { query: `b${i}`, limit: 5 } as never));
      work.push(
        call(i % 2 ? other : h.core, 'patients.create', {
          mrn: `WS-${i}`,
          firstName: 'Wren',
          lastName: `Station${i}`,
          dateOfBirth: '1980-01-01',
        } as never),
      );
    }
    await Promise.all(work);
    expect(await entries()).toBe(before + 30);
    const seqs = (await h.sql<{ seq: number }>(sql`SELECT seq FROM audit_log ORDER BY seq`)).map((r) => r.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    await h.core.env.store.open.witness.settled();
    await other.env.store.open.witness.settled();

    expect(await h.value('audit.verify', {})).toMatchObject({ ok: true, entries: before + 30, problems: [] });
    const fromOther = await other.dispatch(SESSION, 'audit.verify', {});
    // The first verify was itself an entry.
    expect(fromOther).toMatchObject({ ok: true, value: { ok: true, entries: before + 31, problems: [] } });
  });

  it('catches a log cut off below the newest entry a workstation has seen, at that workstation', async () => {
    await call(other, 'patients.search', { query: 'seen', limit: 5 } as never); // the second workstation's newest
    await other.env.store.open.witness.settled();
    const last = Number((await h.sql<{ n: number }>(sql`SELECT max(seq) AS n FROM audit_log`))[0]?.n);
    // Someone with the database credentials cuts the last two entries and rewinds the head row with them.
    await allowAuditTampering(h.core.env.store.open.kysely);
    const kept = (
      await h.sql<{ seq: number; mac: string }>(sql`SELECT seq, mac FROM audit_log WHERE seq = ${last - 2}`)
    )[0]!;
    const head = signHead(h.core.env.store.open.keys.auditKey, kept);
    await h.sql(sql`DELETE FROM audit_log WHERE seq > ${kept.seq}`);
    await h.sql(sql`UPDATE audit_head SET seq = ${head.seq}, mac = ${head.mac}, sig = ${head.sig} WHERE id = 1`);
    const report = (await other.dispatch(SESSION, 'audit.verify', {})) as Result<MethodOutput<'audit.verify'>>;
    expect(report.ok && report.value.problems.map((p) => p.kind)).toContain('truncated');
  });
});
