// Where "New draft" of a language leads: the draft already in progress (at most one per language), else a new
// draft from the newest published version (one scheduled for the future included), else our template. The core
// decides the same way for `from: 'newest'`; this only says it to the user before they click.
import type { Language } from '../../../shared/contract/notice-content';
import type { NoticeVersionSummary } from '../../../shared/contract/notices';
import { canWithdraw, newestVersion } from '../../../shared/domain/notice-lifecycle';

export type DraftSource =
  | { from: 'template' }
  | { from: 'draft'; draft: NoticeVersionSummary }
  | { from: 'version'; version: NoticeVersionSummary };

export const draftSource = (versions: readonly NoticeVersionSummary[], language: Language): DraftSource => {
  const draft = versions.find((v) => v.language === language && v.status === 'draft');
  if (draft) return { from: 'draft', draft };
  const newest = newestVersion(versions, language);
  return newest ? { from: 'version', version: newest } : { from: 'template' };
};

/** A scheduled version may still be withdrawn (shared canWithdraw); unknown until today's date is known. */
export const mayWithdraw = (v: NoticeVersionSummary, today: string | null): boolean =>
  today !== null && canWithdraw(v, today);

/** Drafts first (newest first), then published versions from the newest number down. */
export const listOrder = (a: NoticeVersionSummary, b: NoticeVersionSummary): number => {
  if ((a.number === null) !== (b.number === null)) return a.number === null ? -1 : 1;
  if (a.number === null || b.number === null) return b.id - a.id;
  return b.number - a.number;
};

/** The version published just before `v` in its language (what a revision is compared with). */
export const previousVersion = (
  versions: readonly NoticeVersionSummary[],
  v: NoticeVersionSummary,
): NoticeVersionSummary | null => {
  const published = versions.filter((o) => o.language === v.language && o.number !== null && o.id !== v.id);
  if (v.number === null)
    return published.find((o) => o.inEffect) ?? published.sort((a, b) => (b.number ?? 0) - (a.number ?? 0))[0] ?? null;
  const vNumber = v.number;
  return (
    published.filter((o) => (o.number ?? 0) < vNumber).sort((a, b) => (b.number ?? 0) - (a.number ?? 0))[0] ?? null
  );
};
