// Entry point for the notice PDFs: picks the document module for the kind, builds its blocks from the
// content and practice snapshot (pure), and draws them (pdfkit). Same input and clock, same bytes.
import type { PdfKind } from '../../../shared/contract/notices';
import { noticeContext, type NoticeContext, type NoticePdfInput } from './context';
import { renderDocument, type DocumentSpec, type Rendered } from './layout';
import { fullNotice } from './notice-full';
import { largePrintNotice } from './notice-large-print';
import { layeredNotice } from './notice-layered';
import { posterNotice } from './notice-poster';
import { tpoHandout } from './notice-tpo';

export type { NoticePdfInput } from './context';

const DOCUMENTS: Record<PdfKind, (ctx: NoticeContext) => DocumentSpec> = {
  full: (ctx) => fullNotice(ctx),
  layered: layeredNotice,
  'large-print': largePrintNotice,
  poster: posterNotice,
  tpo: tpoHandout,
};

/** The document's blocks without drawing anything (for tests and previews of the layout step). */
export const noticeSpec = (input: NoticePdfInput): DocumentSpec => DOCUMENTS[input.kind](noticeContext(input));

/** `trace`: also return where each line was placed (trace.ts), for the layout tests. */
export const renderNoticePdf = async (input: NoticePdfInput, options: { trace?: boolean } = {}): Promise<Rendered> => {
  const ctx = noticeContext(input);
  return renderDocument(
    DOCUMENTS[input.kind](ctx),
    {
      kind: input.kind,
      language: input.language,
      practiceName: ctx.practice.name,
      number: input.draft ? null : input.number,
      draft: input.draft,
      withdrawn: input.withdrawn ?? false,
      effectiveDate: input.effectiveDate,
      contentHash: input.contentHash,
      generatedAt: input.generatedAt,
    },
    options,
  );
};
