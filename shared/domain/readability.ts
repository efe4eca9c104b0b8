// Readability measures for notice text: Flesch–Kincaid grade (English) and Fernández-Huerta (Spanish).
// Pure functions (no Node or DOM APIs): the renderer's editor and the core share them. The counts are
// heuristics, like those of every readability tool; they are good enough to steer plain-language writing,
// not to certify it.
import type { Language, NoticeContent, PracticeSnapshot } from '../contract/notice-content';
import { noticeSections } from './notice-text';

/**
 * The plain-language target: the whole notice should read at US grade 8 or easier. 164.520(b)(1) asks
 * for "plain language" without a number; grade 8 is the common health-literacy target for
 * patient materials (DOMAIN.md §1, `plain_language`). A Flesch–Kincaid grade ≤ 8, or a
 * Fernández-Huerta score ≥ 60 (mapped to grade ≤ 8 below), meets it.
 */
export const READABILITY_TARGET_GRADE = 8;

export type ReadabilityMeasure = 'Flesch–Kincaid grade' | 'Fernández-Huerta';

export interface Readability {
  measure: ReadabilityMeasure;
  /** The measure's own number: a grade for Flesch–Kincaid, a 0–100 ease score for Fernández-Huerta. */
  score: number;
  /** Approximate US school grade (for Fernández-Huerta, from its ease scale). */
  grade: number;
  /** A short human-readable summary for the editor. */
  label: string;
}

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

// ---------------------------------------------------------------------------------------------------
// Preparing text

const PLACEHOLDER = /\{\{[^}]*\}\}/g;
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s]+/gi;
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/g;
/** US phone numbers such as 1-877-696-6775, (555) 123-4567, 555.123.4567: not prose, so not counted. */
const PHONE = /(?:\b1[-.\s])?(?:\(\d{3}\)\s?|\b\d{3}[-.\s])\d{3}[-.\s]\d{4}\b/g;
/** Dotted initialisms (U.S., D.C., S.W.) lose their periods so they do not end a sentence. */
const INITIALISM = /\b(?:[A-Za-z]\.){2,}/g;
const SPANISH_US = /\bEE\.\s?UU\./g;
/** Titles and short forms whose period never ends a sentence when a word follows. */
const TITLE = /\b(Dr|Dra|Mr|Mrs|Ms|Sr|Sra|Srta|Ud|Uds|Av|Ave|Jr)\.(?=\s+\p{L})/gu;

/** Text without the parts a reader does not read as prose: placeholders, web and email addresses, phone numbers. */
const stripNonProse = (text: string): string =>
  text
    .replace(PLACEHOLDER, ' ')
    .replace(WEB_ADDRESS, ' ')
    .replace(EMAIL, ' ')
    .replace(PHONE, ' ')
    .replace(SPANISH_US, 'EEUU')
    .replace(INITIALISM, (m) => m.replace(/\./g, ''))
    .replace(TITLE, '$1');

/** A line in capitals (such as the required header statement) is a banner, not prose. */
const isShouting = (line: string): boolean => {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 12 && letters === letters.toLocaleUpperCase() && letters !== letters.toLocaleLowerCase();
};

/** The words of a sentence: tokens holding a letter or digit, outer punctuation removed. */
const wordsOf = (sentence: string): string[] =>
  sentence
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((t) => /[\p{L}\p{N}]/u.test(t));

/**
 * Sentences of a text: every line (paragraph, bullet, heading) ends a sentence, and so does ., ! or ?
 * followed by a space or the line's end. Returns each sentence's words.
 */
const sentencesOf = (text: string): string[][] => {
  const out: string[][] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = stripNonProse(rawLine.replace(/^\s*[-•*]\s+/, ''));
    if (isShouting(line)) continue;
    for (const part of line.split(/[.!?…]+(?=[\s"'”’)\]»]|$)/u)) {
      const words = wordsOf(part);
      if (words.length > 0) out.push(words);
    }
  }
  return out;
};

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

// ---------------------------------------------------------------------------------------------------
// Formulas

/** Words, sentences and syllables of a text in the given language. */
export const textStats = (text: string, language: Language): TextStats => {
  const syllablesOf = language === 'en' ? englishSyllables : spanishSyllables;
  let words = 0;
  let syllables = 0;
  const sentences = sentencesOf(text);
  for (const s of sentences) {
    words += s.length;
    for (const w of s) syllables += syllablesOf(w);
  }
  return { words, sentences: sentences.length, syllables };
};

/** Flesch–Kincaid grade from counts: 0.39 × words/sentences + 11.8 × syllables/words − 15.59. No words: 0. */
export const fleschKincaidFromStats = ({ words, sentences, syllables }: TextStats): number =>
  words === 0 ? 0 : 0.39 * (words / Math.max(1, sentences)) + 11.8 * (syllables / words) - 15.59;

/**
 * Fernández-Huerta ease (0–100, higher is easier) from counts, in its corrected form:
 *
 *   L = 206.84 − 0.60 × P − 1.02 × F,  P = syllables per 100 words,  F = words per sentence.
 *
 * The formula is often quoted with F as "sentences per 100 words", which makes shorter sentences score as
 * harder; Fernández Huerta adapted Flesch's Reading Ease (206.835 − 84.6 × syllables/word − 1.015 ×
 * words/sentence), so F is the mean sentence length in words (the correction noted by Gwillim Law, 2011,
 * and used by legible.es). No words: 100.
 */
export const fernandezHuertaFromStats = ({ words, sentences, syllables }: TextStats): number =>
  words === 0 ? 100 : 206.84 - 0.6 * ((syllables / words) * 100) - 1.02 * (words / Math.max(1, sentences));

/** Flesch–Kincaid grade level of English text. */
export const fleschKincaidGrade = (text: string): number => fleschKincaidFromStats(textStats(text, 'en'));

/** Fernández-Huerta readability (ease) of Spanish text; see fernandezHuertaFromStats for the formula. */
export const fernandezHuerta = (text: string): number => fernandezHuertaFromStats(textStats(text, 'es'));

/**
 * Fernández-Huerta's ease bands with their usual school levels (the scale mirrors Flesch's): 90–100 very
 * easy, 4th grade; 80–90 easy, 5th; 70–80 fairly easy, 6th; 60–70 standard, 7th–8th; 50–60 fairly
 * difficult, high school; 30–50 difficult, college; 0–30 very difficult, graduate. The anchors below turn a
 * score into an approximate US grade by linear interpolation inside each band, so 60 maps to grade 8.
 */
const FH_GRADE_ANCHORS: readonly (readonly [score: number, grade: number])[] = [
  [100, 3],
  [90, 4],
  [80, 5],
  [70, 6],
  [60, 8],
  [50, 12],
  [30, 16],
  [0, 18],
];

/** An approximate US school grade for a Fernández-Huerta score. */
export const fernandezHuertaGrade = (score: number): number => {
  const first = FH_GRADE_ANCHORS[0];
  const last = FH_GRADE_ANCHORS[FH_GRADE_ANCHORS.length - 1];
  if (!first || !last) return 0;
  if (score >= first[0]) return first[1];
  if (score <= last[0]) return last[1];
  for (let i = 1; i < FH_GRADE_ANCHORS.length; i += 1) {
    const hi = FH_GRADE_ANCHORS[i - 1];
    const lo = FH_GRADE_ANCHORS[i];
    if (hi && lo && score >= lo[0]) return lo[1] + ((score - lo[0]) / (hi[0] - lo[0])) * (hi[1] - lo[1]);
  }
  return last[1];
};

/** The usual name of a Fernández-Huerta band. */
export const fernandezHuertaBand = (score: number): string =>
  score >= 90
    ? 'very easy'
    : score >= 80
      ? 'easy'
      : score >= 70
        ? 'fairly easy'
        : score >= 60
          ? 'standard'
          : score >= 50
            ? 'fairly difficult'
            : score >= 30
              ? 'difficult'
              : 'very difficult';

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Whether a readability result meets the grade-8 target. */
export const meetsReadabilityTarget = (r: Pick<Readability, 'grade'>): boolean => r.grade <= READABILITY_TARGET_GRADE;

/** Readability of plain text in the notice's language. */
export const textReadability = (text: string, language: Language): Readability => {
  const stats = textStats(text, language);
  if (language === 'en') {
    const grade = round1(fleschKincaidFromStats(stats));
    return {
      measure: 'Flesch–Kincaid grade',
      score: grade,
      grade,
      label: `Grade ${grade.toFixed(1)} (Flesch–Kincaid)`,
    };
  }
  const score = round1(fernandezHuertaFromStats(stats));
  const grade = round1(fernandezHuertaGrade(score));
  return {
    measure: 'Fernández-Huerta',
    score,
    grade,
    label: `Fernández-Huerta ${score.toFixed(1)}, ${fernandezHuertaBand(score)} (about grade ${grade.toFixed(1)})`,
  };
};

/**
 * The readable text of a notice: every section's heading, paragraphs, bullets and examples, each line a
 * sentence at least. The header statement (all capitals, verbatim from the rule) is left out, and so are
 * placeholders, which stand for names, phone numbers and addresses. By default every optional section
 * (fundraising, Part 2) is included, so the measure covers all the text that may be printed.
 */
export const noticeReadableText = (
  content: NoticeContent,
  practice: Pick<PracticeSnapshot, 'fundraises' | 'keepsPart2Records'> = { fundraises: true, keepsPart2Records: true },
): string =>
  noticeSections(content, practice)
    .flatMap((s) => [s.heading, s.text, ...s.examples])
    .filter((t) => t.trim() !== '')
    .join('\n');

/** Readability of a whole notice: Flesch–Kincaid for English, Fernández-Huerta for Spanish. */
export const noticeReadability = (
  content: NoticeContent,
  language: Language,
  practice?: Pick<PracticeSnapshot, 'fundraises' | 'keepsPart2Records'>,
): Readability => textReadability(noticeReadableText(content, practice), language);
