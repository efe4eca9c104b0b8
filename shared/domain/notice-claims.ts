// Known false claims a notice must not make (DOMAIN.md §3 and §5.12), kept as data: what the false statement
// is, the rule it contradicts, and English and Spanish patterns. The whole notice is read sentence by sentence
// (normalised like the facts, notice-facts.ts); a sentence makes a claim when a pattern matches, no `except`
// pattern does (e.g. a state law's "15 business days" is true), and, for a claim about one right, the sentence
// names that right or sits in its section. Each claim found is a checklist row that blocks publication.
// Each claim cites its 45 CFR paragraph; the 15-day ones come from the unadopted 2021 proposal (86 FR 6446).
import type { Language, NoticeContent } from '../contract/notice-content';
import type { Bilingual, ChecklistItem } from './checklist-item';
import type { PracticeFlags } from './notice-elements';
import { normalizeText } from './notice-facts';
import { noticeSections } from './notice-text';

type Patterns = Readonly<Record<Language, readonly RegExp[]>>;

export interface FalseClaim {
  code: string;
  /** What the false statement says. */
  claim: Bilingual;
  /** The rule it contradicts: its citation and what it says. */
  contradicts: { cite: string } & Bilingual;
  patterns: Patterns;
  /** A sentence that also matches one of these makes no claim (a true state-law deadline, a denial). */
  except?: Patterns;
  /** For a claim about one right: the sentence must name it, or sit in one of these notice sections. */
  topic?: { sections: readonly string[]; words: Patterns };
}

// Numbers of days above the rule's limits, in digits and in common words.
const DAYS_EN = String.raw`\s*-?\s*(?:calendar |business |working )?days?\b`;
const N_OVER_30_EN = String.raw`(?:3[1-9]|[4-9]\d|[1-9]\d{2,}|forty|fifty|sixty|seventy|eighty|ninety|(?:one )?hundred)(?:-\w+)?`;
const OVER_30_EN = N_OVER_30_EN + DAYS_EN;
const OVER_30_ES = String.raw`(?:3[1-9]|[4-9]\d|[1-9]\d{2,}|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento)(?: y \w+)?\s+dias\b`;
const OVER_60_EN = String.raw`(?:6[1-9]|[7-9]\d|[1-9]\d{2,}|seventy|eighty|ninety|(?:one )?hundred)(?:-\w+)?` + DAYS_EN;
const OVER_60_ES = String.raw`(?:6[1-9]|[7-9]\d|[1-9]\d{2,}|setenta|ochenta|noventa|cien|ciento)(?: y \w+)?\s+dias\b`;
const FIFTEEN_EN = String.raw`(?:15|fifteen)\s*-?\s*(?:calendar )?days?\b`;
const FIFTEEN_ES = String.raw`(?:15|quince)\s+dias\b`;
const EXTENSION_EN = String.raw`\b(?:extend\w*|extension|more time|delay\w*|longer)\b`;
const EXTENSION_ES = String.raw`\b(?:prorroga\w*|ampli\w*|extend\w*|extension|mas tiempo|retras\w*)\b`;

const re = (...parts: string[]): RegExp => new RegExp(parts.join(''));

/** A true deadline from state law (Texas, California) or in business days is not the 2021 proposal. */
const STATE_LAW: Patterns = {
  en: [/\b(business|working) days\b|\btexas\b|\bcalifornia\b|\bstate law\b|health (and|&) safety code/],
  es: [
    /\bdias (habiles|laborables)\b|\btexas\b|\bcalifornia\b|\bley(es)? (estatal|de texas|de california)\w*|codigo de salud/,
  ],
};

/** A sentence about the extension is the extension's claim, not the first deadline's. */
const NOT_THE_EXTENSION: Patterns = {
  en: [re(EXTENSION_EN), /\b(more|extra|additional) days\b/],
  es: [re(EXTENSION_ES), /\bdias (mas|adicionales)\b/],
};

const ACCESS_TOPIC = {
  sections: ['rights.access'],
  words: {
    en: [/\b(cop(y|ies)|access|inspect|see your|your (medical )?records?)\b/],
    es: [/\b(copia|copias|acceso|acceder|inspeccion\w*|historial)\b/],
  },
};
const AMENDMENT_TOPIC = {
  sections: ['rights.amendment'],
  words: { en: [/\b(correct\w*|amend\w*)\b/], es: [/\b(corrij\w*|correg\w*|enmiend\w*|enmend\w*)\b/] },
};
const ACCOUNTING_TOPIC = {
  sections: ['rights.accounting'],
  words: { en: [/\b(list|accounting)\b/], es: [/\b(lista|relacion)\b/] },
};

export const FALSE_CLAIMS: readonly FalseClaim[] = [
  {
    code: 'access_15_days',
    claim: {
      en: 'Says patients get their records within 15 days',
      es: 'Dice que los pacientes reciben sus registros en 15 días',
    },
    contradicts: {
      cite: '164.524(b)(2)(i); 86 FR 6446 (not adopted)',
      en: 'The rule gives 30 days to act on an access request; 15 days was only proposed in 2021 and never adopted.',
      es: 'La regla da 30 días para responder a una solicitud de acceso; los 15 días solo se propusieron en 2021 y nunca se adoptaron.',
    },
    patterns: { en: [re(String.raw`\b`, FIFTEEN_EN)], es: [re(String.raw`\b`, FIFTEEN_ES)] },
    except: {
      en: [...STATE_LAW.en, re(EXTENSION_EN), /\b(15|fifteen)\s*-?\s*(more|extra|additional)\b/],
      es: [...STATE_LAW.es, re(EXTENSION_ES), /\b(15|quince) dias (mas|adicionales|extra)\b/],
    },
    topic: ACCESS_TOPIC,
  },
  {
    code: 'extension_15_days',
    claim: { en: 'Says a 15-day extension', es: 'Dice que hay una prórroga de 15 días' },
    contradicts: {
      cite: '164.524(b)(2)(ii); 86 FR 6446 (not adopted)',
      en: 'The rule allows one extension of up to 30 days; a 15-day extension was only proposed in 2021 and never adopted.',
      es: 'La regla permite una prórroga de hasta 30 días; la de 15 días solo se propuso en 2021 y nunca se adoptó.',
    },
    patterns: {
      en: [
        /\b(15|fifteen)\s*-?\s*(more|extra|additional)\s+days?\b|\b(15|fifteen)[- ]day (extension|delay)\b/,
        re(EXTENSION_EN, '.{0,80}\\b', FIFTEEN_EN),
      ],
      es: [/\b(15|quince) dias (mas|adicionales|extra)\b/, re(EXTENSION_ES, '.{0,80}\\b', FIFTEEN_ES)],
    },
    except: STATE_LAW,
  },
  {
    code: 'mail_revised_notice',
    claim: {
      en: 'Says revised notices are mailed to every patient within 60 days',
      es: 'Dice que los avisos revisados se envían por correo a cada paciente en 60 días',
    },
    contradicts: {
      cite: '164.520(c)(1)(v)(B); 164.520(c)(2)(iv)',
      en: 'Mailing a revised notice within 60 days is a health-plan rule; a provider makes it available on request and posts it.',
      es: 'Enviar el aviso revisado en 60 días es una regla de los planes de salud; un proveedor lo tiene disponible a pedido y lo publica.',
    },
    patterns: {
      en: [
        /^(?=.*\b(mail|send|deliver|email)\w*\b)(?=.*\bnotices?\b)(?=.*\b(60|sixty)\s*-?\s*days?\b)(?=.*\b(revis|new|updat|chang|amend)\w*)/,
      ],
      es: [
        /^(?=.*\b(envi|mand|correo|entreg)\w*)(?=.*\b(aviso|avisos|notificacion)\b)(?=.*\b(60|sesenta) dias\b)(?=.*\b(nuev|revis|actualiz|cambi|modific)\w*)/,
      ],
    },
  },
  {
    code: 'annual_reminder',
    claim: {
      en: 'Says patients are reminded of the notice every year',
      es: 'Dice que a los pacientes se les recuerda el aviso cada año',
    },
    contradicts: {
      cite: '164.520(c)(1)(v)(A)',
      en: 'Reminding people of the notice every three years is a health-plan rule; a provider has no yearly reminder.',
      es: 'Recordar el aviso cada tres años es una regla de los planes de salud; un proveedor no tiene recordatorio anual.',
    },
    patterns: {
      en: [
        /^(?=.*(\b(every|each|once a|once per|once every) (year|12 months|twelve months)\b|\bannual\w*|\byearly\b))(?=.*\b(remind\w*|send|mail|give|email|notify|tell)\b)(?=.*\b(notice|remind\w*|copy)\b)/,
      ],
      es: [
        /^(?=.*\b(cada ano|cada 12 meses|cada doce meses|una vez al ano|anual\w*|todos los anos)\b)(?=.*\b(record\w*|envi\w*|mand\w*|dar\w*|entreg\w*|avis\w*|notific\w*)\b)(?=.*\b(aviso|notificacion|recordatorio|record\w*|copia)\b)/,
      ],
    },
  },
  {
    code: 'consent_before_tpo',
    claim: {
      en: 'Says consent or a signature is required before treatment, payment or operations',
      es: 'Dice que se necesita consentimiento o una firma antes del tratamiento, el pago o las operaciones',
    },
    contradicts: {
      cite: '164.506(a)–(b); 164.520(c)(2)(ii)',
      en: 'Treatment, payment and operations need no consent; the acknowledgement of this notice is not a consent, and refusing to sign it never blocks care.',
      es: 'El tratamiento, el pago y las operaciones no necesitan consentimiento; el acuse de recibo de este aviso no es un consentimiento, y negarse a firmarlo nunca impide la atención.',
    },
    patterns: {
      en: [
        /\b(need|needs|require|requires|required|must (have|get|obtain|sign)|have to (sign|give))\b.{0,40}\b(consent|signature|signed|sign|authorization|written permission)\b.{0,60}\b(before|to|in order to|so (that )?we can)\b.{0,40}\b(treat\w*|care|bill\w*|pay\w*|see you|operations)\b/,
        /\b(cannot|can't|can not|will not|won't|may not)\b.{0,30}\b(treat|see|care for|bill|serve)\w*\b.{0,40}\b(unless|until|without|before)\b.{0,40}\b(sign\w*|consent\w*|signature|permission|authoriz\w*)/,
      ],
      es: [
        /\b(necesitamos|necesita|requerimos|se requiere|es necesario|es obligatorio|deb\w* (tener|obtener|firmar|dar)|tiene que (firmar|dar))\b.{0,60}\b(consentimiento|firma|firmar|firmado|autorizacion|permiso)\b.{0,60}\b(antes de|para)\b.{0,40}\b(trat\w*|atend\w*|atencion|cobr\w*|factur\w*|pag\w*|operaciones)\b/,
        /\bno (podemos|puede|podremos|vamos a)\b.{0,30}\b(trat\w*|atend\w*|dar\w* (tratamiento|atencion)|cobr\w*)\b.{0,40}\b(a menos que|sin|hasta que|antes de que)\b.{0,40}\b(firm\w*|consentimiento|permiso|autoriz\w*)/,
      ],
    },
    // "We do not need your permission to…" is the true statement; Part 2 records do need consent.
    except: {
      en: [
        /\b(do not|don't|does not|doesn't|never|no need|not need|not required|not have to)\b|\bpart 2\b|substance use/,
      ],
      es: [
        /\bno (necesitamos|necesita|requerimos|se requiere|es necesario|es obligatorio|tiene que|debe)\b|\bnunca\b|\bparte 2\b|sustancias/,
      ],
    },
  },
  {
    code: 'access_over_30_days',
    claim: {
      en: 'Gives more than 30 days to answer an access request',
      es: 'Da más de 30 días para responder a una solicitud de acceso',
    },
    contradicts: {
      cite: '164.524(b)(2)(i)',
      en: 'The practice must act on an access request within 30 days.',
      es: 'El consultorio debe responder a una solicitud de acceso dentro de 30 días.',
    },
    patterns: {
      en: [
        re(String.raw`\b`, OVER_30_EN),
        /\b([5-9]|\d{2,}|five|six|seven|eight) weeks?\b|\b([2-9]|two|three|four|six) months?\b/,
      ],
      es: [
        re(String.raw`\b`, OVER_30_ES),
        /\b([5-9]|\d{2,}|cinco|seis|siete|ocho) semanas?\b|\b([2-9]|dos|tres|cuatro|seis) meses\b/,
      ],
    },
    except: NOT_THE_EXTENSION,
    topic: ACCESS_TOPIC,
  },
  {
    code: 'amendment_over_60_days',
    claim: {
      en: 'Gives more than 60 days to answer a correction request',
      es: 'Da más de 60 días para responder a una solicitud de corrección',
    },
    contradicts: {
      cite: '164.526(b)(2)(i)',
      en: 'The practice must act on a request to amend within 60 days.',
      es: 'El consultorio debe responder a una solicitud de enmienda dentro de 60 días.',
    },
    patterns: { en: [re(String.raw`\b`, OVER_60_EN)], es: [re(String.raw`\b`, OVER_60_ES)] },
    except: NOT_THE_EXTENSION,
    topic: AMENDMENT_TOPIC,
  },
  {
    code: 'accounting_over_60_days',
    claim: {
      en: 'Gives more than 60 days to provide a list of disclosures',
      es: 'Da más de 60 días para entregar una lista de divulgaciones',
    },
    contradicts: {
      cite: '164.528(c)(1)',
      en: 'The practice must provide an accounting of disclosures within 60 days.',
      es: 'El consultorio debe entregar la lista de divulgaciones dentro de 60 días.',
    },
    patterns: { en: [re(String.raw`\b`, OVER_60_EN)], es: [re(String.raw`\b`, OVER_60_ES)] },
    except: NOT_THE_EXTENSION,
    topic: ACCOUNTING_TOPIC,
  },
  {
    code: 'extension_over_30_days',
    claim: { en: 'Gives an extension longer than 30 days', es: 'Da una prórroga de más de 30 días' },
    contradicts: {
      cite: '164.524(b)(2)(ii); 164.526(b)(2)(ii); 164.528(c)(1)(ii)',
      en: 'The rule allows one extension of no more than 30 days.',
      es: 'La regla permite una sola prórroga de no más de 30 días.',
    },
    patterns: {
      en: [
        re(String.raw`\b`, N_OVER_30_EN, String.raw`\s*-?\s*(more|extra|additional) days\b`),
        re(EXTENSION_EN, '.{0,80}\\b', OVER_30_EN),
      ],
      es: [
        re(String.raw`\b`, OVER_30_ES, String.raw` (mas|adicionales|extra)\b`),
        re(EXTENSION_ES, '.{0,80}\\b', OVER_30_ES),
      ],
    },
  },
];

/** A claim found: the notice section it is in (noticeSections id) and the sentence as written. */
export type FoundClaim = { claim: FalseClaim; section: string; sentence: string };

const matchesAny = (patterns: readonly RegExp[] | undefined, text: string): boolean =>
  (patterns ?? []).some((p) => p.test(text));

const sentencesOf = (text: string): string[] =>
  text
    .split(/\n+|(?<=[.!?])\s+/)
    .map((s) => s.replace(/^-\s*/, '').trim())
    .filter((s) => s !== '');

/** Each false claim the notice makes, with the first sentence that makes it. */
export const falseClaims = (content: NoticeContent, language: Language, practice: PracticeFlags): FoundClaim[] => {
  const found: FoundClaim[] = [];
  const sections = noticeSections(content, practice);
  for (const claim of FALSE_CLAIMS) {
    search: for (const section of sections) {
      for (const sentence of [section.heading, ...sentencesOf(section.text), ...section.examples]) {
        const normal = normalizeText(sentence);
        if (!matchesAny(claim.patterns[language], normal)) continue;
        if (matchesAny(claim.except?.[language], normal)) continue;
        const { topic } = claim;
        if (topic && !topic.sections.includes(section.id) && !matchesAny(topic.words[language], normal)) continue;
        found.push({ claim, section: section.id, sentence });
        break search;
      }
    }
  }
  return found;
};

/** The checklist rows for the false claims found: each blocks publication and names the rule it contradicts. */
export const claimItems = (content: NoticeContent, language: Language, practice: PracticeFlags): ChecklistItem[] =>
  falseClaims(content, language, practice).map(({ claim, section, sentence }) => ({
    key: `claim.${claim.code}`,
    cite: claim.contradicts.cite,
    label: claim.claim,
    status: 'false_claim' as const,
    section,
    reasons: [
      { en: claim.contradicts.en, es: claim.contradicts.es },
      { en: `Found: “${sentence}”`, es: `Dice: «${sentence}»` },
    ],
  }));
