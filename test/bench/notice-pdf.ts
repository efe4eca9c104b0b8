// Benchmark: notice PDFs (full notice and layered notice, English and Spanish) against a bare pdfkit script
// that draws the same text with the same TrueType file and no layout helpers. `npx tsx test/bench/notice-pdf.ts`.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import PDFDocument from 'pdfkit';
import { assetPath } from '../../electron/core/assets';
import type { Block } from '../../electron/core/pdf/blocks';
import { FONT, loadFont } from '../../electron/core/pdf/fonts';
import { noticeSpec, renderNoticePdf } from '../../electron/core/pdf/notice-pdf';
import { input } from '../core/pdf/helpers';
import { compare, fmtDuration, renderTable, type Row } from './stats';

/** The text of the blocks in reading order, headings bold: what the bare script draws. */
const lines = (blocks: readonly Block[]): { text: string; bold: boolean; size: number }[] =>
  blocks.flatMap((b): { text: string; bold: boolean; size: number }[] => {
    switch (b.type) {
      case 'letterhead':
      case 'statement':
        return [{ text: b.text, bold: true, size: 10.5 }];
      case 'title':
        return [{ text: b.text, bold: true, size: 23 }];
      case 'heading':
        return [{ text: b.text, bold: true, size: b.level === 1 ? 14.5 : 11.5 }];
      case 'paragraph':
        return [{ text: b.runs.map((r) => r.text).join(''), bold: false, size: 10.5 }];
      case 'list':
        return b.items.map((i) => ({ text: `• ${i.map((r) => r.text).join('')}`, bold: false, size: 10.5 }));
      case 'fields':
        return b.groups.map((g) => ({ text: `${g.label}\n${g.lines.join('\n')}`, bold: false, size: 10.5 }));
      case 'box':
        return b.runs.map((p) => ({ text: p.map((r) => r.text).join(''), bold: false, size: 10.5 }));
      case 'columns':
        return b.columns.flatMap((c) => lines(c));
      case 'pageBreak':
        return [];
    }
  });

type FontSource = Buffer | ReturnType<typeof loadFont>;

/** The floor: plain pdfkit, one text() call per line of the same text, same fonts, nothing else. */
const bare = (text: ReturnType<typeof lines>, regular: FontSource, bold: FontSource): Promise<Buffer> =>
  new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'LETTER', margin: 68, info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.registerFont('R', regular as Buffer);
    doc.registerFont('B', bold as Buffer);
    for (const l of text)
      doc
        .font(l.bold ? 'B' : 'R')
        .fontSize(l.size)
        .text(l.text, { paragraphGap: 5 });
    doc.end();
  });

export const noticePdfRows = async (opts: { runs: number; warmup: number }): Promise<Row[]> => {
  const files = {
    regular: readFileSync(assetPath('fonts', `${FONT.regular}.ttf`)),
    bold: readFileSync(assetPath('fonts', `${FONT.bold}.ttf`)),
  };
  const rows: Row[] = [];
  for (const kind of ['full', 'layered'] as const) {
    for (const language of ['en', 'es'] as const) {
      const inp = input(kind, language);
      const text = lines(noticeSpec(inp).blocks);
      const r = await compare(
        {
          ours: () => renderNoticePdf(inp),
          bareFile: () => bare(text, files.regular, files.bold),
          bareParsed: () => bare(text, loadFont(FONT.regular), loadFont(FONT.bold)),
        },
        opts,
      );
      const section = `${kind === 'full' ? 'Full notice' : 'Layered notice'} (${language}) — floor: bare pdfkit, same text and TTF file, font parsed per document`;
      rows.push({ section, name: 'renderNoticePdf', stats: r.ours, floor: r.bareFile });
      rows.push({ section, name: 'bare pdfkit, our shared parsed font', stats: r.bareParsed, floor: r.bareFile });
      rows.push({ section, name: 'bare pdfkit, font file per document (floor)', stats: r.bareFile });
    }
  }
  return rows;
};

export const benchNoticePdf = async (): Promise<void> => {
  const quick = process.env['BENCH_QUICK'] === '1';
  // The first render in a process also parses the two fonts (~0.5 MB each): reported on its own.
  const t0 = performance.now();
  await renderNoticePdf(input('full', 'en'));
  const cold = performance.now() - t0;
  const rows = await noticePdfRows(quick ? { runs: 5, warmup: 1 } : { runs: 40, warmup: 5 });
  console.log(renderTable(rows));
  const full = rows.filter((r) => r.name === 'renderNoticePdf' && r.section.startsWith('Full'));
  console.log(`\nfirst full notice in a fresh process (fonts parsed): ${fmtDuration(cold * 1e6)}`);
  console.log(
    `full notice median: ${full.map((r) => `${r.section.slice(13, 15)} ${fmtDuration(r.stats.median)}`).join(', ')} (goal ≤ 150 ms)`,
  );
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchNoticePdf().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
