// The embedded fonts (Noto Sans Regular and Bold from assets/fonts), parsed once per process and shared by
// every document, plus the text clean-up that keeps characters the fonts lack from printing as blank boxes.
import { readFileSync } from 'node:fs';
import { create, type Font, type GlyphPosition, type GlyphRun } from 'fontkit';
import { assetPath } from '../assets';

export const FONT = { regular: 'NotoSans-Regular', bold: 'NotoSans-Bold' } as const;
export type FontName = (typeof FONT)[keyof typeof FONT];

/** What callers see of a parsed font (pdfkit takes it in registerFont); fontkit's own types stay in here. */
export interface ParsedFont {
  readonly postscriptName: string;
  hasGlyphForCodePoint(codePoint: number): boolean;
}

const parsed = new Map<FontName, Font>();

/** Distinct words whose shaping is remembered per font; past this the memory is simply started afresh. */
const MAX_CACHED_WORDS = 50_000;

/**
 * Shaping (GSUB/GPOS lookups) is most of what drawing text costs, and pdfkit remembers it only per document.
 * pdfkit shapes one word at a time and then scales the returned positions in place, so this cache keeps its
 * own copy of each word's positions and hands out a fresh copy every time.
 */
const rememberShaping = (font: Font): void => {
  const shape = font.layout.bind(font);
  const words = new Map<string, { glyphs: unknown[]; positions: GlyphPosition[] }>();
  const copy = (positions: readonly GlyphPosition[]): GlyphPosition[] => positions.map((p) => ({ ...p }));
  font.layout = (text: string, features?: unknown): GlyphRun => {
    if (features !== undefined) return shape(text, features);
    let known = words.get(text);
    if (!known) {
      const run = shape(text);
      known = { glyphs: run.glyphs, positions: copy(run.positions) };
      if (words.size >= MAX_CACHED_WORDS) words.clear();
      words.set(text, known);
    }
    const positions = copy(known.positions);
    return {
      glyphs: known.glyphs,
      positions,
      // pdfkit reads the width after scaling the positions, as fontkit's own GlyphRun computes it.
      get advanceWidth(): number {
        return positions.reduce((sum, p) => sum + p.xAdvance, 0);
      },
    };
  };
};

/**
 * The parsed font. pdfkit 0.20 accepts a fontkit font object in registerFont(); handing it the same object
 * each time skips re-parsing and lets fontkit's decoded tables and glyphs serve every document, which is most
 * of what an embedded TrueType font costs per document (see test/bench/notice-pdf.ts). pdfkit still makes a
 * fresh glyph subset per document, so the output does not depend on what was rendered before.
 */
export const loadFont = (name: FontName): ParsedFont => {
  let font = parsed.get(name);
  if (!font) {
    font = create(readFileSync(assetPath('fonts', `${name}.ttf`)));
    rememberShaping(font);
    parsed.set(name, font);
  }
  return font;
};

// Characters every supported notice text uses and the font surely has: Latin-1, general punctuation
// (curly quotes, dashes, bullet, ellipsis), the euro sign. Text made only of these skips the per-character check.
const SAFE_TEXT = /^[\n\x20-\x7e\xa0-\xff\u2010-\u2027\u2030-\u205e\u20ac]*$/;
// C0/C1 controls except the newline, and the invisible bidi and zero-width format characters: they would
// either show as boxes or reorder the printed text.
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;
const REPLACEMENT = '\ufffd';

/**
 * Text ready for the fonts: NFC-composed (so "n" + combining tilde prints as one "ñ"), tabs and carriage
 * returns as spaces or newlines, controls removed, and any character the font cannot draw (emoji, Hebrew,
 * Arabic, CJK) shown as U+FFFD so that a gap in a name or address is visible on paper instead of silent.
 */
export const printable = (text: string): string => {
  if (SAFE_TEXT.test(text)) return text;
  const font = loadFont(FONT.regular);
  const cleaned = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL, '');
  let out = '';
  let lastWasReplacement = false;
  for (const ch of cleaned) {
    const ok = ch === '\n' || font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0);
    // A run of unsupported characters (a whole Hebrew word, an emoji sequence) becomes one marker.
    if (!ok && lastWasReplacement) continue;
    out += ok ? ch : REPLACEMENT;
    lastWasReplacement = !ok;
  }
  return out;
};
