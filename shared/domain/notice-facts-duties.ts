// The facts the notice's statements about the practice's duties, changes, complaints and contact must state
// (45 CFR 164.520(b)(1)(v)–(vii); DOMAIN.md §1). Types and matching: notice-facts.ts.
import { fact, join, type ElementFacts } from './notice-facts';

const HOW_TO_REACH_US_EN =
  /\{\{\s*(privacyofficer|practice)\.(name|title|phone|email|address)\s*\}\}|\b(call\w*|phon\w*|writ\w* to|e-?mail\w*|mail\w*|contact\w*|tell\w*|talk\w* to|speak\w* (to|with)|ask\w*|visit\w*)\b.{0,30}\b(us|our privacy officer|the privacy officer|our office|our front desk|the front desk)\b/;
const HOW_TO_REACH_US_ES =
  /\{\{\s*(privacyofficer|practice)\.(name|title|phone|email|address)\s*\}\}|\b(llam|escrib|comuniq|habl|dig|contact|envi|visit)\w*\b.{0,40}\b(nosotros|nuestro consultorio|persona encargada|encargad[oa] de privacidad|oficial de privacidad|responsable de privacidad|recepcion)\b|\b(escribanos|llamenos|visitenos)\b/;

export const DUTY_FACTS: readonly ElementFacts[] = [
  {
    key: 'duty_privacy_notice_breach',
    text: (c) => join(c.duties.heading, c.duties.protectAndNotify),
    facts: [
      fact(
        'protect',
        '164.520(b)(1)(v)(A)',
        {
          en: 'the legal duty to keep health information private',
          es: 'el deber legal de mantener privada la información de salud',
        },
        [
          /\b(protect|safeguard)\w*|\bkeep\w*\b.{0,50}\b(private|secure|safe|confidential)\b|\bprivacy (and|&) security\b/,
        ],
        [
          /\b(proteg|resguard|salvaguard)\w*|\b(mantener|mantenga|mantenemos|guardar)\w*\b.{0,60}\b(privad|segur|confidencial)\w*/,
        ],
      ),
      fact(
        'give_notice',
        '164.520(b)(1)(v)(A)',
        {
          en: 'the duty to give this notice of duties and privacy practices',
          es: 'el deber de dar este aviso de deberes y prácticas de privacidad',
        },
        [
          /\b(give|provide|offer|hand|make available)\w*\b.{0,40}\b(this|a|our|the) (notice|copy of this notice)\b|\bnotice of (our )?(legal )?duties\b|\b(give|provide)\w*\b.{0,20}\ba copy of (it|this notice)\b/,
        ],
        [
          /\b(dar|darle|damos|demos|entreg|proporcion|ofrec|brind)\w*\b.{0,40}\b(este|un|el|esta|nuestro|nuestra) (aviso|notificacion)\b|\b(aviso|notificacion) (sobre|de) nuestros deberes\b/,
        ],
      ),
      fact(
        'breach_notification',
        '164.520(b)(1)(v)(A); 164.404',
        {
          en: 'notifying you after a breach of unsecured information',
          es: 'avisarle después de una violación de la seguridad de su información no asegurada',
        },
        [
          /\bbreach\w*\b.{0,150}\b(tell|notify|notif\w*|inform|let you know|contact|alert|write)\w*|\b(tell|notify|inform|let you know|contact|alert)\w*\b.{0,120}\bbreach/,
        ],
        [
          /\b(violacion|brecha|filtracion|vulneracion)\w*\b.{0,150}\b(avis|notific|inform|comunic|dec)\w*|\b(avis|notific|inform|comunic)\w*\b.{0,120}\b(violacion|brecha|filtracion|vulneracion)/,
        ],
      ),
    ],
  },
  {
    key: 'duty_abide_current',
    text: (c) => c.duties.followCurrent,
    facts: [
      fact(
        'follow_notice_in_effect',
        '164.520(b)(1)(v)(B)',
        { en: 'that the practice follows the notice in effect', es: 'que el consultorio cumple el aviso vigente' },
        [
          /^(?=.*\b(follow|abide|comply|obey|honor|respect|keep to)\w*\b.{0,100}\b(notice|terms)\b)(?=.*\b(in effect|current\w*|now|today|in force|this notice)\b)/,
        ],
        [
          /^(?=.*\b(cumpl|segu|sigu|respet|acat|obedec|aten)\w*\b.{0,100}\b(aviso|notificacion|terminos)\b)(?=.*\b(vigente|actual\w*|en vigor|ahora|en efecto|este aviso|esta notificacion)\b)/,
        ],
      ),
    ],
  },
  {
    key: 'reserve_right_to_change',
    text: (c) => join(c.changes.heading, c.changes.body),
    facts: [
      fact(
        'may_change',
        '164.520(b)(1)(v)(C)',
        { en: 'that the practice may change this notice', es: 'que el consultorio puede cambiar este aviso' },
        [/\b(change|revise|update|amend)\w*\b.{0,40}\bnotice\b|\bnotice\b.{0,40}\b(change|revis|updat)\w*/],
        [
          /\b(cambi|modific|actualiz|revis)\w*\b.{0,40}\b(aviso|notificacion)\b|\b(aviso|notificacion)\b.{0,40}\b(cambi|modific|actualiz)\w*/,
        ],
      ),
      fact(
        'applies_to_all',
        '164.520(b)(1)(v)(C)',
        {
          en: 'that changes apply to information the practice already has',
          es: 'que los cambios se aplican a la información que el consultorio ya tiene',
        },
        [
          /\b(all|any) (of )?(the )?(your )?(health )?information\b|\balready (have|had|hold|keep)\b|\bbefore the change\b/,
        ],
        [/\btoda la informacion\b|\bya (tenemos|teniamos|guardamos)\b|\bantes del cambio\b/],
      ),
      fact(
        'how_to_get_new',
        '164.520(b)(1)(v)(C)',
        { en: 'how to get the new notice', es: 'cómo obtener el aviso nuevo' },
        [/\b(ask|request|website|web site|online|office|posted|post|copy|available|get)\b/],
        [
          /\b(pida|pedir|pidalo|solicit\w*|sitio web|pagina web|en linea|consultorio|oficina|public\w*|copia|disponible|obtener)\b/,
        ],
      ),
    ],
  },
  {
    key: 'complaints',
    text: (c) => join(c.complaints.heading, c.complaints.body),
    facts: [
      fact(
        'to_practice',
        '164.520(b)(1)(vi)',
        { en: 'that you can complain to the practice', es: 'que usted puede presentar una queja ante el consultorio' },
        [
          /\bcomplain\w*\b.{0,80}\b(us|our (office|practice|privacy officer|staff)|the (practice|office(?! for civil)|privacy officer)|privacy officer|\{\{\s*practice\.name\s*\}\})(?![\w.])/,
        ],
        [
          /\bqueja\w*\b.{0,80}\b(nosotros|nuestro consultorio|nuestra oficina|el consultorio|persona encargada|encargad[oa] de privacidad|oficial de privacidad|responsable de privacidad|\{\{\s*practice\.name\s*\}\})|\bpresentar(nos|nosla)\b/,
        ],
      ),
      fact(
        'to_hhs',
        '164.520(b)(1)(vi)',
        {
          en: 'that you can complain to the Secretary of HHS',
          es: 'que usted puede presentar una queja ante el Secretario de HHS',
        },
        [/health and human services|\bhhs\b|office for civil rights|\bocr\b|\bsecretary\b/],
        [/salud y servicios humanos|\bhhs\b|derechos civiles|\bocr\b|\bsecretari[oa]\b/],
      ),
      fact(
        'how_to_file',
        '164.520(b)(1)(vi)',
        { en: 'how to file a complaint with the practice', es: 'cómo presentar una queja ante el consultorio' },
        [HOW_TO_REACH_US_EN],
        [HOW_TO_REACH_US_ES],
      ),
      fact(
        'no_retaliation',
        '164.520(b)(1)(vi); 164.530(g)',
        {
          en: 'that you will not be retaliated against for complaining',
          es: 'que no habrá represalias por presentar una queja',
        },
        [
          /\bretaliat\w*|\bpunish\w*|\bpenaliz\w*|treat you (any )?differently|(hold|use) it against you|take (any )?action against you|against you for (filing|complaining|making)|(will not|won't|never) (affect|change|hurt|harm) (your )?(care|treatment)/,
        ],
        [
          /\brepresalia\w*|\bcastig\w*|\bpenaliz\w*|\btrat\w* (a usted )?(de (manera|forma) )?(diferente|distinta)|medida\w* en su contra|en su contra por|no (afectara|cambiara|perjudicara) su (atencion|tratamiento)/,
        ],
      ),
    ],
  },
  {
    key: 'contact',
    text: (c) => c.contact.body,
    facts: [
      // 164.520(b)(1)(vii) with 164.530(a)(1)(ii): a name or title, and a phone number, filled from Settings.
      fact(
        'name_or_title',
        '164.520(b)(1)(vii)',
        {
          en: 'the privacy officer’s name or title ({{privacyOfficer.name}})',
          es: 'el nombre o cargo de la persona encargada de privacidad ({{privacyOfficer.name}})',
        },
        [/\{\{\s*privacyofficer\.(name|title)\s*\}\}/],
        [/\{\{\s*privacyofficer\.(name|title)\s*\}\}/],
      ),
      fact(
        'phone',
        '164.520(b)(1)(vii)',
        {
          en: 'the privacy officer’s phone ({{privacyOfficer.phone}})',
          es: 'el teléfono de la persona encargada de privacidad ({{privacyOfficer.phone}})',
        },
        [/\{\{\s*privacyofficer\.phone\s*\}\}/],
        [/\{\{\s*privacyofficer\.phone\s*\}\}/],
      ),
    ],
  },
];
