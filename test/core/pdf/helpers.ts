// Shared by the notice PDF tests: a practice snapshot, the default templates as content, rendering with
// defaults, and reading a PDF back with unpdf/pdf.js (text per page, text items with their font size).
import { extractText, getDocumentProxy } from 'unpdf';
import type { Language, PracticeSnapshot } from '../../../shared/contract/notice-content';
import type { PdfKind } from '../../../shared/contract/notices';
import { renderNoticePdf, type NoticePdfInput } from '../../../electron/core/pdf/notice-pdf';
import { defaultTemplate } from '../../../electron/core/notices/templates';
import { practiceSnapshot } from '../../../shared/domain/practice-snapshot';
import { PRACTICE as SAMPLE_PRACTICE } from '../../support/practice-fixture';

export const KINDS: readonly PdfKind[] = ['full', 'layered', 'large-print', 'poster', 'tpo'];
export const LANGUAGES: readonly Language[] = ['en', 'es'];

/** The shared practice as a notice prints it, with every optional section on and an accented officer name (font coverage). */
export const PRACTICE: PracticeSnapshot = {
  ...practiceSnapshot({ ...SAMPLE_PRACTICE, fundraises: true, keepsPart2Records: true }),
  privacyOfficer: { ...SAMPLE_PRACTICE.privacyOfficer, name: 'Dana Núñez' },
};

export const HASH = '3f9a0c1b2d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5061728394a5b6c7d8e';
export const EFFECTIVE = '2027-03-01';
export const GENERATED_AT = new Date('2027-02-15T10:00:00Z');

export const input = (kind: PdfKind, language: Language, over: Partial<NoticePdfInput> = {}): NoticePdfInput => ({
  kind,
  language,
  content: defaultTemplate(language),
  practice: PRACTICE,
  number: 3,
  draft: false,
  effectiveDate: EFFECTIVE,
  contentHash: HASH,
  generatedAt: GENERATED_AT,
  ...over,
});

export const render = (kind: PdfKind, language: Language, over: Partial<NoticePdfInput> = {}) =>
  renderNoticePdf(input(kind, language, over));

/** Whitespace collapsed, and a line break after a hyphen undone, so wrapped sentences compare as typed. */
export const norm = (s: string): string =>
  s
    .replace(/\s+/g, ' ')
    .replace(/(\p{L})- (?=\p{L})/gu, '$1-')
    .trim();

export interface TextItem {
  str: string;
  /** Font size in points (the scale of the text matrix). */
  size: number;
  /** Baseline height above the bottom edge of the page, in points. */
  y: number;
  page: number;
}

export interface ReadBack {
  pages: string[];
  /** All pages' text, normalised with norm(). */
  text: string;
  items: TextItem[];
  numPages: number;
  info: Record<string, unknown>;
  roles: string[];
}

const rolesOf = (node: unknown, out: string[]): void => {
  if (node && typeof node === 'object') {
    const n = node as { role?: string; children?: unknown[] };
    if (n.role) out.push(n.role);
    for (const c of n.children ?? []) rolesOf(c, out);
  }
};

export const readBack = async (pdf: Buffer): Promise<ReadBack> => {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text: pages } = await extractText(doc, { mergePages: false });
  const items: TextItem[] = [];
  const roles: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    for (const it of content.items) {
      if (!('str' in it) || it.str.trim() === '') continue;
      const [a, b, , , , f] = it.transform as number[];
      items.push({ str: it.str, size: Math.hypot(a ?? 0, b ?? 0), y: f ?? 0, page: p });
    }
    rolesOf(await page.getStructTree(), roles);
  }
  const meta = await doc.getMetadata();
  const numPages = doc.numPages;
  return { pages, text: norm(pages.join('\n')), items, numPages, info: meta.info as Record<string, unknown>, roles };
};
