// The full notice in large print for patients with low vision: the same blocks as the full notice, body text
// at 18 pt with larger headings, and the contact details stacked so each line stays readable.
import type { NoticeContext } from './context';
import type { DocumentSpec } from './layout';
import { fullNoticeBlocks } from './notice-full';
import { LARGE } from './theme';

export const largePrintNotice = (ctx: NoticeContext): DocumentSpec => ({
  theme: LARGE,
  blocks: fullNoticeBlocks(ctx, true),
});
