// Drafts of the Notice of Privacy Practices: one per language, started from the newest version, the template,
// an earlier version or the other language's structure; saved as typed; discarded while unpublished.
import type { NoticeContent } from '../../../shared/contract';
import { newestVersion } from '../../../shared/domain/notice-lifecycle';
import { withStructureOf } from '../../../shared/domain/notice-structure';
import { Refusal, signedIn, type HandlerMap } from '../handlers';
import { defaultTemplate } from '../notices/templates';
import { datesOf, loadVersions, toVersion, type VersionRow } from '../notices/version-rows';

import { findRow, immutable, loadState, notFound, openDraft } from './notice-state';

export const noticeDraftHandlers: Pick<
  HandlerMap,
  'notices.createDraft' | 'notices.updateDraft' | 'notices.discardDraft'
> = {
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
};
