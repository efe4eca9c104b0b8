// The checklist reads what each element's text says (shared/domain/notice-facts*.ts; DOMAIN.md §1, §5.11):
// every fact of every element is named when the text lacks it, in English and Spanish, plain wordings other
// than our template's are accepted, and the defects the review found (issue 8) are all refused.
import { describe, expect, it } from 'vitest';
import type { Language, NoticeContent, PermittedUseKey } from '../../shared/contract/notice-content';
import { blockingItems } from '../../shared/domain/checklist-item';
import { describeItem, ELEMENT_FACTS, noticeChecklist } from '../../shared/domain/notice-checklist';
import { normalizeText, SPANISH_HEADER_FACTS } from '../../shared/domain/notice-facts';
import { REQUIRED_ELEMENTS } from '../../shared/domain/notice-elements';
import { defaultTemplate } from '../../electron/core/notices/templates';
import { PRACTICE } from '../support/practice-fixture';

const LANGS: readonly Language[] = ['en', 'es'];
const practice = { ...PRACTICE, fundraises: true, keepsPart2Records: true };

/** The checklist of the template with one change, for a practice that needs every element. */
const checklistWith = (language: Language, change: (c: NoticeContent) => void) => {
  const content = defaultTemplate(language);
  change(content);
  return noticeChecklist({ content, language, practice, effectiveDate: '2027-01-01' });
};

/** The missing facts (in the checklist's language) of one element, or [] when it is present. */
const missingFacts = (language: Language, key: string, change: (c: NoticeContent) => void): string[] => {
  const row = checklistWith(language, change).find((i) => i.key === key);
  return row?.status === 'missing' ? (row.reasons ?? []).map((r) => r[language]) : [];
};

const useOf = (c: NoticeContent, key: PermittedUseKey) => c.withoutAuthorization.uses.find((u) => u.key === key)!;

describe('the facts of each element', () => {
  it('name each fact in both languages and cite its 45 CFR paragraph, for real elements', () => {
    const keys = new Set<string>(REQUIRED_ELEMENTS.map((e) => e.key));
    for (const spec of ELEMENT_FACTS) {
      expect(keys.has(spec.key), spec.key).toBe(true);
      for (const f of spec.facts) {
        expect(f.cite, `${spec.key}.${f.code}`).toMatch(/^164\.\d+/);
        expect(f.name.en.trim()).not.toBe('');
        expect(f.name.es.trim()).not.toBe('');
        expect(f.patterns.en.length + f.patterns.es.length).toBeGreaterThan(0);
      }
    }
  });

  it.each(LANGS)('are all stated by the default %s template', (language) => {
    const items = checklistWith(language, () => undefined);
    expect(blockingItems(items)).toEqual([]);
  });

  it('match after folding case, accents and spacing', () => {
    expect(normalizeText('  INFORMACIÓN   no\nAsegurada ')).toBe('informacion no asegurada');
    const upper = missingFacts('es', 'duty_privacy_notice_breach', (c) => {
      c.duties.protectAndNotify = c.duties.protectAndNotify.toUpperCase();
    });
    expect(upper).toEqual([]);
  });
});

describe('the defects the review found are refused, naming the fact', () => {
  it.each([
    ['en', 'We ask your permission for some things.'],
    ['es', 'Le pedimos su permiso para algunas cosas.'],
  ] as const)('authorization (%s): "%s"', (language, text) => {
    const missing = missingFacts(language, 'authorization_required_statement', (c) => {
      c.authorizationRequired.body = text;
    });
    expect(missing).toEqual(
      language === 'en'
        ? [
            'psychotherapy notes need written permission',
            'marketing needs written permission',
            'selling health information needs written permission',
            'any other use only with written permission',
            'that a permission can be taken back (revoked)',
          ]
        : [
            'las notas de psicoterapia necesitan permiso por escrito',
            'el mercadeo necesita permiso por escrito',
            'vender la información de salud necesita permiso por escrito',
            'cualquier otro uso solo con permiso por escrito',
            'que un permiso se puede retirar (revocar)',
          ],
    );
  });

  it.each(LANGS)('a %s restriction right without the self-pay exception', (language) => {
    const missing = missingFacts(language, 'rights_restriction', (c) => {
      c.rights.restriction.body = c.rights.restriction.body.split('\n\n')[0] ?? '';
    });
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(language === 'en' ? /pay in full yourself/ : /paga por completo/);
  });

  it.each(LANGS)('%s duties without breach notification', (language) => {
    const missing = missingFacts(language, 'duty_privacy_notice_breach', (c) => {
      c.duties.protectAndNotify =
        language === 'en'
          ? 'The law requires us to keep your health information private. We must give you this notice of our duties.'
          : 'La ley nos exige mantener su información de salud privada. Debemos darle este aviso sobre nuestros deberes.';
    });
    expect(missing).toEqual([
      language === 'en'
        ? 'notifying you after a breach of unsecured information'
        : 'avisarle después de una violación de la seguridad de su información no asegurada',
    ]);
  });

  it.each([
    ['en', 'You can complain to HHS.'],
    ['es', 'Puede presentar una queja ante HHS.'],
  ] as const)('complaints (%s): "%s"', (language, text) => {
    const missing = missingFacts(language, 'complaints', (c) => {
      c.complaints.body = text;
    });
    expect(missing).toEqual(
      language === 'en'
        ? [
            'that you can complain to the practice',
            'how to file a complaint with the practice',
            'that you will not be retaliated against for complaining',
          ]
        : [
            'que usted puede presentar una queja ante el consultorio',
            'cómo presentar una queja ante el consultorio',
            'que no habrá represalias por presentar una queja',
          ],
    );
  });

  it.each(LANGS)('%s rights whose texts are "x" and "y"', (language) => {
    const items = checklistWith(language, (c) => {
      for (const field of ['access', 'amendment', 'accounting'] as const) {
        c.rights[field].body = 'x';
        c.rights[field].how = 'y';
      }
    });
    for (const key of ['rights_access', 'rights_amendment', 'rights_accounting']) {
      const row = items.find((i) => i.key === key);
      expect(row?.status, key).toBe('missing');
      const facts = (row?.reasons ?? []).map((r) => r.en);
      expect(facts).toHaveLength(2);
      expect(facts[1]).toMatch(/^how to use this right/);
    }
  });

  it.each(LANGS)('%s: a "how" with no one to ask or way to ask is refused, a plain one is accepted', (language) => {
    const how = (text: string) =>
      missingFacts(language, 'rights_paper_copy', (c) => {
        c.rights.paperCopy.how = text;
      });
    expect(how(language === 'en' ? 'It is possible.' : 'Es posible hacerlo.')).toHaveLength(1);
    expect(how(language === 'en' ? 'Call us at the front desk.' : 'Llámenos a la recepción.')).toEqual([]);
  });
});

describe('uses and disclosures without authorization (164.520(b)(2)(i))', () => {
  it.each(['required_by_law', 'serious_threat'] as const)('never leave out %s, nor leave its text empty', (key) => {
    for (const language of LANGS) {
      const excluded = missingFacts(language, 'uses_without_authorization', (c) => {
        useOf(c, key).included = false;
      });
      expect(excluded).toHaveLength(1);
      const emptied = checklistWith(language, (c) => {
        useOf(c, key).body = '';
      }).find((i) => i.key === 'uses_without_authorization');
      expect(emptied?.status).toBe('missing');
      expect(emptied?.reasons?.map((r) => r.en).join(' ')).toContain(key);
    }
  });

  it('may leave out another purpose the practice never uses', () => {
    expect(
      missingFacts('en', 'uses_without_authorization', (c) => {
        useOf(c, 'research').included = false;
      }),
    ).toEqual([]);
  });
});

describe('plain wordings other than the template’s', () => {
  it.each([
    [
      'en',
      'complaints',
      (c: NoticeContent) => {
        c.complaints.body =
          'Unhappy with how we handled your privacy? Tell our privacy officer: call {{privacyOfficer.phone}}. You may also complain to the Secretary of Health and Human Services. We will never retaliate against you.';
      },
    ],
    [
      'es',
      'complaints',
      (c: NoticeContent) => {
        c.complaints.body =
          'Puede presentar una queja ante nosotros llamando al {{privacyOfficer.phone}}, o ante la Secretaría de Salud y Servicios Humanos. No habrá represalias.';
      },
    ],
    [
      'en',
      'duty_privacy_notice_breach',
      (c: NoticeContent) => {
        c.duties.protectAndNotify =
          'By law we protect your health information and give you this notice. We will let you know if a breach affects your unsecured information.';
      },
    ],
    [
      'es',
      'duty_privacy_notice_breach',
      (c: NoticeContent) => {
        c.duties.protectAndNotify =
          'Por ley protegemos su información de salud y le damos este aviso. Le notificaremos si hay una brecha de seguridad de su información NO ASEGURADA.';
      },
    ],
    [
      'en',
      'authorization_required_statement',
      (c: NoticeContent) => {
        c.authorizationRequired.body =
          'We need your written OK to share psychotherapy notes, to use your information for marketing, or to sell it. Anything else not described in this notice also needs your permission in writing. You can cancel your permission at any time.';
      },
    ],
  ] as const)('%s %s', (language, key, change) => {
    expect(missingFacts(language, key, change)).toEqual([]);
  });
});

describe('the wording of HHS’s model notice (DOMAIN.md §4)', () => {
  it.each([
    [
      'duty_privacy_notice_breach',
      (c: NoticeContent) => {
        c.duties.protectAndNotify =
          'We are required by law to maintain the privacy and security of your protected health information. We will let you know promptly if a breach occurs that may have compromised the privacy or security of your information. We must follow the duties and privacy practices described in this notice and give you a copy of it.';
      },
    ],
    [
      'duty_abide_current',
      (c: NoticeContent) => {
        c.duties.followCurrent = 'We must follow the duties and privacy practices described in this notice.';
      },
    ],
    [
      'complaints',
      (c: NoticeContent) => {
        c.complaints.body =
          'You can complain if you feel we have violated your rights by contacting us using the information on page 1. You can file a complaint with the U.S. Department of Health and Human Services Office for Civil Rights. We will not retaliate against you for filing a complaint.';
      },
    ],
    [
      'rights_restriction',
      (c: NoticeContent) => {
        c.rights.restriction.body =
          'You can ask us not to use or share certain health information for treatment, payment, or our operations. We are not required to agree to your request, and we may say “no” if it would affect your care. If you pay for a service or health care item out-of-pocket in full, you can ask us not to share that information for the purpose of payment or our operations with your health insurer. We will say “yes” unless a law requires us to share that information.';
      },
    ],
    [
      'authorization_required_statement',
      (c: NoticeContent) => {
        c.authorizationRequired.body =
          'In these cases we never share your information unless you give us written permission:\n- Marketing purposes\n- Sale of your information\n- Most sharing of psychotherapy notes\n\nWe will not use or share your information other than as described here unless you tell us we can in writing. If you tell us we can, you may change your mind at any time.';
      },
    ],
  ] as const)('states every fact of %s', (key, change) => {
    expect(missingFacts('en', key, change)).toEqual([]);
  });
});

describe('the header (164.520(b)(1)(i))', () => {
  const headerRow = (language: Language, header: string) =>
    checklistWith(language, (c) => {
      c.header = header;
    }).find((i) => i.key === 'header');

  it('is the exact English statement, in any case and spacing', () => {
    const en = defaultTemplate('en').header;
    expect(headerRow('en', en.toLowerCase().replace(/ /g, '  '))?.status).toBe('present');
    expect(headerRow('en', en.replace('CAREFULLY', 'WHEN YOU CAN'))?.status).toBe('missing');
  });

  it.each([
    // HHS's own Spanish model notice.
    'ESTA NOTIFICACIÓN DESCRIBE CÓMO PUEDE UTILIZARSE Y DIVULGARSE SU INFORMACIÓN MÉDICA Y CÓMO PUEDE USTED ACCEDER A ESTA INFORMACIÓN. REVÍSELA CUIDADOSAMENTE.',
    // Ours.
    defaultTemplate('es').header,
    // Other faithful renderings in use.
    'LA PRESENTE NOTIFICACIÓN DESCRIBE LA MANERA EN QUE LA INFORMACIÓN MÉDICA ACERCA DE USTED PUEDE SER UTILIZADA Y DIVULGADA Y CÓMO PUEDE USTED ACCEDER A ESTA INFORMACIÓN. POR FAVOR LÉALA DETENIDAMENTE.',
    'Este aviso describe cómo se puede usar y compartir su información de salud y cómo puede obtener esta información. Por favor, revíselo con atención.',
  ])('accepts the faithful Spanish header "%s"', (header) => {
    expect(headerRow('es', header)?.status).toBe('present');
  });

  it('refuses an unrelated Spanish sentence, naming each missing fact', () => {
    const row = headerRow('es', 'El consultorio abre de lunes a viernes de 8 a 5.');
    expect(row?.status).toBe('missing');
    expect(row?.reasons).toEqual(SPANISH_HEADER_FACTS.map((f) => f.name));
  });
});

describe('Part 2 and the practice settings', () => {
  it('requires 42 CFR Part 2 named among the stricter laws only with Part 2 records', () => {
    const content = defaultTemplate('es');
    content.moreStringentLaw.body = 'Seguimos las leyes estatales que protegen más su información.';
    const row = (keepsPart2Records: boolean) =>
      noticeChecklist({
        content,
        language: 'es',
        practice: { ...PRACTICE, keepsPart2Records },
        effectiveDate: null,
      }).find((i) => i.key === 'more_stringent_law');
    expect(row(false)?.status).toBe('present');
    expect(row(true)?.reasons).toEqual([
      { en: '42 CFR Part 2 among the stricter laws', es: '42 CFR Parte 2 entre las leyes más estrictas' },
    ]);
  });

  it('prints a refusal line as "Element (cite): missing fact, missing fact"', () => {
    const items = checklistWith('en', (c) => {
      c.complaints.body = 'You can complain to HHS.';
    });
    expect(blockingItems(items).map(describeItem)).toEqual([
      'Complaints to us and to HHS; no retaliation (164.520(b)(1)(vi)): that you can complain to the practice, how to file a complaint with the practice, that you will not be retaliated against for complaining',
    ]);
  });
});
