// Turning a notice's structured content into its ordered sections of text: placeholders filled from
// the practice snapshot, left-out sections dropped. The PDFs, the compare view and the checklist share it.
import type { Language, NoticeContent, Placeholder, PracticeSnapshot } from '../contract/notice-content';
import { PLACEHOLDERS } from '../contract/notice-content';
import { elementApplies, RIGHT_FIELDS, type PracticeFlags } from './notice-elements';
import { printPhone } from './phone';
import { practiceInLanguage } from './practice-language';
import { addendumSections } from './state-addenda';

// Loose on purpose: {{practice_name}} or {{practice.name2}} must be caught as unknown, not printed with braces.
const PLACEHOLDER_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

const placeholderValue = (name: Placeholder, p: PracticeSnapshot): string => {
  switch (name) {
    case 'practice.name':
      return p.name;
    case 'practice.address':
      return p.address;
    case 'practice.phone':
      return printPhone(p.phone);
    case 'practice.website':
      return p.website;
    case 'privacyOfficer.name':
      return p.privacyOfficer.name;
    case 'privacyOfficer.title':
      return p.privacyOfficer.title;
    case 'privacyOfficer.phone':
      return printPhone(p.privacyOfficer.phone);
    case 'privacyOfficer.email':
      return p.privacyOfficer.email;
  }
};

const isPlaceholder = (name: string): name is Placeholder => (PLACEHOLDERS as readonly string[]).includes(name);

const fillLine = (line: string, practice: PracticeSnapshot): string =>
  line.replace(PLACEHOLDER_PATTERN, (whole, name: string) =>
    isPlaceholder(name) ? placeholderValue(name, practice) : whole,
  );

/** Whether a line uses a known placeholder whose value is empty (e.g. no website). */
const usesEmptyDetail = (line: string, practice: PracticeSnapshot): boolean =>
  [...line.matchAll(PLACEHOLDER_PATTERN)].some(
    (m) => m[1] !== undefined && isPlaceholder(m[1]) && placeholderValue(m[1], practice).trim() === '',
  );

/**
 * Fills placeholders from the practice details. A line (paragraph or bullet) that needs a detail the
 * practice has left empty, such as its website, is dropped rather than printed half-finished.
 */
export const fillPlaceholders = (text: string, practice: PracticeSnapshot): string =>
  text
    .split('\n')
    .filter((line) => !usesEmptyDetail(line, practice))
    .map((line) => fillLine(line, practice))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');

/** One printable section: a stable id (for compare), its heading, paragraphs, bullets and examples. */
export interface NoticeSection {
  id: string;
  heading: string;
  /** Level 1 = a main part of the notice; 2 = a subsection (one right, one use). */
  level: 1 | 2;
  text: string;
  examples: string[];
  /** A right's "how to use this right" text, also at the end of `text`: the PDFs print it with its own label. */
  how?: string;
}

/**
 * The notice's sections in reading order, before placeholders are filled. Given the notice's language, the
 * sections also hold the state-law addendum of the practice's `state`, which the app writes itself; without it,
 * only the practice's own content (what the checklist's false-claim scan reads).
 */
export const noticeSections = (
  c: NoticeContent,
  practice: PracticeFlags & Partial<Pick<PracticeSnapshot, 'state'>>,
  language?: Language,
): NoticeSection[] => {
  const s = (id: string, heading: string, text: string, level: 1 | 2 = 1, examples: string[] = []): NoticeSection => ({
    id,
    heading,
    level,
    text,
    examples,
  });
  const out: NoticeSection[] = [s('intro', c.title, c.intro)];
  out.push(s('tpo', c.tpo.heading, c.tpo.intro));
  for (const key of ['treatment', 'payment', 'operations'] as const) {
    const use = c.tpo[key];
    out.push(
      s(
        `tpo.${key}`,
        use.heading,
        use.body,
        2,
        use.examples.filter((e) => e.trim() !== ''),
      ),
    );
  }
  out.push(s('withoutAuthorization', c.withoutAuthorization.heading, c.withoutAuthorization.intro));
  for (const use of c.withoutAuthorization.uses)
    if (use.included) out.push(s(`withoutAuthorization.${use.key}`, use.heading, use.body, 2));
  out.push(s('moreStringentLaw', c.moreStringentLaw.heading, c.moreStringentLaw.body));
  out.push(s('authorizationRequired', c.authorizationRequired.heading, c.authorizationRequired.body));
  if (elementApplies('separate_statement_fundraising', practice))
    out.push(s('fundraising', c.fundraising.heading, c.fundraising.body));
  if (elementApplies('part2_legal_proceedings', practice)) {
    out.push(s('part2LegalProceedings', c.part2LegalProceedings.heading, c.part2LegalProceedings.body));
  }
  if (elementApplies('part2_fundraising_optout', practice)) {
    out.push(s('part2FundraisingOptOut', c.part2FundraisingOptOut.heading, c.part2FundraisingOptOut.body));
  }
  out.push(s('rights', c.rights.heading, c.rights.intro));
  for (const key of RIGHT_FIELDS) {
    const right = c.rights[key];
    const text = [right.body, right.how].filter((t) => t.trim() !== '').join('\n\n');
    out.push({ ...s(`rights.${key}`, right.heading, text, 2), how: right.how });
  }
  out.push(s('duties', c.duties.heading, [c.duties.protectAndNotify, c.duties.followCurrent].join('\n\n')));
  out.push(s('changes', c.changes.heading, c.changes.body));
  // Before the complaints and contact, so the notice still ends with whom to ask.
  if (language !== undefined) out.push(...addendumSections(practice.state, language));
  out.push(s('complaints', c.complaints.heading, c.complaints.body));
  out.push(s('contact', c.contact.heading, c.contact.body));
  return out;
};

/**
 * The notice as it prints in `language`: its sections with the state addenda, and placeholders filled from the
 * practice's details in that language (practiceInLanguage: the Spanish officer's title in a Spanish notice).
 * The PDFs, the preview, the compare view and `notice show` all read this.
 */
export const filledSections = (c: NoticeContent, snapshot: PracticeSnapshot, language: Language): NoticeSection[] => {
  const practice = practiceInLanguage(snapshot, language);
  return noticeSections(c, practice, language).map((sec) => ({
    ...sec,
    heading: fillPlaceholders(sec.heading, practice),
    text: fillPlaceholders(sec.text, practice),
    examples: sec.examples.map((e) => fillPlaceholders(e, practice)),
    ...(sec.how === undefined ? {} : { how: fillPlaceholders(sec.how, practice) }),
  }));
};

/** Placeholders in the text that the app does not know (typos such as {{practice.nme}}). */
export const unknownPlaceholders = (c: NoticeContent): string[] => {
  const found = new Set<string>();
  for (const m of JSON.stringify(c).matchAll(PLACEHOLDER_PATTERN)) if (m[1] && !isPlaceholder(m[1])) found.add(m[1]);
  return [...found];
};

export const languageName = (l: Language): string => (l === 'en' ? 'English' : 'Español');
