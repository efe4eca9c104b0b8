// The full Notice of Privacy Practices: title, the required header statement first and prominent, the
// effective date, the practice and privacy-officer contact, then every section of the content in order.
import { textBlocks, type Block } from './blocks';
import { contactFields, effectiveParagraph, type NoticeContext } from './context';
import type { DocumentSpec } from './layout';
import { REGULAR, type Theme } from './theme';

/** The notice's blocks; `stacked` puts the two contact groups under each other (large print). */
export const fullNoticeBlocks = (ctx: NoticeContext, stacked = false): Block[] => {
  const blocks: Block[] = [];
  if (ctx.practice.name) blocks.push({ type: 'letterhead', text: ctx.practice.name });
  blocks.push({ type: 'title', text: ctx.content.title.trim() || ctx.c.docName.full });
  blocks.push({ type: 'statement', text: ctx.header });
  blocks.push(effectiveParagraph(ctx));
  blocks.push(...contactFields(ctx, stacked));
  for (const section of ctx.sections) {
    // The intro's heading is the notice title, already printed above.
    if (section.id !== 'intro') blocks.push({ type: 'heading', level: section.level, text: section.heading });
    blocks.push(...textBlocks(section.text));
    if (section.examples.length > 0) {
      blocks.push({ type: 'paragraph', runs: [{ text: ctx.c.forExample, bold: true }] });
      blocks.push({ type: 'list', items: section.examples.map((e) => [{ text: e }]) });
    }
  }
  return blocks;
};

export const fullNotice = (ctx: NoticeContext, theme: Theme = REGULAR): DocumentSpec => ({
  theme,
  blocks: fullNoticeBlocks(ctx),
});
