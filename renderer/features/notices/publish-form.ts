// The publish dialog's answers and their checks before anything is sent. The checks are the core's own
// (shared publishViolations); this module only says which field each rule is about, and which catalog words.
import { CalendarDate } from '../../../shared/contract/define';
import type { Language } from '../../../shared/contract/notice-content';
import type { NoticeVersionSummary, PublishRuleCode } from '../../../shared/contract/notices';
import {
  earliestEffectiveDate,
  isRevision,
  lastEffectiveDate,
  latestEffectiveDate,
  nextVersionNumber,
  publishViolations,
} from '../../../shared/domain/notice-lifecycle';
import type { NoticeWords } from './notice-labels';

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

export { earliestEffectiveDate, isRevision };

/** The number publication will give: one more than the highest of the language. */
export const nextNumber = (versions: readonly NoticeVersionSummary[], language: Language): number =>
  nextVersionNumber(versions, language);

/** Until the user picks a date, the earliest allowed one. */
export const effectiveDateOf = (values: PublishValues, today: string, earliest = today): string =>
  values.effectiveDate ?? earliest;

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
  words: NoticeWords;
}

/** The words beside the field, with the dates that make them actionable, and why the rule exists. */
const fieldText = (rule: PublishRuleCode, { language, today, versions, words }: PublishContext): string => {
  const { t, date } = words;
  switch (rule) {
    case 'notice.backdated':
      return t('publish.rule.backdated', { today: date(today) });
    case 'notice.effectiveDateTooFar':
      return t('publish.rule.tooFar', { latest: date(latestEffectiveDate(today)) });
    case 'notice.effectiveDateOrder':
      return t('publish.rule.order', { last: date(lastEffectiveDate(versions, language) ?? today) });
    case 'notice.changeSummaryRequired':
      return t('publish.rule.changeSummary');
    case 'notice.materialChangeRequired':
      return t('publish.rule.material');
  }
};

/** The material-change answer as publication takes it: null for a first notice or while unanswered. */
export const materialChangeOf = (values: PublishValues, revision: boolean): boolean | null =>
  revision && values.material !== '' ? values.material === 'yes' : null;

export const checkPublish = (values: PublishValues, context: PublishContext): PublishErrors => {
  const { language, today, versions, words } = context;
  const effectiveDate = effectiveDateOf(values, today, earliestEffectiveDate(versions, language, today));
  const errors: PublishErrors = {};
  if (effectiveDate === '') errors.effectiveDate = words.t('publish.rule.dateRequired');
  else if (!CalendarDate.safeParse(effectiveDate).success) errors.effectiveDate = words.t('publish.rule.dateInvalid');
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

/** "Version 3 of the English notice will take effect on Mar 1, 2027 and cannot be changed after publishing." */
export const confirmationSentence = (
  number: number,
  language: Language,
  effectiveDate: string,
  { t, date }: NoticeWords,
): string => t('publish.confirmation', { number, language, date: date(effectiveDate) });
