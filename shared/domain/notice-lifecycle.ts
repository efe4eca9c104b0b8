// A notice version's lifecycle: draft → published (immutable) → superseded when a later version takes
// effect → retired. Which version is in effect on a date, and the rules a publication must meet
// (164.520(b)(1)(viii): the effective date is not before publication; DOMAIN.md §5.10: no backdating).
import type { Language } from '../contract/notice-content';

export interface VersionDates {
  id: number;
  language: Language;
  /** Null for drafts. */
  publishedOn: string | null;
  effectiveDate: string | null;
  retiredOn: string | null;
}

export type VersionStatus = 'draft' | 'published' | 'superseded' | 'retired';

const published = <V extends VersionDates>(versions: readonly V[], language: Language): V[] =>
  versions
    .filter((v) => v.language === language && v.publishedOn !== null && v.effectiveDate !== null)
    .sort((a, b) => (a.effectiveDate ?? '').localeCompare(b.effectiveDate ?? ''));

/** The one version of a language in effect on `date` (YYYY-MM-DD), or null before the first takes effect. */
export const effectiveVersionOn = <V extends VersionDates>(versions: readonly V[], language: Language, date: string): V | null => {
  let current: V | null = null;
  for (const v of published(versions, language)) if ((v.effectiveDate ?? '') <= date) current = v;
  return current;
};

/** The day before the next version of the same language takes effect; null while nothing follows it. */
export const effectiveUntil = (versions: readonly VersionDates[], v: VersionDates): string | null => {
  if (v.effectiveDate === null) return null;
  const next = published(versions, v.language).find((o) => (o.effectiveDate ?? '') > (v.effectiveDate ?? ''));
  if (!next?.effectiveDate) return null;
  const d = new Date(`${next.effectiveDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

export const versionStatus = (versions: readonly VersionDates[], v: VersionDates, today: string): VersionStatus => {
  if (v.publishedOn === null) return 'draft';
  if (v.retiredOn !== null) return 'retired';
  const until = effectiveUntil(versions, v);
  return until !== null && until < today ? 'superseded' : 'published';
};

/** How far ahead a version may be scheduled. */
export const MAX_YEARS_AHEAD = 1;

const addYears = (date: string, years: number): string => `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;

export interface PublishRequest {
  language: Language;
  effectiveDate: string;
  today: string;
  changeSummary: string;
  materialChange: boolean | null;
  /** Whether the publication is a revision (an earlier version of this language was published). */
  versions: readonly VersionDates[];
}

export interface RuleViolation {
  rule: string;
  message: string;
}

/** What stops a draft from being published, apart from the content checklist. */
export const publishViolations = (r: PublishRequest): RuleViolation[] => {
  const out: RuleViolation[] = [];
  // 164.520(b)(1)(viii): a notice cannot take effect before it is published.
  if (r.effectiveDate < r.today) {
    out.push({ rule: 'notice.backdated', message: `The effective date ${r.effectiveDate} is before today (${r.today}); a notice cannot take effect before it is published.` });
  }
  // Not a rule of the regulation but a guard: a mistyped year (2207 for 2027) would otherwise block every later
  // version of the language, since published versions can be neither changed nor withdrawn.
  if (r.effectiveDate > addYears(r.today, MAX_YEARS_AHEAD)) {
    out.push({ rule: 'notice.effectiveDateTooFar', message: `The effective date ${r.effectiveDate} is more than a year away; check the year.` });
  }
  const prior = published(r.versions, r.language);
  const latest = prior.at(-1);
  if (latest?.effectiveDate && r.effectiveDate <= latest.effectiveDate) {
    out.push({ rule: 'notice.effectiveDateOrder', message: `Another version takes effect on ${latest.effectiveDate}; choose a later effective date so that exactly one version is in effect on each day.` });
  }
  if (prior.length > 0 && r.changeSummary.trim() === '') {
    out.push({ rule: 'notice.changeSummaryRequired', message: 'Describe what changed in this revision.' });
  }
  if (prior.length > 0 && r.materialChange === null) {
    out.push({ rule: 'notice.materialChangeRequired', message: 'Say whether this revision is a material change (164.520(b)(3)).' });
  }
  return out;
};
