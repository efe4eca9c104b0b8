// Where a new draft of a language starts: the version in effect, else the latest published one, else our template.
import type { Language } from '../../../shared/contract/notice-content';
import type { NoticeVersionSummary } from '../../../shared/contract/notices';

export type DraftSource = { from: 'template' } | { from: 'version'; version: NoticeVersionSummary };

export const draftSource = (versions: readonly NoticeVersionSummary[], language: Language): DraftSource => {
  const mine = versions.filter((v) => v.language === language);
  const current = mine.find((v) => v.inEffect);
  if (current) return { from: 'version', version: current };
  const latest = mine.filter((v) => v.status === 'published').sort((a, b) => (b.number ?? 0) - (a.number ?? 0))[0];
  return latest ? { from: 'version', version: latest } : { from: 'template' };
};

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
