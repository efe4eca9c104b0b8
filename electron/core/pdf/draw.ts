// The pdfkit half: draws blocks top to bottom as tagged content (H1–H3, P, L/LI, Sect), breaking pages by the
// rules of page-breaks.ts, and tells the optional trace which block each drawn line belongs to.
import type { Block, Run } from './blocks';
import { printable } from './fonts';
import type { Doc } from './measure';
import { PageBreaks } from './page-breaks';
import { COLORS, type Theme } from './theme';
import type { Trace } from './trace';

type Struct = PDFKit.PDFStructureElement;

const BULLET = '•';

export class Flow extends PageBreaks {
  private root: Struct | null = null;

  constructor(
    doc: Doc,
    theme: Theme,
    private readonly trace: Trace | null = null,
  ) {
    super(doc, theme);
  }

  private sect: Struct | null = null;
  private sub: Struct | null = null;

  /** The structure tree's root, made on first drawing so that measuring leaves the document untouched. */
  private get top(): Struct {
    if (!this.root) {
      this.root = this.doc.struct('Document');
      this.doc.addStructure(this.root);
    }
    return this.root;
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

  /** The tinted background with an accent edge behind the header statement and the boxes. */
  private panel(top: number, height: number): void {
    this.artifact(() => {
      this.doc.rect(this.left, top, this.width, height).fillColor(COLORS.tint).fill();
      this.doc.rect(this.left, top, 4, height).fillColor(COLORS.tintEdge).fill();
    });
  }

  /** One text in one face, size and colour at (x, y), wrapped to the width. */
  private write(
    text: string,
    [bold, size, color]: [boolean, number, string],
    [x, y, width]: [number, number, number],
    extra: PDFKit.Mixins.TextOptions = {},
  ): void {
    this.font(bold, size)
      .fillColor(color)
      .text(printable(text), x, y, { width, lineGap: this.theme.lineGap, ...extra });
  }

  /** Mixed-weight runs as one paragraph, starting at (x, y). */
  private runs(
    runs: Run[],
    size: number,
    [x, y, width]: [number, number, number],
    align: 'left' | 'center' = 'left',
  ): void {
    runs.forEach((r, i) => {
      const last = i === runs.length - 1;
      this.font(r.bold === true, size).fillColor(COLORS.text);
      const opts = { width, lineGap: this.theme.lineGap, align, continued: !last };
      if (i === 0) this.doc.text(printable(r.text), x, y, opts);
      else this.doc.text(printable(r.text), opts);
    });
  }

  draw(blocks: readonly Block[]): void {
    blocks.forEach((b, i) => {
      if (this.trace) this.trace.block = i;
      if (b.type === 'pageBreak') {
        if (!this.atTop()) this.doc.addPage();
        return;
      }
      if (!this.atTop()) this.doc.y += this.before(b);
      this.ensure(this.leadHeight(blocks, i));
      this.block(b, this.tailHeight(blocks, i));
    });
  }

  /** `tail`: what must follow a paragraph on its page (PageBreaks.tailHeight). */
  private block(b: Block, tail = 0): void {
    const t = this.theme;
    const doc = this.doc;
    const x = this.left;
    switch (b.type) {
      case 'letterhead':
        this.tag('P', () => {
          this.write(b.text, [true, t.size.letterhead, COLORS.accent], [x, doc.y, this.width]);
        });
        doc.y += 2;
        return;
      case 'title': {
        this.tag('H1', () => {
          this.write(b.text, [true, this.titleSize(b), COLORS.text], [x, doc.y, this.width]);
        });
        const y = doc.y + t.gap.afterTitle * 0.6;
        this.artifact(() =>
          doc
            .moveTo(x, y)
            .lineTo(x + this.width, y)
            .lineWidth(0.75)
            .strokeColor(COLORS.rule)
            .stroke(),
        );
        doc.y = y + t.gap.afterTitle * 1.4;
        return;
      }
      case 'statement': {
        const inner = this.textHeight(b.text, true, t.size.statement, this.width - 2 * t.boxPadding - 4);
        const top = doc.y;
        const h = inner + 2 * t.boxPadding;
        this.panel(top, h);
        this.tag('P', () => {
          const inset = 4 + t.boxPadding;
          this.write(
            b.text,
            [true, t.size.statement, COLORS.text],
            [x + inset, top + t.boxPadding, this.width - inset - t.boxPadding],
          );
        });
        doc.y = top + h + t.gap.block;
        return;
      }
      case 'heading':
        return this.heading(b);
      case 'paragraph': {
        const size = this.bodySize(b);
        const draw = (): void => {
          this.tag('P', () => this.runs(b.runs, size, [x, doc.y, this.width], b.align ?? 'left'));
        };
        this.flowing(this.runsHeight(b.runs, size, this.width), size, draw, tail, b.keep === true);
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
      case 'pageBreak':
        return;
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
      const color = b.level === 1 ? COLORS.accent : COLORS.text;
      this.write(b.text, [true, this.headingSize(b.level), color], [this.left, this.doc.y, this.width]);
    });
    this.doc.y += b.level === 1 ? t.gap.h1After : t.gap.h2After;
  }

  private list(b: Extract<Block, { type: 'list' }>): void {
    const t = this.theme;
    const doc = this.doc;
    const colWidth = this.listColumnWidth(b);
    const list = doc.struct('L');
    this.parent().add(list);
    if ((b.columns ?? 1) > 1 || b.keep === true) this.ensure(this.height(b));
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
          this.tag(
            'Lbl',
            () =>
              this.write(BULLET, [false, t.size.body, COLORS.accent], [x + 2, y, t.listIndent], { lineBreak: false }),
            li,
          );
          this.tag('LBody', () => this.runs(item, t.size.body, [x + t.listIndent, y, colWidth - t.listIndent]), li);
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
      this.tag('P', () => this.write(g.label.toUpperCase(), [true, t.size.label, COLORS.muted], [x, top, w]), div);
      const y = top + this.fieldLabelHeight(b);
      this.tag('P', () => this.write(g.lines.join('\n'), [false, t.size.body, COLORS.text], [x, y, w]), div);
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
    this.panel(top, h);
    const div = doc.struct('Div');
    this.parent().add(div);
    let y = top + t.boxPadding;
    for (const p of b.runs) {
      this.tag('P', () => this.runs(p, t.size.body, [this.left + 4 + t.boxPadding, y, w]), div);
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
