// Comparing two notice versions section by section: what was added, removed and changed.
import { NoticeVersionSummary, type NoticeVersion, type SectionChange } from '../../../shared/contract';
import { filledSections, type NoticeSection } from '../../../shared/domain/notice-text';

const textOf = (s: NoticeSection): string => [s.heading, s.text, ...s.examples.map((e) => `- ${e}`)].join('\n');

export const compareVersions = (from: NoticeVersion, to: NoticeVersion) => {
  const before = new Map(filledSections(from.content, from.practice, from.language).map((s) => [s.id, s]));
  const after = filledSections(to.content, to.practice, to.language);
  const sections: SectionChange[] = [];
  for (const s of after) {
    const old = before.get(s.id);
    before.delete(s.id);
    if (!old) sections.push({ id: s.id, heading: s.heading, change: 'added', before: null, after: textOf(s) });
    else {
      const [a, b] = [textOf(old), textOf(s)];
      sections.push({ id: s.id, heading: s.heading, change: a === b ? 'unchanged' : 'changed', before: a, after: b });
    }
  }
  for (const old of before.values())
    sections.push({ id: old.id, heading: old.heading, change: 'removed', before: textOf(old), after: null });
  // Parsing with the summary schema strips the content and practice the summaries do not carry.
  return { from: NoticeVersionSummary.parse(from), to: NoticeVersionSummary.parse(to), sections };
};
