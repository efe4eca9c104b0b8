// The facts each required element of a notice must state (45 CFR 164.520(b)(1); DOMAIN.md §1 and §5.11), as
// named concepts with English and Spanish patterns, so the checklist reads what the text says rather than only
// whether a field is filled in. A fact is stated when any of its language's patterns matches the element's text
// after normalising case, accents and spacing (normalizeText); patterns accept plain wordings, not only ours.
// The facts themselves: notice-facts-uses.ts, notice-facts-duties.ts, notice-right-facts.ts; the checklist
// (notice-checklist.ts) gathers them and names each missing one.
import type { Language, NoticeContent } from '../contract/notice-content';
import type { Bilingual } from './checklist-item';
import type { ElementCondition, ElementKey } from './notice-elements';

export interface Fact {
  /** Unique within its element, e.g. `breach_notification`. */
  code: string;
  /** The 45 CFR paragraph that requires it. */
  cite: string;
  /** What the text must say, as the checklist names it when it is missing. */
  name: Bilingual;
  /** Matched against normalizeText(text): lower case, no accents, single spaces. */
  patterns: Readonly<Record<Language, readonly RegExp[]>>;
  /** Where to read, when not the element's own text (e.g. a right's "how to use it"). */
  in?: (c: NoticeContent) => string;
  /** Required only for some practices (e.g. naming Part 2 with Part 2 records). */
  when?: ElementCondition;
}

export interface ElementFacts {
  key: ElementKey;
  /** The element's text the facts are looked for in. */
  text: (c: NoticeContent) => string;
  facts: readonly Fact[];
}

/** Lower case, accents and ñ folded, apostrophes straightened, quotation marks dropped, spaces made single. */
export const normalizeText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    // Quotation marks say nothing: 'we may say “no”' states the same fact as 'we may say no'.
    .replace(/["“”«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export const factStated = (fact: Fact, text: string, language: Language): boolean => {
  const normal = normalizeText(text);
  return fact.patterns[language].some((p) => p.test(normal));
};

export const fact = (
  code: string,
  cite: string,
  name: Bilingual,
  en: readonly RegExp[],
  es: readonly RegExp[],
  extra: Pick<Fact, 'in' | 'when'> = {},
): Fact => ({ code, cite, name, patterns: { en, es }, ...extra });

export const join = (...parts: string[]): string => parts.join('\n\n');

/** 164.520(b)(1)(i): only the English words are fixed; a Spanish header is checked by what it says (DOMAIN.md §1). */
export const SPANISH_HEADER_FACTS: readonly Fact[] = [
  fact(
    'used_and_disclosed',
    '164.520(b)(1)(i)',
    {
      en: 'that it describes how medical information about the patient may be used and disclosed',
      es: 'que describe cómo se puede usar y divulgar la información médica del paciente',
    },
    [],
    [
      /^(?=.*\binformacion\b.{0,40}\b(medica|de salud|sobre su salud|clinica))(?=.*\b(describe|explica|indica|informa)\w*\b.{0,120}\b(usar\w*|usad[ao]s?|use|usen|utiliz\w*|emple\w*)\b.{0,80}\b(divulg|compart|revel|comunic)\w*)/,
    ],
  ),
  fact(
    'access',
    '164.520(b)(1)(i)',
    {
      en: 'how the patient can get access to this information',
      es: 'cómo puede usted obtener acceso a esta información',
    },
    [],
    [/\b(acceder|acceso|obtener|conseguir|ver|recibir)\b.{0,40}\b(esta|dicha|su|la|a esta|a su|a la)\s+informacion\b/],
  ),
  fact(
    'review_carefully',
    '164.520(b)(1)(i)',
    { en: 'to review it carefully', es: 'que lo revise o lea con atención' },
    [],
    [/\b(revis|lea|leer|lee)\w*\b.{0,40}\b(cuidado|cuidadosamente|atencion|detenidamente|atentamente)\b/],
  ),
];
