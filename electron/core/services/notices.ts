// Notice of Privacy Practices versions (their drafts: notice-drafts.ts): reading them, the checklist-gated
// publication (immutable, hashed, never backdated), withdrawing a scheduled version before it takes effect,
// retirement, comparison and the printed PDFs.
import type { Language, NoticeContent } from '../../../shared/contract';
import { blockingItems, describeItem, noticeChecklist } from '../../../shared/domain/notice-checklist';
import { canWithdraw, nextVersionNumber, publishViolations } from '../../../shared/domain/notice-lifecycle';
import { unknownPlaceholders } from '../../../shared/domain/notice-text';
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

import { findRow, immutable, loadState, noneInEffect, notFound } from './notice-state';

export const noticeHandlers: Pick<
  HandlerMap,
  | 'notices.list'
  | 'notices.get'
  | 'notices.current'
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
