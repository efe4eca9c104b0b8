// Readability measures for notice text: Flesch–Kincaid grade (English) and Fernández-Huerta (Spanish).
// Pure functions (no Node or DOM APIs): the renderer's editor and the core share them. The counts are
// heuristics, like those of every readability tool; they are good enough to steer plain-language writing,
// not to certify it.
import type { Language, NoticeContent, PracticeSnapshot } from '../contract/notice-content';
import { noticeSections } from './notice-text';
import { englishSyllables, spanishSyllables } from './syllables';

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
