// The practice's details in a notice's language, the checklist warning for a missing Spanish detail, a Spanish
// draft laid out like the English notice, and the flag for a language whose notice is behind the other's.
import { describe, expect, it } from 'vitest';
import { practiceSnapshot } from '../../shared/domain/practice-snapshot';
import { practiceInLanguage } from '../../shared/domain/practice-language';
import { translationItems } from '../../shared/domain/translation-check';
import { withStructureOf } from '../../shared/domain/notice-structure';
import { fillPlaceholders } from '../../shared/domain/notice-text';
import { languageBehind, type VersionDates } from '../../shared/domain/notice-lifecycle';
import { defaultTemplate } from '../../electron/core/notices/templates';
import { PRACTICE } from '../support/practice-fixture';

const withTitleEs = (titleEs: string | undefined) =>
  practiceSnapshot({ ...PRACTICE, privacyOfficer: { ...PRACTICE.privacyOfficer, titleEs } });

describe('practice details in the notice language', () => {
  it('fills the Spanish title into a Spanish notice, and the English one into an English notice', () => {
    const p = withTitleEs('Gerente del consultorio');
    expect(fillPlaceholders('Cargo: {{privacyOfficer.title}}', practiceInLanguage(p, 'es'))).toBe(
      'Cargo: Gerente del consultorio',
    );
    expect(fillPlaceholders('Title: {{privacyOfficer.title}}', practiceInLanguage(p, 'en'))).toBe(
      'Title: Practice Manager',
    );
  });

  it('falls back to the English title when no Spanish one is given (absent, empty or spaces)', () => {
    for (const titleEs of [undefined, '', '   '])
      expect(practiceInLanguage(withTitleEs(titleEs), 'es').privacyOfficer.title).toBe('Practice Manager');
  });

  it('never translates names, addresses, phones or web addresses', () => {
    const p = withTitleEs('Gerente del consultorio');
    const es = practiceInLanguage(p, 'es');
    expect([es.name, es.address, es.phone, es.website, es.privacyOfficer.name, es.privacyOfficer.email]).toEqual([
      p.name,
      p.address,
      p.phone,
      p.website,
      p.privacyOfficer.name,
      p.privacyOfficer.email,
    ]);
  });
});

describe('the translation warning', () => {
  it('warns a Spanish notice whose practice has no Spanish title, naming the English one it prints', () => {
    const [item, ...rest] = translationItems({ language: 'es', practice: withTitleEs('') });
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ key: 'translation.privacyOfficer.title', status: 'warning' });
    expect(item?.reasons?.[0]?.en).toContain('“Practice Manager”');
    expect(item?.reasons?.[0]?.es).toContain('“Practice Manager”');
  });

  it('says nothing once the Spanish title is set, nor for an English notice', () => {
    expect(translationItems({ language: 'es', practice: withTitleEs('Gerente') })).toEqual([]);
    expect(translationItems({ language: 'en', practice: withTitleEs(undefined) })).toEqual([]);
  });
});

describe('a draft laid out like the other language', () => {
  it('takes the Spanish words and the English choice and order of permitted uses', () => {
    const en = defaultTemplate('en');
    const es = defaultTemplate('es');
    en.withoutAuthorization.uses = en.withoutAuthorization.uses
      .filter((u) => u.key !== 'directory')
      .map((u) => (u.key === 'research' || u.key === 'workers_compensation' ? { ...u, included: false } : u))
      .reverse();
    const draft = withStructureOf(es, en);
    const spanishHeading = new Map(es.withoutAuthorization.uses.map((u) => [u.key, u.heading]));
    const laidOut = draft.withoutAuthorization.uses;
    // The English order first, each included as in English, then what only the Spanish template has, left out.
    expect(laidOut.map((u) => u.key)).toEqual([...en.withoutAuthorization.uses.map((u) => u.key), 'directory']);
    expect(laidOut.filter((u) => !u.included).map((u) => u.key)).toEqual([
      'workers_compensation',
      'research',
      'directory',
    ]);
    for (const u of laidOut) expect(u.heading).toBe(spanishHeading.get(u.key));
    expect(draft.title).toBe(es.title);
    expect(draft.rights).toEqual(es.rights);
  });
});

describe('a language behind the other', () => {
  const v = (id: number, language: 'en' | 'es', effectiveDate: string, over: Partial<VersionDates> = {}) => ({
    id,
    language,
    publishedOn: '2026-01-01',
    effectiveDate,
    retiredOn: null,
    ...over,
  });

  it('flags Spanish when English changed after the newest Spanish version', () => {
    const versions = [v(1, 'en', '2026-02-01'), v(2, 'es', '2026-02-01'), v(3, 'en', '2026-06-01')];
    expect(languageBehind(versions, 'es')).toMatchObject({ ahead: 'en', newest: { id: 2 }, otherNewest: { id: 3 } });
    expect(languageBehind(versions, 'en')).toBeNull();
  });

  it('is in step when both took the change on the same day, or once Spanish follows', () => {
    expect(languageBehind([v(1, 'en', '2026-06-01'), v(2, 'es', '2026-06-01')], 'es')).toBeNull();
    expect(languageBehind([v(1, 'en', '2026-06-01'), v(2, 'es', '2026-06-02')], 'es')).toBeNull();
  });

  it('ignores drafts and withdrawn versions, and says nothing while a language has no version', () => {
    const versions = [
      v(1, 'en', '2026-02-01'),
      v(2, 'es', '2026-02-01'),
      v(3, 'en', '2026-06-01', { withdrawnOn: '2026-03-01' }),
      v(4, 'en', '2026-07-01', { publishedOn: null }),
    ];
    expect(languageBehind(versions, 'es')).toBeNull();
    expect(languageBehind([v(1, 'en', '2026-02-01')], 'es')).toBeNull();
  });
});
