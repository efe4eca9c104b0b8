// A notice version's lifecycle: draft → published (immutable) → superseded when a later version takes
// effect → retired; or published → withdrawn, while it is still scheduled for a future day. Which version is in
// effect on a date, which one a new draft follows, and the rules a publication must meet
// (164.520(b)(1)(viii): the effective date is not before publication; DOMAIN.md §5.10: no backdating).
import type { Language } from '../contract/notice-content';
import type { PublishRuleCode } from '../contract/notices';

export interface VersionDates {
  id: number;
  language: Language;
  /** Null for drafts. */
  publishedOn: string | null;
  effectiveDate: string | null;
  retiredOn: string | null;
  /** Set when a scheduled version was withdrawn before its effective date; absent or null otherwise. */
  withdrawnOn?: string | null;
}

export type VersionStatus = 'draft' | 'published' | 'superseded' | 'retired' | 'withdrawn';

const isWithdrawn = (v: VersionDates): boolean => v.withdrawnOn !== undefined && v.withdrawnOn !== null;

/**
 * The versions of a language that count, oldest effective date first: published and not withdrawn. A withdrawn
 * version never took effect, so it is left out of every rule below (in effect, supersession, date order).
 */
const published = <V extends VersionDates>(versions: readonly V[], language: Language): V[] =>
  versions
    .filter((v) => v.language === language && v.publishedOn !== null && v.effectiveDate !== null && !isWithdrawn(v))
    .sort((a, b) => (a.effectiveDate ?? '').localeCompare(b.effectiveDate ?? ''));

/** The one version of a language in effect on `date` (YYYY-MM-DD), or null before the first takes effect. */
export const effectiveVersionOn = <V extends VersionDates>(
  versions: readonly V[],
  language: Language,
  date: string,
): V | null => {
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
  if (isWithdrawn(v)) return 'withdrawn';
  if (v.retiredOn !== null) return 'retired';
  const until = effectiveUntil(versions, v);
  return until !== null && until < today ? 'superseded' : 'published';
};

/**
 * Whether a published version may still be withdrawn: only while it is scheduled, i.e. its effective date is
 * after today. On its effective date it is in effect and patients may already have been given it
 * (164.520(c)(2)), so from then on only a later version can replace it.
 */
export const canWithdraw = (v: VersionDates, today: string): boolean =>
  v.publishedOn !== null &&
  v.effectiveDate !== null &&
  !isWithdrawn(v) &&
  v.retiredOn === null &&
  v.effectiveDate > today;

/**
 * The version a new draft follows: the published version of the language with the latest effective date, also
 * when that date is still to come (a scheduled version is the newest wording). Never a draft or a withdrawn one.
 */
export const newestVersion = <V extends VersionDates>(versions: readonly V[], language: Language): V | null =>
  published(versions, language).at(-1) ?? null;

/**
 * Whether a draft's base is behind: a newer version of its language has been published than the one it started
 * from (or any version, for a draft started from the template). False for anything but a draft.
 */
export const baseOutdated = (
  versions: readonly VersionDates[],
  draft: VersionDates & { baseVersionId: number | null },
): boolean => {
  if (draft.publishedOn !== null) return false;
  const newest = newestVersion(versions, draft.language);
  if (newest === null || newest.id === draft.baseVersionId) return false;
  const base = versions.find((v) => v.id === draft.baseVersionId);
  return base?.effectiveDate == null || base.effectiveDate < (newest.effectiveDate ?? '');
};

/** What a language's notice is behind: its newest version and the other language's newer one. */
export interface LanguageLag<V extends VersionDates = VersionDates> {
  /** The other language, whose notice changed last. */
  ahead: Language;
  /** This language's newest version, from before that change. */
  newest: V;
  /** The other language's newest version, which this language has not followed. */
  otherNewest: V;
}

/**
 * Whether `language`'s notice is behind the other language's: both have a published version, and this one's newest
 * takes effect before the other's newest, so the other language was changed and this one was not updated after
 * it. Equal dates count as in step. Null when in step, or when either language has no version yet (that shows as
 * "none in effect").
 */
export const languageBehind = <V extends VersionDates>(
  versions: readonly V[],
  language: Language,
): LanguageLag<V> | null => {
  const ahead: Language = language === 'en' ? 'es' : 'en';
  const newest = newestVersion(versions, language);
  const otherNewest = newestVersion(versions, ahead);
  if (newest === null || otherNewest === null) return null;
  return (newest.effectiveDate ?? '') < (otherNewest.effectiveDate ?? '') ? { ahead, newest, otherNewest } : null;
};

/** How far ahead a version may be scheduled. */
export const MAX_YEARS_AHEAD = 1;

const addYears = (date: string, years: number): string =>
  `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;

/** The latest effective date a version published today may have. */
export const latestEffectiveDate = (today: string): string => addYears(today, MAX_YEARS_AHEAD);

/** The effective date of the last published version of a language: a new one must take effect after it. */
export const lastEffectiveDate = (versions: readonly VersionDates[], language: Language): string | null =>
  published(versions, language).at(-1)?.effectiveDate ?? null;

const nextDay = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/**
 * The earliest effective date a new version of the language may have: today (no backdating, 164.520(b)(1)(viii)),
 * or the day after the last published version takes effect, whichever is later (one version in effect a day).
 */
export const earliestEffectiveDate = (versions: readonly VersionDates[], language: Language, today: string): string => {
  const last = lastEffectiveDate(versions, language);
  const afterLast = last === null ? today : nextDay(last);
  return afterLast > today ? afterLast : today;
};

/** A revision: an earlier version of the language has been published (164.520(b)(3) asks what changed). */
export const isRevision = (versions: readonly VersionDates[], language: Language): boolean =>
  published(versions, language).length > 0;

/** The number publication gives: one more than the highest of the language. */
export const nextVersionNumber = (
  versions: readonly { language: string; number: number | null }[],
  language: Language,
): number => Math.max(0, ...versions.filter((v) => v.language === language).map((v) => v.number ?? 0)) + 1;

export interface PublishRequest {
  language: Language;
  effectiveDate: string;
  today: string;
  changeSummary: string;
  materialChange: boolean | null;
  /** The other versions: they fix the earliest allowed date and whether this is a revision. */
  versions: readonly VersionDates[];
}

export interface RuleViolation {
  /** One of the contract's PUBLISH_RULES, so the core and the publish dialog name the same codes. */
  rule: PublishRuleCode;
  message: string;
  /** The values the rule's sentence names: the date rules name the earliest date allowed (YYYY-MM-DD). */
  params?: { earliestDate: string };
}

/** What stops a draft from being published, apart from the content checklist. */
export const publishViolations = (r: PublishRequest): RuleViolation[] => {
  const out: RuleViolation[] = [];
  const earliestDate = earliestEffectiveDate(r.versions, r.language, r.today);
  // 164.520(b)(1)(viii): a notice cannot take effect before it is published.
  if (r.effectiveDate < r.today) {
    out.push({
      rule: 'notice.backdated',
      message: `The effective date ${r.effectiveDate} is before today (${r.today}); a notice cannot take effect before it is published. Choose ${earliestDate} or later.`,
      params: { earliestDate },
    });
  }
  // Not a rule of the regulation but a guard: a mistyped year (2207 for 2027) would block every later version of
  // the language until someone noticed and withdrew it.
  if (r.effectiveDate > latestEffectiveDate(r.today)) {
    out.push({
      rule: 'notice.effectiveDateTooFar',
      message: `The effective date ${r.effectiveDate} is more than a year away; check the year.`,
    });
  }
  const latest = lastEffectiveDate(r.versions, r.language);
  if (latest !== null && r.effectiveDate <= latest) {
    out.push({
      rule: 'notice.effectiveDateOrder',
      message: `Another version takes effect on ${latest}; choose ${earliestDate} or later so that exactly one version is in effect on each day.`,
      params: { earliestDate },
    });
  }
  const revision = isRevision(r.versions, r.language);
  if (revision && r.changeSummary.trim() === '') {
    out.push({ rule: 'notice.changeSummaryRequired', message: 'Describe what changed in this revision.' });
  }
  if (revision && r.materialChange === null) {
    out.push({
      rule: 'notice.materialChangeRequired',
      message: 'Say whether this revision is a material change (164.520(b)(3)).',
    });
  }
  return out;
};
