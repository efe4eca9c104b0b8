// What every notice document module gets: the content with the practice's details filled in, the chrome
// strings of its language, and the contact and date blocks they all print the same way.
import type { Language, NoticeContent, PracticeSnapshot } from '../../../shared/contract/notice-content';
import type { PdfKind, PdfPaper } from '../../../shared/contract/notices';
import { longDate } from '../../../shared/domain/dates';
import { HEADER_STATEMENT } from '../../../shared/domain/notice-elements';
import { filledSections, fillPlaceholders, type NoticeSection } from '../../../shared/domain/notice-text';
import { practiceInLanguage } from '../../../shared/domain/practice-language';
import { boundedPractice, lines, type Block, type Run } from './blocks';
import { CHROME, type Chrome } from './i18n';

export interface NoticePdfInput {
  kind: PdfKind;
  /** The poster's paper (default letter); the other kinds always print on letter. */
  paper?: PdfPaper;
  language: Language;
  content: NoticeContent;
  practice: PracticeSnapshot;
  /** Per-language version number; null for a draft. */
  number: number | null;
  draft: boolean;
  /** A withdrawn version prints with a WITHDRAWN watermark. */
  withdrawn?: boolean;
  effectiveDate: string | null;
  /** SHA-256 hex of the published version; null for a draft. */
  contentHash: string | null;
  /** Stamped as the PDF's creation date: the same input and clock give the same bytes. */
  generatedAt: Date;
}

export interface NoticeContext {
  language: Language;
  paper: PdfPaper;
  c: Chrome;
  content: NoticeContent;
  /** Capped in length (see boundedPractice). */
  practice: PracticeSnapshot;
  /** The notice's sections in order, placeholders filled. */
  sections: NoticeSection[];
  /** The 164.520(b)(1)(i) statement as the content words it (the regulation's own words if left blank). */
  header: string;
  /** "March 1, 2027", or the "not set" wording for a draft without a date. */
  effective: string;
  /** A content text with the practice's details filled in. */
  fill: (text: string) => string;
}

export const noticeContext = (input: NoticePdfInput): NoticeContext => {
  const practice = boundedPractice(practiceInLanguage(input.practice, input.language));
  const c = CHROME[input.language];
  // Inside running text a multi-line address reads "Street, City": a raw line break there would end a
  // bullet or paragraph halfway through the address.
  const inText = { ...practice, address: lines(practice.address).join(', ') };
  const fill = (text: string): string => wholePhones(fillPlaceholders(text, inText));
  return {
    language: input.language,
    paper: input.paper ?? 'letter',
    c,
    content: input.content,
    practice,
    sections: filledSections(input.content, inText, input.language).map((sec) => ({
      ...sec,
      text: wholePhones(sec.text),
      ...(sec.how === undefined ? {} : { how: wholePhones(sec.how) }),
    })),
    header: fill(input.content.header).trim() || HEADER_STATEMENT[input.language],
    effective: input.effectiveDate ? longDate(input.effectiveDate, input.language) : c.noEffectiveDate,
    fill,
  };
};

/** US phone numbers in running text ("call (312) 555-0143") kept on one line: "(312)" never ends a line. */
const wholePhones = (text: string): string => text.replace(/\((\d{3})\) (?=\d{3}-\d{4})/g, '($1)\u00a0');

/** A phone number that never wraps in the middle: "(217) 555-0100" stays on one line. */
export const phone = (ctx: NoticeContext, number: string): string =>
  number ? `${ctx.c.phone}:\u00a0${number.replace(/ /g, '\u00a0')}` : '';

export const practiceLines = (ctx: NoticeContext): string[] => {
  const p = ctx.practice;
  return lines(p.name, p.address, phone(ctx, p.phone), p.website);
};

export const officerLines = (ctx: NoticeContext): string[] => {
  const o = ctx.practice.privacyOfficer;
  return lines(o.name, o.title, phone(ctx, o.phone), o.email && `${ctx.c.email}: ${o.email}`);
};

/** The practice and privacy-officer details side by side (or stacked, for large print). */
export const contactFields = (ctx: NoticeContext, stacked = false): Block[] => {
  const groups = [
    { label: ctx.c.practiceLabel, lines: practiceLines(ctx) },
    { label: ctx.c.contactLabel, lines: officerLines(ctx) },
  ];
  // Stacked, each group is a small heading and a paragraph, so the page can break between the groups but
  // never inside one: a patient must find the officer's name, phone and email together.
  if (!stacked) return [{ type: 'fields', groups }];
  return groups.flatMap((g): Block[] => [
    { type: 'heading', level: 2, text: g.label },
    { type: 'paragraph', runs: [{ text: g.lines.join('\n') }], keep: true },
  ]);
};

/** "Effective date: March 1, 2027" as a paragraph with a bold label. */
export const effectiveParagraph = (ctx: NoticeContext): Block => ({
  type: 'paragraph',
  runs: [{ text: `${ctx.c.effectiveLabel}: `, bold: true }, { text: ctx.effective }],
});

/** The contact as boxed paragraphs: "Questions or complaints? Name, title · phone · email". */
export const contactBox = (ctx: NoticeContext, lead: Run[][] = []): Block => {
  const o = ctx.practice.privacyOfficer;
  const who = [o.name, o.title].filter((s) => s !== '').join(', ');
  const reach = [phone(ctx, o.phone), o.email && `${ctx.c.email}: ${o.email}`].filter((s) => s !== '').join(' · ');
  return {
    type: 'box',
    runs: [
      ...lead,
      [{ text: `${ctx.c.questions} `, bold: true }, { text: [who, reach].filter((s) => s !== '').join(' · ') }],
      [{ text: `${ctx.c.effectiveLabel}: `, bold: true }, { text: ctx.effective }],
    ],
  };
};

/** A "Heading. Text" list item with the heading in bold. */
export const labelled = (label: string, text: string): Run[] => {
  const l = label.trim();
  const sep = /[.:?!]$/.test(l) ? ' ' : '. ';
  return text.trim() === '' ? [{ text: l, bold: true }] : [{ text: `${l}${sep}`, bold: true }, { text: text.trim() }];
};
