// The catalogs are complete and well formed in both languages: the same keys, ICU messages that parse, the same
// values named in each language's sentence, and Spanish that is actually Spanish (not English left behind).
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { translateFieldMessage } from '../../renderer/api/field-errors';
import { createI18n } from '../../renderer/i18n/i18n';
import { FIELD_MESSAGES, FIELD_TEMPLATES } from '../../shared/contract/field-messages';
import { en, es, NAMESPACES } from '../../renderer/i18n/resources';

type Tree = { readonly [key: string]: string | Tree };

const flatten = (tree: Tree, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
};

const argumentsOf = (elements: MessageFormatElement[], out = new Set<string>()): Set<string> => {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) {
      out.add(el.value);
    }
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      out.add(el.value);
      for (const option of Object.values(el.options)) argumentsOf(option.value, out);
    }
    if (el.type === TYPE.tag) argumentsOf(el.children, out);
  }
  return out;
};

/** Strings that are the same in both languages on purpose: names, codes, formats. */
const SAME_IN_BOTH = /^(Privacy Desk|English|Español|\{[a-zA-Z]+\}: \{[a-zA-Z]+\}|[A-Z0-9 ._\-–:/()#+{},]*)$/;

describe.each(NAMESPACES)('the %s catalog', (ns) => {
  const english = flatten(en[ns]);
  const spanish = flatten(es[ns]);

  it('has the same keys in English and Spanish', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('has ICU messages that parse and name the same values in both languages', () => {
    for (const [key, text] of english) {
      expect(text.trim(), `${ns}:${key} (en) is empty`).not.toBe('');
      const other = spanish.get(key) ?? '';
      expect(other.trim(), `${ns}:${key} (es) is empty`).not.toBe('');
      const enArgs = [...argumentsOf(parse(text))].sort();
      const esArgs = [...argumentsOf(parse(other))].sort();
      expect(esArgs, `${ns}:${key}`).toEqual(enArgs);
    }
  });

  it('is translated: no English sentence left in the Spanish catalog', () => {
    const untranslated = [...english].filter(([key, text]) => spanish.get(key) === text && !SAME_IN_BOTH.test(text));
    expect(untranslated.map(([key]) => `${ns}:${key}`)).toEqual([]);
  });
});

/** HHS's own Spanish vocabulary: the words its model notices use, in place of these. */
const NOT_HHS_SPANISH = [/\bexpedientes?\b/i, /declaración jurada/i, /que le recomendamos/i];

describe('Spanish vocabulary', () => {
  it('says "historial médico", never "expediente", and the other HHS terms', () => {
    const offending = NAMESPACES.flatMap((ns) =>
      [...flatten(es[ns] as Tree)]
        .filter(([, text]) => NOT_HHS_SPANISH.some((re) => re.test(text)))
        .map(([key]) => `${ns}:${key}`),
    );
    expect(offending).toEqual([]);
  });
});

describe('field messages', () => {
  it('has the contract’s English sentence for each message code', () => {
    for (const [code, text] of Object.entries(FIELD_MESSAGES))
      expect(en.validation[code as keyof typeof FIELD_MESSAGES]).toBe(text);
    expect(
      translateFieldMessage(FIELD_TEMPLATES.tooLong.text(200), createI18n('es').getFixedT('es', 'validation'), 'es'),
    ).toBe('Use como máximo 200 caracteres');
    expect(translateFieldMessage('Some zod default', createI18n('es').getFixedT('es', 'validation'), 'es')).toBe(
      'Revise este dato',
    );
  });
});

describe('plurals', () => {
  it('says 1 minute and 2 minutes, in both languages', () => {
    const i18n = createI18n('en');
    expect(i18n.t('validation:tooLong', { count: 1 })).toBe('Use at most 1 character');
    expect(i18n.t('validation:tooLong', { count: 1024 })).toBe('Use at most 1,024 characters');
    void i18n.changeLanguage('es');
    expect(i18n.t('validation:tooShort', { count: 1 })).toBe('Use al menos 1 carácter');
    expect(i18n.t('validation:tooShort', { count: 12 })).toBe('Use al menos 12 caracteres');
  });
});
