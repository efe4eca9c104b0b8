// The one-page handout "How we use and share your information for treatment, payment and health care
// operations": the practice's own examples for each, what else needs no permission, what always does, how
// to ask for limits or a copy, and whom to contact.
import { bulletSentences, clip, firstParagraph, firstSentence, type Block } from './blocks';
import { contactBox, labelled, type NoticeContext } from './context';
import type { DocumentSpec } from './layout';
import { HANDOUT } from './theme';

/** Examples per use and characters per example: the page must hold all three uses in readable type. */
const MAX_EXAMPLES = 2;
const MAX_EXAMPLE_CHARS = 200;

export const tpoBlocks = (ctx: NoticeContext): Block[] => {
  const { c, content, fill } = ctx;
  const blocks: Block[] = [];
  if (ctx.practice.name) blocks.push({ type: 'letterhead', text: ctx.practice.name });
  blocks.push({ type: 'title', text: c.tpoTitle, compact: true });
  const intro = firstParagraph(fill(content.tpo.intro));
  if (intro) blocks.push({ type: 'paragraph', size: 'lead', runs: [{ text: clip(intro, 400) }] });

  // Treatment, payment and operations side by side: three short columns take far less height than one long one.
  blocks.push({
    type: 'columns',
    columns: (['treatment', 'payment', 'operations'] as const).map((key) => {
      const use = content.tpo[key];
      const col: Block[] = [{ type: 'heading', level: 2, text: fill(use.heading) }];
      const body = clip(firstParagraph(fill(use.body)), 400);
      const examples = use.examples.filter((e) => e.trim() !== '').slice(0, MAX_EXAMPLES);
      // "For example:" runs on after the description rather than taking a line of its own.
      const lead =
        examples.length > 0 ? [{ text: body ? `${body} ` : '' }, { text: c.forExample, bold: true }] : [{ text: body }];
      if (body || examples.length > 0) col.push({ type: 'paragraph', runs: lead });
      if (examples.length > 0)
        col.push({ type: 'list', items: examples.map((e) => [{ text: clip(fill(e), MAX_EXAMPLE_CHARS) }]) });
      return col;
    }),
  });

  const others = content.withoutAuthorization.uses.filter((u) => u.included);
  if (others.length > 0) {
    blocks.push({ type: 'heading', level: 1, text: c.tpoOther });
    blocks.push({ type: 'list', columns: 3, items: others.map((u) => [{ text: clip(fill(u.heading), 90) }]) });
  }

  // What needs permission and how to ask, side by side for the same reason.
  const auth = fill(content.authorizationRequired.body);
  const never = bulletSentences(auth, 160);
  const permission: Block[] = [
    { type: 'heading', level: 1, text: c.tpoNeverWithout },
    { type: 'paragraph', runs: [{ text: firstSentence(auth, 300) }] },
  ];
  if (never.length > 0) permission.push({ type: 'list', items: never.map((t) => [{ text: t }]) });
  const howToAsk: Block[] = [
    { type: 'heading', level: 1, text: c.tpoHowToAsk },
    {
      type: 'list',
      items: [
        labelled(c.tpoAskLimits, clip(fill(content.rights.restriction.how).replace(/\s+/g, ' '), 320)),
        labelled(c.tpoAskCopy, clip(fill(content.rights.access.how).replace(/\s+/g, ' '), 320)),
      ],
    },
  ];
  blocks.push({ type: 'columns', columns: [permission, howToAsk] });
  blocks.push(contactBox(ctx));
  return blocks;
};

export const tpoHandout = (ctx: NoticeContext): DocumentSpec => ({
  theme: HANDOUT,
  blocks: tpoBlocks(ctx),
  // Below 0.8 (8.4 pt body) only for practice details far longer than any real ones.
  fit: { pages: 1, minScale: 0.6, maxScale: 1 },
});
