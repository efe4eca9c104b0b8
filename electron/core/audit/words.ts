// The audit log's words for the files the core writes (CSV, PDF): the same `audit` catalog the screen reads
// (shared/i18n/locales/<lang>/audit.json), formatted with intl-messageformat, so a sentence exists once.
import { IntlMessageFormat } from 'intl-messageformat';
import type { Language } from '../../../shared/contract/notice-content';
import en from '../../../shared/i18n/locales/en/audit.json';
import es from '../../../shared/i18n/locales/es/audit.json';

type Tree = { readonly [key: string]: string | Tree };
const CATALOGS: Record<Language, Tree> = { en, es };
const LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-US' };

const lookup = (tree: Tree, key: string): string | undefined => {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
};

const compiled = new Map<string, IntlMessageFormat>();

/** `t(key, values)` over the audit catalog of one language; an unknown key prints as itself, as i18next does. */
export const auditWords =
  (language: Language) =>
  (key: string, values: Record<string, string | number> = {}): string => {
    const id = `${language}:${key}`;
    let message = compiled.get(id);
    if (!message) {
      const text = lookup(CATALOGS[language], key);
      if (text === undefined) return key;
      message = new IntlMessageFormat(text, LOCALES[language]);
      compiled.set(id, message);
    }
    return String(message.format(values));
  };

export type AuditWords = ReturnType<typeof auditWords>;
