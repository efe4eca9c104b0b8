// Notice of Privacy Practices versions: one draft per language, from the newest version, the template or an
// earlier version; the checklist-gated publication (immutable, hashed, never backdated); withdrawing a scheduled
// version before it takes effect; retirement, comparison and the printed PDFs.
import type { Kysely } from 'kysely';
import type { Language, NoticeContent, PracticeSnapshot } from '../../../shared/contract';
import { localDate } from '../../../shared/domain/dates';
import { blockingItems, describeItem, noticeChecklist } from '../../../shared/domain/notice-checklist';
import {
  canWithdraw,
  newestVersion,
  nextVersionNumber,
  publishViolations,
} from '../../../shared/domain/notice-lifecycle';
import { withStructureOf } from '../../../shared/domain/notice-structure';
import { unknownPlaceholders } from '../../../shared/domain/notice-text';
import { practiceSnapshot } from '../../../shared/domain/practice-snapshot';
import { AppFailure } from '../../../shared/result';
import type { DB } from '../db/schema';
import { Refusal, signedIn, type HandlerMap } from '../handlers';
import { compareVersions } from '../notices/compare';
import { defaultTemplate } from '../notices/templates';
import {
  contentHash,
  datesOf,
  effectiveRowOn,
  loadVersions,
  toSummary,
  toVersion,
  type VersionRow,
} from '../notices/version-rows';
import { renderNoticePdf } from '../pdf/notice-pdf';
import { readPractice } from './settings-store';

interface PracticeNow {
  today: string;
  snapshot: PracticeSnapshot;
}

const practiceNow = async (db: Kysely<DB>, now: Date): Promise<PracticeNow> => {
  const practice = await readPractice(db);
  if (!practice) throw new AppFailure({ code: 'RULE', rule: 'setup.required', message: 'Set up the practice first.' });
  return { today: localDate(now, practice.timeZone), snapshot: practiceSnapshot(practice) };
};

const notFound = new Refusal({ code: 'NOT_FOUND', message: 'No such notice version.' });
const immutable = new Refusal({
  code: 'RULE',
  rule: 'notice.immutable',
  message: 'A published notice cannot be changed. Create a new draft from it instead.',
});

const findRow = (rows: readonly VersionRow[], id: number): VersionRow | undefined => rows.find((r) => r.id === id);

/**
 * The draft of a language, if any. The database allows one (0007's partial unique index); a draft left over from
 * before that rule has no start instant, so the one that has one comes first, then the most recently edited.
 */
const openDraft = (rows: readonly VersionRow[], language: Language): VersionRow | undefined =>
  rows
    .filter((r) => r.language === language && r.published_on === null)
    .sort(
      (a, b) =>
        Number(b.started_at !== null) - Number(a.started_at !== null) ||
        b.updated_at.localeCompare(a.updated_at) ||
        b.id - a.id,
    )[0];

/** Loads everything a handler needs to present versions as of today. */
const loadState = async (db: Kysely<DB>, now: Date) => ({
  rows: await loadVersions(db),
  ...(await practiceNow(db, now)),
});

export const noticeHandlers: Pick<
  HandlerMap,
  | 'notices.list'
  | 'notices.get'
  | 'notices.current'
  | 'notices.createDraft'
  | 'notices.updateDraft'
  | 'notices.discardDraft'
  | 'notices.publish'
  | 'notices.retire'
  | 'notices.withdraw'
  | 'notices.compare'
  | 'notices.pdf'
  | 'notices.template'
> = {
  'notices.list': async (ctx) => {
    const { rows, today } = await loadState(ctx.env.store.open.kysely, ctx.now);
    return rows.map((r) => toSummary(rows, r, today));
  },

  'notices.get': async (ctx) => {
    const { rows, today, snapshot } = await loadState(ctx.env.store.open.kysely, ctx.now);
    const row = findRow(rows, ctx.input.id);
    return row ? toVersion(rows, row, today, snapshot) : notFound;
  },

  'notices.current': async (ctx) => {
    const { rows, today, snapshot } = await loadState(ctx.env.store.open.kysely, ctx.now);
    const row = effectiveRowOn(rows, ctx.input.language, today);
    return row ? toVersion(rows, row, today, snapshot) : noneInEffect(ctx.input.language);
  },

  'notices.template': (ctx) => Promise.resolve(defaultTemplate(ctx.input.language)),

  'notices.createDraft': (ctx) =>
    ctx.tx(async (t) => {
      const me = signedIn(ctx);
      const { rows, today, snapshot } = await loadState(t.db, ctx.now);
      const { language, from } = ctx.input;
      let base: VersionRow | null = null;
      if (typeof from === 'number') {
        const source = findRow(rows, from);
        if (!source) return notFound;
        if (source.language !== language) {
          return new Refusal({
            code: 'RULE',
            rule: 'notice.languageMismatch',
            message: 'A draft starts from a version in the same language.',
          });
        }
        base = source;
      }
      // One draft per language, so two people never edit rival drafts: a second "New draft" opens the first.
      const existing = openDraft(rows, language);
      if (existing) return { draft: toVersion(rows, existing, today, snapshot), existing: true };
      if (from === 'newest') {
        const newest = newestVersion(rows.map(datesOf), language);
        base = newest ? (findRow(rows, newest.id) ?? null) : null;
      }
      let content: NoticeContent = base ? (JSON.parse(base.content) as NoticeContent) : defaultTemplate(language);
      if (from === 'other-language') {
        // This language's template words, the other language's structure. The draft has no base of its own
        // language (it did not start from one of its versions), like a draft from the template.
        const other = newestVersion(rows.map(datesOf), language === 'en' ? 'es' : 'en');
        const source = other ? findRow(rows, other.id) : undefined;
        if (source) content = withStructureOf(content, JSON.parse(source.content) as NoticeContent);
      }
      const { id } = await t.db
        .insertInto('notice_versions')
        .values({
          language,
          number: null,
          content: JSON.stringify(content),
          practice_snapshot: null,
          effective_date: null,
          published_on: null,
          published_by: null,
          change_summary: '',
          material_change: null,
          content_hash: null,
          retired_on: null,
          created_by: me.user.id,
          updated_at: ctx.now.toISOString(),
          started_at: ctx.now.toISOString(),
          base_version_id: base?.id ?? null,
          withdrawn_on: null,
          withdrawn_by: null,
          withdrawn_reason: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await t.audit({ action: 'notices.createDraft', entity: 'notice_version', entityId: id });
      const after = await loadState(t.db, ctx.now);
      return {
        draft: toVersion(after.rows, findRow(after.rows, id) as VersionRow, after.today, after.snapshot),
        existing: false,
      };
    }),

  'notices.updateDraft': (ctx) =>
    ctx.tx(async (t) => {
      const { rows } = await loadState(t.db, ctx.now);
      const row = findRow(rows, ctx.input.id);
      if (!row) return notFound;
      if (row.published_on !== null) return immutable;
      await t.db
        .updateTable('notice_versions')
        .set({ content: JSON.stringify(ctx.input.content), updated_at: ctx.now.toISOString() })
        .where('id', '=', row.id)
        .execute();
      await t.audit({ action: 'notices.updateDraft', entity: 'notice_version', entityId: row.id });
      const after = await loadState(t.db, ctx.now);
      return toVersion(after.rows, findRow(after.rows, row.id) as VersionRow, after.today, after.snapshot);
    }),

  'notices.discardDraft': (ctx) =>
    ctx.tx(async (t) => {
      const row = findRow(await loadVersions(t.db), ctx.input.id);
      if (!row) return notFound;
      if (row.published_on !== null) return immutable;
      await t.db.deleteFrom('notice_versions').where('id', '=', row.id).execute();
      await t.audit({ action: 'notices.discardDraft', entity: 'notice_version', entityId: row.id });
      return { done: true as const };
    }),

  'notices.publish': (ctx) =>
    ctx.tx(async (t) => {
      const me = signedIn(ctx);
      const { rows, today, snapshot } = await loadState(t.db, ctx.now);
      const row = findRow(rows, ctx.input.id);
      if (!row) return notFound;
      if (row.published_on !== null) return immutable;
      const language = row.language as Language;
      const content = JSON.parse(row.content) as NoticeContent;
      const { effectiveDate, changeSummary, materialChange } = ctx.input;

      // Each missing element names the facts its text lacks; each false claim names the rule it contradicts.
      const blocking = blockingItems(noticeChecklist({ content, language, practice: snapshot, effectiveDate }));
      if (blocking.length > 0) {
        const items = blocking.map(describeItem);
        return new Refusal({
          code: 'RULE',
          rule: 'notice.incomplete',
          message: `The notice cannot be published. ${items.join('; ')}.`,
          items,
        });
      }
      const unknown = unknownPlaceholders(content);
      if (unknown.length > 0) {
        const items = unknown.map((u) => `{{${u}}}`);
        return new Refusal({
          code: 'RULE',
          rule: 'notice.unknownPlaceholder',
          message: `Unknown placeholders: ${items.join(', ')}.`,
          items,
        });
      }
      const others = rows.filter((r) => r.id !== row.id).map(datesOf);
      const violations = publishViolations({
        language,
        effectiveDate,
        today,
        changeSummary,
        materialChange,
        versions: others,
      });
      const [first] = violations;
      if (first)
        return new Refusal({
          code: 'RULE',
          rule: first.rule,
          message: violations.map((v) => v.message).join(' '),
          ...(first.params ? { params: first.params } : {}),
        });

      const number = nextVersionNumber(rows, language);
      await t.db
        .updateTable('notice_versions')
        .set({
          number,
          practice_snapshot: JSON.stringify(snapshot),
          effective_date: effectiveDate,
          published_on: today,
          published_by: me.user.id,
          change_summary: changeSummary,
          material_change: materialChange === null ? null : materialChange ? 1 : 0,
          content_hash: contentHash({ language, content, practice: snapshot, effectiveDate }),
          updated_at: ctx.now.toISOString(),
        })
        .where('id', '=', row.id)
        .execute();
      await t.audit({ action: 'notices.publish', entity: 'notice_version', entityId: row.id });
      const after = await loadState(t.db, ctx.now);
      return toVersion(after.rows, findRow(after.rows, row.id) as VersionRow, after.today, after.snapshot);
    }),

  'notices.retire': (ctx) =>
    ctx.tx(async (t) => {
      const { rows, today } = await loadState(t.db, ctx.now);
      const row = findRow(rows, ctx.input.id);
      if (!row) return notFound;
      if (toSummary(rows, row, today).status !== 'superseded') {
        return new Refusal({
          code: 'RULE',
          rule: 'notice.notSuperseded',
          message: 'Only a version that a later version has replaced can be retired.',
        });
      }
      await t.db
        .updateTable('notice_versions')
        .set({ retired_on: today, updated_at: ctx.now.toISOString() })
        .where('id', '=', row.id)
        .execute();
      await t.audit({ action: 'notices.retire', entity: 'notice_version', entityId: row.id });
      const after = await loadVersions(t.db);
      return toSummary(after, findRow(after, row.id) as VersionRow, today);
    }),

  'notices.withdraw': (ctx) =>
    ctx.tx(async (t) => {
      const me = signedIn(ctx);
      const { rows, today } = await loadState(t.db, ctx.now);
      const row = findRow(rows, ctx.input.id);
      if (!row) return notFound;
      if (!canWithdraw(datesOf(row), today)) {
        return new Refusal({
          code: 'RULE',
          rule: 'notice.notScheduled',
          message:
            'Only a published version whose effective date is still to come can be withdrawn; from its effective date on, publish a new version instead.',
        });
      }
      await t.db
        .updateTable('notice_versions')
        .set({
          withdrawn_on: today,
          withdrawn_by: me.user.id,
          withdrawn_reason: ctx.input.reason,
          updated_at: ctx.now.toISOString(),
        })
        .where('id', '=', row.id)
        .execute();
      await t.audit({ action: 'notices.withdraw', entity: 'notice_version', entityId: row.id });
      const after = await loadVersions(t.db);
      return toSummary(after, findRow(after, row.id) as VersionRow, today);
    }),

  'notices.compare': async (ctx) => {
    const { rows, today, snapshot } = await loadState(ctx.env.store.open.kysely, ctx.now);
    const from = findRow(rows, ctx.input.fromId);
    const to = findRow(rows, ctx.input.toId);
    if (!from || !to) return notFound;
    return compareVersions(toVersion(rows, from, today, snapshot), toVersion(rows, to, today, snapshot));
  },

  'notices.pdf': async (ctx) => {
    const { rows, today, snapshot } = await loadState(ctx.env.store.open.kysely, ctx.now);
    const row =
      ctx.input.version === 'current'
        ? effectiveRowOn(rows, ctx.input.language, today)
        : findRow(rows, ctx.input.version);
    if (!row) return ctx.input.version === 'current' ? noneInEffect(ctx.input.language) : notFound;
    const v = toVersion(rows, row, today, snapshot);
    const { pdf, pages } = await renderNoticePdf({
      kind: ctx.input.kind,
      paper: ctx.input.paper,
      language: v.language,
      content: v.content,
      practice: v.practice,
      number: v.number,
      draft: v.status === 'draft',
      withdrawn: v.status === 'withdrawn',
      effectiveDate: v.effectiveDate,
      contentHash: v.contentHash,
      generatedAt: ctx.now,
    });
    const label = v.number === null ? 'draft' : `v${v.number}${v.status === 'withdrawn' ? '-withdrawn' : ''}`;
    return {
      fileName: `notice-${ctx.input.kind}${ctx.input.kind === 'poster' && ctx.input.paper === 'tabloid' ? '-tabloid' : ''}-${v.language}-${label}.pdf`,
      pdfBase64: pdf.toString('base64'),
      pages,
    };
  },
};

const noneInEffect = (language: Language): Refusal =>
  new Refusal({
    code: 'RULE',
    rule: 'notice.noneInEffect',
    message: `No ${language === 'en' ? 'English' : 'Spanish'} notice is in effect today. Publish one first.`,
  });
