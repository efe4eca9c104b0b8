// The layout step's record of what it placed where: one entry per line fragment pdfkit draws (page, position,
// size, face, text), tagged with the index of the block it belongs to. Only the layout tests ask for it, to
// check page breaks on real placements: a heading with the lines after it, contact details on one page, no
// lone line at the top of a page, no web address broken inside its scheme and host.
import type { Doc } from './measure';

export interface Placement {
  /** 1-based page number. */
  page: number;
  /** Index into the document's blocks; -1 for the footer and watermark. */
  block: number;
  x: number;
  /** Top of the line, in points from the top of the page (pdfkit's coordinates). */
  y: number;
  size: number;
  bold: boolean;
  /** The fragment as pdfkit placed it, trailing space included (a line broken at a space ends with one). */
  text: string;
}

type FragmentFn = (text: string, x: number, y: number, options: unknown) => void;

interface DocInternals {
  _fragment: FragmentFn;
  _font: { name?: string } | null;
  _fontSize: number;
}

export class Trace {
  readonly placements: Placement[] = [];
  /** The page being drawn on: counted from pdfkit's pageAdded, set directly while the footers are stamped. */
  page = 1;
  block = -1;

  /** Records every fragment the document draws from now on. Call right after creating the document. */
  attach(doc: Doc): void {
    const d = doc as unknown as DocInternals;
    const original = d._fragment.bind(doc);
    d._fragment = (text, x, y, options) => {
      if (text.replace(/\n/g, '') !== '')
        this.placements.push({
          page: this.page,
          block: this.block,
          x,
          y,
          size: d._fontSize,
          bold: /bold/i.test(d._font?.name ?? ''),
          text: text.replace(/\n/g, ''),
        });
      original(text, x, y, options);
    };
    doc.on('pageAdded', () => {
      this.page++;
    });
  }
}
