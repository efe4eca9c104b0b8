// The waiting-room poster, on letter or tabloid: one page in big type with the header statement, that the
// full notice is posted and where to get it (the poster never replaces posting it, 164.520(c)(2)(iii)(B)), the
// patient's rights in brief, the contact and the effective date.
import { RIGHT_FIELDS } from '../../../shared/domain/notice-elements';
import { clip, type Block } from './blocks';
import { contactBox, type NoticeContext } from './context';
import type { DocumentSpec } from './layout';
import { POSTER, POSTER_TABLOID } from './theme';

export const posterBlocks = (ctx: NoticeContext): Block[] => {
  const { c, content, fill } = ctx;
  const blocks: Block[] = [];
  if (ctx.practice.name) blocks.push({ type: 'letterhead', text: ctx.practice.name });
  blocks.push({ type: 'title', text: content.title.trim() || c.docName.full });
  blocks.push({ type: 'statement', text: ctx.header });
  blocks.push({ type: 'paragraph', size: 'lead', runs: [{ text: c.posterAvailable(ctx.practice.website) }] });
  blocks.push({ type: 'heading', level: 1, text: c.yourRights });
  blocks.push({ type: 'paragraph', runs: [{ text: c.posterRightsIntro }] });
  blocks.push({
    type: 'list',
    items: RIGHT_FIELDS.map((key) => [{ text: clip(fill(content.rights[key].heading), 120) }]),
  });
  blocks.push(contactBox(ctx));
  return blocks;
};

/**
 * On letter it grows (up to a 22 pt body) or shrinks (a long name or address) until it fills exactly one page;
 * on tabloid it only grows, so the body is never under 24 pt.
 */
export const posterNotice = (ctx: NoticeContext): DocumentSpec =>
  ctx.paper === 'tabloid'
    ? { theme: POSTER_TABLOID, blocks: posterBlocks(ctx), fit: { pages: 1, minScale: 1, maxScale: 1.4 } }
    : { theme: POSTER, blocks: posterBlocks(ctx), fit: { pages: 1, minScale: 0.55, maxScale: 1.5 } };
