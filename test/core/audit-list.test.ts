// Settings › Audit log through dispatch: entries told in words with today's names (never stored in the log),
// the filters (who, action, record, practice-time-zone days), keyset pages that stay put while others append,
// and page queries that read an index.
import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageQuery, resolveFilter, type Half } from '../../electron/core/audit/query';
import type { AuditFilter } from '../../shared/contract/audit';
import { onPostgres } from '../support/core-harness';
import { ANA, english, MARIA, openPractice, PASSWORD, spanish, type Practice } from './audit-list-fixture';

let p: Practice;
const list = (filter: AuditFilter = {}, page: { beforeSeq?: number; afterSeq?: number; limit?: number } = {}) =>
  p.h.value(
    'audit.list',
    { limit: page.limit ?? 50, beforeSeq: page.beforeSeq ?? null, afterSeq: page.afterSeq ?? null, filter },
    ANA,
  );

/** Moves the clock on; the idle lock then asks both users for their passwords again. */
const advance = async (minutes: number): Promise<void> => {
  p.h.clock.advanceMinutes(minutes);
  for (const key of [MARIA, ANA]) await p.h.value('auth.unlock', { password: PASSWORD }, key);
};

beforeAll(async () => {
  p = await openPractice();
  await p.h.value('patients.get', { id: p.janeId }, MARIA);
  await p.h.value('patients.search', { query: 'Doe', limit: 5 }, MARIA);
  // A wrong password for an existing account, and a username nobody has.
  await p.h.error('auth.login', { username: 'maria', password: 'not-her-password-1' }, 'test:audit:stranger');
  await p.h.error('auth.login', { username: 'bob', password: 'whatever-password-1' }, 'test:audit:stranger');
});

afterAll(() => p.h.close());

describe('entries in words', () => {
  it('says who viewed which patient, by name and MRN', async () => {
    const { entries } = await list({ action: 'patients.read' });
    expect(entries.map(english)).toEqual(['Maria Lopez viewed patient Jane Doe, MRN A-1006']);
    expect(entries.map(spanish)).toEqual(['Maria Lopez consultó al paciente Jane Doe, n.º de historial médico A-1006']);
  });

  it('tells sign-in failures apart: a known username, and one that does not exist', async () => {
    const { entries } = await list({ action: 'auth.login.failed' });
    expect(entries.map(english)).toEqual([
      'Sign-in failed for a username that does not exist',
      'Sign-in failed for username “maria”',
    ]);
  });

  it('counts the patients a search showed', async () => {
    const { entries } = await list({ action: 'patients.search' });
    expect(entries.map(english)).toEqual(['Maria Lopez searched patients and was shown 1 patient']);
  });

  it('shows the names as they are now: a renamed user and patient read with their new names', async () => {
    await p.h.value('users.update', { userId: p.mariaId, fullName: 'Maria Lopez-Ortiz', role: 'front_desk' });
    // Patients have no rename method yet; the record is changed in place as a future edit would.
    await p.h.sql(sql`UPDATE patients SET last_name = 'Doe-Smith' WHERE id = ${p.janeId}`);
    const { entries } = await list({ action: 'patients.read' });
    expect(entries.map(english)).toEqual(['Maria Lopez-Ortiz viewed patient Jane Doe-Smith, MRN A-1006']);
    // The log itself never held the name.
    const stored = await p.h.sql(sql`SELECT * FROM audit_log`);
    expect(JSON.stringify(stored)).not.toMatch(/Maria|Lopez|Jane|Doe/);
  });
});

describe('filters', () => {
  it('by user: only what that username did', async () => {
    const { entries } = await list({ user: 'maria' });
    expect(new Set(entries.map((e) => e.actorUsername))).toEqual(new Set(['maria']));
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['patients.read', 'patients.search', 'auth.login.failed', 'auth.login']),
    );
    expect((await list({ user: 'nobody-here' })).entries).toEqual([]);
  });

  it('by patient MRN: its own entries and every search that showed it', async () => {
    const { entries } = await list({ record: { kind: 'patient', mrn: 'A-1006' } });
    expect(entries.map((e) => e.action)).toEqual(['patients.search', 'patients.read', 'patients.create']);
    expect((await list({ record: { kind: 'patient', mrn: 'Z-404' } })).entries).toEqual([]);
  });

  it('by user record and by entity type', async () => {
    const ana = await list({ record: { kind: 'user', username: 'ana' } });
    expect(ana.entries.every((e) => e.entity === 'user' && e.entityId === String(p.anaId))).toBe(true);
    expect(ana.entries.map((e) => e.action)).toContain('users.create');
    const practice = await list({ record: { kind: 'entity', entity: 'practice' } });
    expect(practice.entries.map((e) => e.action)).toEqual(['setup.initialize']);
  });

  it('by days in the practice time zone (America/Chicago), both ends included', async () => {
    // The harness clock is 2026-11-02 09:00 in Chicago. 18:30 Chicago is already 2026-11-03 in UTC.
    await advance(9.5 * 60);
    await p.h.value('patients.get', { id: p.janeId }, MARIA);
    await advance(24 * 60);
    await p.h.value('patients.get', { id: p.janeId }, MARIA);
    const day = (from: string, to: string) => list({ action: 'patients.read', from, to });
    expect((await day('2026-11-02', '2026-11-02')).entries.map((e) => e.at)).toEqual([
      '2026-11-03T00:30:00.000Z',
      '2026-11-02T15:00:00.000Z',
    ]);
    expect((await day('2026-11-03', '2026-11-03')).entries.map((e) => e.at)).toEqual(['2026-11-04T00:30:00.000Z']);
    expect((await day('2026-11-02', '2026-11-03')).entries).toHaveLength(3);
    expect((await day('2026-11-04', '2026-11-30')).entries).toEqual([]);
  });

  it('combines filters: all must hold', async () => {
    const { entries } = await list({ user: 'ana', action: 'patients.read' });
    expect(entries).toEqual([]);
  });
});

describe('keyset pages', () => {
  it('pages newest first, and an older page stays the same while entries are appended', async () => {
    for (let i = 0; i < 60; i += 1) await p.h.value('patients.get', { id: p.janeId }, MARIA);
    const filter: AuditFilter = { action: 'patients.read' };
    const first = await list(filter, { limit: 25 });
    expect(first).toMatchObject({ older: true, newer: false });
    const seqs = first.entries.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));

    // Others keep working meanwhile: the next page goes on from where this one ended, with no repeats.
    for (let i = 0; i < 5; i += 1) await p.h.value('patients.get', { id: p.janeId }, MARIA);
    const second = await list(filter, { limit: 25, beforeSeq: seqs.at(-1)! });
    expect(second.entries[0]!.seq).toBeLessThan(seqs.at(-1)!);
    expect(second).toMatchObject({ older: true, newer: true });
    const third = await list(filter, { limit: 25, beforeSeq: second.entries.at(-1)!.seq });
    expect(third.older).toBe(false);
    expect(third.entries).toHaveLength(63 - 50);

    // "Newer" from the second page gives back exactly the first page, and says newer entries have come in.
    const back = await list(filter, { limit: 25, afterSeq: second.entries[0]!.seq });
    expect(back.entries.map((e) => e.seq)).toEqual(seqs);
    expect(back).toMatchObject({ older: true, newer: true });
  });

  // Skipped on PostgreSQL: it reads SQLite's EXPLAIN QUERY PLAN wording; the server's own version follows.
  it.skipIf(onPostgres)('reads a page through an index, for each filter that has one', async () => {
    const { kysely } = p.h.core.env.store.open;
    const plan = async (filter: AuditFilter, half: Half | null = null): Promise<string> => {
      const resolved = await resolveFilter(kysely, filter, 'America/Chicago');
      const q = pageQuery(kysely, resolved, { limit: 50, beforeSeq: 1000, afterSeq: null }, half).compile();
      const { rows } = await kysely.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`EXPLAIN QUERY PLAN ${q.sql}`, [...q.parameters]),
      );
      return rows.map((r) => r.detail).join(' | ');
    };
    // No filter: the table itself in seq (rowid) order, read backwards from beforeSeq and stopped after a page.
    expect(await plan({})).toMatch(/SEARCH audit_log USING INTEGER PRIMARY KEY \(rowid<\?\)/);
    expect(await plan({ user: 'maria' })).toMatch(/USING (COVERING )?INDEX audit_log_actor_seq/);
    expect(await plan({ action: 'patients.read' })).toMatch(/USING (COVERING )?INDEX audit_log_action_seq/);
    expect(await plan({ record: { kind: 'user', username: 'ana' } })).toMatch(/INDEX audit_log_record_seq/);
    // A patient: its own record through the record index, the searches that showed it through the partial index
    // of entries that list patients, each read newest first and merged.
    const jane: AuditFilter = { record: { kind: 'patient', mrn: 'A-1006' } };
    expect(await plan(jane, 'record')).toMatch(/INDEX audit_log_record_seq/);
    expect(await plan(jane, 'subjects')).toMatch(/USING INDEX audit_log_subjects_seq/);
    for (const filter of [{}, { user: 'maria' }, { action: 'patients.read' }] satisfies AuditFilter[])
      expect(await plan(filter)).not.toMatch(/TEMP B-TREE/); // no sort of the whole match: the index is in seq order
  });

  // Runs on PostgreSQL only (SQLite's version is above): its planner picks a plan from table statistics, so with
  // seq and bitmap scans priced out (as a practice's log of many thousands of entries prices them) each filtered
  // page must be an index range read in seq order.
  it.runIf(onPostgres)('reads a page through an index on PostgreSQL, for each filter that has one', async () => {
    const { kysely } = p.h.core.env.store.open;
    const plan = async (filter: AuditFilter, half: Half | null = null): Promise<string> => {
      const resolved = await resolveFilter(kysely, filter, 'America/Chicago');
      const q = pageQuery(kysely, resolved, { limit: 50, beforeSeq: 1000, afterSeq: null }, half).compile();
      return kysely.transaction().execute(async (tx) => {
        await sql`SET LOCAL enable_seqscan = off`.execute(tx);
        await sql`SET LOCAL enable_bitmapscan = off`.execute(tx); // a bitmap read is in heap order, then sorted
        const { rows } = await tx.executeQuery<{ 'QUERY PLAN': string }>(
          CompiledQuery.raw(`EXPLAIN ${q.sql}`, [...q.parameters]),
        );
        return rows.map((r) => r['QUERY PLAN']).join(' | ');
      });
    };
    expect(await plan({})).toMatch(/Index (Only )?Scan Backward using audit_log_pkey/);
    expect(await plan({ user: 'maria' })).toMatch(/using audit_log_actor_seq/);
    expect(await plan({ action: 'patients.read' })).toMatch(/using audit_log_action_seq/);
    expect(await plan({ record: { kind: 'user', username: 'ana' } })).toMatch(/using audit_log_record_seq/);
    const jane: AuditFilter = { record: { kind: 'patient', mrn: 'A-1006' } };
    expect(await plan(jane, 'record')).toMatch(/using audit_log_record_seq/);
    expect(await plan(jane, 'subjects')).toMatch(/using audit_log_subjects_seq/);
    for (const filter of [{}, { user: 'maria' }, { action: 'patients.read' }] satisfies AuditFilter[])
      expect(await plan(filter)).not.toMatch(/Sort/); // no sort of the whole match: the index is in seq order
  });
});
