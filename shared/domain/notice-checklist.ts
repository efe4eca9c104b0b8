// The legal-completeness checklist of a notice (45 CFR 164.520(b)(1); DOMAIN.md §1, §5.11 and §5.12): each
// required element present, missing (naming each fact its text does not state, notice-facts.ts), not applicable
// to this practice, or vacated by the court; then a row for each known false claim the text makes
// (notice-claims.ts), the state addenda the app prints (state-addenda.ts) and the practice details missing in
// Spanish (translation-check.ts). The core's publication gate and the editor's live checklist both call
// noticeChecklist; blockingItems (checklist-item.ts) says which rows stop publication.
import type { Language, NoticeContent, PracticeSnapshot } from '../contract/notice-content';
import type { Bilingual, ChecklistItem } from './checklist-item';
import { claimItems } from './notice-claims';
import { factStated, normalizeText, SPANISH_HEADER_FACTS, type ElementFacts, type Fact } from './notice-facts';
import { DUTY_FACTS } from './notice-facts-duties';
import { USE_FACTS } from './notice-facts-uses';
import { RIGHT_FACTS } from './notice-right-facts';
import {
  conditionHolds,
  HEADER_STATEMENT,
  REQUIRED_ELEMENTS,
  RIGHTS_IN_ORDER,
  type PracticeFlags,
} from './notice-elements';
import { noticeReadability, READABILITY_TARGET_GRADE } from './readability';
import { stateAddendumItems } from './state-addenda';
import { translationItems } from './translation-check';

export type { ChecklistItem, ElementStatus } from './checklist-item';
export { blockingItems } from './checklist-item';

/** The facts of every element whose text is read (the header's Spanish facts are SPANISH_HEADER_FACTS). */
export const ELEMENT_FACTS: readonly ElementFacts[] = [...USE_FACTS, ...DUTY_FACTS, ...RIGHT_FACTS];
const factsOf = (key: string): ElementFacts | undefined => ELEMENT_FACTS.find((e) => e.key === key);

export interface ChecklistInput {
  content: NoticeContent;
  language: Language;
  practice: PracticeFlags & Pick<PracticeSnapshot, 'privacyOfficer'>;
  /** Null while editing a draft: the date is chosen at publication. */
  effectiveDate: string | null;
}

const filled = (...texts: string[]): boolean => texts.every((t) => t.trim() !== '');
const both = (en: string, es: string): Bilingual => ({ en, es });

const TPO_NAMES = {
  treatment: both('treatment described, with at least one example', 'el tratamiento descrito, con al menos un ejemplo'),
  payment: both('payment described, with at least one example', 'el pago descrito, con al menos un ejemplo'),
  operations: both(
    'health care operations described, with at least one example',
    'las operaciones de atención médica descritas, con al menos un ejemplo',
  ),
} as const;

/** A section needs its heading and its text; what the text must say is named by its facts. */
const emptyParts = (heading: string, body: string): Bilingual[] => [
  ...(filled(heading) ? [] : [both('a heading', 'un título')]),
  ...(filled(body) ? [] : [both('the text', 'el texto')]),
];

/** Problems that are about the form's structure (empty fields, unset settings), not about what the text says. */
const structuralProblems = (key: string, { content: c, language, practice, effectiveDate }: ChecklistInput) => {
  const out: Bilingual[] = [];
  switch (key) {
    case 'header':
      // 164.520(b)(1)(i): the English words are fixed; a Spanish header is read for its facts below.
      if (language === 'en' && normalizeText(c.header) !== normalizeText(HEADER_STATEMENT.en))
        out.push(
          both('the exact statement required by 164.520(b)(1)(i)', 'la declaración exacta que exige 164.520(b)(1)(i)'),
        );
      if (language === 'es' && !filled(c.header))
        out.push(both('the header statement', 'la declaración del encabezado'));
      break;
    case 'uses_tpo_with_examples':
      for (const k of ['treatment', 'payment', 'operations'] as const) {
        const use = c.tpo[k];
        if (!filled(use.heading, use.body) || !use.examples.some((e) => e.trim() !== '')) out.push(TPO_NAMES[k]);
      }
      break;
    case 'uses_without_authorization': {
      const included = c.withoutAuthorization.uses.filter((u) => u.included);
      if (!filled(c.withoutAuthorization.heading) || included.length === 0)
        out.push(both('the purposes allowed without authorization', 'los fines permitidos sin autorización'));
      const empty = included.filter((u) => !filled(u.heading, u.body)).map((u) => u.key);
      if (empty.length > 0)
        out.push(
          both(
            `text for each included purpose (${empty.join(', ')})`,
            `un texto para cada fin incluido (${empty.join(', ')})`,
          ),
        );
      break;
    }
    case 'more_stringent_law':
      out.push(...emptyParts(c.moreStringentLaw.heading, c.moreStringentLaw.body));
      break;
    case 'authorization_required_statement':
      out.push(...emptyParts(c.authorizationRequired.heading, c.authorizationRequired.body));
      break;
    case 'separate_statement_fundraising':
      out.push(...emptyParts(c.fundraising.heading, c.fundraising.body));
      break;
    case 'part2_legal_proceedings':
      out.push(...emptyParts(c.part2LegalProceedings.heading, c.part2LegalProceedings.body));
      break;
    case 'part2_fundraising_optout':
      out.push(...emptyParts(c.part2FundraisingOptOut.heading, c.part2FundraisingOptOut.body));
      break;
    case 'duty_privacy_notice_breach':
      out.push(...emptyParts(c.duties.heading, c.duties.protectAndNotify));
      break;
    case 'reserve_right_to_change':
      out.push(...emptyParts(c.changes.heading, c.changes.body));
      break;
    case 'complaints':
      out.push(...emptyParts(c.complaints.heading, c.complaints.body));
      break;
    case 'contact': {
      if (!filled(c.contact.heading)) out.push(both('a heading', 'un título'));
      const po = practice.privacyOfficer;
      if ((po.name.trim() === '' && po.title.trim() === '') || po.phone.trim() === '')
        out.push(
          both(
            'the privacy officer’s name or title and phone, set in Settings › Practice',
            'el nombre o cargo y el teléfono de la persona encargada de privacidad, en Configuración › Consultorio',
          ),
        );
      break;
    }
    case 'effective_date':
      if (effectiveDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(effectiveDate))
        out.push(both('the effective date', 'la fecha de vigencia'));
      break;
    default: {
      const right = rightOf(key, c);
      if (right) out.push(...emptyParts(right.heading, right.body));
    }
  }
  return out;
};

const rightOf = (key: string, c: NoticeContent) => {
  const field = RIGHTS_IN_ORDER.find((r) => r.key === key)?.field;
  return field ? c.rights[field] : null;
};

/**
 * Whether a header states 164.520(b)(1)(i): the regulation's own English words (case and spacing aside), or in
 * Spanish any faithful rendering, read for its facts (HHS's own "…CÓMO PUEDE UTILIZARSE Y DIVULGARSE…" passes).
 */
export const headerAccepted = (header: string, language: Language): boolean =>
  language === 'en'
    ? normalizeText(header) === normalizeText(HEADER_STATEMENT.en)
    : filled(header) && SPANISH_HEADER_FACTS.every((f) => factStated(f, header, language));

/** The facts of an element the text does not state. */
const missingFacts = (key: string, input: ChecklistInput): Fact[] => {
  const { content, language, practice } = input;
  if (key === 'header') {
    if (language === 'en') return [];
    return SPANISH_HEADER_FACTS.filter((f) => !factStated(f, content.header, language));
  }
  const spec = factsOf(key);
  if (!spec) return [];
  return spec.facts.filter(
    (f) => (!f.when || conditionHolds(f.when, practice)) && !factStated(f, (f.in ?? spec.text)(content), language),
  );
};

const gradeText = (grade: number): Bilingual => {
  const en = grade.toFixed(1);
  return both(
    `Reads at about grade ${en}; aim for grade ${READABILITY_TARGET_GRADE} or easier: use shorter sentences and words.`,
    `Se lee aproximadamente en el grado ${en.replace('.', ',')}; procure un grado ${READABILITY_TARGET_GRADE} o más fácil: use oraciones y palabras más cortas.`,
  );
};

const elementItems = (input: ChecklistInput): ChecklistItem[] =>
  REQUIRED_ELEMENTS.map((e): ChecklistItem => {
    const base = { key: e.key, cite: e.cite, label: e.label };
    if (e.when === 'vacated') return { ...base, status: 'vacated' };
    if (!conditionHolds(e.when, input.practice)) return { ...base, status: 'not_applicable' };
    if (e.key === 'effective_date' && input.effectiveDate === null) return { ...base, status: 'pending' };
    if (e.key === 'plain_language') {
      const r = noticeReadability(input.content, input.language);
      return r.grade <= READABILITY_TARGET_GRADE
        ? { ...base, status: 'present' }
        : { ...base, status: 'warning', reasons: [gradeText(r.grade)] };
    }
    const reasons = [...structuralProblems(e.key, input), ...missingFacts(e.key, input).map((f) => f.name)];
    return reasons.length === 0 ? { ...base, status: 'present' } : { ...base, status: 'missing', reasons };
  });

/** Every row of the notice's checklist: the required elements in order, then each false claim found. */
export const noticeChecklist = (input: ChecklistInput): ChecklistItem[] => [
  ...elementItems(input),
  ...claimItems(input.content, input.language, input.practice),
  ...stateAddendumItems(input),
  ...translationItems(input),
];

/** One row as the refusal and the CLI print it: "Element (cite): missing fact, missing fact". */
export const describeItem = (item: ChecklistItem): string => {
  const head =
    item.status === 'false_claim' ? `False claim: ${item.label.en} (${item.cite})` : `${item.label.en} (${item.cite})`;
  const reasons = (item.reasons ?? []).map((r) => r.en);
  return reasons.length === 0 ? head : `${head}: ${reasons.join(item.status === 'false_claim' ? ' ' : ', ')}`;
};
