// The fixed words the PDFs print around the notice's own text (document names, footer, labels), per
// language. The notice text itself comes from the content; only this chrome is translated here.
import type { Language } from '../../../shared/contract/notice-content';
import type { PdfKind } from '../../../shared/contract/notices';

export interface Chrome {
  /** BCP 47 tag for the PDF's /Lang (screen readers pick their voice from it). */
  lang: string;
  docName: Record<PdfKind, string>;
  page: (n: number, of: number) => string;
  version: (n: number) => string;
  draft: string;
  watermark: string;
  /** The watermark and footer word of a withdrawn version. */
  withdrawn: string;
  effective: (date: string) => string;
  /** A draft has no effective date until it is published: printed after effectiveLabel. */
  noEffectiveDate: string;
  effectiveLabel: string;
  /** The label of the published version's reference code (its content hash, shortened) in the footer. */
  referenceCode: string;
  practiceLabel: string;
  contactLabel: string;
  phone: string;
  email: string;
  website: string;
  forExample: string;
  /** The bold label before each right's "how to use this right" text. */
  howToUse: string;
  // The layered notice's summary
  summaryTitle: (title: string) => string;
  summaryIntro: string;
  yourRights: string;
  yourChoices: string;
  yourChoicesIntro: string;
  ourUses: string;
  alsoWithoutPermission: string;
  ourDuties: string;
  getFullNotice: (website: string) => string;
  questions: string;
  // The poster
  posterAvailable: (website: string) => string;
  posterRightsIntro: string;
  // The TPO handout
  tpoTitle: string;
  /** 164.510: the uses a patient can object to. */
  tpoChoices: string;
  tpoChoicesIntro: string;
  tpoOther: string;
  tpoNeverWithout: string;
  tpoAskLimits: string;
  tpoAskCopy: string;
  tpoHowToAsk: string;
}

const en: Chrome = {
  lang: 'en-US',
  docName: {
    full: 'Notice of Privacy Practices',
    layered: 'Notice of Privacy Practices — Summary and full notice',
    'large-print': 'Notice of Privacy Practices — Large print',
    poster: 'Notice of Privacy Practices — Poster',
    tpo: 'Treatment, payment and operations handout',
  },
  page: (n, of) => `Page ${n} of ${of}`,
  version: (n) => `Version ${n}`,
  draft: 'DRAFT',
  watermark: 'DRAFT',
  withdrawn: 'WITHDRAWN',
  effective: (date) => `Effective ${date}`,
  noEffectiveDate: 'not set yet',
  effectiveLabel: 'Effective date',
  referenceCode: 'Reference code',
  practiceLabel: 'Our practice',
  contactLabel: 'Questions? Contact our privacy officer',
  phone: 'Phone',
  email: 'Email',
  website: 'Website',
  forExample: 'For\u00a0example:',
  howToUse: 'How to use this right:',
  summaryTitle: (title) => `${title}: Summary`,
  summaryIntro:
    'This is a short summary of our Notice of Privacy Practices. The full notice follows this summary and explains each point in more detail. You can ask for a copy at any time.',
  yourRights: 'Your rights',
  yourChoices: 'Your choices',
  yourChoicesIntro: 'You can tell us what you want us to do in these cases:',
  ourUses: 'Our uses and disclosures',
  alsoWithoutPermission: 'We may also use or share your information without your written permission for:',
  ourDuties: 'Our responsibilities',
  getFullNotice: (website) =>
    website
      ? `Ask for the full notice at the front desk, or read it at ${website}.`
      : 'Ask for the full notice at the front desk.',
  questions: 'Questions or complaints?',
  posterAvailable: (website) =>
    website
      ? `This poster is a summary. Our full Notice of Privacy Practices is posted in our office and available at the front desk and on our website, ${website}. Ask for a free paper copy at any time.`
      : 'This poster is a summary. Our full Notice of Privacy Practices is posted in our office and available at the front desk. Ask for a free paper copy at any time.',
  posterRightsIntro: 'What you can do:',
  tpoTitle: 'How we use and share your information for treatment, payment and health care operations',
  tpoChoices: 'You can say no',
  tpoChoicesIntro: 'You can tell us not to share your information in these cases:',
  tpoOther: 'Other uses that do not need your written permission',
  tpoNeverWithout: 'What always needs your written permission',
  tpoAskLimits: 'To ask us to limit what we use or share',
  tpoAskCopy: 'To get a copy of your health information',
  tpoHowToAsk: 'How to ask',
};

const es: Chrome = {
  lang: 'es-US',
  docName: {
    full: 'Aviso de prácticas de privacidad',
    layered: 'Aviso de prácticas de privacidad — Resumen y aviso completo',
    'large-print': 'Aviso de prácticas de privacidad — Letra grande',
    poster: 'Aviso de prácticas de privacidad — Cartel',
    tpo: 'Hoja informativa sobre tratamiento, pago y operaciones',
  },
  page: (n, of) => `Página ${n} de ${of}`,
  version: (n) => `Versión ${n}`,
  draft: 'BORRADOR',
  watermark: 'BORRADOR',
  withdrawn: 'ANULADA',
  effective: (date) => `Vigente desde el ${date}`,
  noEffectiveDate: 'aún no establecida',
  effectiveLabel: 'Fecha de vigencia',
  referenceCode: 'Código de referencia',
  practiceLabel: 'Nuestro consultorio',
  contactLabel: '¿Preguntas? Comuníquese con la persona encargada de privacidad',
  phone: 'Teléfono',
  email: 'Correo electrónico',
  website: 'Sitio web',
  forExample: 'Por\u00a0ejemplo:',
  howToUse: 'Cómo ejercer este derecho:',
  summaryTitle: (title) => `${title}: Resumen`,
  summaryIntro:
    'Este es un breve resumen de nuestro aviso de prácticas de privacidad. El aviso completo viene después de este resumen y explica cada punto con más detalle. Puede pedir una copia en cualquier momento.',
  yourRights: 'Sus derechos',
  yourChoices: 'Sus opciones',
  yourChoicesIntro: 'Usted puede decirnos qué quiere que hagamos en estos casos:',
  ourUses: 'Cómo usamos y divulgamos su información',
  alsoWithoutPermission: 'También podemos usar o compartir su información sin su permiso por escrito para:',
  ourDuties: 'Nuestras responsabilidades',
  getFullNotice: (website) =>
    website
      ? `Pida el aviso completo en la recepción o léalo en ${website}.`
      : 'Pida el aviso completo en la recepción.',
  questions: '¿Preguntas o quejas?',
  posterAvailable: (website) =>
    website
      ? `Este cartel es un resumen. Nuestro aviso de prácticas de privacidad completo está expuesto en nuestro consultorio y disponible en la recepción y en nuestro sitio web, ${website}. Pida una copia en papel gratis en cualquier momento.`
      : 'Este cartel es un resumen. Nuestro aviso de prácticas de privacidad completo está expuesto en nuestro consultorio y disponible en la recepción. Pida una copia en papel gratis en cualquier momento.',
  posterRightsIntro: 'Lo que usted puede hacer:',
  tpoTitle: 'Cómo usamos y compartimos su información para tratamiento, pago y operaciones de atención médica',
  tpoChoices: 'Usted puede decir que no',
  tpoChoicesIntro: 'Usted puede pedirnos que no compartamos su información en estos casos:',
  tpoOther: 'Otros usos que no necesitan su permiso por escrito',
  tpoNeverWithout: 'Lo que siempre necesita su permiso por escrito',
  tpoAskLimits: 'Para pedirnos que limitemos lo que usamos o compartimos',
  tpoAskCopy: 'Para obtener una copia de su información médica',
  tpoHowToAsk: 'Cómo pedirlo',
};

export const CHROME: Record<Language, Chrome> = { en, es };
