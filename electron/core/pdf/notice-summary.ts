// The summary that opens the layered notice (HHS model style): your rights, your choices, our uses and
// disclosures, our responsibilities and how to complain, built from the content's own headings, first
// sentences and first examples. Short, since the full notice follows; but what it states it states whole:
// the breach duty, the complaint routes with no retaliation, and that anything else needs written
// permission, which can be taken back.
import type { PermittedUseKey } from '../../../shared/contract/notice-content';
import { elementApplies, RIGHT_FIELDS } from '../../../shared/domain/notice-elements';
import { bulletSentences, clip, firstParagraph, firstSentence, textBlocks, type Block, type Run } from './blocks';
import { effectiveParagraph, labelled, type NoticeContext } from './context';

/** The uses a patient can object to (164.510): listed under "Your choices", not among the other uses. */
export const CHOICES: readonly PermittedUseKey[] = ['family_and_friends', 'directory', 'disaster_relief'];

/**
 * The authorization text's paragraphs after its list, whole: "anything else only with your written
 * permission" and "you can take it back" (164.520(b)(1)(ii)(E), 164.508(b)(5)).
 */
export const afterTheList = (text: string): string[] =>
  textBlocks(text)
    .slice(1)
    .flatMap((b) => (b.type === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []))
    .map((t) => t.replace(/\s+/g, ' ').trim());

/** "Use or share X" → "use or share X" when joined into a sentence (not for "HIV", "Part 2"). */
const lowerFirst = (s: string): string => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

export const summaryBlocks = (ctx: NoticeContext): Block[] => {
  const { c, content, fill } = ctx;
  const blocks: Block[] = [];
  if (ctx.practice.name) blocks.push({ type: 'letterhead', text: ctx.practice.name });
  blocks.push({
    type: 'title',
    text: c.summaryTitle(content.title.trim() || c.docName.full),
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
  const auth = fill(content.authorizationRequired.body);
  const neverText = [firstSentence(auth), never.join('; ')].filter((s) => s !== '').join(' ');
  const rest = afterTheList(auth);
  choices.push(
    labelled(
      fill(content.authorizationRequired.heading),
      [`${neverText}${never.length > 0 ? '.' : ''}`, ...rest].join(' '),
    ),
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
    blocks.push({ type: 'list', columns: 3, items: others.map((u) => [{ text: clip(fill(u.heading), 90) }]) });
  }

  blocks.push({ type: 'heading', level: 1, text: c.ourDuties });
  // The duties paragraph whole: its breach-notification sentence is rarely the first (164.520(b)(1)(v)(A)).
  blocks.push({
    type: 'list',
    items: [
      firstParagraph(fill(content.duties.protectAndNotify)),
      firstSentence(fill(content.duties.followCurrent)),
      firstSentence(fill(content.changes.body)),
    ]
      .map((t) => t.replace(/\s+/g, ' ').trim())
      .filter((t) => t !== '')
      .map((t) => [{ text: t }]),
  });

  // Complaints as the content words them: to us (whom, how to reach them), to HHS, and no retaliation
  // (164.520(b)(1)(vi)). That is the summary's contact too: the full notice follows with the rest.
  blocks.push({ type: 'heading', level: 1, text: fill(content.complaints.heading) });
  blocks.push(...textBlocks(fill(content.complaints.body)).map((b) => (b.type === 'list' ? { ...b, keep: true } : b)));
  return blocks;
};
