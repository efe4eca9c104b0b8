// Drafts that follow the newest version, and withdrawing a scheduled one, through the core's door on a real
// encrypted database: one draft per language (also in the database), the base it started from and whether a newer
// version has overtaken it, a withdrawal before the effective date only, kept and audited, that frees its date, and
// the date refusals naming the earliest date allowed. The clock starts on 2026-11-02 in Chicago.
import { sql } from 'kysely';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoticeContent, NoticeVersion } from '../../shared/contract';
import { isUniqueViolation } from '../../electron/core/db/dialect';
import { ADMIN_PASSWORD, openHarness, setupInput, type Harness } from '../support/core-harness';

let h: Harness;
let template: NoticeContent;

const auditRows = (action: string) =>
  h.sql<{ actor_id: number; entity_id: string }>(
    sql`SELECT actor_id, entity_id FROM audit_log WHERE action = ${action} ORDER BY seq`,
  );

/** Starts (or opens) the English draft, gives it `intro`, and publishes it on `effectiveDate`. */
const publish = async (intro: string, effectiveDate: string, first = false): Promise<NoticeVersion> => {
  const { draft } = await h.value('notices.createDraft', { language: 'en', from: 'newest' });
  await h.value('notices.updateDraft', { id: draft.id, content: { ...template, intro } });
  return h.value('notices.publish', {
    id: draft.id,
    effectiveDate,
    changeSummary: first ? '' : intro,
    materialChange: first ? null : false,
  });
};

/** Moves the clock on by whole days; the idle session locks meanwhile. */
const advanceDays = async (days: number): Promise<void> => {
  h.clock.advanceMinutes(days * 24 * 60);
  await h.value('auth.unlock', { password: ADMIN_PASSWORD });
};

beforeAll(async () => {
  h = await openHarness({ setup: true });
  await h.value('practice.update', { ...setupInput().practice, fundraises: true, keepsPart2Records: true });
  template = await h.value('notices.template', { language: 'en' });
});
afterAll(() => h.close());

describe('one draft per language, following the newest version', () => {
  let v1: NoticeVersion;
  let v2: NoticeVersion;

  it('starts from the template while nothing is published, recording who started it and when', async () => {
    const { draft, existing } = await h.value('notices.createDraft', { language: 'en', from: 'newest' });
    expect(existing).toBe(false);
    expect(draft).toMatchObject({
      status: 'draft',
      startedBy: 'Alex Admin',
      startedAt: h.clock.now().toISOString(),
      baseVersionId: null,
      baseVersionNumber: null,
      baseOutdated: false,
    });
    expect(draft.content).toEqual(template);
  });

  it('opens the existing draft on a second "New draft", whatever it asks to start from', async () => {
    const first = (await h.value('notices.list', {})).filter((v) => v.status === 'draft');
    expect(first).toHaveLength(1);
    for (const from of ['newest', 'template'] as const) {
      const again = await h.value('notices.createDraft', { language: 'en', from });
      expect(again.existing).toBe(true);
      expect(again.draft.id).toBe(first[0]!.id);
    }
    expect((await h.value('notices.list', {})).filter((v) => v.status === 'draft')).toHaveLength(1);
    expect(await auditRows('notices.createDraft')).toHaveLength(1); // opening the existing one changes nothing
    // The other language has its own draft.
    const es = await h.value('notices.createDraft', { language: 'es', from: 'newest' });
    expect(es.existing).toBe(false);
    await h.value('notices.discardDraft', { id: es.draft.id });
  });

  it('is enforced by the database too: a second draft row of a language is refused', async () => {
    const [row] = await h.sql<{
      language: string;
      content: string;
      created_by: number;
      updated_at: string;
      started_at: string;
    }>(sql`SELECT * FROM notice_versions WHERE published_on IS NULL`);
    const insert = h.sql(
      sql`INSERT INTO notice_versions (language, content, change_summary, created_by, updated_at, started_at)
          VALUES (${row!.language}, ${row!.content}, '', ${row!.created_by}, ${row!.updated_at}, ${row!.started_at})`,
    );
    await expect(insert).rejects.toSatisfy(isUniqueViolation);
  });

  it('starts the next draft from the newest published version, a scheduled one included', async () => {
    v1 = await publish('First wording.', '2026-11-02', true);
    const next = await h.value('notices.createDraft', { language: 'en', from: 'newest' });
    expect(next.draft).toMatchObject({ baseVersionId: v1.id, baseVersionNumber: 1, baseOutdated: false });
    expect(next.draft.content.intro).toBe('First wording.');
    await h.value('notices.discardDraft', { id: next.draft.id });

    v2 = await publish('Scheduled wording.', '2026-12-01');
    expect(v2).toMatchObject({ status: 'published', inEffect: false, baseVersionId: v1.id });
    const after = await h.value('notices.createDraft', { language: 'en', from: 'newest' });
    expect(after.draft).toMatchObject({ baseVersionId: v2.id, baseVersionNumber: 2, baseOutdated: false });
    expect(after.draft.content.intro).toBe('Scheduled wording.');
    await h.value('notices.discardDraft', { id: after.draft.id });
  });

  it('says when a draft starts behind the newest version: from an older version, or from the template', async () => {
    const older = await h.value('notices.createDraft', { language: 'en', from: v1.id });
    expect(older.draft).toMatchObject({ baseVersionId: v1.id, baseVersionNumber: 1, baseOutdated: true });
    await h.value('notices.discardDraft', { id: older.draft.id });
    const fromTemplate = await h.value('notices.createDraft', { language: 'en', from: 'template' });
    expect(fromTemplate.draft).toMatchObject({ baseVersionId: null, baseOutdated: true });
    await h.value('notices.discardDraft', { id: fromTemplate.draft.id });
    // Published versions are never "behind": the flag is about drafts.
    expect((await h.value('notices.list', {})).every((v) => v.status === 'draft' || !v.baseOutdated)).toBe(true);
  });

  it('says so once a newer version is published after the draft started', async () => {
    // Only a draft left from before the one-draft rule (no start instant, outside the unique index) can see another
    // draft of its language published; make one as the migration leaves it, based on the newest version, beside
    // the current draft that publish() below opens and publishes.
    await h.value('notices.createDraft', { language: 'en', from: 'newest' });
    const [{ id: legacyId }] = (await h.sql<{ id: number }>(
      sql`INSERT INTO notice_versions (language, content, change_summary, created_by, updated_at, base_version_id)
          VALUES ('en', ${JSON.stringify(template)}, '', 1, ${h.clock.now().toISOString()}, ${v2.id}) RETURNING id`,
    )) as [{ id: number }];
    expect((await h.value('notices.get', { id: legacyId })).baseOutdated).toBe(false);
    const v3 = await publish('Third wording.', '2026-12-15');
    expect((await h.value('notices.get', { id: legacyId })).baseOutdated).toBe(true);
    // Withdrawing the newer version puts the draft's base back in front.
    await h.value('notices.withdraw', { id: v3.id, reason: 'Published from the wrong draft.' });
    expect((await h.value('notices.get', { id: legacyId })).baseOutdated).toBe(false);
    await h.value('notices.discardDraft', { id: legacyId });
  });

  it('prints "Effective date: not set yet" on the draft PDF', async () => {
    for (const [language, words] of [
      ['en', 'Effective date: not set yet'],
      ['es', 'Fecha de vigencia: aún no establecida'],
    ] as const) {
      const { draft: d } = await h.value('notices.createDraft', { language, from: 'newest' });
      const pdf = await h.value('notices.pdf', { version: d.id, language, kind: 'full' });
      const doc = await getDocumentProxy(new Uint8Array(Buffer.from(pdf.pdfBase64, 'base64')));
      const { text } = await extractText(doc, { mergePages: true });
      expect(text.replace(/\s+/g, ' ')).toContain(words);
      await h.value('notices.discardDraft', { id: d.id });
    }
  });
});

describe('withdrawing a scheduled version', () => {
  let current: NoticeVersion;
  let scheduled: NoticeVersion;

  beforeAll(async () => {
    const list = await h.value('notices.list', {});
    current = await h.value('notices.current', { language: 'en' });
    const next = list.find((v) => v.language === 'en' && v.status === 'published' && !v.inEffect);
    scheduled = await h.value('notices.get', { id: next!.id });
    expect(scheduled.effectiveDate).toBe('2026-12-01');
  });

  it('needs a reason of 1 to 500 characters', async () => {
    expect(await h.error('notices.withdraw', { id: scheduled.id, reason: '   ' })).toMatchObject({
      code: 'VALIDATION',
    });
    expect(await h.error('notices.withdraw', { id: scheduled.id, reason: 'x'.repeat(501) })).toMatchObject({
      code: 'VALIDATION',
    });
    expect((await h.value('notices.get', { id: scheduled.id })).status).toBe('published');
  });

  it('refuses a version in effect, a draft and an unknown id', async () => {
    expect(await h.error('notices.withdraw', { id: current.id, reason: 'Mistake' })).toMatchObject({
      code: 'RULE',
      rule: 'notice.notScheduled',
    });
    const { draft } = await h.value('notices.createDraft', { language: 'en', from: 'newest' });
    expect(await h.error('notices.withdraw', { id: draft.id, reason: 'Mistake' })).toMatchObject({
      rule: 'notice.notScheduled',
    });
    await h.value('notices.discardDraft', { id: draft.id });
    expect(await h.error('notices.withdraw', { id: 987_654, reason: 'Mistake' })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('keeps the version, marked withdrawn with who, when and why, and writes an audit entry', async () => {
    const before = (await auditRows('notices.withdraw')).length;
    const withdrawn = await h.value('notices.withdraw', { id: scheduled.id, reason: '  The wrong year was typed.  ' });
    expect(withdrawn).toMatchObject({
      id: scheduled.id,
      status: 'withdrawn',
      inEffect: false,
      effectiveUntil: null,
      withdrawnOn: '2026-11-02',
      withdrawnBy: 'Alex Admin',
      withdrawnReason: 'The wrong year was typed.',
      contentHash: scheduled.contentHash,
      number: scheduled.number,
    });
    const entries = await auditRows('notices.withdraw');
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)!.entity_id).toBe(String(scheduled.id));
    expect((await h.value('notices.get', { id: scheduled.id })).content).toEqual(scheduled.content);
    expect(await h.error('notices.withdraw', { id: scheduled.id, reason: 'Again' })).toMatchObject({
      rule: 'notice.notScheduled',
    });
  });

  it('prints as withdrawn, so that a printout is never handed out as a valid notice', async () => {
    const pdf = await h.value('notices.pdf', { version: scheduled.id, language: 'en', kind: 'full' });
    expect(pdf.fileName).toBe(`notice-full-en-v${scheduled.number}-withdrawn.pdf`);
    const doc = await getDocumentProxy(new Uint8Array(Buffer.from(pdf.pdfBase64, 'base64')));
    const { text } = await extractText(doc, { mergePages: false });
    for (const page of text) expect(page.replace(/\s+/g, ' ')).toMatch(/WITHDRAWN.*Version \d+ · WITHDRAWN/);
  });

  it('lets the database change nothing else: the content stays frozen and the withdrawal is final', async () => {
    const id = scheduled.id;
    await expect(h.sql(sql`UPDATE notice_versions SET content = '{}' WHERE id = ${id}`)).rejects.toThrow(/immutable/);
    await expect(h.sql(sql`UPDATE notice_versions SET withdrawn_reason = 'changed' WHERE id = ${id}`)).rejects.toThrow(
      /final/,
    );
    await expect(h.sql(sql`UPDATE notice_versions SET withdrawn_on = NULL WHERE id = ${id}`)).rejects.toThrow(/final/);
    await expect(h.sql(sql`DELETE FROM notice_versions WHERE id = ${id}`)).rejects.toThrow(/immutable/);
  });

  it('never counts as the newest, and frees its date for a new version', async () => {
    const { draft } = await h.value('notices.createDraft', { language: 'en', from: 'newest' });
    expect(draft.baseVersionId).toBe(current.id);
    expect(draft.content.intro).toBe(current.content.intro);
    expect((await h.value('notices.list', {})).find((v) => v.id === current.id)).toMatchObject({
      inEffect: true,
      effectiveUntil: null,
    });
    const replacement = await h.value('notices.publish', {
      id: draft.id,
      effectiveDate: '2026-12-01',
      changeSummary: 'The corrected revision',
      materialChange: false,
    });
    // Numbers are never reused: the withdrawn version keeps its own.
    expect(replacement.number).toBeGreaterThan(scheduled.number!);
    expect((await h.value('notices.list', {})).find((v) => v.id === current.id)).toMatchObject({
      effectiveUntil: '2026-11-30',
    });
  });

  it('never takes effect, even once its date has come', async () => {
    await advanceDays(29); // 2026-12-01
    const list = await h.value('notices.list', {});
    expect(list.find((v) => v.id === scheduled.id)).toMatchObject({ status: 'withdrawn', inEffect: false });
    const inEffect = list.filter((v) => v.language === 'en' && v.inEffect);
    expect(inEffect).toHaveLength(1);
    expect(inEffect[0]!.effectiveDate).toBe('2026-12-01');
    expect(inEffect[0]!.id).not.toBe(scheduled.id);
    expect((await h.value('notices.current', { language: 'en' })).id).toBe(inEffect[0]!.id);
  });

  it('can no longer be withdrawn on its effective date: today counts as in effect', async () => {
    const tomorrow = await publish('Takes effect tomorrow.', '2026-12-02');
    await advanceDays(1);
    expect(await h.error('notices.withdraw', { id: tomorrow.id, reason: 'Too late' })).toMatchObject({
      rule: 'notice.notScheduled',
    });
    expect((await h.value('notices.current', { language: 'en' })).id).toBe(tomorrow.id);
  });
});

describe('a date refusal names the earliest date allowed', () => {
  it('for a backdated version: today', async () => {
    const { draft } = await h.value('notices.createDraft', { language: 'es', from: 'newest' });
    const error = await h.error('notices.publish', {
      id: draft.id,
      effectiveDate: '2026-11-20',
      changeSummary: '',
      materialChange: null,
    });
    expect(error).toMatchObject({ rule: 'notice.backdated', params: { earliestDate: '2026-12-02' } });
    await h.value('notices.discardDraft', { id: draft.id });
  });

  it('for a date on or before the last version: the day after it', async () => {
    const { draft } = await h.value('notices.createDraft', { language: 'en', from: 'newest' });
    await h.value('notices.publish', {
      id: draft.id,
      effectiveDate: '2027-01-10',
      changeSummary: 'Scheduled for January',
      materialChange: false,
    });
    const next = await h.value('notices.createDraft', { language: 'en', from: 'newest' });
    const error = await h.error('notices.publish', {
      id: next.draft.id,
      effectiveDate: '2027-01-10',
      changeSummary: 'Same day',
      materialChange: false,
    });
    expect(error).toMatchObject({ rule: 'notice.effectiveDateOrder', params: { earliestDate: '2027-01-11' } });
    await h.value('notices.discardDraft', { id: next.draft.id });
  });
});
