// State-law addenda: statements a state's law adds to the federal notice, as data per state, in both notice
// languages, each with the statute it comes from (DOMAIN.md §3, State overlays). The app prints them itself,
// after the practice's own text, for the state the practice is in (frozen in the version's practice snapshot),
// and the checklist lists them as added. A state without an entry gets none.
import type { Language, PracticeSnapshot } from '../contract/notice-content';
import type { Bilingual, ChecklistItem } from './checklist-item';
import type { PracticeFlags } from './notice-elements';
import type { NoticeSection } from './notice-text';

/** One statement of a state's addendum. `cite` is the statute in the form the checklist and CLI print. */
export interface AddendumStatement {
  /** Two-letter state code, as in the practice settings. */
  state: string;
  /** Stable within the state: the section id is `addendum.<state>.<code>`. */
  code: string;
  cite: string;
  heading: Bilingual;
  /** Plain words for patients; each text ends with its statute in the notice's language. */
  text: Bilingual;
}

/** The heading and lead-in of each state's addendum (the level-1 section its statements sit under). */
export const STATE_ADDENDUM_HEADINGS: Readonly<Record<string, { heading: Bilingual; intro: Bilingual }>> = {
  TX: {
    heading: { en: 'Your rights under Texas law', es: 'Sus derechos según la ley de Texas' },
    intro: {
      en: 'Texas law adds these protections to the ones in this notice.',
      es: 'La ley de Texas agrega estas protecciones a las de este aviso.',
    },
  },
  CA: {
    heading: { en: 'Your rights under California law', es: 'Sus derechos según la ley de California' },
    intro: {
      en: 'California law adds these protections to the ones in this notice.',
      es: 'La ley de California agrega estas protecciones a las de este aviso.',
    },
  },
};

export const STATE_ADDENDA: readonly AddendumStatement[] = [
  {
    // Tex. Health & Safety Code 181.154(a): notice that PHI is subject to electronic disclosure; (c), (d): a separate
    // authorization for each electronic disclosure except treatment, payment, operations or as law allows.
    state: 'TX',
    code: 'electronicDisclosure',
    cite: 'Tex. Health & Safety Code 181.154',
    heading: {
      en: 'We may share your health information electronically',
      es: 'Podemos compartir su información de salud por medios electrónicos',
    },
    text: {
      en: 'Your health information may be shared electronically, for example with other doctors who treat you and with your health plan. Except for your treatment, for payment, to run our practice, or when state or federal law allows or requires it, we will not share it electronically without your permission for each disclosure. (Texas Health and Safety Code, section 181.154)',
      es: 'Su información de salud puede compartirse por medios electrónicos, por ejemplo, con otros médicos que le dan tratamiento y con su plan de salud. Salvo para su tratamiento, para el pago, para el funcionamiento de nuestro consultorio, o cuando la ley estatal o federal lo permita o lo exija, no la compartiremos por medios electrónicos sin su permiso para cada divulgación. (Código de Salud y Seguridad de Texas, sección 181.154)',
    },
  },
  {
    // Tex. Health & Safety Code 181.102(a): an electronic copy of an electronic health record within 15 business
    // days of a written request, when the records system can produce it, unless the person accepts another form.
    state: 'TX',
    code: 'electronicCopies',
    cite: 'Tex. Health & Safety Code 181.102',
    heading: {
      en: 'Electronic copies of your electronic health record',
      es: 'Copias electrónicas de su historial médico electrónico',
    },
    text: {
      en: 'If you ask in writing for an electronic copy of your electronic health record, we will give it to you in electronic form within 15 business days, when our records system can produce it, unless you agree to get it another way. (Texas Health and Safety Code, section 181.102)',
      es: 'Si usted pide por escrito una copia electrónica de su historial médico electrónico, se la daremos en formato electrónico dentro de los 15 días hábiles, cuando nuestro sistema de registros pueda producirla, a menos que usted acepte recibirla de otra forma. (Código de Salud y Seguridad de Texas, sección 181.102)',
    },
  },
  {
    // Cal. Health & Safety Code 123110(a): inspection within 5 working days of a written request; (b): copies
    // transmitted within 15 days of receiving the written request.
    state: 'CA',
    code: 'recordAccess',
    cite: 'Cal. Health & Safety Code 123110',
    heading: {
      en: 'When you can see your records and get copies',
      es: 'Cuándo puede ver su historial médico y obtener copias',
    },
    text: {
      en: 'If you ask in writing to see your health records, we will let you see them during business hours within 5 working days. If you ask in writing for copies, we will send them within 15 days. (California Health and Safety Code, section 123110)',
      es: 'Si usted pide por escrito ver su historial médico, le permitiremos verlo en nuestro horario de atención dentro de los 5 días hábiles. Si pide copias por escrito, se las enviaremos dentro de los 15 días. (Código de Salud y Seguridad de California, sección 123110)',
    },
  },
];

/** The addendum statements of a state, in print order; none for a state without one (or no state). */
export const addendaFor = (state: string | undefined): AddendumStatement[] =>
  state === undefined ? [] : STATE_ADDENDA.filter((a) => a.state === state);

/**
 * The addendum as printable sections: the state's heading and lead-in (`addendum.<state>`), then one subsection
 * per statement (`addendum.<state>.<code>`). Empty for a state without an addendum. The full notice gets these
 * through noticeSections; a summary or handout can print them on their own.
 */
export const addendumSections = (state: string | undefined, language: Language): NoticeSection[] => {
  const statements = addendaFor(state);
  const head = state === undefined ? undefined : STATE_ADDENDUM_HEADINGS[state];
  if (state === undefined || statements.length === 0 || head === undefined) return [];
  return [
    { id: `addendum.${state}`, heading: head.heading[language], level: 1, text: head.intro[language], examples: [] },
    ...statements.map((a): NoticeSection => ({
      id: `addendum.${state}.${a.code}`,
      heading: a.heading[language],
      level: 2,
      text: a.text[language],
      examples: [],
    })),
  ];
};

/** The checklist rows for the addendum the app adds (status `added`: printed by the app, nothing to write). */
export const stateAddendumItems = (input: {
  practice: PracticeFlags & Partial<Pick<PracticeSnapshot, 'state'>>;
}): ChecklistItem[] =>
  addendaFor(input.practice.state).map((a) => ({
    key: `addendum.${a.state}.${a.code}`,
    cite: a.cite,
    label: a.heading,
    status: 'added',
  }));
