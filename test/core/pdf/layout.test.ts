// The layout step without pdfkit (text to blocks, sentence and length helpers, practice caps, font-safe
// text) and the whole renderer on hostile practice details: huge, emoji, right-to-left, control characters.
import { describe, expect, it } from 'vitest';
import type { PracticeSnapshot } from '../../../shared/contract/notice-content';
import { boundedPractice, clip, firstSentence, textBlocks } from '../../../electron/core/pdf/blocks';
import { printable } from '../../../electron/core/pdf/fonts';
import { noticeSpec } from '../../../electron/core/pdf/notice-pdf';
import { input, KINDS, LANGUAGES, PRACTICE, readBack, render } from './helpers';

describe('textBlocks', () => {
  it('splits paragraphs on blank lines and gathers "- " lines into one list', () => {
    const blocks = textBlocks('First para\nsame para.\n\nLead in:\n- one\n- two\n\nAfter.');
    expect(blocks).toEqual([
      { type: 'paragraph', runs: [{ text: 'First para\nsame para.' }] },
      { type: 'paragraph', runs: [{ text: 'Lead in:' }] },
      { type: 'list', items: [[{ text: 'one' }], [{ text: 'two' }]] },
      { type: 'paragraph', runs: [{ text: 'After.' }] },
    ]);
  });

  it('ignores stray whitespace and empty text', () => {
    expect(textBlocks('')).toEqual([]);
    expect(textBlocks('  \n\n  \n')).toEqual([]);
  });
});

describe('text helpers', () => {
  it('firstSentence stops at the first full stop followed by a space, not inside "U.S." style abbreviations at the end', () => {
    expect(firstSentence('We can share it. We may also call.')).toBe('We can share it.');
    expect(firstSentence('¿Puede pedirlo? Sí.')).toBe('¿Puede pedirlo?');
    expect(firstSentence('No stop at all')).toBe('No stop at all');
    expect(firstSentence('Lead:\n- a bullet')).toBe('Lead:');
  });

  it('clip cuts at a word boundary with an ellipsis', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('one two three four five', 16)).toBe('one two three…');
    expect(clip('x'.repeat(50), 10)).toBe(`${'x'.repeat(10)}…`);
  });

  it('boundedPractice caps every field and flattens the name to one line', () => {
    const p = boundedPractice({
      ...PRACTICE,
      name: `A\nB ${'n'.repeat(1_000)}`,
      address: 'a '.repeat(1_000),
      privacyOfficer: { ...PRACTICE.privacyOfficer, email: 'e'.repeat(5_000) },
    });
    expect(p.name.startsWith('A B ')).toBe(true);
    expect(p.name.length).toBeLessThanOrEqual(161);
    expect(p.address.length).toBeLessThanOrEqual(301);
    expect(p.privacyOfficer.email.length).toBeLessThanOrEqual(201);
  });

  it('printable composes accents, drops controls and bidi overrides, and marks what the font cannot draw', () => {
    expect(printable('Nu\u0301n\u0303ez')).toBe('Núñez');
    expect(printable('a\u0000b\u0007c\u202ed\u200be')).toBe('abcde');
    expect(printable('Clinic 🏥🩺 care')).toBe('Clinic \ufffd care');
    expect(printable('שלום clinic')).toBe('\ufffd clinic');
    expect(printable('Nguyễn Łódź Ωmega Жук')).toBe('Nguyễn Łódź Ωmega Жук');
    expect(printable('“Quotes” – dashes — ¿qué? ¡sí! ñ …')).toBe('“Quotes” – dashes — ¿qué? ¡sí! ñ …');
  });
});

describe('the layout step', () => {
  it('builds the full notice from the content: letterhead, title, statement, then the sections in order', () => {
    const spec = noticeSpec(input('full', 'en'));
    expect(spec.blocks.slice(0, 3).map((b) => b.type)).toEqual(['letterhead', 'title', 'statement']);
    const headings = spec.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []));
    expect(headings[0]).toBe('How we use and share your health information');
    expect(headings.at(-1)).toBe('Questions? Contact us');
  });

  it('leaves out fundraising and Part 2 sections the practice does not need', () => {
    const spec = noticeSpec(
      input('full', 'en', { practice: { ...PRACTICE, fundraises: false, keepsPart2Records: false } }),
    );
    const headings = spec.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []));
    expect(headings).not.toContain('Fundraising');
    expect(headings.some((h) => h.includes('Substance use disorder'))).toBe(false);
  });
});

const HOSTILE: PracticeSnapshot = {
  name: `Clínica ${'Muy Larga '.repeat(800)}🏥 שלום مرحبا \u0000\u0007\u202eevil\u202c`,
  address: `${'1 Long Road\n'.repeat(200)}\t\r\nEnd`,
  phone: '📞 555\u0000-0100',
  website: `https://example.com/${'x'.repeat(3_000)}`,
  privacyOfficer: {
    name: 'Ünal 😀 Øre\u200d',
    title: 'مسؤول الخصوصية',
    phone: '555-0199',
    email: `${'very.long.'.repeat(300)}@example.com`,
  },
  fundraises: true,
  keepsPart2Records: true,
};

/** Generous ceilings: a hostile snapshot must not blow up the document, only stretch it a little. */
const PAGE_CAP = { full: 14, layered: 17, 'large-print': 32, poster: 1, tpo: 2 } as const;
const BYTE_CAP = 400_000;

describe('hostile practice details', () => {
  it.each(LANGUAGES)(
    'render every kind in %s without throwing and within the size caps',
    async (language) => {
      for (const kind of KINDS) {
        const { pdf, pages } = await render(kind, language, { practice: HOSTILE });
        expect(pages, kind).toBeLessThanOrEqual(PAGE_CAP[kind]);
        expect(pdf.length, kind).toBeLessThan(BYTE_CAP);
        const read = await readBack(pdf);
        expect(read.numPages).toBe(pages);
        expect(read.text).toContain('Clínica Muy Larga');
        expect(read.text).not.toMatch(/[\u0000-\u0008\u202e]/);
      }
    },
    60_000,
  );

  it.each(LANGUAGES)(
    'print the tabloid poster in %s at 24 pt without throwing, on two pages at most',
    async (language) => {
      const { pdf, pages } = await render('poster', language, { practice: HOSTILE, paper: 'tabloid' });
      expect(pages).toBeLessThanOrEqual(2);
      const read = await readBack(pdf);
      expect(Math.min(...read.items.filter((i) => i.y > 80).map((i) => i.size))).toBeGreaterThanOrEqual(24);
    },
  );

  it('escapes the practice name in the XMP metadata', async () => {
    const { pdf } = await render('poster', 'en', { practice: { ...PRACTICE, name: 'Smith & Jones <Family> "Care"' } });
    const raw = pdf.toString('latin1');
    const xmp = raw.slice(raw.indexOf('<x:xmpmeta'), raw.indexOf('</x:xmpmeta>'));
    expect(xmp).toContain('Smith &#38; Jones &#60;Family&#62; &#34;Care&#34;');
    expect(xmp).not.toContain('Smith & Jones');
    const read = await readBack(pdf);
    expect(read.info['Author']).toBe('Smith & Jones <Family> "Care"');
  });
});
