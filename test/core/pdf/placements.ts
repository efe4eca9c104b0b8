// Reading the layout step's placements (electron/core/pdf/trace.ts) as lines, paragraphs and pages, and the
// page-break rules every printed notice must keep, each returning what it found wrong (empty when none).
import type { Block } from '../../../electron/core/pdf/blocks';
import type { Placement } from '../../../electron/core/pdf/trace';

export interface Line {
  page: number;
  block: number;
  y: number;
  text: string;
  /** The first line of a list item (it carries the bullet). */
  itemStart: boolean;
}

/** Fragments drawn one after another at the same height of the same page and block form one line. */
export const linesOf = (placements: readonly Placement[]): Line[] => {
  const out: Line[] = [];
  for (const p of placements) {
    if (p.block < 0) continue;
    const last = out.at(-1);
    if (last && last.page === p.page && last.block === p.block && Math.abs(last.y - p.y) < 0.5) last.text += p.text;
    else out.push({ page: p.page, block: p.block, y: p.y, text: p.text, itemStart: p.text === '•' });
  }
  return out;
};

const byBlock = (lines: readonly Line[]): Map<number, Line[]> => {
  const m = new Map<number, Line[]>();
  for (const l of lines) m.set(l.block, [...(m.get(l.block) ?? []), l]);
  return m;
};

/** A paragraph's lines, or a list's lines cut into its items. */
const paragraphs = (block: Block, lines: Line[]): Line[][] => {
  if (block.type !== 'list') return [lines];
  const items: Line[][] = [];
  for (const l of lines)
    if (l.itemStart || items.length === 0) items.push([l]);
    else items.at(-1)!.push(l);
  return items;
};

const pagesOf = (lines: readonly Line[]): number[] => [...new Set(lines.map((l) => l.page))];
const show = (l: Line | undefined): string => (l ? `p${l.page} "${l.text.trim().slice(0, 60)}"` : 'nothing');

/** Each web address's scheme and host ("https://www.hhs.gov") in the documents' blocks. */
export const urlHeadsIn = (blocks: readonly Block[]): string[] => [
  ...new Set([...JSON.stringify(blocks).matchAll(/https?:\/\/[^\s/"]*/gi)].map((m) => m[0])),
];

/** Web addresses: no line ends with the start of a scheme and host whose rest opens the next line. */
export const urlBreaks = (lines: readonly Line[], heads: readonly string[]): string[] =>
  lines.flatMap((l, i) => {
    const next = lines[i + 1];
    if (!next || next.block !== l.block) return [];
    const broken = heads.some((h) =>
      Array.from({ length: h.length - 1 }, (_, k) => k + 1).some(
        (k) => l.text.endsWith(h.slice(0, k)) && next.text.startsWith(h.slice(k)),
      ),
    );
    return broken ? [`URL broken: ${show(l)} / ${show(next)}`] : [];
  });

/** A heading on the same page as at least two lines of its block (all of it when shorter). */
export const strandedHeadings = (blocks: readonly Block[], lines: readonly Line[]): string[] => {
  const of = byBlock(lines);
  return blocks.flatMap((b, i) => {
    if (b.type !== 'heading') return [];
    const page = of.get(i)?.at(-1)?.page;
    const next = blocks[i + 1];
    const after = of.get(i + 1) ?? [];
    if (!next || page === undefined || after.length === 0) return [];
    const need = next.type === 'heading' ? 1 : Math.min(2, after.length);
    const with_ = after.filter((l) => l.page === page).length;
    return with_ >= need ? [] : [`heading "${b.text}" on p${page} with ${with_} of its lines`];
  });
};

/** Contact details (fields, boxes, kept paragraphs and lists) each on one page. */
export const splitContacts = (blocks: readonly Block[], lines: readonly Line[]): string[] => {
  const of = byBlock(lines);
  return blocks.flatMap((b, i) => {
    const kept = b.type === 'fields' || b.type === 'box' || ((b.type === 'paragraph' || b.type === 'list') && b.keep);
    const pages = pagesOf(of.get(i) ?? []);
    return kept && pages.length > 1 ? [`block ${i} (${b.type}) split over pages ${pages.join(', ')}`] : [];
  });
};

/** No paragraph (or list item) leaves one line alone on a page, and no page opens with a lone line. */
export const loneLines = (blocks: readonly Block[], lines: readonly Line[]): string[] => {
  const found: string[] = [];
  for (const [i, ls] of byBlock(lines)) {
    const b = blocks[i];
    if (!b || b.type === 'heading') continue;
    for (const para of paragraphs(b, ls))
      for (const page of pagesOf(para)) {
        const n = para.filter((l) => l.page === page).length;
        if (pagesOf(para).length > 1 && n < 2) found.push(`one line of block ${i} alone on p${page}: ${show(para[0])}`);
      }
  }
  // A page that opens with a one-line paragraph followed by a heading (or nothing): a section's last line.
  for (const page of pagesOf(lines).slice(1)) {
    const on = lines.filter((l) => l.page === page);
    const first = on[0]!;
    if (blocks[first.block]?.type === 'heading') continue;
    const next = on.find((l) => l.block !== first.block);
    const firstLines = on.filter((l) => l.block === first.block).length;
    const headingNext = next === undefined || blocks[next.block]?.type === 'heading';
    if (firstLines === 1 && headingNext) found.push(`p${page} opens with a lone line: ${show(first)}`);
  }
  return found;
};
