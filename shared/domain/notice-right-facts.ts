// The facts each patient right must state (45 CFR 164.520(b)(1)(iv); DOMAIN.md §1 and §3): the right itself,
// read in its text, and a real "how to use it" (the lead-in to (b)(1)(iv) asks for a brief
// description of how to exercise each right), read in its own field. The restriction right also states that
// the practice need not agree, except to the self-pay restriction (164.522(a)(1)(vi)).
import type { Language, NoticeContent } from '../contract/notice-content';
import type { ElementFacts, Fact } from './notice-facts';
import { RIGHTS_IN_ORDER, type RightField } from './notice-elements';

type Patterns = Readonly<Record<Language, readonly RegExp[]>>;

const HOW_PATTERNS: Patterns = {
  en: [
    /\{\{\s*(privacyofficer|practice)\.\w+\s*\}\}/,
    /\b(ask|tell|write|call|contact|request|send|email|e-mail|visit|fill out|fill in|submit|speak|talk|let us know|mail|phone|go to|use (our|the) (form|portal))\b/,
  ],
  es: [
    /\{\{\s*(privacyofficer|practice)\.\w+\s*\}\}/,
    /\b(pid\w*|pedir\w*|dig(a|ale|anos)|escrib\w*|llam\w*|comuniq\w*|solicit\w*|envi(e|enos|ar)\w*|visite|habl\w*|llen\w*|present\w*|avis\w*|acuda|vaya|use (el|nuestro) (formulario|portal))\b/,
  ],
};

/** A "how" of at least three words that says whom to ask or how: "x" or "y" is no way to use a right. */
const howFact = (field: RightField): Fact => ({
  code: 'how_to_use',
  cite: '164.520(b)(1)(iv)',
  name: {
    en: 'how to use this right (whom to ask and how), in a few words at least',
    es: 'cómo ejercer este derecho (a quién pedirlo y cómo), en unas palabras por lo menos',
  },
  patterns: {
    en: HOW_PATTERNS.en.map((p) => new RegExp(`^(?=(\\S+\\s+){2}\\S)(?=.*(${p.source}))`)),
    es: HOW_PATTERNS.es.map((p) => new RegExp(`^(?=(\\S+\\s+){2}\\S)(?=.*(${p.source}))`)),
  },
  in: (c) => c.rights[field].how,
});

const states = (code: string, cite: string, en: string, es: string, patterns: Patterns): Fact => ({
  code,
  cite,
  name: { en, es },
  patterns,
});

const RIGHT_STATEMENTS: Readonly<Record<RightField, readonly Fact[]>> = {
  access: [
    states(
      'states_right',
      '164.520(b)(1)(iv)(C); 164.524',
      'that you can see and get a copy of your health information',
      'que usted puede ver y obtener una copia de su información de salud',
      {
        en: [/\b(see|get|inspect|look at|review|obtain|receive)\b.{0,60}\b(copy|copies|record|records|information)\b/],
        es: [
          /\b(ver|obtener|revisar|inspeccionar|recibir|consultar|examinar)\b.{0,60}\b(copia|copias|historial|registros?|informacion)\b/,
        ],
      },
    ),
  ],
  amendment: [
    states(
      'states_right',
      '164.520(b)(1)(iv)(D); 164.526',
      'that you can ask to correct (amend) your health information',
      'que usted puede pedir que se corrija (enmiende) su información de salud',
      {
        en: [
          /\b(correct\w*|amend\w*|fix|change|update)\b.{0,80}\b(record|information|wrong|incorrect|incomplete|mistake|error)/,
        ],
        es: [
          /\b(corrij\w*|correg\w*|enmend\w*|enmienda|cambi\w*|modific\w*|modifiq\w*|actualiz\w*|actualic\w*)\b.{0,80}\b(historial|informacion|registro|equivocad|incorrect|incomplet|error)/,
        ],
      },
    ),
  ],
  accounting: [
    states(
      'states_right',
      '164.520(b)(1)(iv)(E); 164.528',
      'that you can get a list of those the practice shared your information with',
      'que usted puede obtener una lista de aquellos con quienes compartimos su información',
      {
        en: [
          /\b(list|accounting|record)\b.{0,80}\b(shar\w*|disclos\w*|gave|given)|\b(shar|disclos)\w*\b.{0,80}\blist\b/,
        ],
        es: [
          /\b(lista|relacion|registro)\b.{0,80}\b(compart\w*|divulg\w*|dimos|entregamos)|\bcompart\w*.{0,80}\blista\b/,
        ],
      },
    ),
  ],
  restriction: [
    states(
      'may_ask_limits',
      '164.520(b)(1)(iv)(A); 164.522(a)',
      'that you can ask the practice to limit what it uses or shares',
      'que usted puede pedir que limitemos lo que usamos o compartimos',
      {
        en: [/\b(ask|request)\w*\b.{0,80}\b(limit\w*|restrict\w*|not (to )?(use|share|disclose))/],
        es: [
          /\b(pedi\w*|pid\w*|solicit\w*)\b.{0,80}\b(limit\w*|restrin\w*|restricc\w*|no (usemos|compartamos|divulguemos|usar|compartir))/,
        ],
      },
    ),
    states(
      'need_not_agree',
      '164.520(b)(1)(iv)(A); 164.522(a)(1)(ii)',
      'that the practice does not have to agree',
      'que el consultorio no está obligado a aceptar',
      {
        en: [
          /\b(do not|don't|does not|doesn't|are not|aren't|is not|need not|not) (have to |required to |obligated to |need to )?(agree|accept|say yes)\b|\b(may|can|might) (say no|refuse|deny|decline|not agree)\b/,
        ],
        es: [
          /\bno (estamos obligados|tenemos que|tenemos obligacion de|es obligatorio|siempre podemos)\b.{0,20}\b(aceptar|acceder|decir que si|estar de acuerdo)|\b(podemos|puede que|es posible que) (decir que no|negarnos|rechaz\w*|no aceptar)/,
        ],
      },
    ),
    states(
      'self_pay_exception',
      '164.520(b)(1)(iv)(A); 164.522(a)(1)(vi)',
      'the exception: when you pay in full yourself, the practice must agree not to tell your health plan',
      'la excepción: si usted paga por completo, el consultorio debe aceptar no informarle a su plan de salud',
      {
        en: [
          /^(?=.*\b(pay|paid|pays|paying)\b.{0,60}\b(in full|out[- ]of[- ]pocket|yourself|your own pocket|fully|entire\w*|all of it)\b)(?=.*\b(health plan|insurance|insurer)\b)(?=.*\b(say yes|must agree|will agree|have to agree|must honor|will honor|must accept|will accept|will not share|won't share|must not share|required to agree)\b)/,
        ],
        es: [
          /^(?=.*\bpag\w*\b.{0,80}\b(por completo|en su totalidad|totalmente|completo|de su (propio )?bolsillo|usted mism[oa])\b)(?=.*\b(plan de salud|seguro|aseguradora)\b)(?=.*\b(diremos que si|debemos aceptar|aceptaremos|tenemos que aceptar|estamos obligados a aceptar|no (lo |la )?compartiremos|respetaremos)\b)/,
        ],
      },
    ),
  ],
  confidentialCommunications: [
    states(
      'states_right',
      '164.520(b)(1)(iv)(B); 164.522(b)',
      'that you can ask to be contacted in a certain way or at another place',
      'que usted puede pedir que nos comuniquemos con usted de cierta manera o en otro lugar',
      {
        en: [
          /\b(contact|reach|communicate|call|mail|send|write)\w*\b.{0,80}\b(different|another|certain|other|specific|alternat\w*|particular)\b|\bconfidential communications?\b/,
        ],
        es: [
          /\b(comuni\w*|contact\w*|llam\w*|envi\w*|escrib\w*)\b.{0,80}\b(otra|otro|cierta|cierto|diferente|distint\w*|especific\w*|alternativ\w*)\b|comunicaciones confidenciales/,
        ],
      },
    ),
  ],
  paperCopy: [
    states(
      'states_right',
      '164.520(b)(1)(iv)(F)',
      'that you can get a paper copy of this notice',
      'que usted puede obtener una copia en papel de este aviso',
      { en: [/\bpaper\b|\bprinted\b/], es: [/\bpapel\b|\bimpres[ao]\b/] },
    ),
  ],
};

export const RIGHT_FACTS: readonly ElementFacts[] = RIGHTS_IN_ORDER.map(({ field, key }) => ({
  key,
  // The body, not the heading: a heading alone ("Get a copy of your record") does not describe the right.
  text: (c: NoticeContent) => c.rights[field].body,
  facts: [...RIGHT_STATEMENTS[field], howFact(field)],
}));
