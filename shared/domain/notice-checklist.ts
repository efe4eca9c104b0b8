// The legal-completeness checklist of a notice (45 CFR 164.520(b)(1); DOMAIN.md §1 and §5.11): each
// required element present, missing, not applicable to this practice, or vacated by the court.
import type { Language, NoticeContent, PracticeSnapshot } from '../contract/notice-content';
import {
  conditionHolds,
  HEADER_STATEMENT,
  REQUIRED_ELEMENTS,
  RIGHTS_IN_ORDER,
  type PracticeFlags,
  type RightField,
} from './notice-elements';
import { noticeReadability, READABILITY_TARGET_GRADE } from './readability';

/** `warning` never blocks publication: plain language is a judgement, measured here by readability. */
export type ElementStatus = 'present' | 'missing' | 'warning' | 'not_applicable' | 'vacated' | 'pending';

export interface ChecklistItem {
  key: string;
  cite: string;
  label: string;
  status: ElementStatus;
  /** Why it is missing, in the notice's language-neutral terms for the editor. */
  reason?: string;
}

export interface ChecklistInput {
  content: NoticeContent;
  language: Language;
  practice: PracticeFlags & Pick<PracticeSnapshot, 'privacyOfficer'>;
  /** Null while editing a draft: the date is chosen at publication. */
  effectiveDate: string | null;
}

const filled = (...texts: string[]): boolean => texts.every((t) => t.trim() !== '');
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The reason an element is missing, or null when it is there. */
const problem = (key: string, { content: c, language, practice, effectiveDate }: ChecklistInput): string | null => {
  const part2Word = language === 'es' ? 'Parte 2' : 'Part 2';
  switch (key) {
    case 'header':
      return squash(c.header) === HEADER_STATEMENT[language]
        ? null
        : 'The header must be the exact statement required by 164.520(b)(1)(i).';
    case 'uses_tpo_with_examples': {
      const lacking = (['treatment', 'payment', 'operations'] as const).filter(
        (k) => !filled(c.tpo[k].heading, c.tpo[k].body) || !c.tpo[k].examples.some((e) => e.trim() !== ''),
      );
      return lacking.length === 0 ? null : `Needs a description and at least one example for: ${lacking.join(', ')}.`;
    }
    case 'uses_without_authorization': {
      const included = c.withoutAuthorization.uses.filter((u) => u.included);
      if (!filled(c.withoutAuthorization.heading) || included.length === 0)
        return 'Include the purposes allowed without authorization.';
      const empty = included.filter((u) => !filled(u.heading, u.body)).map((u) => u.key);
      return empty.length === 0 ? null : `Included purposes without text: ${empty.join(', ')}.`;
    }
    case 'more_stringent_law':
      if (!filled(c.moreStringentLaw.heading, c.moreStringentLaw.body))
        return 'Describe the stricter laws the practice follows.';
      return practice.keepsPart2Records && !c.moreStringentLaw.body.includes(part2Word)
        ? `With Part 2 records, name 42 CFR ${part2Word} among the stricter laws (164.520(b)(1)(ii)(C)).`
        : null;
    case 'authorization_required_statement':
      return filled(c.authorizationRequired.heading, c.authorizationRequired.body)
        ? null
        : 'Say what needs written permission and how to take it back.';
    case 'separate_statement_fundraising':
      return filled(c.fundraising.heading, c.fundraising.body)
        ? null
        : 'Say that the practice may contact patients for fundraising and how to opt out.';
    case 'part2_legal_proceedings':
      return filled(c.part2LegalProceedings.heading, c.part2LegalProceedings.body)
        ? null
        : 'State that Part 2 records are not used against the patient in proceedings without consent or a court order.';
    case 'part2_fundraising_optout':
      return filled(c.part2FundraisingOptOut.heading, c.part2FundraisingOptOut.body)
        ? null
        : 'Give a clear chance to opt out of fundraising with Part 2 records.';
    case 'duty_privacy_notice_breach':
      return filled(c.duties.heading, c.duties.protectAndNotify)
        ? null
        : 'State the duty to protect information, give this notice and notify after a breach.';
    case 'duty_abide_current':
      return filled(c.duties.followCurrent) ? null : 'State that the practice follows the notice currently in effect.';
    case 'reserve_right_to_change':
      return filled(c.changes.heading, c.changes.body)
        ? null
        : 'Reserve the right to change the notice and say how new versions are made available.';
    case 'complaints': {
      // The HHS route must be named; "no retaliation" is left to the wording (plain words rarely say "retaliate").
      const hhs =
        language === 'es'
          ? /Salud y Servicios Humanos|Derechos Civiles|HHS/
          : /Health and Human Services|Office for Civil Rights|HHS/;
      return filled(c.complaints.heading, c.complaints.body) && hhs.test(c.complaints.body)
        ? null
        : 'Explain how to complain to the practice and to the U.S. Department of Health and Human Services, and that there is no retaliation.';
    }
    case 'contact': {
      const po = practice.privacyOfficer;
      const body = c.contact.body;
      if (
        !filled(c.contact.heading, body) ||
        !/\{\{\s*privacyOfficer\.phone\s*\}\}/.test(body) ||
        !/\{\{\s*privacyOfficer\.(name|title)\s*\}\}/.test(body)
      ) {
        return 'The contact section must show the privacy officer’s name or title and phone ({{privacyOfficer.name}}, {{privacyOfficer.phone}}).';
      }
      return (po.name.trim() !== '' || po.title.trim() !== '') && po.phone.trim() !== ''
        ? null
        : 'Set the privacy officer name or title and phone in Settings › Practice.';
    }
    case 'effective_date':
      return effectiveDate === null
        ? null
        : /^\d{4}-\d{2}-\d{2}$/.test(effectiveDate)
          ? null
          : 'Choose the effective date.';
    default: {
      const field = rightFieldOf(key);
      if (!field) return null;
      const right = c.rights[field];
      return filled(right.heading, right.body, right.how) ? null : 'Describe the right and how to use it.';
    }
  }
};

const rightFieldOf = (key: string): RightField | undefined => RIGHTS_IN_ORDER.find((r) => r.key === key)?.field;

export const noticeChecklist = (input: ChecklistInput): ChecklistItem[] =>
  REQUIRED_ELEMENTS.map((e) => {
    const base = { key: e.key, cite: e.cite, label: e.label[input.language] };
    if (e.when === 'vacated') return { ...base, status: 'vacated' as const };
    if (!conditionHolds(e.when, input.practice)) return { ...base, status: 'not_applicable' as const };
    if (e.key === 'effective_date' && input.effectiveDate === null) return { ...base, status: 'pending' as const };
    if (e.key === 'plain_language') {
      const r = noticeReadability(input.content, input.language);
      return r.grade <= READABILITY_TARGET_GRADE
        ? { ...base, status: 'present' as const }
        : {
            ...base,
            status: 'warning' as const,
            reason: `Reads at about grade ${r.grade.toFixed(1)}; aim for grade ${READABILITY_TARGET_GRADE} or easier.`,
          };
    }
    const reason = problem(e.key, input);
    return reason === null ? { ...base, status: 'present' as const } : { ...base, status: 'missing' as const, reason };
  });

export const missingElements = (items: readonly ChecklistItem[]): ChecklistItem[] =>
  items.filter((i) => i.status === 'missing');
