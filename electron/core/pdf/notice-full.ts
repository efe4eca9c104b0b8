// The full Notice of Privacy Practices: title, the required header statement first and prominent, the
// effective date, the practice and privacy-officer contact, then every section of the content in order, each
// right's "how to use this right" under its own bold label.
import type { NoticeSection } from '../../../shared/domain/notice-text';
import { textBlocks, type Block } from './blocks';
import { contactFields, effectiveParagraph, type NoticeContext } from './context';
import type { DocumentSpec } from './layout';
import { REGULAR, type Theme } from './theme';

/** Sections made of contact details (addresses, phones): their lists are never split across pages. */
const CONTACT_SECTIONS = new Set(['complaints', 'contact']);

/** The "how to use this right" text with its label in bold before the first paragraph. */
const howBlocks = (ctx: NoticeContext, how: string): Block[] => {
  const blocks = textBlocks(how);
  const label = { text: `${ctx.c.howToUse} `, bold: true };
  const first = blocks[0];
  if (first?.type === 'paragraph') return [{ ...first, runs: [label, ...first.runs] }, ...blocks.slice(1)];
  return [{ type: 'paragraph', runs: [{ ...label, text: ctx.c.howToUse }] }, ...blocks];
};

const sectionBlocks = (ctx: NoticeContext, section: NoticeSection): Block[] => {
  const how = section.how?.trim() ?? '';
  // The section's text ends with the how text (notice-text.ts joins them); printed apart, it gets its label.
  const body = how !== '' && section.text.endsWith(how) ? section.text.slice(0, -how.length) : section.text;
  const blocks = textBlocks(body);
  if (body !== section.text) blocks.push(...howBlocks(ctx, how));
  if (!CONTACT_SECTIONS.has(section.id)) return blocks;
  return blocks.map((b) => (b.type === 'list' ? { ...b, keep: true } : b));
};

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
    blocks.push(...sectionBlocks(ctx, section));
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
