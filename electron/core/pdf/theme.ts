// Type sizes, spacing and colours of the printed documents: the regular theme, large print, the poster on
// letter and on tabloid, and scaling (the one-page poster grows or shrinks its theme until the content fits).

export interface Theme {
  /** Page size in points: US Letter, or tabloid for the wall poster. */
  page: { width: number; height: number };
  margins: { top: number; bottom: number; left: number; right: number };
  size: {
    letterhead: number;
    title: number;
    statement: number;
    h1: number;
    h2: number;
    body: number;
    lead: number;
    label: number;
    footer: number;
  };
  gap: {
    afterTitle: number;
    h1Before: number;
    h1After: number;
    h2Before: number;
    h2After: number;
    para: number;
    item: number;
    block: number;
  };
  /** Extra space between lines of a paragraph, in points. */
  lineGap: number;
  /** The smallest size the footer's record line may shrink to when long; past it, it wraps instead. */
  footerMin: number;
  listIndent: number;
  boxPadding: number;
}

export const COLORS = {
  text: '#1d2430',
  accent: '#1f4e79',
  muted: '#5a6472',
  rule: '#b9c3cf',
  tint: '#edf2f8',
  tintEdge: '#1f4e79',
  watermark: '#7d8795',
} as const;

const LETTER = { width: 612, height: 792 };
/** 11 × 17 in. */
const TABLOID = { width: 792, height: 1224 };

export const REGULAR: Theme = {
  page: LETTER,
  margins: { top: 62, bottom: 78, left: 68, right: 68 },
  size: {
    letterhead: 10.5,
    title: 23,
    statement: 10.5,
    h1: 14.5,
    h2: 11.5,
    body: 10.5,
    lead: 11.5,
    label: 8,
    footer: 7.5,
  },
  gap: { afterTitle: 12, h1Before: 15, h1After: 5, h2Before: 9, h2After: 2, para: 6, item: 3, block: 14 },
  lineGap: 1,
  footerMin: 4.5,
  listIndent: 15,
  boxPadding: 11,
};

/**
 * Large print: body 18 pt, headings larger, tighter side margins so a line still holds several words. The
 * footer is 14 pt too (the version and page a patient may be asked about), so the bottom margin holds its two lines.
 */
export const LARGE: Theme = {
  page: LETTER,
  margins: { top: 54, bottom: 104, left: 54, right: 54 },
  size: { letterhead: 18, title: 32, statement: 18, h1: 25, h2: 21, body: 18, lead: 18, label: 18, footer: 14 },
  gap: { afterTitle: 16, h1Before: 22, h1After: 8, h2Before: 14, h2After: 4, para: 10, item: 6, block: 20 },
  lineGap: 1.5,
  footerMin: 14,
  listIndent: 24,
  boxPadding: 14,
};

/** The TPO handout: the regular type (never shrunk) with narrower margins, so more fits on each page. */
export const HANDOUT: Theme = {
  ...REGULAR,
  margins: { top: 50, bottom: 72, left: 54, right: 54 },
  gap: { ...REGULAR.gap, afterTitle: 10, h1Before: 11, h1After: 4, para: 5, block: 12 },
};

/** The waiting-room poster: read from a few steps away, so the statement and headings are set large. */
export const POSTER: Theme = {
  page: LETTER,
  margins: { top: 58, bottom: 72, left: 62, right: 62 },
  size: { letterhead: 15, title: 36, statement: 15.5, h1: 21, h2: 16, body: 14.5, lead: 16, label: 10, footer: 7.5 },
  gap: { afterTitle: 14, h1Before: 20, h1After: 6, h2Before: 12, h2After: 3, para: 8, item: 5, block: 20 },
  lineGap: 1.5,
  footerMin: 4.5,
  listIndent: 22,
  boxPadding: 16,
};

/**
 * The wall poster on tabloid: read from across a waiting room, so the body starts at 24 pt and the poster only
 * grows from there (its fit never goes below scale 1).
 */
export const POSTER_TABLOID: Theme = {
  page: TABLOID,
  margins: { top: 50, bottom: 74, left: 58, right: 58 },
  size: { letterhead: 24, title: 40, statement: 24, h1: 32, h2: 26, body: 24, lead: 24, label: 16, footer: 10 },
  gap: { afterTitle: 12, h1Before: 18, h1After: 5, h2Before: 12, h2After: 4, para: 8, item: 3, block: 18 },
  lineGap: 1.5,
  footerMin: 6,
  listIndent: 34,
  boxPadding: 18,
};

/** The theme with every type size and vertical gap multiplied by `s` (margins and footer unchanged). */
export const scaleTheme = (t: Theme, s: number): Theme => {
  const mul = <T extends Record<string, number>>(o: T): T =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v * s])) as T;
  return {
    ...t,
    size: { ...mul(t.size), footer: t.size.footer },
    gap: mul(t.gap),
    lineGap: t.lineGap * s,
    listIndent: t.listIndent * s,
    boxPadding: t.boxPadding * s,
  };
};
