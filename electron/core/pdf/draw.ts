// The pdfkit half: draws blocks top to bottom as tagged content (H1–H3, P, L/LI, Sect), breaking pages so
// that a heading stays with the lines after it and no paragraph leaves a single line alone on either page.
import type { Block, Run } from './blocks';
import { FONT, printable } from './fonts';
import { COLORS, type Theme } from './theme';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const BULLET = '•';

export class Flow {
  // The current column; the full text width except while drawing a 'columns' block.
  private left: number;
  private width: number;
  private root: Struct | null = null;
  private sect: Struct | null = null;
  private sub: Struct | null = null;
  private readonly heights = new Map<string, number>();

  constructor(
    private readonly doc: Doc,
    private readonly theme: Theme,
  ) {
    this.left = theme.margins.left;
    this.width = theme.page.width - theme.margins.left - theme.margins.right;
  }

  /** The structure tree's root, made on first drawing so that measuring leaves the document untouched. */
  private get top(): Struct {
    if (!this.root) {
      this.root = this.doc.struct('Document');
      this.doc.addStructure(this.root);
    }
    return this.root;
  }

  // ---- measuring (no drawing; pdfkit wraps the text and keeps the word layouts for the real pass) ----

  private font(bold: boolean, size: number): Doc {
    return this.doc.font(bold ? FONT.bold : FONT.regular).fontSize(size);
  }

  private lineHeight(size: number): number {
    return this.font(false, size).currentLineHeight(true) + this.theme.lineGap;
  }

  /** Wrapped height of a text, remembered: page-break decisions ask for the same block's height several times. */
  private textHeight(text: string, bold: boolean, size: number, width: number): number {
    const key = `${bold ? 'b' : 'r'}${size}/${width}/${text}`;
    let h = this.heights.get(key);
    if (h === undefined) {
      h = this.font(bold, size).heightOfString(printable(text), { width, lineGap: this.theme.lineGap });
      this.heights.set(key, h);
    }
    return h;
  }

  /** Height of mixed-weight runs: measured in the regular face, padded by what the bold parts add in width. */
  private runsHeight(runs: Run[], size: number, width: number): number {
    const all = runs.map((r) => r.text).join('');
    const boldText = runs.filter((r) => r.bold === true).map((r) => r.text).join('');
    let pad = '';
    if (boldText !== '') {
      const extra = this.font(true, size).widthOfString(boldText) - this.font(false, size).widthOfString(boldText);
      pad = '\u00a0'.repeat(Math.max(0, Math.ceil(extra / this.font(false, size).widthOfString('\u00a0'))));
    }
    return this.textHeight(all + pad, false, size, width);
  }

  private headingSize(level: 1 | 2): number {
    return level === 1 ? this.theme.size.h1 : this.theme.size.h2;
  }

  private bodySize(b: Extract<Block, { type: 'paragraph' }>): number {
    return b.size === 'lead' ? this.theme.size.lead : this.theme.size.body;
  }

  private listColumnWidth(b: Extract<Block, { type: 'list' }>): number {
    const n = b.columns ?? 1;
    return (this.width - (n - 1) * this.theme.gap.block) / n;
  }

  private itemHeight(item: Run[], colWidth: number): number {
    return this.runsHeight(item, this.theme.size.body, colWidth - this.theme.listIndent);
  }

  /** The items split top-to-bottom into columns, the first columns taking one more when uneven. */
  private listColumns(b: Extract<Block, { type: 'list' }>): Run[][][] {
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
        return this.textHeight(b.text, true, t.size.statement, this.width - 2 * t.boxPadding - 4) + 2 * t.boxPadding + t.gap.block;
      case 'heading':
        return this.textHeight(b.text, true, this.headingSize(b.level), this.width) + (b.level === 1 ? t.gap.h1After : t.gap.h2After);
      case 'paragraph':
        return this.runsHeight(b.runs, this.bodySize(b), this.width) + t.gap.para;
      case 'list': {
        const w = this.listColumnWidth(b);
        const cols = this.listColumns(b).map((items) => items.reduce((s, i) => s + this.itemHeight(i, w) + t.gap.item, 0));
        return Math.max(...cols) - t.gap.item + t.gap.para;
      }
      case 'fields':
        return this.fieldsHeight(b) + t.gap.block;
      case 'box':
        return this.boxInner(b) + 2 * t.boxPadding + t.gap.block;
      case 'columns':
        return Math.max(0, ...this.inColumns(b, (col) => this.measure(col))) + t.gap.block;
    }
  }

  private titleSize(b: Extract<Block, { type: 'title' }>): number {
    return b.compact === true ? this.theme.size.title * 0.8 : this.theme.size.title;
  }

  /** Runs `fn` once per column of a 'columns' block with the flow narrowed to that column. */
  private inColumns<T>(b: Extract<Block, { type: 'columns' }>, fn: (col: Block[], x: number) => T): T[] {
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

  private fieldsHeight(b: Extract<Block, { type: 'fields' }>): number {
    const w = this.fieldWidth(b);
    return Math.max(
      0,
      ...b.groups.map((g) => this.textHeight(g.label.toUpperCase(), true, this.theme.size.label, w) + 3 + this.textHeight(g.lines.join('\n'), false, this.theme.size.body, w)),
    );
  }

  private fieldWidth(b: Extract<Block, { type: 'fields' }>): number {
    const n = Math.max(1, b.groups.length);
    return (this.width - (n - 1) * this.theme.gap.block) / n;
  }

  private boxInner(b: Extract<Block, { type: 'box' }>): number {
    const w = this.width - 2 * this.theme.boxPadding - 4;
    return b.runs.reduce((s, p) => s + this.runsHeight(p, this.theme.size.body, w) + this.theme.gap.para, 0) - this.theme.gap.para;
  }

  /** Space before a heading, dropped at the top of a page. */
  private before(b: Block | undefined): number {
    if (b?.type === 'columns') return this.theme.gap.h2Before;
    if (b?.type !== 'heading') return 0;
    return b.level === 1 ? this.theme.gap.h1Before : this.theme.gap.h2Before;
  }

  /** The height that must fit before block i starts: itself if unbreakable, else its first two lines,
   * plus (for a heading or a lead-in ending in a colon) the start of what follows. */
  private leadHeight(blocks: readonly Block[], i: number): number {
    const b = blocks[i];
    if (!b) return 0;
    const two = 2 * this.lineHeight(this.theme.size.body);
    switch (b.type) {
      case 'heading':
        return this.height(b) + this.before(blocks[i + 1]) + this.leadHeight(blocks, i + 1);
      case 'paragraph': {
        const h = this.height(b);
        const text = b.runs.map((r) => r.text).join('').trimEnd();
        return text.endsWith(':') ? h + this.leadHeight(blocks, i + 1) : Math.min(h, two);
      }
      case 'list':
        return (b.columns ?? 1) > 1 ? this.height(b) : Math.min(this.itemHeight(b.items[0] ?? [], this.width) + this.theme.gap.item, two);
      default:
        return this.height(b);
    }
  }

  /** Total height of the blocks as one column, ignoring page breaks: what the one-page fitting compares. */
  measure(blocks: readonly Block[]): number {
    return blocks.reduce((s, b, i) => s + this.height(b) + (i > 0 ? this.before(b) : 0), 0);
  }

  // ---- drawing ----

  private get maxY(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private atTop(): boolean {
    return this.doc.y <= this.doc.page.margins.top + 0.5;
  }

  private newPage(): void {
    this.doc.addPage();
  }

  private ensure(h: number): void {
    if (!this.atTop() && this.doc.y + h > this.maxY) this.newPage();
  }

  private parent(): Struct {
    return this.sub ?? this.sect ?? this.top;
  }

  private tag(type: string, draw: () => void, parent: Struct = this.parent()): void {
    parent.add(this.doc.struct(type, {}, draw));
  }

  /** Background shapes and rules are artifacts: not read aloud, not part of the structure tree. */
  private artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }

  private runs(runs: Run[], size: number, x: number, y: number, width: number, align: 'left' | 'center' = 'left'): void {
    runs.forEach((r, i) => {
      const last = i === runs.length - 1;
      this.font(r.bold === true, size).fillColor(COLORS.text);
      const opts = { width, lineGap: this.theme.lineGap, align, continued: !last };
      if (i === 0) this.doc.text(printable(r.text), x, y, opts);
      else this.doc.text(printable(r.text), opts);
    });
  }

  /** A breakable text: moves to a new page rather than leave one line at the bottom, and pulls one more line
   * over rather than leave one line alone at the top of the next page. */
  private flowing(height: number, size: number, draw: () => void): void {
    const lh = this.lineHeight(size);
    const room = this.maxY - this.doc.y;
    if (height <= room + 0.5) return draw();
    const lines = Math.round(height / lh);
    // pdfkit places a line while the line itself (not the gap after it) still fits above the bottom margin.
    const fit = Math.floor((room + this.theme.lineGap + 0.01) / lh);
    if (fit < 2 && !this.atTop()) {
      this.newPage();
      return draw();
    }
    if (lines - fit !== 1) return draw();
    if (fit < 3) {
      // Pulling a line over would leave one alone at the bottom instead: move the whole paragraph.
      this.newPage();
      return draw();
    }
    const page = this.doc.page;
    const saved = page.margins.bottom;
    page.margins.bottom = saved + lh;
    try {
      draw();
    } finally {
      page.margins.bottom = saved;
    }
  }

  draw(blocks: readonly Block[]): void {
    blocks.forEach((b, i) => {
      if (!this.atTop()) this.doc.y += this.before(b);
      this.ensure(this.leadHeight(blocks, i));
      this.block(b);
    });
  }

  private block(b: Block): void {
    const t = this.theme;
    const doc = this.doc;
    const x = this.left;
    switch (b.type) {
      case 'letterhead':
        this.tag('P', () => {
          this.font(true, t.size.letterhead).fillColor(COLORS.accent).text(printable(b.text), x, doc.y, { width: this.width });
        });
        doc.y += 2;
        return;
      case 'title': {
        this.tag('H1', () => {
          this.font(true, this.titleSize(b)).fillColor(COLORS.text).text(printable(b.text), x, doc.y, { width: this.width, lineGap: t.lineGap });
        });
        const y = doc.y + t.gap.afterTitle * 0.6;
        this.artifact(() => doc.moveTo(x, y).lineTo(x + this.width, y).lineWidth(0.75).strokeColor(COLORS.rule).stroke());
        doc.y = y + t.gap.afterTitle * 1.4;
        return;
      }
      case 'statement': {
        const inner = this.textHeight(b.text, true, t.size.statement, this.width - 2 * t.boxPadding - 4);
        const top = doc.y;
        const h = inner + 2 * t.boxPadding;
        this.artifact(() => {
          doc.rect(x, top, this.width, h).fillColor(COLORS.tint).fill();
          doc.rect(x, top, 4, h).fillColor(COLORS.tintEdge).fill();
        });
        this.tag('P', () => {
          this.font(true, t.size.statement).fillColor(COLORS.text).text(printable(b.text), x + 4 + t.boxPadding, top + t.boxPadding, { width: this.width - 2 * t.boxPadding - 4, lineGap: t.lineGap });
        });
        doc.y = top + h + t.gap.block;
        return;
      }
      case 'heading':
        return this.heading(b);
      case 'paragraph': {
        const size = this.bodySize(b);
        this.flowing(this.runsHeight(b.runs, size, this.width), size, () => {
          this.tag('P', () => this.runs(b.runs, size, x, doc.y, this.width, b.align ?? 'left'));
        });
        doc.y += t.gap.para;
        return;
      }
      case 'list':
        return this.list(b);
      case 'fields':
        return this.fields(b);
      case 'box':
        return this.box(b);
      case 'columns': {
        const top = doc.y;
        const bottoms = this.inColumns(b, (col) => {
          doc.y = top;
          col.forEach((cb, i) => {
            if (i > 0) doc.y += this.before(cb);
            this.block(cb);
          });
          return doc.y;
        });
        doc.y = Math.max(top, ...bottoms) + t.gap.block;
        return;
      }
    }
  }

  private heading(b: Extract<Block, { type: 'heading' }>): void {
    const t = this.theme;
    const type = b.level === 1 ? 'H2' : 'H3';
    if (b.level === 1) {
      this.sub?.end();
      this.sect?.end();
      this.sub = null;
      this.sect = this.doc.struct('Sect');
      this.top.add(this.sect);
    } else {
      this.sub?.end();
      this.sub = this.doc.struct('Sect');
      (this.sect ?? this.top).add(this.sub);
    }
    this.tag(type, () => {
      this.font(true, this.headingSize(b.level))
        .fillColor(b.level === 1 ? COLORS.accent : COLORS.text)
        .text(printable(b.text), this.left, this.doc.y, { width: this.width, lineGap: t.lineGap });
    });
    this.doc.y += b.level === 1 ? t.gap.h1After : t.gap.h2After;
  }

  private list(b: Extract<Block, { type: 'list' }>): void {
    const t = this.theme;
    const doc = this.doc;
    const colWidth = this.listColumnWidth(b);
    const list = doc.struct('L');
    this.parent().add(list);
    if ((b.columns ?? 1) > 1) this.ensure(this.height(b));
    const top = doc.y;
    let bottom = top;
    this.listColumns(b).forEach((items, c) => {
      const x = this.left + c * (colWidth + t.gap.block);
      doc.y = top;
      items.forEach((item) => {
        const h = this.itemHeight(item, colWidth);
        this.flowing(h, t.size.body, () => {
          const li = doc.struct('LI');
          list.add(li);
          const y = doc.y;
          this.tag('Lbl', () => this.font(false, t.size.body).fillColor(COLORS.accent).text(BULLET, x + 2, y, { width: t.listIndent, lineBreak: false }), li);
          this.tag('LBody', () => this.runs(item, t.size.body, x + t.listIndent, y, colWidth - t.listIndent), li);
          li.end();
        });
        doc.y += t.gap.item;
      });
      bottom = Math.max(bottom, doc.y);
    });
    list.end();
    // A one-column list may have flowed onto a new page, where its end is simply the current position.
    doc.y = ((b.columns ?? 1) > 1 ? bottom : doc.y) - t.gap.item + t.gap.para;
  }

  private fields(b: Extract<Block, { type: 'fields' }>): void {
    const t = this.theme;
    const doc = this.doc;
    const w = this.fieldWidth(b);
    const top = doc.y;
    const div = doc.struct('Div');
    this.parent().add(div);
    b.groups.forEach((g, i) => {
      const x = this.left + i * (w + t.gap.block);
      this.tag('P', () => this.font(true, t.size.label).fillColor(COLORS.muted).text(printable(g.label.toUpperCase()), x, top, { width: w, characterSpacing: 0.4 }), div);
      const y = doc.y + 3;
      this.tag('P', () => this.font(false, t.size.body).fillColor(COLORS.text).text(printable(g.lines.join('\n')), x, y, { width: w, lineGap: t.lineGap }), div);
    });
    div.end();
    doc.y = top + this.fieldsHeight(b) + t.gap.block;
  }

  private box(b: Extract<Block, { type: 'box' }>): void {
    const t = this.theme;
    const doc = this.doc;
    const inner = this.boxInner(b);
    const h = inner + 2 * t.boxPadding;
    const top = doc.y;
    const w = this.width - 2 * t.boxPadding - 4;
    this.artifact(() => {
      doc.rect(this.left, top, this.width, h).fillColor(COLORS.tint).fill();
      doc.rect(this.left, top, 4, h).fillColor(COLORS.tintEdge).fill();
    });
    const div = doc.struct('Div');
    this.parent().add(div);
    let y = top + t.boxPadding;
    for (const p of b.runs) {
      this.tag('P', () => this.runs(p, t.size.body, this.left + 4 + t.boxPadding, y, w), div);
      y += this.runsHeight(p, t.size.body, w) + t.gap.para;
    }
    div.end();
    doc.y = top + h + t.gap.block;
  }

  /** Closes the structure tree; call once after the last block. */
  end(): void {
    this.sub?.end();
    this.sect?.end();
    this.root?.end();
  }
}
