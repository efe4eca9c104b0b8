// Known false claims (shared/domain/notice-claims.ts; DOMAIN.md §3, §5.12): each one, written in English and
// in Spanish where a practice would write it, is found and blocks publication naming the rule it contradicts;
// the correct statements of our templates ("within 30 days", "up to 30 more days", "within 60 days", "in the 6
// years before your request", "any 12 months") and true state-law deadlines are not claims.
import { describe, expect, it } from 'vitest';
import type { Language, NoticeContent } from '../../shared/contract/notice-content';
import { blockingItems } from '../../shared/domain/checklist-item';
import { FALSE_CLAIMS, falseClaims } from '../../shared/domain/notice-claims';
import { noticeChecklist } from '../../shared/domain/notice-checklist';
import { defaultTemplate } from '../../electron/core/notices/templates';
import { PRACTICE } from '../support/practice-fixture';

const LANGS: readonly Language[] = ['en', 'es'];
const everything = { fundraises: true, keepsPart2Records: true };

type Place = (c: NoticeContent, sentence: string) => void;
const append =
  (pick: (c: NoticeContent) => { body: string }): Place =>
  (c, sentence) => {
    const target = pick(c);
    target.body = `${target.body}\n\n${sentence}`;
  };
const inAccess = append((c) => c.rights.access);
const inAmendment = append((c) => c.rights.amendment);
const inAccounting = append((c) => c.rights.accounting);
const inChanges = append((c) => c.changes);
const inTpo = (c: NoticeContent, sentence: string) => {
  c.tpo.intro = sentence;
};

/** The codes of the claims found in the template with one sentence added. */
const claimsWith = (language: Language, place: Place, sentence: string): string[] => {
  const content = defaultTemplate(language);
  place(content, sentence);
  return falseClaims(content, language, everything).map((f) => f.claim.code);
};

const EXAMPLES: readonly [code: string, place: Place, en: string, es: string][] = [
  [
    'access_15_days',
    inAccess,
    'We will give you a copy within 15 days of your request.',
    'Le daremos una copia dentro de los 15 días después de su solicitud.',
  ],
  [
    'extension_15_days',
    inAccess,
    'If we need more time, we can extend this by 15 days.',
    'Si necesitamos más tiempo, podemos tomar una prórroga de 15 días.',
  ],
  [
    'mail_revised_notice',
    inChanges,
    'If we change this notice, we will mail the new notice to every patient within 60 days.',
    'Si cambiamos este aviso, le enviaremos por correo el nuevo aviso a cada paciente dentro de los 60 días.',
  ],
  [
    'annual_reminder',
    inChanges,
    'We will remind you of this notice every year.',
    'Cada año le enviaremos un recordatorio de este aviso.',
  ],
  [
    'consent_before_tpo',
    inTpo,
    'You must sign a consent form before we can treat you or bill your health plan.',
    'Usted debe firmar un formulario de consentimiento antes de que podamos darle tratamiento o cobrar a su plan.',
  ],
  [
    'consent_before_tpo',
    inTpo,
    'We cannot treat you unless you sign the acknowledgement of this notice.',
    'No podemos atenderle a menos que firme el acuse de recibo de este aviso.',
  ],
  [
    'access_over_30_days',
    inAccess,
    'We will answer your request within 45 days.',
    'Responderemos a su solicitud dentro de los 45 días.',
  ],
  ['amendment_over_60_days', inAmendment, 'We will answer within 90 days.', 'Le responderemos dentro de los 90 días.'],
  [
    'accounting_over_60_days',
    inAccounting,
    'We will send the list within 75 days.',
    'Le enviaremos la lista dentro de los 75 días.',
  ],
  [
    'extension_over_30_days',
    inAmendment,
    'If we need more time, this can add up to 60 more days.',
    'Si necesitamos más tiempo, esto puede sumar hasta 60 días más.',
  ],
];

describe('false claims as data', () => {
  it('each names what it claims and the rule it contradicts, in both languages, with a citation', () => {
    for (const c of FALSE_CLAIMS) {
      for (const text of [c.claim.en, c.claim.es, c.contradicts.en, c.contradicts.es]) expect(text.trim()).not.toBe('');
      expect(c.contradicts.cite).toMatch(/^164\.\d+/);
      expect(c.patterns.en.length).toBeGreaterThan(0);
      expect(c.patterns.es.length).toBeGreaterThan(0);
    }
    expect(new Set(FALSE_CLAIMS.map((c) => c.code)).size).toBe(FALSE_CLAIMS.length);
    // Every claim has an example below.
    expect(new Set(EXAMPLES.map(([code]) => code))).toEqual(new Set(FALSE_CLAIMS.map((c) => c.code)));
  });

  it.each(LANGS)('are none of them made by the default %s template', (language) => {
    expect(falseClaims(defaultTemplate(language), language, everything)).toEqual([]);
  });
});

describe.each(LANGS)('in a %s notice', (language) => {
  it.each(EXAMPLES)('finds %s', (code, place, en, es) => {
    expect(claimsWith(language, place, language === 'en' ? en : es)).toEqual([code]);
  });

  it('blocks publication with a row naming the claim, the rule and the sentence', () => {
    const content = defaultTemplate(language);
    const [, place, en, es] = EXAMPLES[0]!;
    const sentence = language === 'en' ? en : es;
    place(content, sentence);
    const items = noticeChecklist({ content, language, practice: PRACTICE, effectiveDate: null });
    const row = blockingItems(items).find((i) => i.key === 'claim.access_15_days');
    expect(row?.status).toBe('false_claim');
    expect(row?.cite).toContain('164.524(b)(2)');
    expect(row?.section).toBe('rights.access');
    expect(row?.reasons?.[0]?.en).toContain('30 days');
    expect(row?.reasons?.[1]?.[language]).toContain(sentence);
  });
});

describe('true statements are not claims', () => {
  it.each([
    ['en', inAccess, 'We usually do this within 30 days. This can add up to 30 more days.'],
    [
      'en',
      inAccounting,
      'The first list you ask for in any 12 months is free. It covers the 6 years before your request.',
    ],
    ['en', inAmendment, 'We will tell you why in writing within 60 days.'],
    ['en', inTpo, 'We do not need your written permission to treat you, to bill for your care or to run our practice.'],
    ['es', inTpo, 'No necesitamos su permiso por escrito para darle tratamiento o para cobrar por su atención.'],
    // True state-law deadlines (DOMAIN.md §3): Texas and California.
    ['en', inAccess, 'Texas law lets you get an electronic copy within 15 business days.'],
    ['en', inAccess, 'Under California law, we send copies within 15 days of your request.'],
    ['es', inAccess, 'La ley de Texas le permite obtener una copia electrónica dentro de 15 días hábiles.'],
    // Deadlines and yearly events that are not about the rights or the notice.
    ['en', append((c) => c.complaints), 'You must file a complaint with HHS within 180 days.'],
    ['en', inChanges, 'Each year we give our staff privacy training.'],
    ['en', inChanges, 'Our office is closed for 15 days in August.'],
  ] as const)('%s: "%s"', (language, place, sentence) => {
    expect(claimsWith(language, place, sentence)).toEqual([]);
  });
});
