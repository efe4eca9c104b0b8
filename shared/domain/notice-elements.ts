// The required elements of a Notice of Privacy Practices (45 CFR 164.520(b)(1); DOMAIN.md §1), keyed as
// in DOMAIN.md, with their citation and when each applies to a practice, and the order the rights print in.
// The checklist, the notice text, the PDFs and the editor all read these, so each rule is decided here once.
import type { NoticeContent, PracticeSnapshot } from '../contract/notice-content';

export type ElementCondition = 'always' | 'fundraising' | 'part2' | 'part2_and_fundraising' | 'vacated';

export interface RequiredElement<K extends string = string> {
  key: K;
  cite: string;
  label: { en: string; es: string };
  when: ElementCondition;
}

const el = <K extends string>(
  key: K,
  cite: string,
  en: string,
  es: string,
  when: ElementCondition = 'always',
): RequiredElement<K> => ({
  key,
  cite,
  label: { en, es },
  when,
});

/** 45 CFR 164.520(b)(1)(i): the only verbatim text the rule demands. */
export const HEADER_STATEMENT_EN =
  'THIS NOTICE DESCRIBES HOW MEDICAL INFORMATION ABOUT YOU MAY BE USED AND DISCLOSED AND HOW YOU CAN GET ACCESS TO THIS INFORMATION. PLEASE REVIEW IT CAREFULLY.';

/** Our faithful Spanish rendering of the 164.520(b)(1)(i) statement, used as the Spanish notice's header. */
export const HEADER_STATEMENT_ES =
  'ESTE AVISO DESCRIBE CÓMO SE PUEDE USAR Y DIVULGAR SU INFORMACIÓN MÉDICA Y CÓMO USTED PUEDE OBTENER ACCESO A ESTA INFORMACIÓN. LÉALO CON ATENCIÓN.';

export const HEADER_STATEMENT = { en: HEADER_STATEMENT_EN, es: HEADER_STATEMENT_ES } as const;

export const REQUIRED_ELEMENTS = [
  el('plain_language', '164.520(b)(1)', 'Plain language', 'Lenguaje sencillo'),
  el('header', '164.520(b)(1)(i)', 'Header statement', 'Declaración del encabezado'),
  el(
    'uses_tpo_with_examples',
    '164.520(b)(1)(ii)(A)',
    'Treatment, payment and operations, each with an example',
    'Tratamiento, pago y operaciones, cada uno con un ejemplo',
  ),
  el(
    'uses_without_authorization',
    '164.520(b)(1)(ii)(B)',
    'Uses and disclosures without authorization',
    'Usos y divulgaciones sin autorización',
  ),
  el(
    'more_stringent_law',
    '164.520(b)(1)(ii)(C)',
    'More stringent state or federal law',
    'Leyes estatales o federales más estrictas',
  ),
  el(
    'authorization_required_statement',
    '164.520(b)(1)(ii)(E)',
    'Uses that need written authorization, and revoking it',
    'Usos que requieren autorización escrita y cómo revocarla',
  ),
  el(
    'repro_prohibited_uses',
    '164.520(b)(1)(ii)(F)',
    'Reproductive health care: prohibited uses (vacated)',
    'Salud reproductiva: usos prohibidos (anulado)',
    'vacated',
  ),
  el(
    'repro_attestation_uses',
    '164.520(b)(1)(ii)(G)',
    'Reproductive health care: attestation (vacated)',
    'Salud reproductiva: declaración firmada (anulado)',
    'vacated',
  ),
  el(
    'redisclosure_statement',
    '164.520(b)(1)(ii)(H)',
    'Redisclosure warning (vacated)',
    'Advertencia sobre nueva divulgación (anulado)',
    'vacated',
  ),
  el(
    'separate_statement_fundraising',
    '164.520(b)(1)(iii)(A)',
    'Fundraising and how to opt out',
    'Recaudación de fondos y cómo excluirse',
    'fundraising',
  ),
  el(
    'part2_legal_proceedings',
    '164.520(b)(1)(iii)(D)',
    'Part 2 records not used against you in proceedings',
    'Registros de la Parte 2 no usados en su contra en procesos',
    'part2',
  ),
  el(
    'part2_fundraising_optout',
    '164.520(b)(1)(iii)(E)',
    'Part 2 records: opt out of fundraising',
    'Registros de la Parte 2: excluirse de la recaudación de fondos',
    'part2_and_fundraising',
  ),
  el(
    'rights_restriction',
    '164.520(b)(1)(iv)(A)',
    'Right to ask for limits (restrictions)',
    'Derecho a pedir límites (restricciones)',
  ),
  el(
    'rights_confidential_comms',
    '164.520(b)(1)(iv)(B)',
    'Right to confidential communications',
    'Derecho a comunicaciones confidenciales',
  ),
  el('rights_access', '164.520(b)(1)(iv)(C)', 'Right to see and get a copy', 'Derecho a ver y obtener una copia'),
  el(
    'rights_amendment',
    '164.520(b)(1)(iv)(D)',
    'Right to ask for a correction (amendment)',
    'Derecho a pedir una corrección (enmienda)',
  ),
  el(
    'rights_accounting',
    '164.520(b)(1)(iv)(E)',
    'Right to a list of disclosures (accounting)',
    'Derecho a una lista de divulgaciones',
  ),
  el(
    'rights_paper_copy',
    '164.520(b)(1)(iv)(F)',
    'Right to a paper copy of this notice',
    'Derecho a una copia en papel de este aviso',
  ),
  el(
    'duty_privacy_notice_breach',
    '164.520(b)(1)(v)(A)',
    'Our duty to protect, give this notice and notify of breaches',
    'Nuestro deber de proteger, dar este aviso y notificar violaciones',
  ),
  el(
    'duty_abide_current',
    '164.520(b)(1)(v)(B)',
    'Our duty to follow the notice in effect',
    'Nuestro deber de seguir el aviso vigente',
  ),
  el(
    'reserve_right_to_change',
    '164.520(b)(1)(v)(C)',
    'Our right to change this notice',
    'Nuestro derecho a cambiar este aviso',
  ),
  el(
    'complaints',
    '164.520(b)(1)(vi)',
    'Complaints to us and to HHS; no retaliation',
    'Quejas ante nosotros y ante HHS; sin represalias',
  ),
  el(
    'contact',
    '164.520(b)(1)(vii)',
    'Contact person or office with phone',
    'Persona u oficina de contacto con teléfono',
  ),
  el('effective_date', '164.520(b)(1)(viii)', 'Effective date', 'Fecha de vigencia'),
] as const;

export type ElementKey = (typeof REQUIRED_ELEMENTS)[number]['key'];

export const elementOf = (key: ElementKey): RequiredElement<ElementKey> =>
  REQUIRED_ELEMENTS.find((e) => e.key === key) as RequiredElement<ElementKey>;

/** The practice's answers that decide which elements its notice needs (Settings › Practice). */
export type PracticeFlags = Pick<PracticeSnapshot, 'fundraises' | 'keepsPart2Records'>;

/** Whether a condition holds for a practice. A vacated element never applies. */
export const conditionHolds = (when: ElementCondition, p: PracticeFlags): boolean => {
  switch (when) {
    case 'always':
      return true;
    case 'fundraising':
      return p.fundraises;
    case 'part2':
      return p.keepsPart2Records;
    case 'part2_and_fundraising':
      return p.keepsPart2Records && p.fundraises;
    case 'vacated':
      return false;
  }
};

/** Whether an element applies to the practice: the checklist requires it and the notice prints its section. */
export const elementApplies = (key: ElementKey, p: PracticeFlags): boolean => conditionHolds(elementOf(key).when, p);

export type RightField = keyof Omit<NoticeContent['rights'], 'heading' | 'intro'>;

/** The patient's rights (164.520(b)(1)(iv)) in the order the notice, the summary, the poster and the editor show them. */
export const RIGHTS_IN_ORDER = [
  { field: 'access', key: 'rights_access' },
  { field: 'amendment', key: 'rights_amendment' },
  { field: 'accounting', key: 'rights_accounting' },
  { field: 'restriction', key: 'rights_restriction' },
  { field: 'confidentialCommunications', key: 'rights_confidential_comms' },
  { field: 'paperCopy', key: 'rights_paper_copy' },
] as const satisfies readonly { field: RightField; key: ElementKey }[];

/** The rights' content fields in print order. */
export const RIGHT_FIELDS: readonly RightField[] = RIGHTS_IN_ORDER.map((r) => r.field);
