// The default Notice of Privacy Practices templates (assets/templates/notice-{en,es}.json): valid content,
// every required element of 164.520(b)(1) present (DOMAIN.md §1), placeholders instead of practice details,
// the right deadlines (DOMAIN.md §3, §5.12), every fact the checklist reads and no known false claim, OCR's current
// complaint route, proper Spanish in HHS's vocabulary, and grade-8 readability.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Language, NoticeContent, PERMITTED_USE_KEYS, PLACEHOLDERS } from '../../shared/contract/notice-content';
import { falseClaims } from '../../shared/domain/notice-claims';
import { noticeChecklist } from '../../shared/domain/notice-checklist';
import { HEADER_STATEMENT, REQUIRED_ELEMENTS } from '../../shared/domain/notice-elements';
import { noticeSections, unknownPlaceholders } from '../../shared/domain/notice-text';
import { noticeReadability, READABILITY_TARGET_GRADE } from '../../shared/domain/readability';
import { PRACTICE } from '../support/practice-fixture';

const LANGS: readonly Language[] = ['en', 'es'];

const rawText = (lang: Language): string =>
  readFileSync(new URL(`../../assets/templates/notice-${lang}.json`, import.meta.url), 'utf8');
const template = (lang: Language): NoticeContent => NoticeContent.parse(JSON.parse(rawText(lang)));

/** Every string in the content, for whole-notice checks. */
const allText = (c: NoticeContent): string => JSON.stringify(c);

// Every optional section applies to this practice, so every element is required.
const practice = { ...PRACTICE, fundraises: true, keepsPart2Records: true };

// OCR's current complaint route: the complaint portal's page and phone (sources in electron/core/notices/templates.ts).
const HHS_PHONE = '1-800-368-1019';
const HHS_ADDRESS = '200 Independence Avenue S.W., Washington, D.C. 20201';
const HHS_COMPLAINTS_URL = 'https://www.hhs.gov/hipaa/filing-a-complaint/index.html';

describe.each(LANGS)('the %s template', (lang) => {
  const c = template(lang);

  it('is valid notice content whose header is the exact required statement', () => {
    expect(NoticeContent.safeParse(JSON.parse(rawText(lang))).success).toBe(true);
    expect(c.header).toBe(HEADER_STATEMENT[lang]);
    expect(c.title.trim()).not.toBe('');
  });

  it('covers every required element for a practice that fundraises and keeps Part 2 records', () => {
    const items = noticeChecklist({ content: c, language: lang, practice, effectiveDate: '2027-01-01' });
    expect(items.filter((i) => i.status === 'missing')).toEqual([]);
    expect(items.filter((i) => i.status === 'vacated').map((i) => i.key)).toEqual([
      'repro_prohibited_uses',
      'repro_attestation_uses',
      'redisclosure_statement',
    ]);
    // The element rows (the Spanish practice details and state addenda have rows of their own).
    const elements = new Set<string>(REQUIRED_ELEMENTS.map((e) => e.key));
    const rows = items.filter((i) => elements.has(i.key) && i.status !== 'vacated');
    expect(rows.filter((i) => i.status !== 'present')).toEqual([]);
    expect(rows).toHaveLength(REQUIRED_ELEMENTS.length - 3);
  });

  it('makes none of the known false claims', () => {
    expect(falseClaims(c, lang, practice)).toEqual([]);
  });

  it('gives operations examples that are operations, not treatment', () => {
    const examples = c.tpo.operations.examples.join(' ');
    expect(examples).not.toMatch(/plan your care|planear su atención/);
    const words =
      lang === 'en'
        ? [/check the care/, /audits/, /train our staff/, /plan our services/]
        : [/Revisamos la atención/, /auditorías internas/, /capacitar/, /planear nuestros servicios/];
    for (const w of words) expect(examples).toMatch(w);
  });

  it('describes every purpose allowed without authorization, once, in order, all included', () => {
    expect(c.withoutAuthorization.uses.map((u) => u.key)).toEqual([...PERMITTED_USE_KEYS]);
    for (const u of c.withoutAuthorization.uses) {
      expect(u.included).toBe(true);
      expect(u.heading.trim()).not.toBe('');
      expect(u.body.trim()).not.toBe('');
    }
  });

  it('gives treatment, payment and operations two or three examples each', () => {
    for (const k of ['treatment', 'payment', 'operations'] as const) {
      expect(c.tpo[k].examples.length).toBeGreaterThanOrEqual(2);
      expect(c.tpo[k].examples.length).toBeLessThanOrEqual(3);
      for (const e of c.tpo[k].examples) expect(e.trim()).not.toBe('');
    }
  });

  it('describes each right and how to use it', () => {
    for (const k of [
      'restriction',
      'confidentialCommunications',
      'access',
      'amendment',
      'accounting',
      'paperCopy',
    ] as const) {
      expect(c.rights[k].heading.trim()).not.toBe('');
      expect(c.rights[k].body.trim()).not.toBe('');
      expect(c.rights[k].how.trim()).not.toBe('');
    }
  });

  it('uses only known placeholders, and the contact section names the privacy officer by placeholder', () => {
    expect(unknownPlaceholders(c)).toEqual([]);
    const used = new Set([...allText(c).matchAll(/\{\{\s*([a-zA-Z.]+)\s*\}\}/g)].map((m) => m[1]));
    for (const p of used) expect(PLACEHOLDERS).toContain(p);
    for (const p of ['privacyOfficer.name', 'privacyOfficer.title', 'privacyOfficer.phone', 'privacyOfficer.email']) {
      expect(c.contact.body).toContain(`{{${p}}}`);
    }
    expect(c.complaints.body).toContain('{{privacyOfficer.name}}');
    expect(c.changes.body + c.rights.paperCopy.how).toContain('{{practice.website}}');
  });

  it('types in no practice details: no phone, email, web address or number except HHS’s and the deadlines', () => {
    const text = allText(c).replaceAll(HHS_PHONE, '').replaceAll(HHS_ADDRESS, '').replaceAll(HHS_COMPLAINTS_URL, '');
    expect(text).not.toMatch(/\(?\b\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b/); // phone numbers
    expect(text).not.toMatch(/\b\d{3}-\d{4}\b/);
    expect(text).not.toMatch(/@/); // email addresses
    expect(text).not.toMatch(/https?:|www\.|\.com\b|\.org\b|\.gov\b/i); // web addresses
    const numbers = new Set(text.match(/\d+/g) ?? []);
    expect([...numbers].sort()).toEqual(['12', '2', '30', '42', '6', '60']); // 12 months, Part 2, 30 days, 42 CFR, 6 years, 60 days
  });

  it('gives OCR’s current complaint portal, phone and address, and promises no retaliation', () => {
    expect(c.complaints.body).toContain(HHS_ADDRESS);
    expect(c.complaints.body).toContain(HHS_PHONE);
    expect(c.complaints.body).toContain(HHS_COMPLAINTS_URL);
    expect(c.complaints.body).toMatch(lang === 'en' ? /complaint portal/ : /portal de quejas/);
    expect(allText(c)).not.toMatch(/1-877-696-6775|ocr\/privacy\/hipaa\/complaints/);
    expect(c.complaints.body).toMatch(lang === 'en' ? /Office for Civil Rights/ : /Oficina de Derechos Civiles/);
    expect(c.complaints.body).toMatch(
      lang === 'en' ? /will not punish you, retaliate against you/ : /No tomaremos represalias/,
    );
  });

  it('states the current deadlines and never the proposed 15-day access rule', () => {
    const text = allText(c);
    expect(text).not.toMatch(/\b15\b|fifteen|quince/i);
    expect(text).not.toMatch(/business days|días hábiles|every year we|cada año le/i);
    const [days, more, years, months] =
      lang === 'en'
        ? ['30 days', '30 more days', '6 years', '12 months']
        : ['30 días', '30 días más', '6 años', '12 meses'];
    const sixty = lang === 'en' ? '60 days' : '60 días';
    expect(c.rights.access.body).toContain(days);
    expect(c.rights.access.body).toContain(more);
    expect(c.rights.amendment.body).toContain(sixty);
    expect(c.rights.accounting.body).toContain(sixty);
    expect(c.rights.accounting.body).toContain(years);
    expect(c.rights.accounting.body).toContain(months);
  });

  it('words the Part 2 statements as 164.520(b)(1)(iii)(D) and (E) require', () => {
    const p2 = c.part2LegalProceedings.body;
    const words =
      lang === 'en'
        ? [
            '42 CFR Part 2',
            'civil',
            'criminal',
            'administrative',
            'legislative',
            'written consent',
            'court',
            'chance to be heard',
            'subpoena',
          ]
        : [
            '42 CFR Parte 2',
            'civil',
            'penal',
            'administrativo',
            'legislativo',
            'consentimiento',
            'tribunal',
            'ser escuchados',
            'citación judicial',
          ];
    for (const w of words) expect(p2).toContain(w);
    expect(c.moreStringentLaw.body).toContain(lang === 'en' ? 'Part 2' : 'Parte 2');
    expect(c.part2FundraisingOptOut.body).toContain(lang === 'en' ? 'clear chance' : 'oportunidad clara');
  });

  it(`reads at grade ${READABILITY_TARGET_GRADE} or easier`, () => {
    const r = noticeReadability(c, lang);
    expect(r.measure).toBe(lang === 'en' ? 'Flesch–Kincaid grade' : 'Fernández-Huerta');
    expect(r.grade).toBeLessThanOrEqual(READABILITY_TARGET_GRADE);
    // Also without the optional fundraising and Part 2 sections.
    expect(noticeReadability(c, lang, { fundraises: false, keepsPart2Records: false }).grade).toBeLessThanOrEqual(
      READABILITY_TARGET_GRADE,
    );
  });
});

describe('the Spanish template', () => {
  const raw = rawText('es');
  const es = template('es');

  it('uses HHS’s vocabulary and one term for each thing (issue 8 item 11)', () => {
    expect(raw).not.toMatch(/expediente/i);
    expect(es.rights.access.heading).toBe('Obtenga una copia de su historial médico');
    expect(es.intro).toContain('su historial médico');
    expect(es.rights.accounting.heading).toContain('una lista de aquellos con quienes hemos compartido su información');
    expect(es.rights.accounting.body).toContain('una lista de aquellos con quienes hemos compartido su información');
    expect(es.tpo.treatment.examples.join(' ')).toContain('al especialista al que lo remitimos');
    expect(raw).not.toMatch(/que le recomendamos/);
    // One term for the coroner or medical examiner.
    expect(raw).not.toMatch(/legista|(?<!médico )forense/);
    expect(raw).toContain('médico forense');
    expect(es.duties.protectAndNotify).toContain('no asegurada');
    expect(raw).not.toMatch(/no protegida/);
    expect(es.complaints.body).toMatch(/represalias/);
    expect(raw).not.toMatch(/jurada/);
    // One form for the privacy officer throughout, neutral in gender.
    expect(raw).not.toMatch(/encargado|oficial de privacidad|responsable de privacidad/i);
    const mentions = raw.match(/\b\w+ \w+ encargada de privacidad/g) ?? [];
    expect(mentions.length).toBeGreaterThan(5);
    for (const m of mentions) expect(m).toMatch(/la persona encargada de privacidad$/);
  });

  it('is proper UTF-8 Spanish with accents and ñ', () => {
    expect(raw).toContain('información');
    expect(raw).toContain('Nuestros');
    expect(raw).toContain('ñ');
    for (const w of ['están', 'días', 'años', 'también', 'cómo', 'teléfono', 'electrónico', '¿Preguntas?'])
      expect(raw).toContain(w);
    expect(raw).toBe(raw.normalize('NFC'));
    expect(raw).not.toMatch(/Ã|Â|\uFFFD/); // mojibake
    expect(raw).not.toMatch(/\\u00/); // written as characters, not escapes
  });

  it('matches the English one section by section: same placeholders, bullets, paragraphs and examples', () => {
    const en = template('en');
    const all = { fundraises: true, keepsPart2Records: true };
    const sEn = noticeSections(en, all);
    const sEs = noticeSections(es, all);
    expect(sEs.map((s) => s.id)).toEqual(sEn.map((s) => s.id));
    const shape = (text: string) => ({
      placeholders: [...text.matchAll(/\{\{[^}]+\}\}/g)].map((m) => m[0]).sort(),
      bullets: text.split('\n').filter((l) => l.startsWith('- ')).length,
      paragraphs: text.split(/\n\s*\n/).length,
    });
    sEn.forEach((s, i) => {
      const t = sEs[i];
      expect(t && { id: t.id, ...shape(t.text), examples: t.examples.length }).toEqual({
        id: s.id,
        ...shape(s.text),
        examples: s.examples.length,
      });
    });
  });
});
