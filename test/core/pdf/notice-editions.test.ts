// What each printed edition must say and how big, read back from the rendered PDFs: the layered notice is
// the summary (with the breach duty, both complaint routes, no retaliation and the authorization statement
// whole) and then the full notice; each right's "how to use this right" under its label; the TPO handout's
// choices, permission statement and pointer to the full notice in type never under 10.5 pt; the poster on
// tabloid at 24 pt or more; the large-print footer at 14 pt.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language, PracticeSnapshot } from '../../../shared/contract/notice-content';
import { contract } from '../../../shared/contract';
import { RIGHT_FIELDS } from '../../../shared/domain/notice-elements';
import { fillPlaceholders } from '../../../shared/domain/notice-text';
import { defaultTemplate } from '../../../electron/core/notices/templates';
import { CHROME } from '../../../electron/core/pdf/i18n';
import { LANGUAGES, norm, PRACTICE, readBack, render, type ReadBack } from './helpers';

const LABEL = { en: 'How to use this right:', es: 'Cómo ejercer este derecho:' };
const CHOICE_KEYS = ['family_and_friends', 'directory', 'disaster_relief'];

/** A content text as the PDF prints it: placeholders filled (an address on one line), whitespace collapsed. */
const printed = (text: string, practice: PracticeSnapshot = PRACTICE): string =>
  norm(fillPlaceholders(text, { ...practice, address: practice.address.split('\n').join(', ') }));
const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').filter((l) => !l.trim().startsWith('- ')))
    .filter((p) => p.length > 0)
    .map((p) => printed(p.join(' ')));

const mediaBox = (pdf: Buffer): string => /\/MediaBox \[([^\]]+)\]/.exec(pdf.toString('latin1'))?.[1]?.trim() ?? '';

const read = new Map<string, ReadBack & { pdf: Buffer }>();
beforeAll(async () => {
  for (const language of LANGUAGES)
    for (const [name, over] of [
      ['layered', {}],
      ['full', {}],
      ['tpo', {}],
      ['large-print', {}],
      ['poster', { paper: 'tabloid' }],
      ['poster-letter', {}],
    ] as const) {
      const kind = name === 'poster-letter' ? 'poster' : name;
      const { pdf } = await render(kind, language, over);
      read.set(`${name}/${language}`, { ...(await readBack(pdf)), pdf });
    }
}, 120_000);
const get = (name: string, language: Language) => read.get(`${name}/${language}`)!;

describe('the contract', () => {
  const pdfInput = contract['notices.pdf'].input;
  it('no longer offers the summary alone, and prints on letter unless tabloid is asked for', () => {
    expect(pdfInput.safeParse({ version: 'current', language: 'en', kind: 'summary' }).success).toBe(false);
    expect(pdfInput.parse({ version: 'current', language: 'en', kind: 'layered' }).paper).toBe('letter');
    expect(pdfInput.parse({ version: 'current', language: 'en', kind: 'poster', paper: 'tabloid' }).paper).toBe(
      'tabloid',
    );
    expect(pdfInput.safeParse({ version: 'current', language: 'en', kind: 'poster', paper: 'a4' }).success).toBe(false);
  });
});

describe.each(LANGUAGES)('in %s', (language) => {
  const c = defaultTemplate(language);

  /** A page's text without its footer: what the page itself says. */
  const body = (page: string, kind: 'layered' | 'full'): string =>
    norm(
      norm(page)
        .split(`${CHROME[language].docName[kind]} · ${PRACTICE.name}`)[0]!
        .replace(/(Page|Página) \d+ (of|de) \d+/g, ''),
    );

  it('the layered notice is the summary, then the whole full notice, numbered as one document', () => {
    const layered = get('layered', language);
    const full = get('full', language);
    const summaryPages = layered.numPages - full.numPages;
    expect(summaryPages).toBeGreaterThanOrEqual(1);
    // The full notice starts on a page of its own and prints as it does alone, numbered on from the summary.
    full.pages.forEach((page, i) => expect(body(layered.pages[summaryPages + i]!, 'layered')).toBe(body(page, 'full')));
    const last = norm(layered.pages.at(-1)!);
    const n = layered.numPages;
    expect(last).toContain(language === 'en' ? `Page ${n} of ${n}` : `Página ${n} de ${n}`);
  });

  it('the summary keeps the breach duty, both complaint routes, no retaliation and the authorization statement whole', () => {
    const layered = get('layered', language);
    const pages = layered.pages.slice(0, layered.numPages - get('full', language).numPages);
    const summary = norm(pages.map((p) => body(p, 'layered')).join(' '));
    expect(summary).toContain(printed(c.duties.protectAndNotify));
    for (const p of paragraphsOf(c.complaints.body)) expect(summary).toContain(p);
    for (const p of paragraphsOf(c.authorizationRequired.body).slice(1)) expect(summary).toContain(p);
    expect(summary).toContain('1-800-368-1019');
  });

  it('prints each right’s how-to text after its bold label', () => {
    const { text } = get('full', language);
    for (const key of RIGHT_FIELDS) {
      const how = paragraphsOf(c.rights[key].how)[0]!;
      expect(text, key).toContain(`${LABEL[language]} ${how}`);
    }
    expect(text.split(LABEL[language]).length - 1).toBe(RIGHT_FIELDS.length);
  });

  it('the TPO handout: every operations example, what patients can say no to, anything else needs permission and can be taken back, where the full notice is', () => {
    const { text } = get('tpo', language);
    for (const e of c.tpo.operations.examples) expect(text).toContain(printed(e));
    for (const u of c.withoutAuthorization.uses.filter((x) => CHOICE_KEYS.includes(x.key)))
      expect(text).toContain(printed(u.heading));
    expect(text).toContain(
      language === 'en' ? 'You can tell us not to share' : 'Usted puede pedirnos que no compartamos',
    );
    for (const p of paragraphsOf(c.authorizationRequired.body).slice(1)) expect(text).toContain(p);
    expect(text).toContain(PRACTICE.website);
    expect(text).toContain(language === 'en' ? 'full notice' : 'aviso completo');
  });

  it('sets the TPO handout’s text at 10.5 pt or more, even for a practice with long details (a second page instead)', async () => {
    const long = {
      ...PRACTICE,
      name: 'Lakeview Family Medicine and Pediatrics of the Greater North Shore Community Health Partnership',
      privacyOfficer: { ...PRACTICE.privacyOfficer, title: 'Compliance and Privacy Officer, Patient Relations' },
    };
    for (const r of [get('tpo', language), await readBack((await render('tpo', language, { practice: long })).pdf)]) {
      const body = r.items.filter((i) => i.y > 72); // above the footer
      expect(body.length).toBeGreaterThan(50);
      expect(Math.min(...body.map((i) => i.size))).toBeGreaterThanOrEqual(10.5 - 0.01);
    }
  });

  it('prints the poster on tabloid with every text above the footer at 24 pt or more, saying the full notice is posted', () => {
    const poster = get('poster', language);
    expect(mediaBox(poster.pdf)).toBe('0 0 792 1224');
    expect(mediaBox(get('poster-letter', language).pdf)).toBe('0 0 612 792');
    expect(poster.numPages).toBe(1);
    const body = poster.items.filter((i) => i.y > 80);
    expect(body.length).toBeGreaterThan(20);
    expect(Math.min(...body.map((i) => i.size))).toBeGreaterThanOrEqual(24);
    const posted = language === 'en' ? 'is posted in our office' : 'está expuesto en nuestro consultorio';
    expect(poster.text).toContain(posted);
    expect(get('poster-letter', language).text).toContain(posted);
  });

  it('gives the same bytes for the same tabloid poster and clock', async () => {
    const again = await render('poster', language, { paper: 'tabloid' });
    expect(again.pdf.equals(get('poster', language).pdf)).toBe(true);
  });

  it('sets the large-print footer at 14 pt or more, the reference code whole', () => {
    const lp = get('large-print', language);
    const footer = lp.items.filter((i) => i.y < 104);
    expect(footer.length).toBeGreaterThanOrEqual(3 * lp.numPages);
    expect(Math.min(...footer.map((i) => i.size))).toBeGreaterThanOrEqual(14);
    for (const page of lp.pages) expect(norm(page)).toMatch(/(Reference code|Código de referencia) 3f9a0c1b2d4e/);
  });
});
