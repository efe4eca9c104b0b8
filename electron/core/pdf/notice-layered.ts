// The layered notice, as HHS's model lays it out: the summary first, then the full notice, in one document
// numbered throughout. The summary alone is never handed out as the notice (DOMAIN.md §4).
import type { NoticeContext } from './context';
import type { DocumentSpec } from './layout';
import { fullNoticeBlocks } from './notice-full';
import { summaryBlocks } from './notice-summary';
import { REGULAR } from './theme';

export const layeredNotice = (ctx: NoticeContext): DocumentSpec => ({
  theme: REGULAR,
  blocks: [...summaryBlocks(ctx), { type: 'pageBreak' }, ...fullNoticeBlocks(ctx)],
});
