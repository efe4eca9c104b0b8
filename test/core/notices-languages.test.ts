// Notices in both languages through the core's door, on a real encrypted database with real PDFs read back:
// the state addenda a Texas or California practice prints (frozen with the version it was published for), the
// privacy officer's title in Spanish, and a Spanish draft laid out like the English notice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/contract/notice-content';
import type { Practice } from '../../shared/contract/practice';
import { openHarness, setupInput, type Harness } from '../support/core-harness';
import { readBack } from './pdf/helpers';

let h: Harness;
const base = setupInput().practice;

const movePractice = (over: Partial<Practice>) => h.value('practice.update', { ...base, ...over });
const TEXAS = { state: 'TX', city: 'Austin', postalCode: '78701' } as const;
const CALIFORNIA = { state: 'CA', city: 'Oakland', postalCode: '94612' } as const;
const ILLINOIS = { state: 'IL', city: 'Chicago', postalCode: '60610' } as const;

/** The full notice of a version as a reader sees it: all pages' text, whitespace collapsed. */
const fullText = async (version: number, language: Language): Promise<string> => {
  const { pdfBase64 } = await h.value('notices.pdf', { version, language, kind: 'full' });
  return (await readBack(Buffer.from(pdfBase64, 'base64'))).text;
};

const publishTemplate = async (language: Language, effectiveDate: string) => {
  const { draft } = await h.value('notices.createDraft', { language, from: 'template' });
  return h.value('notices.publish', {
    id: draft.id,
    effectiveDate,
    changeSummary: 'First notice',
    materialChange: null,
  });
};

const TEXAS_EN = [
  'Your rights under Texas law',
  'Your health information may be shared electronically',
  '(Texas Health and Safety Code, section 181.154)',
  'within 15 business days',
  '(Texas Health and Safety Code, section 181.102)',
];
const TEXAS_ES = [
  'Sus derechos según la ley de Texas',
  'Su información de salud puede compartirse por medios electrónicos',
  '(Código de Salud y Seguridad de Texas, sección 181.154)',
  'dentro de los 15 días hábiles',
  '(Código de Salud y Seguridad de Texas, sección 181.102)',
];
const CALIFORNIA_EN = [
  'Your rights under California law',
  'within 5 working days',
  'we will send them within 15 days',
  '(California Health and Safety Code, section 123110)',
];
const CALIFORNIA_ES = [
  'Sus derechos según la ley de California',
  'dentro de los 5 días hábiles',
  'se las enviaremos dentro de los 15 días',
  '(Código de Salud y Seguridad de California, sección 123110)',
];

beforeAll(async () => {
  h = await openHarness({ setup: true });
});
afterAll(() => h.close());

describe('state addenda in printed notices', () => {
  let texasEn: number;
  let texasEs: number;

  it('prints the Texas statements with their statutes in a Texas practice’s published notices, in both languages', async () => {
    await movePractice(TEXAS);
    texasEn = (await publishTemplate('en', '2026-11-02')).id;
    texasEs = (await publishTemplate('es', '2026-11-02')).id;
    const en = await fullText(texasEn, 'en');
    const es = await fullText(texasEs, 'es');
    for (const s of TEXAS_EN) expect(en).toContain(s);
    for (const s of TEXAS_ES) expect(es).toContain(s);
    // Before the complaints section, so the notice still ends with whom to complain to and ask.
    const { complaints } = await h.value('notices.template', { language: 'en' });
    expect(en.lastIndexOf(complaints.heading)).toBeGreaterThan(en.indexOf('Your rights under Texas law'));
    expect(en).not.toContain('California');
  });

  it('keeps printing Texas in those versions after the practice moves to California, whose drafts print California', async () => {
    await movePractice(CALIFORNIA);
    const en = await fullText(texasEn, 'en');
    for (const s of TEXAS_EN) expect(en).toContain(s);
    expect(en).not.toContain('California Health and Safety Code');

    const { draft: draftEn } = await h.value('notices.createDraft', { language: 'en', from: 'newest' });
    const { draft: draftEs } = await h.value('notices.createDraft', { language: 'es', from: 'newest' });
    const draftTextEn = await fullText(draftEn.id, 'en');
    const draftTextEs = await fullText(draftEs.id, 'es');
    for (const s of CALIFORNIA_EN) expect(draftTextEn).toContain(s);
    for (const s of CALIFORNIA_ES) expect(draftTextEs).toContain(s);
    expect(draftTextEn).not.toContain('Texas');

    // An Illinois practice has no addendum: nothing of either state prints.
    await movePractice(ILLINOIS);
    const illinois = `${await fullText(draftEn.id, 'en')} ${await fullText(draftEs.id, 'es')}`;
    for (const s of [...TEXAS_EN, ...TEXAS_ES, ...CALIFORNIA_EN, ...CALIFORNIA_ES]) expect(illinois).not.toContain(s);
    await h.value('notices.discardDraft', { id: draftEn.id });
    await h.value('notices.discardDraft', { id: draftEs.id });
  });
});

describe('the privacy officer’s title in Spanish', () => {
  it('prints the Spanish title in the Spanish notice, never the English one, and the English title in English', async () => {
    const officer = { ...base.privacyOfficer, title: 'Compliance Lead', titleEs: 'Responsable de cumplimiento' };
    const saved = await h.value('practice.updatePrivacyOfficer', officer);
    expect(saved.privacyOfficer.titleEs).toBe('Responsable de cumplimiento');
    const { draft: es } = await h.value('notices.createDraft', { language: 'es', from: 'template' });
    const { draft: en } = await h.value('notices.createDraft', { language: 'en', from: 'template' });
    const spanish = await fullText(es.id, 'es');
    expect(spanish).toContain('Responsable de cumplimiento');
    expect(spanish).not.toContain('Compliance Lead');
    const english = await fullText(en.id, 'en');
    expect(english).toContain('Compliance Lead');
    expect(english).not.toContain('Responsable de cumplimiento');

    // A caller that sends only the four English fields (the CLI, an older screen) keeps the Spanish title.
    const withoutSpanish = { ...base.privacyOfficer, title: 'Compliance Officer' };
    const again = await h.value('practice.updatePrivacyOfficer', withoutSpanish);
    expect(again.privacyOfficer).toMatchObject({ title: 'Compliance Officer', titleEs: 'Responsable de cumplimiento' });

    // Cleared, the Spanish notice falls back to the English title rather than printing nothing.
    await h.value('practice.updatePrivacyOfficer', { ...officer, title: 'Compliance Officer', titleEs: '' });
    const fallback = await fullText(es.id, 'es');
    expect(fallback).toContain('Compliance Officer');
    await h.value('notices.discardDraft', { id: es.id });
    await h.value('notices.discardDraft', { id: en.id });
  });
});

describe('a Spanish draft laid out like the English notice', () => {
  it('takes the Spanish template’s words with the English version’s choice of permitted uses', async () => {
    const { draft } = await h.value('notices.createDraft', { language: 'en', from: 'newest' });
    const content = structuredClone(draft.content);
    content.withoutAuthorization.uses = content.withoutAuthorization.uses.map((u) =>
      u.key === 'research' || u.key === 'workers_compensation' ? { ...u, included: false } : u,
    );
    await h.value('notices.updateDraft', { id: draft.id, content });
    const v2 = await h.value('notices.publish', {
      id: draft.id,
      effectiveDate: '2026-11-03',
      changeSummary: 'No research or workers’ compensation disclosures',
      materialChange: true,
    });

    const template = await h.value('notices.template', { language: 'es' });
    const { draft: es, existing } = await h.value('notices.createDraft', { language: 'es', from: 'other-language' });
    expect(existing).toBe(false);
    expect(es.language).toBe('es');
    expect(es.content.title).toBe(template.title);
    const left = (uses: typeof content.withoutAuthorization.uses) => uses.filter((u) => !u.included).map((u) => u.key);
    expect(left(es.content.withoutAuthorization.uses)).toEqual(left(v2.content.withoutAuthorization.uses));
    expect(left(es.content.withoutAuthorization.uses)).toEqual(['research', 'workers_compensation']);
    const spanishHeadings = new Map(template.withoutAuthorization.uses.map((u) => [u.key, u.heading]));
    for (const u of es.content.withoutAuthorization.uses) expect(u.heading).toBe(spanishHeadings.get(u.key));
    await h.value('notices.discardDraft', { id: es.id });
  });
});
