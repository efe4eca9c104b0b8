// State-law addenda: a Texas or California practice's notice gets its state's statements, with their statutes,
// in the notice's language, before the complaints; the checklist lists them as added; Illinois gets none; a
// version published before addenda (no state in its snapshot) prints as it was published.
import { describe, expect, it } from 'vitest';
import { PracticeSnapshot, type Language } from '../../shared/contract/notice-content';
import { practiceSnapshot } from '../../shared/domain/practice-snapshot';
import { filledSections, noticeSections } from '../../shared/domain/notice-text';
import {
  addendumSections,
  STATE_ADDENDA,
  STATE_ADDENDUM_HEADINGS,
  stateAddendumItems,
} from '../../shared/domain/state-addenda';
import { noticeChecklist } from '../../shared/domain/notice-checklist';
import { defaultTemplate } from '../../electron/core/notices/templates';
import { PRACTICE } from '../support/practice-fixture';

const inState = (state: 'TX' | 'CA' | 'IL') => practiceSnapshot({ ...PRACTICE, state });

const sectionsOf = (state: 'TX' | 'CA' | 'IL', language: Language) =>
  filledSections(defaultTemplate(language), inState(state), language);

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('state addenda in the notice', () => {
  it.each([
    ['en', /shared electronically/, /181\.154/, /15 business days/, /181\.102/],
    ['es', /compartirse por medios electrónicos/, /181\.154/, /15 días hábiles/, /181\.102/],
  ] as const)('gives a Texas practice both Texas statements with their statutes (%s)', (language, ...patterns) => {
    const sections = sectionsOf('TX', language);
    const ids = sections.map((s) => s.id);
    expect(ids).toContain('addendum.TX');
    expect(ids).toContain('addendum.TX.electronicDisclosure');
    expect(ids).toContain('addendum.TX.electronicCopies');
    // Printed after the practice's own text and before whom to complain to and ask.
    expect(ids.indexOf('addendum.TX.electronicCopies')).toBeLessThan(ids.indexOf('complaints'));
    expect(ids.indexOf('addendum.TX')).toBeGreaterThan(ids.indexOf('changes'));
    const text = squash(
      sections
        .filter((s) => s.id.startsWith('addendum.'))
        .map((s) => s.text)
        .join(' '),
    );
    for (const p of patterns) expect(text).toMatch(p);
    const heading = sections.find((s) => s.id === 'addendum.TX')?.heading;
    expect(heading).toBe(STATE_ADDENDUM_HEADINGS.TX?.heading[language]);
  });

  it.each([
    ['en', /within 5 working days/, /copies, we will send them within 15 days/, /123110/],
    ['es', /dentro de los 5 días hábiles/, /copias por escrito, se las enviaremos dentro de los 15 días/, /123110/],
  ] as const)('gives a California practice the record-access timelines (%s)', (language, ...patterns) => {
    const sections = sectionsOf('CA', language);
    const addendum = sections.filter((s) => s.id.startsWith('addendum.'));
    expect(addendum.map((s) => s.id)).toEqual(['addendum.CA', 'addendum.CA.recordAccess']);
    const text = squash(addendum.map((s) => s.text).join(' '));
    for (const p of patterns) expect(text).toMatch(p);
    expect(sections.some((s) => s.id.startsWith('addendum.TX'))).toBe(false);
  });

  it('gives an Illinois practice no addendum, in either language', () => {
    for (const language of ['en', 'es'] as const)
      expect(sectionsOf('IL', language).filter((s) => s.id.startsWith('addendum'))).toEqual([]);
    expect(addendumSections('IL', 'en')).toEqual([]);
    expect(stateAddendumItems({ practice: inState('IL') })).toEqual([]);
  });

  it('prints none for a version published before addenda: its snapshot has no state and still loads', () => {
    const old = PracticeSnapshot.parse({
      name: 'Lakeview Family Medicine',
      address: '1 Main St, Austin, TX 78701',
      phone: '(512) 555-0100',
      website: '',
      privacyOfficer: { name: 'Dana', title: 'Manager', phone: '(512) 555-0101', email: 'd@example.org' },
      fundraises: false,
      keepsPart2Records: false,
    });
    const sections = noticeSections(defaultTemplate('en'), old, 'en');
    expect(sections.some((s) => s.id.startsWith('addendum'))).toBe(false);
    // Without a language, the sections are the practice's own content alone: the false-claim scan reads that,
    // so Texas's "15 business days" is never taken for the unadopted 15-day access proposal.
    expect(noticeSections(defaultTemplate('en'), inState('TX')).some((s) => s.id.startsWith('addendum'))).toBe(false);
  });

  it('lists each statement in the checklist as added by the app, labelled in both languages, with its statute', () => {
    expect(stateAddendumItems({ practice: inState('TX') })).toEqual([
      {
        key: 'addendum.TX.electronicDisclosure',
        cite: 'Tex. Health & Safety Code 181.154',
        label: STATE_ADDENDA[0]?.heading,
        status: 'added',
      },
      {
        key: 'addendum.TX.electronicCopies',
        cite: 'Tex. Health & Safety Code 181.102',
        label: STATE_ADDENDA[1]?.heading,
        status: 'added',
      },
    ]);
    expect(stateAddendumItems({ practice: inState('CA') }).map((i) => [i.key, i.cite])).toEqual([
      ['addendum.CA.recordAccess', 'Cal. Health & Safety Code 123110'],
    ]);
  });

  it('shows in the notice checklist: the Texas rows as added, and a Spanish notice warned of the English title', () => {
    const rows = noticeChecklist({
      content: defaultTemplate('es'),
      language: 'es',
      practice: inState('TX'),
      effectiveDate: null,
    });
    expect(rows.filter((r) => r.key.startsWith('addendum.')).map((r) => [r.key, r.status])).toEqual([
      ['addendum.TX.electronicDisclosure', 'added'],
      ['addendum.TX.electronicCopies', 'added'],
    ]);
    expect(rows.find((r) => r.key === 'translation.privacyOfficer.title')?.status).toBe('warning');
  });

  it('keeps every statement complete: a heading and text in both languages, each text ending with its statute', () => {
    for (const a of STATE_ADDENDA) {
      expect(STATE_ADDENDUM_HEADINGS[a.state], a.state).toBeDefined();
      const section = a.cite.split(' ').at(-1) ?? '';
      for (const language of ['en', 'es'] as const) {
        expect(a.heading[language].trim(), `${a.code} ${language}`).not.toBe('');
        expect(a.text[language], `${a.code} ${language}`).toMatch(new RegExp(`${section.replace('.', '\\.')}\\)$`));
      }
    }
  });
});
