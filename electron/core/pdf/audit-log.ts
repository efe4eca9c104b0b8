// The printed audit log: a landscape US Letter table (entry, time, who, what happened) under a heading that says
// which practice, which filters, and when and by whom it was generated, with "Page x of y" on every page. The
// words arrive translated (the service reads the `audit` catalog); this module only lays them out, tagged (a
// heading, then a Table of TR/TH/TD) so a screen reader reads it row by row. It shares the
// embedded fonts and colours with the notice PDFs but not their block layout, which is built for running text.
import PDFDocument from 'pdfkit';
import { FONT, loadFont, printable } from './fonts';
import { COLORS } from './theme';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/** Shapes behind the text are artifacts: not read aloud, not part of the structure tree. */
const artifact = (doc: Doc, type: 'Layout' | 'Pagination', draw: () => void): void => {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
};

export interface AuditPdfRow {
  seq: number;
  time: string;
  who: string;
  what: string;
}

export interface AuditPdfInput {
  /** BCP 47 tag for the PDF's /Lang. */
  lang: string;
  title: string;
  practiceName: string;
  /** Lines under the title: the filters, generated at/by, the time zone, the row count. */
  lines: readonly string[];
  columns: readonly [string, string, string, string];
  rows: readonly AuditPdfRow[];
  page: (page: number, pages: number) => string;
  /** Stamped as the creation date: the same input and clock give the same bytes. */
  generatedAt: Date;
}

const PAGE = { width: 792, height: 612 }; // US Letter, landscape: room for the sentence column
const MARGIN = { top: 40, bottom: 48, left: 40, right: 40 };
const SIZE = { practice: 10, title: 16, line: 8.5, head: 8.5, cell: 8.5, footer: 7.5 };
const PAD = 4;
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** Column widths as parts of the table width: entry number, time, who, what happened. */
const COLUMN_WIDTHS = [0.07, 0.16, 0.19, 0.58].map((part) => part * WIDTH);

const cellHeight = (doc: Doc, text: string, width: number, bold: boolean): number =>
  doc
    .font(bold ? FONT.bold : FONT.regular)
    .fontSize(bold ? SIZE.head : SIZE.cell)
    .heightOfString(printable(text), { width: width - 2 * PAD });

const rowHeight = (doc: Doc, cells: readonly string[], bold = false): number =>
  Math.max(...cells.map((c, i) => cellHeight(doc, c, COLUMN_WIDTHS[i] ?? 0, bold))) + 2 * PAD;

/** One table row: a TR of TH (the heading row) or TD cells, over its tint and under its rule. */
const drawRow = (
  doc: Doc,
  table: Struct,
  cells: readonly string[],
  y: number,
  h: number,
  kind: 'head' | 'odd' | 'even',
): void => {
  artifact(doc, 'Layout', () => {
    if (kind !== 'even') {
      doc
        .rect(MARGIN.left, y, WIDTH, h)
        .fillColor(kind === 'head' ? COLORS.tint : '#f7f9fb')
        .fill();
    }
    doc
      .moveTo(MARGIN.left, y + h)
      .lineTo(MARGIN.left + WIDTH, y + h)
      .lineWidth(0.4)
      .strokeColor(COLORS.rule)
      .stroke();
  });
  const tr = doc.struct('TR');
  table.add(tr);
  let x = MARGIN.left;
  cells.forEach((c, i) => {
    const w = COLUMN_WIDTHS[i] ?? 0;
    const cx = x;
    tr.add(
      doc.struct(kind === 'head' ? 'TH' : 'TD', {}, () => {
        doc
          .font(kind === 'head' ? FONT.bold : FONT.regular)
          .fontSize(kind === 'head' ? SIZE.head : SIZE.cell)
          .fillColor(COLORS.text)
          .text(printable(c), cx + PAD, y + PAD, { width: w - 2 * PAD });
      }),
    );
    x += w;
  });
  tr.end();
};

const heading = (doc: Doc, root: Struct, input: AuditPdfInput): void => {
  let y = MARGIN.top;
  if (input.practiceName !== '') {
    root.add(
      doc.struct('P', {}, () => {
        doc.font(FONT.bold).fontSize(SIZE.practice).fillColor(COLORS.accent);
        doc.text(printable(input.practiceName), MARGIN.left, y, { width: WIDTH });
      }),
    );
    y = doc.y + 2;
  }
  root.add(
    doc.struct('H1', {}, () => {
      doc.font(FONT.bold).fontSize(SIZE.title).fillColor(COLORS.text);
      doc.text(printable(input.title), MARGIN.left, y, { width: WIDTH });
    }),
  );
  for (const line of input.lines) {
    root.add(
      doc.struct('P', {}, () => {
        doc.font(FONT.regular).fontSize(SIZE.line).fillColor(COLORS.muted);
        doc.text(printable(line), MARGIN.left, doc.y + 1, { width: WIDTH });
      }),
    );
  }
  doc.y += 8;
};

const footers = (doc: Doc, input: AuditPdfInput): number => {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // or pdfkit would start a new page for text below the margin
    doc.markContent('Artifact', { type: 'Pagination' });
    const y = PAGE.height - MARGIN.bottom + 16;
    doc.font(FONT.regular).fontSize(SIZE.footer).fillColor(COLORS.muted);
    const pageText = input.page(i - range.start + 1, range.count);
    const pageWidth = doc.widthOfString(pageText);
    doc.text(pageText, MARGIN.left + WIDTH - pageWidth, y, { lineBreak: false });
    const left = [input.title, input.practiceName]
      .filter((s) => s !== '')
      .map(printable)
      .join(' · ');
    doc.text(left, MARGIN.left, y, { width: WIDTH - pageWidth - 12, height: SIZE.footer * 1.5, ellipsis: true });
    doc.endMarkedContent();
    doc.page.margins.bottom = saved;
  }
  return range.count;
};

export const renderAuditPdf = async (input: AuditPdfInput): Promise<{ pdf: Buffer; pages: number }> => {
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margins: MARGIN,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: input.lang,
    displayTitle: true,
    font: '', // no Helvetica: only the embedded Noto Sans is used
    info: {
      Title: input.title,
      Creator: 'Privacy Desk',
      Producer: 'Privacy Desk (PDFKit)',
      CreationDate: input.generatedAt,
      ModDate: input.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  // pdfkit accepts a parsed fontkit font here; the typings only list file sources.
  doc.registerFont(FONT.regular, loadFont(FONT.regular) as unknown as Buffer);
  doc.registerFont(FONT.bold, loadFont(FONT.bold) as unknown as Buffer);

  // Tagged as a document with a heading and a table, so a screen reader reads it row by row.
  const root = doc.struct('Document');
  doc.addStructure(root);
  heading(doc, root, input);
  const table = doc.struct('Table');
  root.add(table);
  const bottom = PAGE.height - MARGIN.bottom;
  const headH = rowHeight(doc, input.columns, true);
  let y = doc.y;
  drawRow(doc, table, input.columns, y, headH, 'head');
  y += headH;
  input.rows.forEach((r, i) => {
    const cells = [String(r.seq), r.time, r.who, r.what];
    const h = rowHeight(doc, cells);
    if (y + h > bottom) {
      // A new page repeats the column headings, so each page reads on its own.
      doc.addPage();
      y = MARGIN.top;
      drawRow(doc, table, input.columns, y, headH, 'head');
      y += headH;
    }
    drawRow(doc, table, cells, y, h, i % 2 === 0 ? 'even' : 'odd');
    y += h;
  });
  table.end();
  root.end();
  const pages = footers(doc, input);
  doc.end();
  return { pdf: await done, pages };
};
