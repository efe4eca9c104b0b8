// Plain words for notice versions: status badges, version names, effective periods, PDF kinds, languages.
import type { Language } from '../../../shared/contract/notice-content';
import type { NoticeVersionSummary, PdfKind } from '../../../shared/contract/notices';
import { longDate } from '../../../shared/domain/dates';

export type StatusKey = 'draft' | 'published' | 'in_effect' | 'superseded' | 'retired';

export const STATUS: Readonly<Record<StatusKey, { label: string; color: string }>> = {
  draft: { label: 'Draft', color: 'gray' },
  published: { label: 'Published', color: 'blue' },
  in_effect: { label: 'In effect', color: 'green' },
  superseded: { label: 'Superseded', color: 'orange' },
  retired: { label: 'Retired', color: 'dark' },
};

export const statusKey = (v: Pick<NoticeVersionSummary, 'status' | 'inEffect'>): StatusKey =>
  v.inEffect ? 'in_effect' : v.status;

export const LANGUAGE_LABEL: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' };
/** "the English notice" / "the Spanish notice", for sentences written in English. */
export const LANGUAGE_IN_SENTENCE: Readonly<Record<Language, string>> = { en: 'English', es: 'Spanish' };

export const versionName = (v: Pick<NoticeVersionSummary, 'number'>): string =>
  v.number === null ? 'Draft' : `Version ${v.number}`;

/** "Version 2 (English)" / "Draft (Español)": names a version wherever both languages are listed together. */
export const versionTitle = (v: Pick<NoticeVersionSummary, 'number' | 'language'>): string =>
  `${versionName(v)} (${LANGUAGE_LABEL[v.language]})`;

export const dateText = (date: string): string => longDate(date, 'en');

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mar 1, 2027", for tables. */
export const shortDate = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${SHORT_MONTHS[m - 1] ?? ''} ${d}, ${y}`;
};

/** "March 1, 2027 – February 28, 2028", "From March 1, 2027", or null for a draft; `short` for tables. */
export const effectivePeriod = (
  v: Pick<NoticeVersionSummary, 'effectiveDate' | 'effectiveUntil'>,
  format: (date: string) => string = dateText,
): string | null => {
  if (v.effectiveDate === null) return null;
  return v.effectiveUntil === null
    ? `From ${format(v.effectiveDate)}`
    : `${format(v.effectiveDate)} – ${format(v.effectiveUntil)}`;
};

export const PDF_KIND: Readonly<Record<PdfKind, { label: string; description: string }>> = {
  full: { label: 'Full notice', description: 'The complete notice, to hand to patients and post on the website.' },
  summary: {
    label: 'Layered summary',
    description: 'A short summary of rights and uses (1–2 pages), with where to get the full notice.',
  },
  'large-print': { label: 'Large print', description: 'The full notice in large type for patients with low vision.' },
  poster: {
    label: 'Waiting-room poster',
    description: 'One page in big type: rights in brief, where to get the notice, whom to contact.',
  },
  tpo: {
    label: 'Treatment, payment and operations handout',
    description: 'One page of how the practice uses information, with its examples.',
  },
};

/** Short form of a SHA-256 for tables; the full hash is printed in every PDF footer. */
export const shortHash = (hash: string): string => hash.slice(0, 12);
