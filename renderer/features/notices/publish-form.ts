// The publish dialog's answers and their checks before anything is sent (the core checks the same rules).
import { CalendarDate } from '../../../shared/contract/define';
import type { Language } from '../../../shared/contract/notice-content';
import type { NoticeVersionSummary } from '../../../shared/contract/notices';
import { dateText, LANGUAGE_IN_SENTENCE } from './notice-labels';

export interface PublishValues {
  /** Null until the user picks one: then it is today in the practice's time zone. */
  effectiveDate: string | null;
  changeSummary: string;
  /** '' until answered. */
  material: '' | 'yes' | 'no';
}

export const EMPTY_PUBLISH: PublishValues = { effectiveDate: null, changeSummary: '', material: '' };

export type PublishErrors = Partial<Record<'effectiveDate' | 'changeSummary' | 'materialChange', string>>;

/** A revision: an earlier version of the same language has been published (164.520(b)(3)). */
export const isRevision = (versions: readonly NoticeVersionSummary[], language: Language): boolean =>
  versions.some((v) => v.language === language && v.number !== null);

/** The number publication will give: one more than the highest of the language. */
export const nextNumber = (versions: readonly NoticeVersionSummary[], language: Language): number =>
  Math.max(0, ...versions.filter((v) => v.language === language).map((v) => v.number ?? 0)) + 1;

export const effectiveDateOf = (values: PublishValues, today: string): string => values.effectiveDate ?? today;

export const checkPublish = (values: PublishValues, today: string, revision: boolean): PublishErrors => {
  const errors: PublishErrors = {};
  const effectiveDate = effectiveDateOf(values, today);
  if (effectiveDate === '') errors.effectiveDate = 'Choose the date this version takes effect.';
  else if (!CalendarDate.safeParse(effectiveDate).success) errors.effectiveDate = 'Enter a real date.';
  else if (effectiveDate < today)
    errors.effectiveDate = `Choose today (${dateText(today)}) or a later date: a notice cannot take effect before it is published.`;
  if (revision && values.changeSummary.trim() === '') errors.changeSummary = 'Describe what changed in this revision.';
  if (revision && values.material === '') errors.materialChange = 'Answer whether this revision is a material change.';
  return errors;
};

/** "Version 3 of the English notice will take effect on March 1, 2027 and cannot be changed after publishing." */
export const confirmationSentence = (number: number, language: Language, effectiveDate: string): string =>
  `Version ${number} of the ${LANGUAGE_IN_SENTENCE[language]} notice will take effect on ${dateText(effectiveDate)} and cannot be changed after publishing.`;

/** Which answer a refusal is about, so the dialog can show it beside that field. */
export const RULE_FIELD: Readonly<Record<string, keyof PublishErrors>> = {
  'notice.backdated': 'effectiveDate',
  'notice.effectiveDateOrder': 'effectiveDate',
  'notice.changeSummaryRequired': 'changeSummary',
  'notice.materialChangeRequired': 'materialChange',
};
