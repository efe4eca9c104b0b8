// Shared by every notice PDF: a deterministic, tagged pdfkit document with the embedded fonts, fitting the
// one-page poster to its page, the optional trace of where each line went (trace.ts), and the last pass that
// stamps every page with the footer (what the document is, which version and reference code it came from,
// "Page x of y") and, for drafts and withdrawn versions, the watermark.
import PDFDocument from 'pdfkit';
import type { Language } from '../../../shared/contract/notice-content';
import type { PdfKind } from '../../../shared/contract/notices';
import { longDate } from '../../../shared/domain/dates';
import type { Block } from './blocks';
import { Flow } from './draw';
import { FONT, loadFont, printable } from './fonts';
import { CHROME } from './i18n';
import { installUrlLineBreaks } from './line-breaks';
import { COLORS, scaleTheme, type Theme } from './theme';
import { Trace, type Placement } from './trace';

type Doc = PDFKit.PDFDocument;

export interface DocumentMeta {
  kind: PdfKind;
  language: Language;
  practiceName: string;
  number: number | null;
  draft: boolean;
  /** A scheduled version withdrawn before it took effect: stamped so that a printout is never handed out as valid. */
  withdrawn?: boolean;
  effectiveDate: string | null;
  contentHash: string | null;
  generatedAt: Date;
}

export interface DocumentSpec {
  theme: Theme;
  blocks: Block[];
  /** For the poster: scale the theme between these factors so the blocks fill at most `pages` pages. */
  fit?: { pages: number; minScale: number; maxScale: number };
}

/**
 * The footer's record line: "Version 3 · Effective March 1, 2027 · Reference code 3f9a0c1b2d4e", or
 * "DRAFT · Effective date: not set yet".
 */
export const recordLine = (meta: DocumentMeta): string => {
  const c = CHROME[meta.language];
  const parts = [meta.draft || meta.number === null ? c.draft : c.version(meta.number)];
  if (meta.withdrawn) parts.push(c.withdrawn);
  parts.push(
    meta.effectiveDate
      ? c.effective(longDate(meta.effectiveDate, meta.language))
      : `${c.effectiveLabel}: ${c.noEffectiveDate}`,
  );
  if (meta.contentHash) parts.push(`${c.referenceCode} ${meta.contentHash.slice(0, 12)}`);
  return parts.join(' · ');
};

const xmlEscape = (s: string): string => s.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * pdfkit writes the Info fields into the XMP metadata without escaping them, so a practice called
 * "Smith & Jones" would produce invalid XML. Its Info dictionary is already written when the XMP is built,
 * so escaping the values for just that step is safe.
 */
const escapeXmpInfo = (doc: Doc): void => {
  const d = doc as unknown as { _addInfo?: () => void; info: Record<string, unknown> };
  const original = d._addInfo;
  if (typeof original !== 'function') return;
  d._addInfo = function (this: typeof d): void {
    const saved = { ...this.info };
    for (const [k, v] of Object.entries(saved)) if (typeof v === 'string') this.info[k] = xmlEscape(v);
    try {
      original.call(this);
    } finally {
      this.info = saved;
    }
  };
};

const createDocument = (meta: DocumentMeta, theme: Theme): { doc: Doc; done: Promise<Buffer> } => {
  installUrlLineBreaks();
  const c = CHROME[meta.language];
  const doc = new PDFDocument({
    size: [theme.page.width, theme.page.height],
    margins: theme.margins,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: c.lang,
    displayTitle: true,
    // No default font: pdfkit would otherwise load Helvetica's metrics for every document we never use it in.
    font: '',
    info: {
      Title: c.docName[meta.kind],
      Author: printable(meta.practiceName),
      Subject: recordLine(meta),
      Creator: 'Privacy Desk',
      Producer: 'Privacy Desk (PDFKit)',
      CreationDate: meta.generatedAt,
      ModDate: meta.generatedAt,
    },
  });
  escapeXmpInfo(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  // pdfkit accepts a parsed fontkit font here; the typings only list file sources.
  doc.registerFont(FONT.regular, loadFont(FONT.regular) as unknown as Buffer);
  doc.registerFont(FONT.bold, loadFont(FONT.bold) as unknown as Buffer);
  doc.font(FONT.regular);
  return { doc, done };
};

/** The largest scale in [min, max] whose one-column height fits the pages (with some room for page breaks). */
const fitScale = (doc: Doc, spec: DocumentSpec, fit: NonNullable<DocumentSpec['fit']>): number => {
  const t = spec.theme;
  const pageHeight = t.page.height - t.margins.top - t.margins.bottom;
  const capacity = fit.pages * pageHeight - (fit.pages - 1) * pageHeight * 0.12;
  const fits = (s: number): boolean => new Flow(doc, scaleTheme(t, s)).measure(spec.blocks) <= capacity;
  if (fits(fit.maxScale)) return fit.maxScale;
  let lo = fit.minScale;
  let hi = fit.maxScale;
  if (!fits(lo)) return lo;
  for (let i = 0; i < 7; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
};

const watermark = (doc: Doc, text: string, theme: Theme): void => {
  const { width, height } = theme.page;
  const angle = (Math.atan2(height, width) * 180) / Math.PI;
  doc.font(FONT.bold).fontSize(100);
  const size = Math.min(150, (100 * Math.hypot(width, height) * 0.62) / doc.widthOfString(text));
  doc.fontSize(size);
  const w = doc.widthOfString(text);
  const h = doc.currentLineHeight();
  doc.save();
  doc.rotate(-angle, { origin: [width / 2, height / 2] });
  doc.fillColor(COLORS.watermark, 0.18);
  doc.text(text, width / 2 - w / 2, height / 2 - h / 2, { lineBreak: false });
  doc.restore();
};

const footer = (doc: Doc, meta: DocumentMeta, theme: Theme, n: number, of: number): void => {
  const c = CHROME[meta.language];
  const { left, right, bottom } = theme.margins;
  const width = theme.page.width - left - right;
  const size = theme.size.footer;
  const ruleY = theme.page.height - bottom + Math.min(size * 2.4, 18);
  doc
    .moveTo(left, ruleY)
    .lineTo(left + width, ruleY)
    .lineWidth(0.5)
    .strokeColor(COLORS.rule)
    .stroke();
  doc.font(FONT.regular).fontSize(size).fillColor(COLORS.muted);
  const lh = doc.currentLineHeight(true);
  const pageText = c.page(n, of);
  const pageWidth = doc.widthOfString(pageText);
  const y = ruleY + size * 0.6;
  doc.text(pageText, left + width - pageWidth, y, { lineBreak: false });
  // The document's name with the practice's; only the document's when both do not fit (large print in Spanish):
  // the practice is on the first page, and a name cut off mid-word reads worse than one left out.
  const room = width - pageWidth - 12;
  const both = [c.docName[meta.kind], printable(meta.practiceName)].filter((s) => s !== '').join(' · ');
  const name = doc.widthOfString(both) > room ? c.docName[meta.kind] : both;
  doc.text(name, left, y, { width: room, height: lh, ellipsis: true });
  // The record line names the version exactly (its reference code), so it is never cut short: when it is too
  // long for the line it is set smaller, down to the theme's floor (large print keeps 14 pt), then it wraps.
  const record = recordLine(meta);
  const natural = doc.widthOfString(record);
  if (natural > width) doc.fontSize(Math.max(theme.footerMin, (size * width) / natural));
  doc.text(record, left, y + lh, { width });
  doc.fontSize(size);
};

/** Stamps every buffered page. Bottom margins drop to 0 meanwhile, or pdfkit would start a new page for the footer. */
const finishPages = (doc: Doc, meta: DocumentMeta, theme: Theme, trace: Trace | null): number => {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    if (trace) [trace.page, trace.block] = [i - range.start + 1, -1];
    const margins = doc.page.margins;
    const saved = margins.bottom;
    margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    if (meta.draft) watermark(doc, CHROME[meta.language].watermark, theme);
    else if (meta.withdrawn) watermark(doc, CHROME[meta.language].withdrawn, theme);
    footer(doc, meta, theme, i - range.start + 1, range.count);
    doc.endMarkedContent();
    margins.bottom = saved;
  }
  return range.count;
};

export interface Rendered {
  pdf: Buffer;
  pages: number;
  /** With `trace`: every line fragment drawn, by page and block (trace.ts). */
  placements?: Placement[];
  /** The type scale the fitting chose (1 without fitting). */
  scale: number;
}

/** Lays out and draws one document and returns its bytes and page count. */
export const renderDocument = async (
  spec: DocumentSpec,
  meta: DocumentMeta,
  options: { trace?: boolean } = {},
): Promise<Rendered> => {
  let scale: number | null = null;
  for (let attempt = 0; ; attempt++) {
    const { doc, done } = createDocument(meta, spec.theme);
    const trace = options.trace === true ? new Trace() : null;
    trace?.attach(doc);
    const fit = spec.fit;
    scale = fit ? (scale ?? fitScale(doc, spec, fit)) : 1;
    const theme = scale === 1 ? spec.theme : scaleTheme(spec.theme, scale);
    const flow = new Flow(doc, theme, trace);
    flow.draw(spec.blocks);
    flow.end();
    const drawn = doc.bufferedPageRange().count;
    // The fitting estimate ignores space lost at page breaks; if it was too hopeful, shrink and draw again.
    if (fit && drawn > fit.pages && scale > fit.minScale && attempt < 6) {
      scale = Math.max(fit.minScale, scale * 0.94);
      doc.end();
      await done;
      continue;
    }
    const pages = finishPages(doc, meta, spec.theme, trace);
    doc.end();
    return { pdf: await done, pages, scale, ...(trace ? { placements: trace.placements } : {}) };
  }
};
