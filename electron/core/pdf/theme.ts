// Type sizes, spacing and colours of the printed documents: one regular theme, one large-print theme, and
// scaling (the one-page poster and handout shrink or grow their theme until the content fits).

export interface Theme {
  /** Page size in points: US Letter. */
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
  listIndent: 15,
  boxPadding: 11,
};

/** Large print: body 18 pt, headings larger, tighter side margins so a line still holds several words. */
export const LARGE: Theme = {
  page: LETTER,
  margins: { top: 54, bottom: 84, left: 54, right: 54 },
  size: { letterhead: 18, title: 32, statement: 18, h1: 25, h2: 21, body: 18, lead: 18, label: 18, footer: 11 },
  gap: { afterTitle: 16, h1Before: 22, h1After: 8, h2Before: 14, h2After: 4, para: 10, item: 6, block: 20 },
  lineGap: 1.5,
  listIndent: 24,
  boxPadding: 14,
};

/** One-page handouts: the regular type with narrower margins, so it shrinks less to fit. */
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
  listIndent: 22,
  boxPadding: 16,
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
