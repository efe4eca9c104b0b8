// The layered summary (HHS model style, 1–2 pages): your rights, your choices, our uses and disclosures and
// our responsibilities, each built from the content's own headings, first sentences and first examples,
// then where to get the full notice and whom to contact.
import type { PermittedUseKey } from '../../../shared/contract/notice-content';
import { elementApplies, RIGHT_FIELDS } from '../../../shared/domain/notice-elements';
import { bulletSentences, clip, firstSentence, type Block, type Run } from './blocks';
import { contactBox, effectiveParagraph, labelled, type NoticeContext } from './context';
import type { DocumentSpec } from './layout';
import { REGULAR } from './theme';

/** The uses a patient can object to: listed under "Your choices", not among the other uses. */
const CHOICES: readonly PermittedUseKey[] = ['family_and_friends', 'directory', 'disaster_relief'];

/** "Use or share X" → "use or share X" when joined into a sentence (not for "HIV", "Part 2"). */
const lowerFirst = (s: string): string => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

export const summaryBlocks = (ctx: NoticeContext): Block[] => {
  const { c, content, fill } = ctx;
  const blocks: Block[] = [];
  if (ctx.practice.name) blocks.push({ type: 'letterhead', text: ctx.practice.name });
  blocks.push({
    type: 'title',
    text: c.docName.summary.replace(c.docName.full, content.title.trim() || c.docName.full),
  });
  blocks.push({ type: 'statement', text: ctx.header });
  blocks.push(effectiveParagraph(ctx));
  blocks.push({ type: 'paragraph', runs: [{ text: c.summaryIntro }] });

  blocks.push({ type: 'heading', level: 1, text: c.yourRights });
  blocks.push({
    type: 'list',
    items: RIGHT_FIELDS.map((key) =>
      labelled(fill(content.rights[key].heading), firstSentence(fill(content.rights[key].body))),
    ),
  });

  blocks.push({ type: 'heading', level: 1, text: c.yourChoices });
  blocks.push({ type: 'paragraph', runs: [{ text: c.yourChoicesIntro }] });
  const choices: Run[][] = content.withoutAuthorization.uses
    .filter((u) => u.included && CHOICES.includes(u.key))
    .map((u) => labelled(fill(u.heading), firstSentence(fill(u.body))));
  if (elementApplies('separate_statement_fundraising', ctx.practice))
    choices.push(labelled(fill(content.fundraising.heading), firstSentence(fill(content.fundraising.body))));
  const never = bulletSentences(fill(content.authorizationRequired.body)).map((b) =>
    lowerFirst(b.replace(/[.;]$/, '')),
  );
  const neverText = [firstSentence(fill(content.authorizationRequired.body)), never.join('; ')]
    .filter((s) => s !== '')
    .join(' ');
  choices.push(
    labelled(fill(content.authorizationRequired.heading), clip(`${neverText}${never.length > 0 ? '.' : ''}`, 420)),
  );
  blocks.push({ type: 'list', items: choices });

  blocks.push({ type: 'heading', level: 1, text: c.ourUses });
  blocks.push({
    type: 'list',
    items: (['treatment', 'payment', 'operations'] as const).map((key) => {
      const use = content.tpo[key];
      const example = use.examples.find((e) => e.trim() !== '');
      const runs = labelled(fill(use.heading), firstSentence(fill(use.body)));
      return example ? [...runs, { text: ` ${c.forExample} `, bold: true }, { text: clip(fill(example), 240) }] : runs;
    }),
  });
  const others = content.withoutAuthorization.uses.filter((u) => u.included && !CHOICES.includes(u.key));
  if (others.length > 0) {
    blocks.push({ type: 'paragraph', runs: [{ text: c.alsoWithoutPermission }] });
    blocks.push({ type: 'list', columns: 2, items: others.map((u) => [{ text: clip(fill(u.heading), 90) }]) });
  }

  blocks.push({ type: 'heading', level: 1, text: c.ourDuties });
  blocks.push({
    type: 'list',
    items: [content.duties.protectAndNotify, content.duties.followCurrent, content.changes.body]
      .map((t) => firstSentence(fill(t)))
      .filter((t) => t !== '')
      .map((t) => [{ text: t }]),
  });

  blocks.push(contactBox(ctx, [[{ text: c.getFullNotice(ctx.practice.website) }]]));
  return blocks;
};

export const summaryNotice = (ctx: NoticeContext): DocumentSpec => ({
  theme: REGULAR,
  blocks: summaryBlocks(ctx),
  fit: { pages: 2, minScale: 0.8, maxScale: 1 },
});
