// The publish dialog's answers and their checks before anything is sent. The checks are the core's own
// (shared publishViolations); this module only says which field each rule is about, and in what words.
import { CalendarDate } from '../../../shared/contract/define';
import type { Language } from '../../../shared/contract/notice-content';
import type { NoticeVersionSummary, PublishRuleCode } from '../../../shared/contract/notices';
import {
  isRevision,
  lastEffectiveDate,
  latestEffectiveDate,
  nextVersionNumber,
  publishViolations,
} from '../../../shared/domain/notice-lifecycle';
import { dateText, LANGUAGE_IN_SENTENCE } from './notice-labels';

export interface PublishValues {
  /** Null until the user picks one: then it is today in the practice's time zone. */
  effectiveDate: string | null;
  changeSummary: string;
  /** '' until answered. */
  material: '' | 'yes' | 'no';
}

export const EMPTY_PUBLISH: PublishValues = { effectiveDate: null, changeSummary: '', material: '' };

export type PublishField = 'effectiveDate' | 'changeSummary' | 'materialChange';
export type PublishErrors = Partial<Record<PublishField, string>>;

export { isRevision };

/** The number publication will give: one more than the highest of the language. */
export const nextNumber = (versions: readonly NoticeVersionSummary[], language: Language): number =>
  nextVersionNumber(versions, language);

export const effectiveDateOf = (values: PublishValues, today: string): string => values.effectiveDate ?? today;

/** Which answer each publication rule is about, so the dialog shows it beside that field. */
export const RULE_FIELD: Readonly<Record<PublishRuleCode, PublishField>> = {
  'notice.backdated': 'effectiveDate',
  'notice.effectiveDateTooFar': 'effectiveDate',
  'notice.effectiveDateOrder': 'effectiveDate',
  'notice.changeSummaryRequired': 'changeSummary',
  'notice.materialChangeRequired': 'materialChange',
};

export const isPublishRule = (rule: string): rule is PublishRuleCode => Object.hasOwn(RULE_FIELD, rule);

export interface PublishContext {
  language: Language;
  /** Today in the practice's time zone. */
  today: string;
  /** Every version (the draft's own row among them is ignored: it is not published). */
  versions: readonly NoticeVersionSummary[];
}

/** The words beside the field, with the dates that make them actionable. */
const fieldText = (rule: PublishRuleCode, { language, today, versions }: PublishContext): string => {
  switch (rule) {
    case 'notice.backdated':
      return `Choose today (${dateText(today)}) or a later date: a notice cannot take effect before it is published.`;
    case 'notice.effectiveDateTooFar':
      return `Choose ${dateText(latestEffectiveDate(today))} or an earlier date: a version can be scheduled up to a year ahead. Check the year.`;
    case 'notice.effectiveDateOrder': {
      const last = lastEffectiveDate(versions, language) ?? today;
      return `Choose a date after ${dateText(last)}, when the latest published version takes effect, so that exactly one version is in effect on each day.`;
    }
    case 'notice.changeSummaryRequired':
      return 'Describe what changed in this revision.';
    case 'notice.materialChangeRequired':
      return 'Answer whether this revision is a material change.';
  }
};

/** The material-change answer as publication takes it: null for a first notice or while unanswered. */
export const materialChangeOf = (values: PublishValues, revision: boolean): boolean | null =>
  revision && values.material !== '' ? values.material === 'yes' : null;

export const checkPublish = (values: PublishValues, context: PublishContext): PublishErrors => {
  const { language, today, versions } = context;
  const effectiveDate = effectiveDateOf(values, today);
  const errors: PublishErrors = {};
  if (effectiveDate === '') errors.effectiveDate = 'Choose the date this version takes effect.';
  else if (!CalendarDate.safeParse(effectiveDate).success) errors.effectiveDate = 'Enter a real date.';
  const violations = publishViolations({
    language,
    // An unreadable date is reported above; the other rules are still checked.
    effectiveDate: errors.effectiveDate ? today : effectiveDate,
    today,
    changeSummary: values.changeSummary,
    materialChange: materialChangeOf(values, isRevision(versions, language)),
    versions,
  });
  for (const { rule } of violations) {
    const field = RULE_FIELD[rule];
    errors[field] ??= fieldText(rule, context);
  }
  return errors;
};

/** "Version 3 of the English notice will take effect on March 1, 2027 and cannot be changed after publishing." */
export const confirmationSentence = (number: number, language: Language, effectiveDate: string): string =>
  `Version ${number} of the ${LANGUAGE_IN_SENTENCE[language]} notice will take effect on ${dateText(effectiveDate)} and cannot be changed after publishing.`;
