// Patient search (issue 6 item 5): a query with nothing searchable left after LIKE wildcards are dropped is
// refused and writes nothing, so it cannot list everyone; and each search's audit entry names exactly the
// patients it showed (HIPAA audit controls: who saw whose record), under the entry's MAC.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqliteDb } from '../../electron/core/db/open';
import { openHarness, type Harness } from '../support/core-harness';
import { dropAuditTriggers } from './fixtures';

let h: Harness;
let raw: SqliteDb;
const ids: Record<string, number> = {};

const auditCount = (): number => Number(raw.prepare('SELECT count(*) FROM audit_log').pluck().get());
const lastEntry = () =>
  raw.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1').get() as {
    seq: number;
    action: string;
    subject_ids: string | null;
  };

beforeAll(async () => {
  h = await openHarness({ setup: true });
  raw = h.core.env.store.open.raw;
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
      const before = auditCount();
      const error = await h.error('patients.search', { query, limit: 50 });
      expect(error).toMatchObject({ code: 'RULE', rule: 'patients.queryEmpty', fields: [{ path: 'query' }] });
      expect(error.message).toMatch(/letter or digit/);
      expect(auditCount()).toBe(before);
    },
  );

  it('still finds by what is left once wildcards are dropped', async () => {
    expect((await h.value('patients.search', { query: 'Mar_', limit: 50 })).map((p) => p.lastName)).toEqual([
      'Marlow',
      'Marsh',
    ]);
    expect((await h.value('patients.search', { query: '%Oka', limit: 50 })).map((p) => p.lastName)).toEqual(['Okafor']);
  });

  it('records exactly the patients a search showed (2 of 3), and audit.list shows them', async () => {
    const shown = await h.value('patients.search', { query: 'Mar', limit: 50 });
    expect(shown.map((p) => p.id)).toEqual([ids['Marlow'], ids['Marsh']]);
    const entry = lastEntry();
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
    expect(lastEntry().subject_ids).toBe('[]');
    await h.value('patients.get', { id: ids['Okafor'] ?? 0 });
    expect(lastEntry()).toMatchObject({ action: 'patients.read', subject_ids: null });
    const {
      entries: [listed],
    } = await h.value('audit.list', { limit: 1, beforeSeq: null });
    expect(listed?.subjectIds).toBeNull();
  });

  it('names an entry whose list of patients was changed, added or removed (the MAC covers it)', async () => {
    await h.value('patients.search', { query: 'Marlow', limit: 50 });
    const { seq } = lastEntry();
    await h.value('patients.get', { id: ids['Marsh'] ?? 0 });
    const readSeq = lastEntry().seq;
    expect(await h.value('audit.verify', {})).toMatchObject({ ok: true });
    dropAuditTriggers(raw);
    raw.prepare('UPDATE audit_log SET subject_ids = ? WHERE seq = ?').run(JSON.stringify([ids['Okafor']]), seq);
    raw.prepare('UPDATE audit_log SET subject_ids = ? WHERE seq = ?').run('[1]', readSeq);
    raw.prepare('UPDATE audit_log SET subject_ids = NULL WHERE seq = ?').run(seq - 2);
    const report = await h.value('audit.verify', {});
    expect(report.ok).toBe(false);
    expect(report.problems.map(({ seq: s, kind }) => ({ seq: s, kind }))).toEqual([
      { seq: seq - 2, kind: 'mac' },
      { seq, kind: 'mac' },
      { seq: readSeq, kind: 'mac' },
    ]);
  });
});
