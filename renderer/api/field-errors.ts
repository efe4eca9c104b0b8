// Field-level messages keyed by dotted path, from the core's VALIDATION errors or from client-side zod checks.
import type { TFunction } from 'i18next';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { fieldMessageCode, type FieldMessageCode, type FieldTemplateCode } from '../../shared/contract/field-messages';
import { en } from '../i18n/resources';
import type { AppError } from '../../shared/result';

export type FieldErrors = Readonly<Record<string, string>>;

export const NO_FIELD_ERRORS: FieldErrors = Object.freeze({});

/**
 * Field messages from a VALIDATION error. `prefix` strips the part of the path the form does not show
 * (e.g. `practice.` when a form edits only the practice part of a larger input).
 */
export const fieldErrorsOf = (error: AppError | null | undefined, prefix = ''): FieldErrors => {
  if (!error || error.code !== 'VALIDATION' || !error.fields) return NO_FIELD_ERRORS;
  const out: Record<string, string> = {};
  for (const { path, message } of error.fields) {
    if (!path.startsWith(prefix)) continue;
    const key = path.slice(prefix.length);
    out[key] ??= message;
  }
  return out;
};

/** First message per path from a zod error, e.g. `{ postalCode: 'Enter a ZIP code…' }`. */
export const zodFieldErrors = (error: z.ZodError): FieldErrors => {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    out[key] ??= issue.message;
  }
  return out;
};

/** Validates with a contract schema: the parsed value, or the field messages. */
export const check = <S extends z.ZodType>(
  schema: S,
  values: unknown,
): { ok: true; value: z.infer<S> } | { ok: false; errors: FieldErrors } => {
  const parsed = schema.safeParse(values);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: zodFieldErrors(parsed.error) };
};

/** The messages under `prefix.`, re-keyed without it (for a nested group of fields). */
export const scopeErrors = (errors: FieldErrors, prefix: string): FieldErrors => {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    if (key.startsWith(`${prefix}.`)) out[key.slice(prefix.length + 1)] = message;
  }
  return out;
};

export const hasErrors = (errors: FieldErrors): boolean => Object.keys(errors).length > 0;

/** Every message the contract can write has a sentence in the catalog: a missing one does not compile. */
export const FIELD_MESSAGE_TEXT: Readonly<Record<FieldMessageCode | FieldTemplateCode, string>> = en.validation;

/**
 * A field message in the UI language: the catalog's sentence for a message the contract writes
 * (shared/contract/field-messages.ts); any other message as the core wrote it in English, or, in another
 * language, the catalog's general "check this entry".
 */
export const translateFieldMessage = (message: string, t: TFunction<'validation'>, language: string): string => {
  const known = fieldMessageCode(message);
  if (known) return t(known.code, { count: known.count ?? 0 });
  return language === 'en' ? message : t('invalid');
};

const translateAll = (errors: FieldErrors, translate: (m: string) => string): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([key, message]) => [key, translate(message)]));

/** Translates one field message in the current language. */
export const useFieldMessage = (): ((message: string) => string) => {
  const { t, i18n } = useTranslation('validation');
  return useCallback((message: string) => translateFieldMessage(message, t, i18n.language), [t, i18n.language]);
};

/** `check` and `fieldErrorsOf` whose messages are already in the UI language, for forms. */
export const useFieldErrors = () => {
  const translate = useFieldMessage();
  return useMemo(
    () => ({
      check: <S extends z.ZodType>(schema: S, values: unknown) => {
        const result = check(schema, values);
        return result.ok ? result : { ok: false as const, errors: translateAll(result.errors, translate) };
      },
      fieldErrorsOf: (error: AppError | null | undefined, prefix = '') =>
        translateAll(fieldErrorsOf(error, prefix), translate),
    }),
    [translate],
  );
};
