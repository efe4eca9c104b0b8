// Human words for every AppError the UI can show: the UI switches on code and rule, never on server wording.
// The sentences are in the `errors` catalog (shared/i18n/locales/<lang>/errors.json), one per rule code.
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleCode } from '../../shared/contract/index';
import type { AppError } from '../../shared/result';
import { en } from '../i18n/resources';
import { NOT_RESPONDING, SCREEN_FAILED } from './client';
import { formatDate } from '../i18n/format';

type RuleTable = Readonly<Record<string, Readonly<Record<string, string>>>>;
type Rules = typeof en.errors.rules;
type CodesWithText = { [A in keyof Rules]: `${A & string}.${keyof Rules[A] & string}` }[keyof Rules];

/** A rule code without a sentence in the catalog is a compile error here (and test/shared/rule-codes.test.ts). */
export const EVERY_RULE_HAS_TEXT: Exclude<RuleCode, CodesWithText> extends never ? true : never = true;

const ruleTable: RuleTable = en.errors.rules;

export const hasRuleText = (rule: string): rule is RuleCode => {
  const [area = '', name = ''] = rule.split('.');
  return Object.hasOwn(ruleTable, area) && Object.hasOwn(ruleTable[area] ?? {}, name);
};

/** Calendar-date params (`…Date`) are shown in the reader's language; the rest as given. */
const displayParams = (error: AppError, language: string): Record<string, string | number> => {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(error.params ?? {})) {
    out[key] = typeof value === 'string' && key.endsWith('Date') ? formatDate(value, language) : value;
  }
  return out;
};

/** The sentence to show for an error. Unknown rules fall back to the core's plain-language message. */
export const describeError = (error: AppError, t: TFunction<'errors'>, language = 'en'): string => {
  if (error.rule !== undefined && hasRuleText(error.rule)) {
    // The key is built from a checked rule code; the catalog's types cannot follow a runtime string.
    return t(`rules.${error.rule}` as never, displayParams(error, language));
  }
  switch (error.code) {
    case 'INTERNAL':
      // Without a correlation id the failure happened in the transport, whose message already says what to do.
      if (error.correlationId) return t('codes.INTERNAL', { correlationId: error.correlationId });
      if (error.message === NOT_RESPONDING) return t('codes.notResponding');
      return error.message === SCREEN_FAILED ? t('codes.screenFailed') : error.message;
    case 'RULE':
      return error.message;
    default:
      return t(`codes.${error.code}`);
  }
};

/** describeError in the current UI language, for components. */
export const useDescribeError = (): ((error: AppError) => string) => {
  const { t, i18n } = useTranslation('errors');
  return useCallback((error: AppError) => describeError(error, t, i18n.language), [t, i18n.language]);
};

/** The items a refusal names (each missing notice element, each unknown placeholder), as the core lists them. */
export const ruleItems = (error: AppError): string[] => error.items ?? [];
