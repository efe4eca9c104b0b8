// Syllable counting for the readability measures: English and Spanish words, numbers read aloud and
// acronyms spelled out. Heuristics, like every readability tool's; pure functions shared by renderer and core.
import type { Language } from '../contract/notice-content';

// ---------------------------------------------------------------------------------------------------
// Numbers and acronyms are read aloud as words

const EN_SMALL = (
  'zero one two three four five six seven eight nine ten eleven twelve ' +
  'thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
).split(' ');
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const ES_SMALL = (
  'cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete ' +
  'dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve'
).split(' ');
const ES_TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const ES_HUNDREDS =
  ' ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos'.split(' '); // index 0 is ''

/** A whole number below 10,000 in English words. */
const englishNumberWords = (n: number): string[] => {
  if (n < 20) return [EN_SMALL[n] ?? ''];
  if (n < 100) return [EN_TENS[Math.floor(n / 10)] ?? '', ...(n % 10 ? [EN_SMALL[n % 10] ?? ''] : [])];
  if (n < 1000)
    return [EN_SMALL[Math.floor(n / 100)] ?? '', 'hundred', ...(n % 100 ? englishNumberWords(n % 100) : [])];
  return [...englishNumberWords(Math.floor(n / 1000)), 'thousand', ...(n % 1000 ? englishNumberWords(n % 1000) : [])];
};

/** A whole number below 10,000 in Spanish words. */
const spanishNumberWords = (n: number): string[] => {
  if (n < 30) return [ES_SMALL[n] ?? ''];
  if (n < 100) return [ES_TENS[Math.floor(n / 10)] ?? '', ...(n % 10 ? ['y', ES_SMALL[n % 10] ?? ''] : [])];
  if (n === 100) return ['cien'];
  if (n < 1000) return [ES_HUNDREDS[Math.floor(n / 100)] ?? '', ...(n % 100 ? spanishNumberWords(n % 100) : [])];
  return [
    ...(n < 2000 ? [] : spanishNumberWords(Math.floor(n / 1000))),
    'mil',
    ...(n % 1000 ? spanishNumberWords(n % 1000) : []),
  ];
};

/** Syllables of a token holding digits: numbers up to 9,999 as words, longer ones (ZIP codes) digit by digit. */
const numberSyllables = (token: string, language: Language): number => {
  const toWords = language === 'en' ? englishNumberWords : spanishNumberWords;
  const count = language === 'en' ? englishWordSyllables : spanishWordSyllables;
  let total = 0;
  for (const group of token.match(/\d+|\p{L}+/gu) ?? []) {
    if (/^\p{L}+$/u.test(group)) total += language === 'en' ? englishSyllables(group) : spanishSyllables(group);
    else if (group.length <= 4) total += toWords(Number(group)).reduce((sum, w) => sum + count(w), 0);
    else for (const d of group) total += toWords(Number(d)).reduce((sum, w) => sum + count(w), 0);
  }
  return Math.max(1, total);
};

/** Syllables in the spoken names of letters, for acronyms read letter by letter (HHS, CFR). */
const EN_LETTER_SYLLABLES: Record<string, number> = { w: 3 };
const ES_LETTER_SYLLABLES: Record<string, number> = {
  f: 2,
  h: 2,
  j: 2,
  l: 2,
  m: 2,
  n: 2,
  ñ: 2,
  r: 2,
  s: 2,
  w: 3,
  x: 2,
  y: 2,
  z: 2,
};

/** Short all-capital tokens (2–4 letters, such as HHS, CFR, OCR, SUD) are spelled out; longer ones (HIPAA) are read as words. */
const isSpelledAcronym = (token: string): boolean => /^\p{Lu}{2,4}$/u.test(token);

const spelledSyllables = (token: string, table: Record<string, number>): number => {
  let total = 0;
  for (const ch of token.toLocaleLowerCase()) total += table[ch] ?? 1;
  return total;
};

// ---------------------------------------------------------------------------------------------------
// English syllables

const EN_VOWELS = /[aeiouy]+/g;

/** Common words the rules below miscount. */
const EN_EXCEPTIONS: Record<string, number> = {
  area: 3,
  idea: 3,
  ideas: 3,
  hundred: 2,
  sacred: 2,
  naked: 2,
  wicked: 2,
  every: 2,
  everyone: 3,
  everything: 3,
  business: 2,
  poem: 2,
  poet: 2,
  quiet: 2,
  science: 2,
  client: 2,
  clients: 2,
  diet: 2,
  society: 4,
  variety: 4,
};

/**
 * English syllables of one plain word: vowel groups, less a silent final e (and the silent e of -es and
 * -ed endings), plus common two-vowel sounds that are two syllables (media, usual, serious, create).
 */
const englishWordSyllables = (word: string): number => {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w === '') return 0;
  if (w.length <= 3) return 1;
  const known = EN_EXCEPTIONS[w];
  if (known !== undefined) return known;
  let extra = 0;
  if (/[aeiouy]ing$/.test(w)) extra += 1; // doing, being, saying
  if (/[^aeiouy]ed$/.test(w)) {
    // -ed is its own syllable only after t or d (needed, created); "used", "asked" lose it.
    if (!/[td]ed$/.test(w)) w = w.slice(0, -2);
  } else if (/es$/.test(w)) {
    // -es is its own syllable after s, x, z, ch, sh, ce, ge (uses, boxes, services, changes).
    if (/[aeiouy]es$/.test(w)) w = w.slice(0, -1);
    else if (!/(?:[sxz]|ch|sh|[cg])es$/.test(w)) w = w.slice(0, -2);
  } else if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) {
    w = w.slice(0, -1); // silent e: make, state, care (but table, people keep their -le)
  }
  // A silent e inside a suffixed word: safely, statement, requirement, careful.
  if (/[aeiouy][^aeiouy]e(?:ly|ment|ments|ful|ness)$/.test(w)) extra -= 1;
  // Vowel pairs that are two syllables.
  extra += (w.match(/[^cgst]ia/g) ?? []).length; // media, trial, diagnosis (not social, special, initial)
  extra += (w.match(/[^gq]ua/g) ?? []).length; // usual, actual, individual (not language, equal)
  extra += (w.match(/[^cgt]iou/g) ?? []).length; // serious, previous (not conscious, religious, cautious)
  extra += (w.match(/creat|io$|[^aeiou]eo$/g) ?? []).length; // create, radio, stereo
  const groups = (w.replace(/^y/, '').match(EN_VOWELS) ?? []).length;
  return Math.max(1, groups + extra);
};

/** Syllables of an English word as written in running text (numbers and acronyms read aloud). */
export const englishSyllables = (token: string): number => {
  if (/\d/.test(token)) return numberSyllables(token, 'en');
  if (isSpelledAcronym(token)) return spelledSyllables(token, EN_LETTER_SYLLABLES);
  // Hyphenated and slashed compounds (cost-based, and/or): the parts' syllables added up.
  const parts = token.split(/[-‐–/]+/).filter((p) => p !== '');
  return Math.max(
    1,
    parts.reduce((sum, p) => sum + englishWordSyllables(p), 0),
  );
};

// ---------------------------------------------------------------------------------------------------
// Spanish syllables

const ES_VOWEL = /[aeiouáéíóúü]/;
/** Strong (open) vowels, plus stressed í and ú, which break a diphthong (día, país, reúne). */
const ES_STRONG = /[aeoáéóíú]/;

/**
 * Spanish syllables of one plain word: one per vowel nucleus. Vowels next to each other share a syllable
 * (diphthong, triphthong: bueno, ciudad, Uruguay) unless both are strong, which makes a hiatus (leer, poeta,
 * día, reúne). The u of que/qui/gue/gui is silent; a final y after a vowel is a vowel (hoy, muy, ley).
 */
const spanishWordSyllables = (word: string): number => {
  let w = word
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[^a-záéíóúüñ]/g, '');
  if (w === '') return 0;
  if (w === 'y') return 1;
  w = w.replace(/([qg])u([eiéí])/g, '$1$2').replace(/([aeiouáéíóú])y$/, '$1i');
  let count = 0;
  let prev: string | null = null;
  for (const ch of w) {
    if (!ES_VOWEL.test(ch)) {
      prev = null;
      continue;
    }
    if (prev === null || (ES_STRONG.test(prev) && ES_STRONG.test(ch))) count += 1;
    prev = ch;
  }
  return Math.max(1, count);
};

/** Syllables of a Spanish word as written in running text (numbers and acronyms read aloud). */
export const spanishSyllables = (token: string): number => {
  if (/\d/.test(token)) return numberSyllables(token, 'es');
  if (isSpelledAcronym(token)) return spelledSyllables(token, ES_LETTER_SYLLABLES);
  const parts = token.split(/[-‐–/]+/).filter((p) => p !== '');
  return Math.max(
    1,
    parts.reduce((sum, p) => sum + spanishWordSyllables(p), 0),
  );
};
