// Measuring blocks without drawing them: pdfkit wraps each text at the block's width and keeps the word
// layouts for the real pass. The page-break rules that decide from these heights are in page-breaks.ts.
import type { Block, Run } from './blocks';
import { FONT, printable } from './fonts';
import type { Theme } from './theme';

export type Doc = PDFKit.PDFDocument;

export class Measure {
  // The current column; the full text width except while drawing a 'columns' block.
  protected left: number;
  protected width: number;
  private readonly heights = new Map<string, number>();

  constructor(
    protected readonly doc: Doc,
    protected readonly theme: Theme,
  ) {
    this.left = theme.margins.left;
    this.width = theme.page.width - theme.margins.left - theme.margins.right;
  }

  protected font(bold: boolean, size: number): Doc {
    return this.doc.font(bold ? FONT.bold : FONT.regular).fontSize(size);
  }

  protected lineHeight(size: number): number {
    return this.font(false, size).currentLineHeight(true) + this.theme.lineGap;
  }

  /** Wrapped height of a text, remembered: page-break decisions ask for the same block's height several times. */
  protected textHeight(text: string, bold: boolean, size: number, width: number): number {
    const key = `${bold ? 'b' : 'r'}${size}/${width}/${text}`;
    let h = this.heights.get(key);
    if (h === undefined) {
      h = this.font(bold, size).heightOfString(printable(text), { width, lineGap: this.theme.lineGap });
      this.heights.set(key, h);
    }
    return h;
  }

  /** Height of mixed-weight runs: measured in the regular face, padded by what the bold parts add in width. */
  protected runsHeight(runs: Run[], size: number, width: number): number {
    const all = runs.map((r) => r.text).join('');
    const boldText = runs
      .filter((r) => r.bold === true)
      .map((r) => r.text)
      .join('');
    let pad = '';
    if (boldText !== '') {
      const extra = this.font(true, size).widthOfString(boldText) - this.font(false, size).widthOfString(boldText);
      pad = '\u00a0'.repeat(Math.max(0, Math.ceil(extra / this.font(false, size).widthOfString('\u00a0'))));
    }
    return this.textHeight(all + pad, false, size, width);
  }

  protected headingSize(level: 1 | 2): number {
    return level === 1 ? this.theme.size.h1 : this.theme.size.h2;
  }

  protected bodySize(b: Extract<Block, { type: 'paragraph' }>): number {
    return b.size === 'lead' ? this.theme.size.lead : this.theme.size.body;
  }

  protected listColumnWidth(b: Extract<Block, { type: 'list' }>): number {
    const n = b.columns ?? 1;
    return (this.width - (n - 1) * this.theme.gap.block) / n;
  }

  protected itemHeight(item: Run[], colWidth: number): number {
    return this.runsHeight(item, this.theme.size.body, colWidth - this.theme.listIndent);
  }

  /** The items split top-to-bottom into columns, the first columns taking one more when uneven. */
  protected listColumns(b: Extract<Block, { type: 'list' }>): Run[][][] {
    const n = b.columns ?? 1;
    const per = Math.ceil(b.items.length / n);
    return Array.from({ length: n }, (_, i) => b.items.slice(i * per, (i + 1) * per)).filter((c) => c.length > 0);
  }

  /** Height of a block including the space after it (a heading's space before is added by the caller). */
  height(b: Block): number {
    const t = this.theme;
    switch (b.type) {
      case 'letterhead':
        return this.textHeight(b.text, true, t.size.letterhead, this.width) + 2;
      case 'title':
        return this.textHeight(b.text, true, this.titleSize(b), this.width) + 2 * t.gap.afterTitle;
      case 'statement':
        return (
          this.textHeight(b.text, true, t.size.statement, this.width - 2 * t.boxPadding - 4) +
          2 * t.boxPadding +
          t.gap.block
        );
      case 'heading':
        return (
          this.textHeight(b.text, true, this.headingSize(b.level), this.width) +
          (b.level === 1 ? t.gap.h1After : t.gap.h2After)
        );
      case 'paragraph':
        return this.runsHeight(b.runs, this.bodySize(b), this.width) + t.gap.para;
      case 'list': {
        const w = this.listColumnWidth(b);
        const cols = this.listColumns(b).map((items) =>
          items.reduce((s, i) => s + this.itemHeight(i, w) + t.gap.item, 0),
        );
        return Math.max(...cols) - t.gap.item + t.gap.para;
      }
      case 'fields':
        return this.fieldsHeight(b) + t.gap.block;
      case 'box':
        return this.boxInner(b) + 2 * t.boxPadding + t.gap.block;
      case 'columns':
        return Math.max(0, ...this.inColumns(b, (col) => this.measure(col))) + t.gap.block;
      case 'pageBreak':
        return 0;
    }
  }

  protected titleSize(b: Extract<Block, { type: 'title' }>): number {
    return b.compact === true ? this.theme.size.title * 0.8 : this.theme.size.title;
  }

  /** Runs `fn` once per column of a 'columns' block with the flow narrowed to that column. */
  protected inColumns<T>(b: Extract<Block, { type: 'columns' }>, fn: (col: Block[], x: number) => T): T[] {
    const n = Math.max(1, b.columns.length);
    const saved = { left: this.left, width: this.width };
    const w = (saved.width - (n - 1) * this.theme.gap.block) / n;
    try {
      return b.columns.map((col, i) => {
        this.left = saved.left + i * (w + this.theme.gap.block);
        this.width = w;
        return fn(col, this.left);
      });
    } finally {
      this.left = saved.left;
      this.width = saved.width;
    }
  }

  /** The tallest label: every group's lines start below it, so the columns line up. */
  protected fieldLabelHeight(b: Extract<Block, { type: 'fields' }>): number {
    const w = this.fieldWidth(b);
    return (
      Math.max(0, ...b.groups.map((g) => this.textHeight(g.label.toUpperCase(), true, this.theme.size.label, w))) + 3
    );
  }

  protected fieldsHeight(b: Extract<Block, { type: 'fields' }>): number {
    const w = this.fieldWidth(b);
    const body = b.groups.map((g) => this.textHeight(g.lines.join('\n'), false, this.theme.size.body, w));
    return this.fieldLabelHeight(b) + Math.max(0, ...body);
  }

  protected fieldWidth(b: Extract<Block, { type: 'fields' }>): number {
    const n = Math.max(1, b.groups.length);
    return (this.width - (n - 1) * this.theme.gap.block) / n;
  }

  protected boxInner(b: Extract<Block, { type: 'box' }>): number {
    const w = this.width - 2 * this.theme.boxPadding - 4;
    return (
      b.runs.reduce((s, p) => s + this.runsHeight(p, this.theme.size.body, w) + this.theme.gap.para, 0) -
      this.theme.gap.para
    );
  }

  /** Space before a heading, dropped at the top of a page. */
  protected before(b: Block | undefined): number {
    if (b?.type === 'columns' || b?.type === 'fields') return this.theme.gap.h2Before;
    if (b?.type !== 'heading') return 0;
    return b.level === 1 ? this.theme.gap.h1Before : this.theme.gap.h2Before;
  }

  /** Total height of the blocks as one column, ignoring page breaks: what the one-page fitting compares. */
  measure(blocks: readonly Block[]): number {
    return blocks.reduce((s, b, i) => s + this.height(b) + (i > 0 ? this.before(b) : 0), 0);
  }
}
