// The tamper-evident audit log (RELIABILITY.md §5): an HMAC chain keyed outside the database, with
// append-only triggers. With the triggers dropped (an attacker holding the database key), every edit,
// deletion, swap or forgery is still named by seq; tail truncation is caught by the head anchor kept beside it.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeAnchor } from '../../electron/core/audit/anchor';
import { signHead } from '../../electron/core/audit/head';
import { GENESIS_MAC, verifyChain } from '../../electron/core/audit/chain';
import { sql } from 'kysely';
import type { AuditLogTable } from '../../electron/core/db/schema';
import { openHarness, type Harness } from '../support/core-harness';
import { allowAuditTampering } from './fixtures';

let h: Harness;

const rows = (): Promise<AuditLogTable[]> => h.sql<AuditLogTable>(sql`SELECT * FROM audit_log ORDER BY seq`);
const problemsOf = (report: { problems: { seq: number; kind: string }[] }) =>
  report.problems.map(({ seq, kind }) => ({ seq, kind }));
const verifyNow = async () => verifyChain(h.core.env.store.open.keys.auditKey, await rows());

/** The chain's canonical bytes, as a forger who knows the format but not the key would rebuild them. */
const canonical = (r: Omit<AuditLogTable, 'mac' | 'subject_ids'>): string =>
  JSON.stringify([r.seq, r.at, r.actor_id, r.action, r.entity, r.entity_id, r.prev_mac]);
const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

beforeAll(async () => {
  h = await openHarness({ setup: true });
  for (let i = 1; i <= 7; i += 1) {
    await h.value('patients.create', {
      mrn: `A-${i}`,
      firstName: `First${i}`,
      lastName: `Last${i}`,
      dateOfBirth: '1970-01-0' + String(i),
    });
    h.clock.advanceMinutes(1);
  }
});

afterAll(() => h.close());

describe('an untouched audit log', () => {
  it('verifies: ok, every entry counted, the head is the last entry', async () => {
    const before = await rows();
    expect(before.length).toBe(8); // setup + 7 patients
    expect(before[0]?.prev_mac).toBe(GENESIS_MAC);
    const report = await h.value('audit.verify', {});
    expect(report).toEqual({
      ok: true,
      entries: before.length,
      head: { seq: 8, mac: before.at(-1)?.mac },
      problems: [],
    });
    const after = await rows();
    expect(after.at(-1)).toMatchObject({
      seq: 9,
      action: 'audit.verify',
      entity: 'audit_log',
      entity_id: 'ok',
      prev_mac: before.at(-1)?.mac,
    });
  });

  it('numbers entries 1..n without gaps, each linking to the MAC before it', async () => {
    const all = await rows();
    all.forEach((r, i) => {
      expect(r.seq).toBe(i + 1);
      expect(r.prev_mac).toBe(i === 0 ? GENESIS_MAC : all[i - 1]?.mac);
      expect(r.mac).toMatch(/^[0-9a-f]{64}$/);
    });
  });

  it('refuses UPDATE and DELETE in the database itself (append-only triggers)', async () => {
    await expect(h.sql(sql`UPDATE audit_log SET action = 'patients.read' WHERE seq = 3`)).rejects.toThrow(
      'append-only',
    );
    await expect(h.sql(sql`UPDATE audit_log SET actor_id = NULL`)).rejects.toThrow('append-only');
    await expect(h.sql(sql`DELETE FROM audit_log WHERE seq = 5`)).rejects.toThrow('append-only');
    await expect(h.sql(sql`DELETE FROM audit_log`)).rejects.toThrow('append-only');
    expect((await verifyNow()).ok).toBe(true);
  });

  it('fails every entry when verified with the wrong key', async () => {
    const all = await rows();
    const report = verifyChain(randomBytes(32), all);
    expect(report.ok).toBe(false);
    expect(report.problems.filter((p) => p.kind === 'mac').map((p) => p.seq)).toEqual(all.map((r) => r.seq));
  });
});

describe('a tampered audit log (triggers dropped)', () => {
  let snapshot: AuditLogTable[];
  const insert = (r: Omit<AuditLogTable, 'subject_ids'> & { subject_ids?: string | null }) =>
    h.core.env.store.open.kysely
      .insertInto('audit_log')
      .values({ subject_ids: null, ...r })
      .execute();

  beforeAll(() => allowAuditTampering(h.core.env.store.open.kysely));
  beforeEach(async () => {
    snapshot = await rows();
    expect((await verifyNow()).ok).toBe(true);
  });
  afterEach(async () => {
    await h.core.env.store.open.witness.settled();
    await h.sql(sql`DELETE FROM audit_log`);
    for (const r of snapshot) await insert(r);
    // Restoring the snapshot drops entries audit.verify appended: re-anchor both copies of the head, or the
    // next check sees truncation.
    const last = snapshot.at(-1)!;
    const head = signHead(h.core.env.store.open.keys.auditKey, { seq: last.seq, mac: last.mac });
    await h.sql(sql`UPDATE audit_head SET seq = ${head.seq}, mac = ${head.mac}, sig = ${head.sig} WHERE id = 1`);
    await writeAnchor(h.dbPath, head);
  });

  it('names an edited entry as a mac problem at its seq', async () => {
    await h.sql(sql`UPDATE audit_log SET action = 'patients.read' WHERE seq = 3`);
    const report = await h.value('audit.verify', {});
    expect(report.ok).toBe(false);
    expect(problemsOf(report)).toEqual([{ seq: 3, kind: 'mac' }]);
    expect((await rows()).at(-1)).toMatchObject({ action: 'audit.verify', entity_id: 'failed' });
  });

  it.each([
    ['at', `'2020-01-01T00:00:00.000Z'`],
    ['actor_id', 'NULL'],
    ['entity', `'user'`],
    ['entity_id', `'999'`],
  ])('names an entry whose %s was changed', async (column, value) => {
    await h.sql(sql`UPDATE audit_log SET ${sql.ref(column)} = ${sql.raw(value)} WHERE seq = 4`);
    expect(problemsOf(await verifyNow())).toEqual([{ seq: 4, kind: 'mac' }]);
  });

  it('reports a deleted middle entry as a gap at its seq and a broken link on the next', async () => {
    await h.sql(sql`DELETE FROM audit_log WHERE seq = 5`);
    const report = await h.value('audit.verify', {});
    expect(problemsOf(report)).toEqual([
      { seq: 5, kind: 'gap' },
      { seq: 6, kind: 'link' },
    ]);
  });

  it('reports both entries when two entries swap their contents', async () => {
    const [a, b] = [snapshot[1], snapshot[3]] as [AuditLogTable, AuditLogTable];
    await h.sql(sql`DELETE FROM audit_log WHERE seq IN (2, 4)`);
    await insert({ ...b, seq: 2 });
    await insert({ ...a, seq: 4 });
    const problems = problemsOf(await verifyNow());
    expect(problems).toContainEqual({ seq: 2, kind: 'mac' });
    expect(problems).toContainEqual({ seq: 4, kind: 'mac' });
  });

  it('rejects a rebuilt chain whose MACs are plain SHA-256 over the same canonical form', async () => {
    let prev = snapshot[1]?.mac ?? '';
    for (const r of snapshot.slice(2)) {
      const forged = { ...r, action: r.seq === 3 ? 'patients.read' : r.action, prev_mac: prev };
      const mac = sha256(canonical(forged));
      await h.sql(
        sql`UPDATE audit_log SET action = ${forged.action}, prev_mac = ${prev}, mac = ${mac} WHERE seq = ${r.seq}`,
      );
      prev = mac;
    }
    const report = await verifyNow();
    expect(report.problems.filter((p) => p.kind === 'link')).toEqual([]);
    expect(report.problems.filter((p) => p.kind === 'mac').map((p) => p.seq)).toEqual(
      snapshot.slice(2).map((r) => r.seq),
    );
  });

  it('rejects an appended entry forged without the key', async () => {
    const head = snapshot.at(-1) as AuditLogTable;
    const base = {
      seq: head.seq + 1,
      at: head.at,
      actor_id: 1,
      action: 'patients.read',
      entity: 'patient',
      entity_id: '1',
      prev_mac: head.mac,
    };
    await insert({ ...base, mac: sha256(canonical(base)) });
    expect(problemsOf(await verifyNow())).toEqual([{ seq: head.seq + 1, kind: 'mac' }]);
  });

  it('reports entries moved to another seq', async () => {
    await h.sql(sql`UPDATE audit_log SET seq = 100 WHERE seq = 2`);
    const problems = problemsOf(await verifyNow());
    expect(problems).toContainEqual({ seq: 2, kind: 'gap' });
    expect(problems).toContainEqual({ seq: 100, kind: 'mac' });
  });

  it('cannot see tail truncation by itself: the head must be compared with an anchor kept elsewhere', async () => {
    const anchor = (await verifyNow()).head;
    await h.sql(sql`DELETE FROM audit_log WHERE seq = ${snapshot.at(-1)?.seq ?? 0}`);
    const report = await verifyNow();
    expect(report.ok).toBe(true);
    expect(report.head).not.toEqual(anchor);
    expect(report.head?.seq).toBe((anchor?.seq ?? 0) - 1);
  });
});

describe('the audit head anchor kept beside the database', () => {
  let t: Harness;
  beforeEach(async () => {
    t = await openHarness({ setup: true });
    await t.value('patients.search', { query: 'a', limit: 5 });
    await t.value('patients.search', { query: 'b', limit: 5 });
    await t.core.env.store.open.witness.settled(); // the copy beside the database is written after commit
  });
  afterEach(() => t.close());
  const lastSeq = async () =>
    Number((await t.sql<{ last: number }>(sql`SELECT max(seq) AS last FROM audit_log`))[0]?.last);

  it('names entries cut off the end of the log', async () => {
    await allowAuditTampering(t.core.env.store.open.kysely);
    const last = await lastSeq();
    await t.sql(sql`DELETE FROM audit_log WHERE seq >= ${last - 1}`);
    const report = await t.value('audit.verify', {});
    expect(report.ok).toBe(false);
    expect(problemsOf(report)).toEqual([{ seq: last - 1, kind: 'truncated' }]);
  });

  it('reports a missing or forged anchor', async () => {
    const path = `${t.dbPath}.audit-head.json`;
    const anchor = JSON.parse(readFileSync(path, 'utf8')) as { seq: number; mac: string; sig: string };
    writeFileSync(path, JSON.stringify({ ...anchor, seq: anchor.seq - 1 }));
    expect(problemsOf(await t.value('audit.verify', {}))).toEqual([{ seq: anchor.seq - 1, kind: 'anchor' }]);
    rmSync(path);
    expect((await t.value('audit.verify', {})).problems.map((p) => p.kind)).toContain('anchor');
  });

  it('keeps the evidence when work goes on after the cut: later entries do not move the anchor past it', async () => {
    await allowAuditTampering(t.core.env.store.open.kysely);
    const last = await lastSeq();
    await t.sql(sql`DELETE FROM audit_log WHERE seq >= ${last - 1}`);
    t.clock.advanceMinutes(1); // later work, so the new entries differ from the ones cut off
    for (const q of ['c', 'd', 'e', 'f']) await t.value('patients.search', { query: q, limit: 5 });
    const report = await t.value('audit.verify', {});
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.kind)).toEqual(['anchor']);
  });

  it('verifies cleanly while nothing was touched', async () => {
    expect(await t.value('audit.verify', {})).toMatchObject({ ok: true, problems: [] });
  });
});
