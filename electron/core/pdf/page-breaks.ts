// The page-break rules, decided from measured heights before each block is drawn: a heading stays with at
// least two lines of what follows it, contact details and other kept blocks never split, a paragraph never
// leaves one line alone at the bottom or the top of a page, and the short last paragraph of a section (a
// right's "how to use this right") never opens a page on its own.
import type { Block } from './blocks';
import { Measure } from './measure';

export class PageBreaks extends Measure {
  protected get maxY(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  protected atTop(): boolean {
    return this.doc.y <= this.doc.page.margins.top + 0.5;
  }

  protected ensure(h: number): void {
    if (!this.atTop() && this.doc.y + h > this.maxY) this.doc.addPage();
  }

  private lines(height: number, size: number): number {
    return Math.round(height / this.lineHeight(size));
  }

  /** What of a text must fit at the bottom of a page: all of it up to three lines (two plus one, or one plus
   * two, would break the widow and orphan rules in flowing()), else its first two lines. */
  private breakable(height: number, size: number): number {
    return this.lines(height, size) <= 3 ? height : 2 * this.lineHeight(size);
  }

  private paragraphHeight(b: Extract<Block, { type: 'paragraph' }>): number {
    return this.runsHeight(b.runs, this.bodySize(b), this.width);
  }

  /**
   * The space a short last block of a section needs after block i, or 0. Block i+1 is such a "tail" when it
   * is one or two lines and a heading (or the end) comes next: it must not open a page alone, so block i keeps
   * it company (see flowing()).
   */
  protected tailHeight(blocks: readonly Block[], i: number): number {
    const next = blocks[i + 1];
    const after = blocks[i + 2];
    if (after !== undefined && after.type !== 'heading' && after.type !== 'pageBreak') return 0;
    if (next?.type !== 'paragraph' || next.keep === true) return 0;
    const h = this.paragraphHeight(next);
    return this.lines(h, this.bodySize(next)) <= 2 ? this.before(next) + this.height(next) : 0;
  }

  /** The height that must fit before block i starts: itself if unbreakable, else its first two lines,
   * plus (for a heading or a lead-in ending in a colon) the start of what follows. */
  protected leadHeight(blocks: readonly Block[], i: number): number {
    const b = blocks[i];
    if (!b) return 0;
    const t = this.theme;
    switch (b.type) {
      case 'heading':
        return this.height(b) + this.before(blocks[i + 1]) + this.leadHeight(blocks, i + 1);
      case 'paragraph': {
        const text = b.runs
          .map((r) => r.text)
          .join('')
          .trimEnd();
        if (b.keep === true) return this.height(b);
        const h = this.paragraphHeight(b);
        const lead = this.breakable(h, this.bodySize(b));
        if (text.endsWith(':')) return this.height(b) + this.leadHeight(blocks, i + 1);
        // A short paragraph moves whole, and takes the section's short last paragraph with it.
        return lead === h ? lead + this.tailHeight(blocks, i) : lead;
      }
      case 'list': {
        if ((b.columns ?? 1) > 1 || b.keep === true) return this.height(b);
        // Two lines of the list: the first item's first two, or a one-line first item and the next one's start.
        const [first, second] = b.items.map((item) => this.itemHeight(item, this.width));
        if (first === undefined) return 0;
        const lead = this.breakable(first, t.size.body);
        if (lead < first || this.lines(first, t.size.body) >= 2 || second === undefined) return lead;
        return first + t.gap.item + this.breakable(second, t.size.body);
      }
      case 'pageBreak':
        return 0;
      default:
        return this.height(b);
    }
  }

  /** A breakable text: moves to a new page rather than leave one line at the bottom, and pulls one more line
   * over rather than leave one line alone at the top of the next page. `tail` is what must follow it on the
   * same page (a section's short last paragraph): when only the tail would go over, two lines go with it. */
  protected flowing(height: number, size: number, draw: () => void, tail = 0, keep = false): void {
    const lh = this.lineHeight(size);
    const room = this.maxY - this.doc.y;
    if (height + tail <= room + 0.5) return draw();
    const lines = Math.round(height / lh);
    // pdfkit places a line while the line itself (not the gap after it) still fits above the bottom margin.
    const fit = Math.floor((room + this.theme.lineGap + 0.01) / lh);
    // At the top of a page, moving the block on would gain nothing: it can only give lines to the next page.
    const top = this.atTop();
    if (!top && (keep || fit < 2)) {
      this.doc.addPage();
      return draw();
    }
    // How many lines stay on this page: all that fit, less one or two so that at least two go over.
    let stay = fit;
    // Only the tail would go over: two lines go with it.
    if (height <= room + 0.5) stay = lines - 2;
    // One line would go over alone: one more goes with it.
    else if (lines - fit === 1) stay = fit - 1;
    if (stay >= lines || (top && stay < 2)) return draw();
    if (stay < 2) {
      this.doc.addPage();
      return draw();
    }
    const page = this.doc.page;
    const saved = page.margins.bottom;
    page.margins.bottom = saved + (fit - stay) * lh;
    try {
      draw();
    } finally {
      page.margins.bottom = saved;
    }
  }
}
