// Patient search (issue 6 item 5): a query with nothing searchable left after LIKE wildcards are dropped is
// refused and writes nothing, so it cannot list everyone; and each search's audit entry names exactly the
// patients it showed (HIPAA audit controls: who saw whose record), under the entry's MAC.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../support/core-harness';
import { allowAuditTampering } from './fixtures';

let h: Harness;
const ids: Record<string, number> = {};

const auditCount = async (): Promise<number> =>
  Number((await h.sql<{ n: number | string }>(sql`SELECT count(*) AS n FROM audit_log`))[0]!.n);
const lastEntry = async () =>
  (
    await h.sql<{ seq: number; action: string; subject_ids: string | null }>(
      sql`SELECT seq, action, subject_ids FROM audit_log ORDER BY seq DESC LIMIT 1`,
    )
  )[0]!;

beforeAll(async () => {
  h = await openHarness({ setup: true });
  for (const [mrn, firstName, lastName] of [
    ['S-1', 'Ana', 'Marlow'],
    ['S-2', 'Ben', 'Marsh'],
    ['S-3', 'Cleo', 'Okafor'],
  ] as const) {
    ids[lastName] = (await h.value('patients.create', { mrn, firstName, lastName, dateOfBirth: '1980-04-05' })).id;
  }
});

afterAll(() => h.close());

describe('patients.search', () => {
  it.each(['_', '%', '  %_ ', '%%', '_%_'])(
    'refuses %j, which has nothing searchable left, and writes nothing',
    async (query) => {
      const before = await auditCount();
      const error = await h.error('patients.search', { query, limit: 50 });
      expect(error).toMatchObject({ code: 'RULE', rule: 'patients.queryEmpty', fields: [{ path: 'query' }] });
      expect(error.message).toMatch(/letter or digit/);
      expect(await auditCount()).toBe(before);
    },
  );

  it('still finds by what is left once wildcards are dropped', async () => {
    expect((await h.value('patients.search', { query: 'Mar_', limit: 50 })).map((p) => p.lastName)).toEqual([
      'Marlow',
      'Marsh',
    ]);
    expect((await h.value('patients.search', { query: '%Oka', limit: 50 })).map((p) => p.lastName)).toEqual(['Okafor']);
  });

  it('finds a name whatever case it is typed in, on SQLite and PostgreSQL alike', async () => {
    const lastNames = async (query: string) =>
      (await h.value('patients.search', { query, limit: 50 })).map((p) => p.lastName);
    expect(await lastNames('mar')).toEqual(['Marlow', 'Marsh']);
    expect(await lastNames('OKA')).toEqual(['Okafor']);
    expect(await lastNames('cLEO')).toEqual(['Okafor']); // the first name
  });

  it('records exactly the patients a search showed (2 of 3), and audit.list shows them', async () => {
    const shown = await h.value('patients.search', { query: 'Mar', limit: 50 });
    expect(shown.map((p) => p.id)).toEqual([ids['Marlow'], ids['Marsh']]);
    const entry = await lastEntry();
    expect(entry).toMatchObject({ action: 'patients.search' });
    expect(JSON.parse(entry.subject_ids ?? 'null')).toEqual([ids['Marlow'], ids['Marsh']]);
    const {
      entries: [listed],
    } = await h.value('audit.list', { limit: 1, beforeSeq: entry.seq + 1 });
    expect(listed).toMatchObject({
      seq: entry.seq,
      action: 'patients.search',
      subjectIds: [ids['Marlow'], ids['Marsh']],
    });
  });

  it('records an empty list for a search that showed nobody, and no list for calls that list no patients', async () => {
    await h.value('patients.search', { query: 'Nobody', limit: 50 });
    expect((await lastEntry()).subject_ids).toBe('[]');
    await h.value('patients.get', { id: ids['Okafor'] ?? 0 });
    expect(await lastEntry()).toMatchObject({ action: 'patients.read', subject_ids: null });
    const {
      entries: [listed],
    } = await h.value('audit.list', { limit: 1, beforeSeq: null });
    expect(listed?.subjectIds).toBeNull();
  });

  it('names an entry whose list of patients was changed, added or removed (the MAC covers it)', async () => {
    await h.value('patients.search', { query: 'Marlow', limit: 50 });
    const { seq } = await lastEntry();
    await h.value('patients.get', { id: ids['Marsh'] ?? 0 });
    const readSeq = (await lastEntry()).seq;
    expect(await h.value('audit.verify', {})).toMatchObject({ ok: true });
    await allowAuditTampering(h.core.env.store.open.kysely);
    await h.sql(sql`UPDATE audit_log SET subject_ids = ${JSON.stringify([ids['Okafor']])} WHERE seq = ${seq}`);
    await h.sql(sql`UPDATE audit_log SET subject_ids = '[1]' WHERE seq = ${readSeq}`);
    await h.sql(sql`UPDATE audit_log SET subject_ids = NULL WHERE seq = ${seq - 2}`);
    const report = await h.value('audit.verify', {});
    expect(report.ok).toBe(false);
    expect(report.problems.map(({ seq: s, kind }) => ({ seq: s, kind }))).toEqual([
      { seq: seq - 2, kind: 'mac' },
      { seq, kind: 'mac' },
      { seq: readSeq, kind: 'mac' },
    ]);
  });

  it('takes a backslash as itself, not as an escape (PostgreSQL LIKE escapes with it by default)', async () => {
    const { id } = await h.value('patients.create', {
      mrn: 'S-4',
      firstName: 'Dee',
      lastName: 'Back\\slash',
      dateOfBirth: '1975-01-02',
    });
    expect((await h.value('patients.search', { query: 'back\\', limit: 50 })).map((p) => p.id)).toEqual([id]);
    expect((await h.value('patients.search', { query: 'Back\\s', limit: 50 })).map((p) => p.id)).toEqual([id]);
  });
});
