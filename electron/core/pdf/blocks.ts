// The pure half of every PDF: the block vocabulary the document modules build from domain data, and the
// text helpers they share. Nothing here knows about pdfkit, so a document's content can be tested as data.
import type { PracticeSnapshot } from '../../../shared/contract/notice-content';
import { printPhone } from '../../../shared/domain/phone';

/** A stretch of text in one weight; a paragraph is a list of runs so a label can be bold inline. */
export interface Run {
  text: string;
  bold?: boolean;
}

export type Block =
  /** The practice's name above the title, in the accent colour. */
  | { type: 'letterhead'; text: string }
  /** The document title, with a thin rule under it; `compact` sets it smaller (a long handout title). */
  | { type: 'title'; text: string; compact?: boolean }
  /** The 164.520(b)(1)(i) header statement: bold, in a tinted box, right under the title. */
  | { type: 'statement'; text: string }
  /** Level 1 starts a main part (a tagged Sect); level 2 a subsection inside it. */
  | { type: 'heading'; level: 1 | 2; text: string }
  /** `keep`: never split across pages (contact details: a patient must find the whole address and phone together). */
  | { type: 'paragraph'; runs: Run[]; align?: 'left' | 'center'; size?: 'body' | 'lead'; keep?: boolean }
  | { type: 'list'; items: Run[][]; columns?: 1 | 2 | 3; keep?: boolean }
  /** The next block starts a new page (the full notice after the layered summary). */
  | { type: 'pageBreak' }
  /** Side-by-side labelled groups of lines (practice details | privacy officer). */
  | { type: 'fields'; groups: { label: string; lines: string[] }[] }
  /** A tinted box of paragraphs: "where to get the full notice", the contact on one-page handouts. */
  | { type: 'box'; runs: Run[][] }
  /** Blocks side by side, kept together on one page (the three uses on the one-page handout). */
  | { type: 'columns'; columns: Block[][] };

export const plain = (text: string): Run[] => [{ text }];

/**
 * A body text as paragraphs and lists. Blank lines separate paragraphs; consecutive lines starting "- " form
 * one bulleted list; other single line breaks stay line breaks (an address, a signature block).
 */
export const textBlocks = (text: string): Block[] => {
  const out: Block[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    let para: string[] = [];
    let items: string[] = [];
    const flushPara = (): void => {
      if (para.length > 0) out.push({ type: 'paragraph', runs: plain(para.join('\n')) });
      para = [];
    };
    const flushList = (): void => {
      if (items.length > 0) out.push({ type: 'list', items: items.map(plain) });
      items = [];
    };
    for (const raw of chunk.split('\n')) {
      const line = raw.trim();
      if (line === '') continue;
      if (line.startsWith('- ')) {
        flushPara();
        items.push(line.slice(2).trim());
      } else {
        flushList();
        para.push(line);
      }
    }
    flushPara();
    flushList();
  }
  return out;
};

/** The first paragraph of a body text, without its bullets. */
export const firstParagraph = (text: string): string => {
  const first = textBlocks(text).find((b) => b.type === 'paragraph');
  return first ? first.runs.map((r) => r.text).join('') : '';
};

/** The first sentence of a text (to its first ". ", "? " or "! "), for the summaries; whole text if none. */
export const firstSentence = (text: string, maxChars = 260): string => {
  const para = firstParagraph(text).replace(/\s+/g, ' ').trim();
  const m = /^.*?[.!?](?=\s|$)/.exec(para);
  return clip(m ? m[0] : para, maxChars);
};

/** The bullet lines of a body text, each cut to its first sentence. */
export const bulletSentences = (text: string, maxChars = 200): string[] =>
  textBlocks(text)
    .flatMap((b) => (b.type === 'list' ? b.items.map((i) => i.map((r) => r.text).join('')) : []))
    .map((item) => firstSentence(item, maxChars));

/** Cut at a word boundary with an ellipsis: keeps one over-long field from taking over a one-page handout. */
export const clip = (text: string, maxChars: number): string => {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
};

// Longest value each practice field may print with. The settings form has its own limits; these only keep
// a pasted essay or a runaway import from filling pages wherever the name is filled into the notice.
const LIMITS = { name: 160, address: 300, phone: 60, website: 200, officerName: 120, officerTitle: 120, email: 200 };

const MAX_ADDRESS_LINES = 6;

const field = (value: string, max: number): string => clip(value.replace(/[ \t]+/g, ' ').trim(), max);

/** The practice snapshot with each field trimmed and capped before it is printed or filled into the text. */
export const boundedPractice = (p: PracticeSnapshot): PracticeSnapshot => ({
  ...p,
  name: field(p.name.replace(/\s+/g, ' '), LIMITS.name),
  address: field(lines(p.address).slice(0, MAX_ADDRESS_LINES).join('\n'), LIMITS.address),
  phone: field(printPhone(p.phone), LIMITS.phone),
  website: field(p.website, LIMITS.website),
  privacyOfficer: {
    name: field(p.privacyOfficer.name, LIMITS.officerName),
    title: field(p.privacyOfficer.title, LIMITS.officerTitle),
    phone: field(printPhone(p.privacyOfficer.phone), LIMITS.phone),
    email: field(p.privacyOfficer.email, LIMITS.email),
  },
});

/** Non-empty lines of a multi-line value (an address typed on several lines). */
export const lines = (...values: string[]): string[] =>
  values
    .flatMap((v) => v.split('\n'))
    .map((l) => l.trim())
    .filter((l) => l !== '');
