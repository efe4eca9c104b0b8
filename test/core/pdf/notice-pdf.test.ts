// The notice PDFs read back with unpdf/pdf.js: for every kind and language the header statement, effective
// date, contact, headings and page numbers are really printed; page counts, type sizes, embedded fonts,
// tagging, the draft watermark and its "not set yet" date, the reference code, and byte-identical output for the
// same input and clock.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/contract/notice-content';
import type { PdfKind } from '../../../shared/contract/notices';
import { longDate } from '../../../shared/domain/dates';
import { HEADER_STATEMENT } from '../../../shared/domain/notice-elements';
import { filledSections } from '../../../shared/domain/notice-text';
import { defaultTemplate } from '../../../electron/core/notices/templates';
import {
  EFFECTIVE,
  GENERATED_AT,
  HASH,
  KINDS,
  LANGUAGES,
  norm,
  PRACTICE,
  readBack,
  render,
  type ReadBack,
} from './helpers';

interface Rendered {
  pdf: Buffer;
  pages: number;
  read: ReadBack;
}

const published = new Map<string, Rendered>();
const drafts = new Map<string, Rendered>();
const key = (kind: PdfKind, language: Language): string => `${kind}/${language}`;

beforeAll(async () => {
  for (const language of LANGUAGES) {
    for (const kind of KINDS) {
      const pub = await render(kind, language);
      published.set(key(kind, language), { ...pub, read: await readBack(pub.pdf) });
      // As the core prints a draft: no number, no reference code, no effective date yet.
      const draft = await render(kind, language, { draft: true, number: null, contentHash: null, effectiveDate: null });
      drafts.set(key(kind, language), { ...draft, read: await readBack(draft.pdf) });
    }
  }
}, 120_000);

const get = (kind: PdfKind, language: Language): Rendered => published.get(key(kind, language))!;

const NOT_SET_YET = {
  en: 'Effective date: not set yet',
  es: 'Fecha de vigencia: aún no establecida',
};
const REFERENCE_CODE = { en: 'Reference code', es: 'Código de referencia' };

const PAGE = {
  en: (n: number, of: number) => `Page ${n} of ${of}`,
  es: (n: number, of: number) => `Página ${n} de ${of}`,
};

describe.each(LANGUAGES)('notice PDFs in %s', (language) => {
  describe.each(KINDS)('%s', (kind) => {
    it('prints the effective date written out and the privacy officer contact', () => {
      const { read } = get(kind, language);
      expect(read.text).toContain(longDate(EFFECTIVE, language));
      expect(read.text).toContain(PRACTICE.privacyOfficer.name);
      // The fixture's officer phone is saved as typed, 312-555-0143; every PDF prints the one US form.
      expect(read.text).toContain('(312) 555-0143');
    });

    // The TPO handout is not the notice and carries no header statement; every other kind must.
    if (kind !== 'tpo') {
      it('prints the header statement exactly', () => {
        expect(get(kind, language).read.text).toContain(HEADER_STATEMENT[language]);
      });
    }

    it('numbers every page "x of N" with N the page count', () => {
      const { read, pages } = get(kind, language);
      expect(read.numPages).toBe(pages);
      read.pages.forEach((text, i) => {
        expect(norm(text)).toMatch(new RegExp(`${PAGE[language](i + 1, pages)}(?!\\d)`));
      });
    });

    it('carries the document, version, effective date and reference code in the footer of every page', () => {
      const { read } = get(kind, language);
      for (const text of read.pages) {
        expect(norm(text)).toContain(`${REFERENCE_CODE[language]} ${HASH.slice(0, 12)}`);
        expect(norm(text)).toContain(language === 'en' ? 'Version 3' : 'Versión 3');
      }
      expect(read.text).not.toMatch(/\bRef\.|hash|SHA-256/i);
    });

    it('says on every page of a draft that its effective date is not set yet, and prints no reference code', () => {
      const draft = drafts.get(key(kind, language))!;
      for (const text of draft.read.pages) expect(norm(text)).toContain(NOT_SET_YET[language]);
      expect(draft.read.text).not.toContain(REFERENCE_CODE[language]);
    });

    it('embeds its fonts and uses no standard-14 font', () => {
      const raw = get(kind, language).pdf.toString('latin1');
      expect(raw).toMatch(/\/FontFile2/);
      const fonts = [...raw.matchAll(/\/BaseFont\s*\/([^\s/>]+)/g)].map((m) => m[1]!);
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) expect(f).toMatch(/^[A-Z]{6}\+NotoSans-(Regular|Bold)$/);
      expect(raw).not.toMatch(/\/(Helvetica|Times-Roman|Courier)\b/);
    });

    it('is tagged: language, marked content and a structure tree with headings', () => {
      const { pdf, read } = get(kind, language);
      const raw = pdf.toString('latin1');
      expect(raw).toContain('/StructTreeRoot');
      expect(raw).toMatch(/\/Marked true/);
      expect(read.info['Language']).toBe(language === 'en' ? 'en-US' : 'es-US');
      expect(read.roles).toContain('Document');
      expect(read.roles).toContain('H1');
      expect(read.roles).toContain('P');
      expect(read.roles).toContain('L');
    });

    it('has deterministic metadata from the input: title, author, creation date', () => {
      const { info } = get(kind, language).read;
      expect(info['Author']).toBe(PRACTICE.name);
      expect(String(info['Title'])).toMatch(
        language === 'en' ? /Notice of Privacy Practices|handout/ : /Aviso de prácticas de privacidad|Hoja/,
      );
      expect(info['CreationDate']).toBe('D:20270215100000Z');
      expect(info['ModDate']).toBe('D:20270215100000Z');
    });

    it('stamps a draft with the watermark and "DRAFT" in the footer, and a published version with neither', () => {
      const word = language === 'en' ? 'DRAFT' : 'BORRADOR';
      const draft = drafts.get(key(kind, language))!;
      const marks = draft.read.items.filter((i) => i.str === word && i.size >= 60);
      expect(marks.map((m) => m.page)).toEqual(Array.from({ length: draft.pages }, (_, i) => i + 1));
      expect(draft.read.text).not.toContain(language === 'en' ? 'Version' : 'Versión');
      expect(get(kind, language).read.text).not.toContain(word);
    });
  });

  it('prints every section heading of the content in the full and large-print notices', () => {
    const headings = filledSections(defaultTemplate(language), PRACTICE, language).map((s) => norm(s.heading));
    expect(headings.length).toBeGreaterThan(20);
    for (const kind of ['full', 'large-print'] as const) {
      const { text } = get(kind, language).read;
      for (const h of headings) expect(text, `${kind}: ${h}`).toContain(h);
    }
  });

  it('prints the header statement before any section text on page 1 of the full notice', () => {
    const page1 = norm(get('full', language).read.pages[0]!);
    const at = page1.indexOf(HEADER_STATEMENT[language]);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(page1.indexOf(longDate(EFFECTIVE, language)));
  });

  it('puts the summary before the full notice in the layered notice, keeps the poster to one page and the handout to two', () => {
    const summaryPages = get('layered', language).pages - get('full', language).pages;
    expect(summaryPages).toBeGreaterThanOrEqual(1);
    expect(summaryPages).toBeLessThanOrEqual(3);
    expect(get('poster', language).pages).toBe(1);
    expect(get('tpo', language).pages).toBeLessThanOrEqual(2);
    expect(get('large-print', language).pages).toBeGreaterThan(get('full', language).pages);
  });

  it('sets all large-print text outside the footer at 18 pt or more, headings larger', () => {
    const { items } = get('large-print', language).read;
    const body = items.filter((i) => i.y > 104); // the footer sits in the bottom margin
    expect(body.length).toBeGreaterThan(200);
    for (const i of body) expect(i.size, i.str).toBeGreaterThanOrEqual(18);
    const intro = items.find((i) => i.str.startsWith(language === 'en' ? 'This notice tells you' : 'Este aviso'));
    expect(intro?.size).toBeCloseTo(18, 1);
    expect(Math.max(...body.map((i) => i.size))).toBeGreaterThanOrEqual(30);
  });

  it('prints the TPO handout from the content: each use with its first example, what needs permission, how to ask', () => {
    const c = defaultTemplate(language);
    const { text } = get('tpo', language).read;
    for (const use of [c.tpo.treatment, c.tpo.payment, c.tpo.operations]) {
      expect(text).toContain(norm(use.heading));
      expect(text).toContain(norm(use.examples[0]!));
    }
    for (const u of c.withoutAuthorization.uses.filter((x) => x.included)) expect(text).toContain(norm(u.heading));
  });

  it('prints the summary sections of the layered model', () => {
    const { text } = get('layered', language).read;
    const words =
      language === 'en'
        ? ['Your rights', 'Your choices', 'Our uses and disclosures']
        : ['Sus derechos', 'Sus opciones'];
    for (const w of words) expect(text).toContain(w);
    expect(text).toContain(PRACTICE.website);
  });
});

describe('Spanish documents', () => {
  it('keep accents, ñ and inverted punctuation intact', () => {
    const { text } = get('full', 'es').read;
    for (const s of ['información', 'Página', 'Núñez', 'ñ', '¿', 'á', 'é', 'í', 'ó', 'ú']) expect(text).toContain(s);
    expect(text).not.toContain('\ufffd');
  });
});

describe('determinism', () => {
  it('gives byte-identical output for the same input and clock, whatever was rendered in between', async () => {
    for (const kind of KINDS) {
      const a = await render(kind, 'es');
      await render('full', 'en', { practice: { ...PRACTICE, name: 'Another Practice' } });
      const b = await render(kind, 'es');
      expect(b.pdf.equals(a.pdf), kind).toBe(true);
      expect(a.pdf.equals(get(kind, 'es').pdf), kind).toBe(true);
    }
  });

  it('changes with the clock only in the dates and file identifier', async () => {
    const a = await render('poster', 'en');
    const b = await render('poster', 'en', { generatedAt: new Date(GENERATED_AT.getTime() + 1000) });
    expect(a.pdf.equals(b.pdf)).toBe(false);
    expect(a.pdf.length).toBe(b.pdf.length);
  });
});

describe('phones as they were typed', () => {
  // A practice saved (or a version frozen) before phones were normalised holds them as typed.
  const typed = {
    ...PRACTICE,
    phone: '312.555.0147',
    privacyOfficer: { ...PRACTICE.privacyOfficer, phone: '1 312 555 0148 x7' },
  };

  it('print in the one US form in the full notice', async () => {
    const { text } = await readBack((await render('full', 'en', { practice: typed })).pdf);
    expect(text).toContain('(312) 555-0147');
    expect(text).toContain('(312) 555-0148 ext. 7');
    expect(text).not.toContain('312.555.0147');
  });

  it('print as saved when they are not a US number', async () => {
    const odd = { ...typed, privacyOfficer: { ...typed.privacyOfficer, phone: '+44 20 7946 0958' } };
    const { text } = await readBack((await render('layered', 'en', { practice: odd })).pdf);
    expect(text).toContain('+44 20 7946 0958');
  });
});
