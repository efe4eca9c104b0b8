// The facts the notice's statements about uses and disclosures must state (45 CFR 164.520(b)(1)(ii)–(iii),
// (b)(2)(i); DOMAIN.md §1): what is shared without authorization, stricter laws, what needs written permission,
// fundraising and the Part 2 statements. Types and matching: notice-facts.ts.
import type { NoticeContent, PermittedUseKey } from '../contract/notice-content';
import { fact, join, type ElementFacts } from './notice-facts';

const useText = (c: NoticeContent, key: PermittedUseKey): string => {
  const use = c.withoutAuthorization.uses.find((u) => u.key === key);
  return use?.included ? join(use.heading, use.body) : '';
};

export const USE_FACTS: readonly ElementFacts[] = [
  {
    key: 'uses_without_authorization',
    text: (c) => c.withoutAuthorization.heading,
    facts: [
      // 164.520(b)(2)(i): a notice may narrow its uses, but never those required by law or to avert a serious threat.
      fact(
        'required_by_law',
        '164.520(b)(2)(i); 164.512(a)',
        { en: 'sharing when the law requires it', es: 'compartir cuando la ley lo exige' },
        [/\b(law|laws|legal|legally)\b/],
        [/\b(ley|leyes|legal\w*)\b/],
        { in: (c) => useText(c, 'required_by_law') },
      ),
      fact(
        'serious_threat',
        '164.520(b)(2)(i); 164.512(j)(1)(i)',
        {
          en: 'sharing to prevent a serious threat to health or safety',
          es: 'compartir para evitar una amenaza grave a la salud o la seguridad',
        },
        [/\b(threat|danger|harm|safety)\w*/],
        [/\b(amenaza|peligro|dano|danar|seguridad)\w*/],
        { in: (c) => useText(c, 'serious_threat') },
      ),
    ],
  },
  {
    key: 'more_stringent_law',
    text: (c) => join(c.moreStringentLaw.heading, c.moreStringentLaw.body),
    facts: [
      fact(
        'follows_stricter_law',
        '164.520(b)(1)(ii)(C)',
        {
          en: 'that the practice follows laws that protect the information more',
          es: 'que el consultorio sigue las leyes que protegen más la información',
        },
        [
          /\b(more|stricter|greater|extra|additional|tighter)\b.{0,60}\b(protect\w*|strict\w*|limit\w*|privacy)|\bfollow\w*\b.{0,40}\b(state|other|that|those|these)\b.{0,10}\blaws?\b/,
        ],
        [
          /\b(mas|mayor\w*|adicional\w*|extra)\b.{0,60}\b(protec\w*|estrict\w*|limit\w*|privacidad)|\b(seguimos|cumplimos|respetamos)\b.{0,40}\bley/,
        ],
      ),
      fact(
        'names_part2',
        '164.520(b)(1)(ii)(C)',
        { en: '42 CFR Part 2 among the stricter laws', es: '42 CFR Parte 2 entre las leyes más estrictas' },
        [/\bpart 2\b|\b42 c\.?f\.?r\.?\b/],
        [/\bparte 2\b|\b42 c\.?f\.?r\.?\b/],
        { when: 'part2' },
      ),
    ],
  },
  {
    key: 'authorization_required_statement',
    text: (c) => join(c.authorizationRequired.heading, c.authorizationRequired.body),
    facts: [
      fact(
        'psychotherapy_notes',
        '164.520(b)(1)(ii)(E); 164.508(a)(2)',
        {
          en: 'psychotherapy notes need written permission',
          es: 'las notas de psicoterapia necesitan permiso por escrito',
        },
        [/psychotherap\w*|\btherap(y|ist|ist's|ists')\s+(own |personal )?notes|counseling notes/],
        [
          /psicoterap\w*|notas (personales )?(de|del) (un |una |su )?(terapeuta|psicologo|psicologa|consejero|consejera)|notas de terapia/,
        ],
      ),
      fact(
        'marketing',
        '164.520(b)(1)(ii)(E); 164.508(a)(3)',
        { en: 'marketing needs written permission', es: 'el mercadeo necesita permiso por escrito' },
        [/\bmarketing\b|\badvertis\w*/],
        [/mercadeo|mercadotecnia|\bmarketing\b|publicidad|\bpromocion\w*/],
      ),
      fact(
        'sale',
        '164.520(b)(1)(ii)(E); 164.508(a)(4)',
        {
          en: 'selling health information needs written permission',
          es: 'vender la información de salud necesita permiso por escrito',
        },
        [/\b(sell|sells|sale|sold|selling)\b/],
        [/\bvend\w*|\bventa\b/],
      ),
      fact(
        'everything_else_written',
        '164.520(b)(1)(ii)(E)',
        { en: 'any other use only with written permission', es: 'cualquier otro uso solo con permiso por escrito' },
        [
          /\b(any|all|every) other\b.{0,150}\b(written|in writing)\b|\b(written|in writing)\b.{0,150}\b(any|all|every) other\b/,
          /\b(not (described|listed|covered|named) in this notice|this notice does not (describe|list|cover|name))\b.{0,150}\b(written|in writing)\b|\b(written|in writing)\b.{0,150}\b(not (described|listed|covered) in this notice|this notice does not (describe|list|cover))/,
          /\b(anything|everything) else\b.{0,100}\b(written|in writing)\b|\b(written|in writing)\b.{0,100}\b(anything|everything) else\b/,
          /\bother than (as )?(described|listed|stated|explained)\b.{0,120}\b(written|in writing)\b/,
        ],
        [
          /\b(ninguna|cualquier|toda|todas las|todos los|cualquiera) otr[oa]s?\b.{0,150}\bpor escrito\b|\bpor escrito\b.{0,150}\b(ninguna|cualquier|toda|todas las|todos los) otr[oa]s?\b/,
          /\b(no (describa|se describ\w*|mencion\w*|aparezca\w*|incluy\w*) (en )?este aviso|este aviso no (describa|describe|menciona|incluye))\b.{0,150}\bpor escrito\b/,
          /\b(cualquier otra cosa|todo lo demas|lo demas)\b.{0,100}\bpor escrito\b/,
          /\b(de otra (forma|manera)|otras (formas|maneras)) (que no sea|distinta|diferente|que no se describ\w*|que las descritas)\b.{0,120}\bpor escrito\b/,
        ],
      ),
      fact(
        'revocable',
        '164.520(b)(1)(ii)(E); 164.508(b)(5)',
        { en: 'that a permission can be taken back (revoked)', es: 'que un permiso se puede retirar (revocar)' },
        [
          /\brevok\w*|\brevoc\w*|\btake (it |that |your permission |permission )?back\b|\bwithdraw\w*|\bcancel\w*|change your mind/,
        ],
        [/\brevoc\w*|\bretir\w*|\bcancel\w*|cambiar de (opinion|idea)|\banul\w*|dejar sin efecto/],
      ),
    ],
  },
  {
    key: 'separate_statement_fundraising',
    text: (c) => join(c.fundraising.heading, c.fundraising.body),
    facts: [
      fact(
        'may_contact',
        '164.520(b)(1)(iii)(A)',
        {
          en: 'that the practice may contact you to raise funds',
          es: 'que el consultorio puede comunicarse con usted para recaudar fondos',
        },
        [/fundrais\w*|raise (money|funds)|\bdonat\w*|\bgifts?\b|contributions?/],
        [/recaud\w*|donacion\w*|donativ\w*|\bfondos\b|contribucion\w*/],
      ),
      fact(
        'opt_out',
        '164.520(b)(1)(iii)(A); 164.514(f)(2)',
        {
          en: 'that you can opt out of fundraising messages',
          es: 'que usted puede excluirse de los mensajes para recaudar fondos',
        },
        [
          /opt(-| )?out|not (to )?(contact|write|call|email) you|say no|\bstop\b|unsubscribe|(do not|don't) want|no longer/,
        ],
        [
          /excluir\w*|\bno (volvamos a |vuelva a )?(comuniquemos|contactemos|comunicarnos|contactarle|llamarle|escribirle)|decir (que )?no|dejar de recibir|no (quiere|desea) recibir|darse de baja/,
        ],
      ),
    ],
  },
  {
    key: 'part2_legal_proceedings',
    text: (c) => join(c.part2LegalProceedings.heading, c.part2LegalProceedings.body),
    facts: [
      fact(
        'not_against_you',
        '164.520(b)(1)(iii)(D)',
        {
          en: 'Part 2 records are not used against you in legal proceedings',
          es: 'los registros de la Parte 2 no se usan en su contra en procesos legales',
        },
        [/^(?=.*\bagainst you\b)(?=.*\b(proceeding|court|legal|lawsuit|trial|case)s?\b)/],
        [/^(?=.*\b(en su contra|contra usted)\b)(?=.*\b(proceso|procedimiento|juicio|tribunal|caso|demanda)s?\b)/],
      ),
      fact(
        'unless_consent',
        '164.520(b)(1)(iii)(D)',
        { en: 'unless you give written consent', es: 'salvo con su consentimiento por escrito' },
        [/\bconsent\b|written permission/],
        [/consentimiento|permiso por escrito/],
      ),
      fact(
        'or_court_order',
        '164.520(b)(1)(iii)(D)',
        { en: 'or a court orders it', es: 'o por orden de un tribunal' },
        [/\bcourt\b.{0,20}\border|\border\w*\b.{0,20}\bcourt\b/],
        [/\b(tribunal|juez|jueza|corte)\b.{0,30}\border\w*|\borden\w*\b.{0,30}\b(tribunal|judicial|juez|corte)\b/],
      ),
    ],
  },
  {
    key: 'part2_fundraising_optout',
    text: (c) => join(c.part2FundraisingOptOut.heading, c.part2FundraisingOptOut.body),
    facts: [
      fact(
        'opt_out',
        '164.520(b)(1)(iii)(E)',
        {
          en: 'a clear chance to opt out of fundraising',
          es: 'una oportunidad clara de excluirse de la recaudación de fondos',
        },
        [
          /^(?=.*(fundrais\w*|raise (money|funds)))(?=.*(opt(-| )?out|say no|(do not|don't) want|not (to )?(contact|send)))/,
        ],
        [/^(?=.*(recaud\w*|fondos))(?=.*(excluir\w*|decir (que )?no|no (quiere|desea)|dejar de recibir))/],
      ),
    ],
  },
];
