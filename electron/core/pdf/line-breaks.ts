// Where pdfkit may end a line inside a web address. Its line breaker follows Unicode's rules (UAX #14), which
// allow a break after every "/": "https://" then ended one line and the host started the next, and a reader
// typing the address saw neither half as an address. Here a URL's scheme and host ("https://www.hhs.gov") stay
// on one line; a long path may still break at a "/" after the host.
import PDFDocument from 'pdfkit';
import { FONT, loadFont } from './fonts';

type WordFn = (word: string, width: number, bk: unknown, last: unknown) => unknown;

interface Wrapper {
  lineWidth: number;
  wordWidth(word: string): number;
  eachWord: (this: Wrapper, text: string, fn: WordFn) => void;
}

/** One call pdfkit's word loop makes: a word with its width, the break after it and the one before. */
interface Piece {
  word: string;
  width: number;
  bk: unknown;
  last: unknown;
}

/** Scheme and host of each web address in a text, as [start, end) offsets. */
export const urlHeads = (text: string): [number, number][] =>
  [...text.matchAll(/\bhttps?:\/\/[^\s/]*/gi)].map((m) => [m.index, m.index + m[0].length]);

/** Pieces joined into one word (the break after it is the last piece's, the one before it the first's). */
const join = (w: Wrapper, pieces: readonly Piece[]): Piece | null => {
  const [first, last] = [pieces[0], pieces.at(-1)];
  if (!first || !last) return null;
  const word = pieces.map((p) => p.word).join('');
  return { word, width: w.wordWidth(word), bk: last.bk, last: first.last };
};

/**
 * What a held head goes to the wrapper as: one word when it fits a line; wider than a line, it must break
 * inside the host, so the scheme goes with the host's first piece and the rest as pdfkit cut it.
 */
const release = (w: Wrapper, pieces: readonly Piece[]): Piece[] => {
  const whole = join(w, pieces);
  if (!whole || whole.width <= w.lineWidth) return whole ? [whole] : [];
  const scheme = /^.*?:\/\/[^\s/]/.exec(whole.word)?.[0].length ?? 0;
  let n = 0;
  for (let len = 0; n < pieces.length - 1 && len < scheme; n++) len += pieces[n]?.word.length ?? 0;
  const head = join(w, pieces.slice(0, n));
  return [...(head ? [head] : []), ...pieces.slice(n)];
};

/**
 * Holds the pieces the breaker cut inside a scheme and host until the head is complete, then hands them to
 * the wrapper as one word (release()), so the wrapper can only move the whole head to the next line.
 */
const keepHeadsTogether = (proto: Wrapper): void => {
  const original = proto.eachWord;
  proto.eachWord = function (this: Wrapper, text: string, fn: WordFn): void {
    const heads = urlHeads(text);
    if (heads.length === 0) return original.call(this, text, fn);
    let pos = 0;
    let held: Piece[] = [];
    original.call(this, text, (word, width, bk, last) => {
      // An empty piece is pdfkit asking for a new line inside an over-long word: it must reach the wrapper,
      // or the split never moves on.
      if (word === '') return fn(word, width, bk, last);
      pos += word.length;
      const inside = heads.some(([start, end]) => pos > start && pos < end);
      if (!inside && held.length === 0) return fn(word, width, bk, last);
      held.push({ word, width, bk, last });
      if (inside) return true;
      const out = release(this, held);
      held = [];
      let result: unknown = true;
      for (const p of out) if ((result = fn(p.word, p.width, p.bk, p.last)) === false) break;
      return result;
    });
  };
};

let patched = false;

/**
 * Installs the rule on pdfkit's line wrapper, once per process. pdfkit does not export the wrapper class; a
 * "continued" measurement on a throwaway document leaves one instance behind to reach its prototype.
 */
export const installUrlLineBreaks = (): void => {
  if (patched) return;
  patched = true;
  const scratch = new PDFDocument({ autoFirstPage: true, font: '' });
  const d = scratch as unknown as { _wrapper: Wrapper | null; _textOptions: unknown };
  // The embedded font, not a standard one: the packaged app has no standard-font metrics to load.
  scratch.registerFont(FONT.regular, loadFont(FONT.regular) as unknown as Buffer);
  scratch.font(FONT.regular);
  scratch.text('x', 0, 0, { width: 100, continued: true });
  const wrapper = d._wrapper;
  d._wrapper = null;
  d._textOptions = null;
  if (wrapper) keepHeadsTogether(Object.getPrototypeOf(wrapper) as Wrapper);
};
