// The page-break rules on the layout step's own placements (where each line was drawn, by page and block),
// for every kind in both languages and for practices whose long names, addresses and web addresses move the
// breaks around: no heading without its lines, no contact details across pages, no lone line, no web
// address broken inside its scheme and host. Plus the rule for web addresses at every line width.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import type { Language, PracticeSnapshot } from '../../../shared/contract/notice-content';
import type { PdfKind, PdfPaper } from '../../../shared/contract/notices';
import type { Block } from '../../../electron/core/pdf/blocks';
import { FONT, loadFont } from '../../../electron/core/pdf/fonts';
import { installUrlLineBreaks } from '../../../electron/core/pdf/line-breaks';
import { renderDocument } from '../../../electron/core/pdf/layout';
import { noticeSpec, renderNoticePdf } from '../../../electron/core/pdf/notice-pdf';
import { REGULAR } from '../../../electron/core/pdf/theme';
import { Trace } from '../../../electron/core/pdf/trace';
import { input, KINDS, LANGUAGES, PRACTICE } from './helpers';
import { linesOf, loneLines, splitContacts, strandedHeadings, urlBreaks, urlHeadsIn } from './placements';

const LONG: PracticeSnapshot = {
  ...PRACTICE,
  name: 'Lakeview Family Medicine and Pediatrics of the Greater North Shore Community Health Partnership',
  address: '1200 North Lake Shore Drive, Suite 3000, Building C\nNorthwestern Medical Office Campus\nChicago, IL 60610',
  // A host that fits a line of every edition, a path that does not: only the path may break.
  website: 'https://www.lakeview-pediatrics.example.org/patients/privacy-notice-of-practices',
  privacyOfficer: {
    ...PRACTICE.privacyOfficer,
    name: 'Dr. María Fernanda Castillo-Villanueva',
    title: 'Compliance and Privacy Officer, Patient Relations Department',
    email: 'privacy.officer@lakeview-family-medicine-and-pediatrics.example.org',
  },
};

const SHORT: PracticeSnapshot = {
  ...PRACTICE,
  name: 'Oak Clinic',
  website: 'https://oak.example',
  address: '1 Oak St',
};

const FIXTURES = { sample: PRACTICE, long: LONG, short: SHORT } as const;

const EDITIONS: { kind: PdfKind; paper?: PdfPaper }[] = [
  ...KINDS.map((kind) => ({ kind })),
  { kind: 'poster', paper: 'tabloid' },
];

const cases = LANGUAGES.flatMap((language: Language) =>
  EDITIONS.flatMap((e) =>
    Object.entries(FIXTURES).map(([fixture, practice]) => ({ ...e, language, fixture, practice })),
  ),
);

describe('page breaks on the placed lines', () => {
  it.each(cases)(
    '$kind $paper $language, $fixture practice',
    async ({ kind, paper, language, practice }) => {
      const inp = input(kind, language, { practice, ...(paper ? { paper } : {}) });
      const { blocks } = noticeSpec(inp);
      const { placements, pages } = await renderNoticePdf(inp, { trace: true });
      const lines = linesOf(placements ?? []);
      expect(lines.length).toBeGreaterThan(10);
      expect(Math.max(...lines.map((l) => l.page))).toBeLessThanOrEqual(pages);
      expect(urlBreaks(lines, urlHeadsIn(blocks))).toEqual([]);
      expect(strandedHeadings(blocks, lines)).toEqual([]);
      expect(splitContacts(blocks, lines)).toEqual([]);
      expect(loneLines(blocks, lines)).toEqual([]);
    },
    30_000,
  );
});

describe('wherever the page ends', () => {
  const para = (text: string): Block => ({ type: 'paragraph', runs: [{ text }] });
  const sentence = 'You can ask us to correct health information about you that you think is wrong or incomplete.';
  const meta = {
    kind: 'full',
    language: 'en',
    practiceName: 'Oak Clinic',
    number: 1,
    draft: false,
    effectiveDate: '2027-03-01',
    contentHash: null,
    generatedAt: new Date('2027-02-15T10:00:00Z'),
  } as const;

  it('never opens a page with a section’s one-line last paragraph, nor leaves a heading or a lone line behind', async () => {
    // A filler of n lines pushes the same section (heading, a five-line paragraph, a one-line "how" paragraph)
    // to every position on the page, so that some n put the page end right before the one-line paragraph.
    for (let n = 30; n <= 52; n++) {
      const blocks: Block[] = [
        para(Array.from({ length: n }, (_, i) => `Line ${i + 1}`).join('\n')),
        { type: 'heading', level: 2, text: 'Ask us to correct your medical record' },
        para(`${sentence} ${sentence} ${sentence} ${sentence} ${sentence}`),
        { type: 'paragraph', runs: [{ text: 'How to use this right: ', bold: true }, { text: 'Write to us.' }] },
        { type: 'heading', level: 2, text: 'Next right' },
        para(sentence),
      ];
      const { placements } = await renderDocument({ theme: REGULAR, blocks }, meta, { trace: true });
      const lines = linesOf(placements ?? []);
      expect(loneLines(blocks, lines), `filler ${n}`).toEqual([]);
      expect(strandedHeadings(blocks, lines), `filler ${n}`).toEqual([]);
    }
  });
});

describe('the checks themselves', () => {
  const line = (page: number, block: number, text: string, itemStart = false) => ({
    page,
    block,
    y: 0,
    text,
    itemStart,
  });

  it('find a web address broken after its scheme or inside its host, not one broken at a space or after the host', () => {
    const heads = ['https://www.example.org'];
    expect(urlBreaks([line(1, 0, 'read it at https://'), line(1, 0, 'www.example.org')], heads)).toHaveLength(1);
    expect(urlBreaks([line(1, 0, 'at https://www.exam'), line(1, 0, 'ple.org')], heads)).toHaveLength(1);
    expect(urlBreaks([line(1, 0, 'at https://www.example.org/'), line(1, 0, 'privacy')], heads)).toEqual([]);
    expect(urlBreaks([line(1, 0, 'read it at '), line(1, 0, 'https://www.example.org.')], heads)).toEqual([]);
  });

  it('find a heading left at the bottom of a page, contact details split, and a lone line opening a page', () => {
    const blocks: Block[] = [
      { type: 'heading', level: 2, text: 'H' },
      { type: 'paragraph', runs: [{ text: 'x' }] },
      { type: 'paragraph', runs: [{ text: 'y' }], keep: true },
      { type: 'heading', level: 2, text: 'Next' },
    ];
    const lines = [
      line(1, 0, 'H'),
      line(1, 1, 'a '),
      line(2, 1, 'b '),
      line(2, 1, 'c'),
      line(2, 2, 'd'),
      line(3, 2, 'e'),
    ];
    expect(strandedHeadings(blocks, lines)).toHaveLength(1);
    expect(splitContacts(blocks, lines)).toHaveLength(1);
    // "a" alone on page 1, "d" alone on page 2, "e" alone on page 3, and page 3 opens with that lone line.
    expect(loneLines(blocks, lines)).toHaveLength(4);
    expect(loneLines(blocks, lines.slice(0, 4))).toHaveLength(1);
  });
});

describe('web addresses at any line width', () => {
  const traced = (text: string, widths: number[]) => {
    installUrlLineBreaks();
    const doc = new PDFDocument({ font: '' });
    doc.registerFont(FONT.regular, loadFont(FONT.regular) as unknown as Buffer);
    doc.font(FONT.regular).fontSize(10.5);
    const trace = new Trace();
    trace.attach(doc);
    for (const width of widths) {
      trace.block = width;
      doc.text(text, 50, 50, { width });
    }
    return linesOf(trace.placements);
  };
  // From the narrowest line the head fits on (about 190 pt at 10.5 pt) to a full text width.
  const widths = Array.from({ length: 150 }, (_, i) => 200 + 2 * i);

  it('never end a line inside "https://host", wherever the address falls; the path may still break', () => {
    const head = 'https://www.lakeview-fm.example.org';
    const lines = traced(`Read the full notice on our website at ${head}/privacy/notice today.`, widths);
    expect(lines.some((l) => l.text.includes(head))).toBe(true);
    expect(urlBreaks(lines, [head])).toEqual([]);
    expect(lines.some((l) => /^privacy\/|^notice/.test(l.text))).toBe(true);
  });

  it('break a host wider than the line inside the host, never right after "https://"', () => {
    const head = 'https://www.a-host-name-far-too-long-for-a-narrow-column.example.org';
    const lines = traced(`Visit ${head} now.`, [90, 120, 150, 180]);
    expect(lines.filter((l) => /https?:\/*\s*$/.test(l.text))).toEqual([]);
  });
});
