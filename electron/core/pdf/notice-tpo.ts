// The handout "How we use and share your information for treatment, payment and health care operations": the
// practice's own examples for each, what a patient can say no to (164.510), what else needs no permission,
// what always does and that permission can be taken back, how to ask for limits or a copy, where the full
// notice is and whom to contact. Regular type (10.5 pt body), never shrunk: a second page when it needs one.
import { bulletSentences, clip, firstParagraph, firstSentence, type Block } from './blocks';
import { contactBox, labelled, type NoticeContext } from './context';
import type { DocumentSpec } from './layout';
import { afterTheList, CHOICES } from './notice-summary';
import { HANDOUT } from './theme';

/** Examples per use and characters per example: enough for the content's own list, not an essay. */
const MAX_EXAMPLES = 5;
const MAX_EXAMPLE_CHARS = 200;

const tpoColumns = (ctx: NoticeContext): Block => ({
  type: 'columns',
  columns: (['treatment', 'payment', 'operations'] as const).map((key) => {
    const use = ctx.content.tpo[key];
    const col: Block[] = [{ type: 'heading', level: 2, text: ctx.fill(use.heading) }];
    const body = clip(firstParagraph(ctx.fill(use.body)), 400);
    const examples = use.examples.filter((e) => e.trim() !== '').slice(0, MAX_EXAMPLES);
    // "For example:" runs on after the description rather than taking a line of its own.
    const lead =
      examples.length > 0
        ? [{ text: body ? `${body} ` : '' }, { text: ctx.c.forExample, bold: true }]
        : [{ text: body }];
    if (body || examples.length > 0) col.push({ type: 'paragraph', runs: lead });
    if (examples.length > 0)
      col.push({ type: 'list', items: examples.map((e) => [{ text: clip(ctx.fill(e), MAX_EXAMPLE_CHARS) }]) });
    return col;
  }),
});

export const tpoBlocks = (ctx: NoticeContext): Block[] => {
  const { c, content, fill } = ctx;
  const blocks: Block[] = [];
  if (ctx.practice.name) blocks.push({ type: 'letterhead', text: ctx.practice.name });
  blocks.push({ type: 'title', text: c.tpoTitle, compact: true });
  const intro = firstParagraph(fill(content.tpo.intro));
  if (intro) blocks.push({ type: 'paragraph', size: 'lead', runs: [{ text: clip(intro, 400) }] });
  // Treatment, payment and operations side by side: three short columns take far less height than one long one.
  blocks.push(tpoColumns(ctx));

  const included = content.withoutAuthorization.uses.filter((u) => u.included);
  const choices = included.filter((u) => CHOICES.includes(u.key));
  if (choices.length > 0) {
    blocks.push({ type: 'heading', level: 1, text: c.tpoChoices });
    blocks.push({ type: 'paragraph', runs: [{ text: c.tpoChoicesIntro }] });
    blocks.push({ type: 'list', columns: 3, items: choices.map((u) => [{ text: clip(fill(u.heading), 90) }]) });
  }
  const others = included.filter((u) => !CHOICES.includes(u.key));
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
  for (const p of afterTheList(auth)) permission.push({ type: 'paragraph', runs: [{ text: clip(p, 600) }] });
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
  // Where the full notice is, then whom to ask.
  blocks.push(contactBox(ctx, [[{ text: c.getFullNotice(ctx.practice.website) }]]));
  return blocks;
};

export const tpoHandout = (ctx: NoticeContext): DocumentSpec => ({ theme: HANDOUT, blocks: tpoBlocks(ctx) });
