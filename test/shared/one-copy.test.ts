// Each notice rule lives once (shared/domain) and every reader follows it: which elements apply to a practice
// (checklist, printed sections, the summary PDF, the editor) and the order of the rights (the notice text, the
// summary and poster PDFs, the editor). A copy that drifts from the shared rule fails here.
import { describe, expect, it } from 'vitest';
import type { NoticeContent } from '../../shared/contract/notice-content';
import { noticeChecklist } from '../../shared/domain/notice-checklist';
import {
  elementApplies,
  REQUIRED_ELEMENTS,
  RIGHT_FIELDS,
  RIGHTS_IN_ORDER,
  type ElementKey,
  type PracticeFlags,
} from '../../shared/domain/notice-elements';
import { noticeSections } from '../../shared/domain/notice-text';
import { practiceSnapshot } from '../../shared/domain/practice-snapshot';
import { defaultTemplate } from '../../electron/core/notices/templates';
import { noticeContext } from '../../electron/core/pdf/context';
import type { Block } from '../../electron/core/pdf/blocks';
import { posterBlocks } from '../../electron/core/pdf/notice-poster';
import { summaryBlocks } from '../../electron/core/pdf/notice-summary';
import {
  RIGHTS as EDITOR_RIGHTS,
  SECTIONS_AFTER_DUTIES,
  SECTIONS_BEFORE_RIGHTS,
} from '../../renderer/features/notices/editor/sections';
import { PRACTICE } from '../support/practice-fixture';

const FLAGS: readonly PracticeFlags[] = [
  { fundraises: false, keepsPart2Records: false },
  { fundraises: true, keepsPart2Records: false },
  { fundraises: false, keepsPart2Records: true },
  { fundraises: true, keepsPart2Records: true },
];

/** The sections that print only for some practices, by the element they carry. */
const CONDITIONAL_SECTIONS: readonly [ElementKey, string][] = [
  ['separate_statement_fundraising', 'fundraising'],
  ['part2_legal_proceedings', 'part2LegalProceedings'],
  ['part2_fundraising_optout', 'part2FundraisingOptOut'],
];

/** The template with each right's heading marked, so its place in any document can be found. */
const markedContent = (): NoticeContent => {
  const content = defaultTemplate('en');
  for (const field of RIGHT_FIELDS) content.rights[field].heading = `RIGHT-${field}`;
  return content;
};

/** The marked rights in the order a document's blocks print them (JSON keeps the blocks' order). */
const rightsOrderIn = (blocks: readonly Block[]): string[] =>
  [...JSON.stringify(blocks).matchAll(/RIGHT-([A-Za-z]+)/g)].map((m) => m[1] as string);

describe('which elements apply to a practice (elementApplies)', () => {
  it.each(FLAGS)('agrees with the checklist and the printed sections for %j', (flags) => {
    const practice = practiceSnapshot({ ...PRACTICE, ...flags });
    const content = defaultTemplate('en');
    const checklist = noticeChecklist({ content, language: 'en', practice, effectiveDate: null });
    for (const e of REQUIRED_ELEMENTS) {
      const item = checklist.find((i) => i.key === e.key);
      const notRequired = item?.status === 'not_applicable' || item?.status === 'vacated';
      expect(notRequired, e.key).toBe(!elementApplies(e.key, flags));
    }
    const printed = new Set(noticeSections(content, flags).map((s) => s.id));
    for (const [key, id] of CONDITIONAL_SECTIONS) expect(printed.has(id), id).toBe(elementApplies(key, flags));
  });

  it.each(FLAGS)('decides the summary PDF’s fundraising choice for %j', (flags) => {
    const content = defaultTemplate('en');
    content.fundraising.heading = 'FUNDRAISING-CHOICE';
    const ctx = noticeContext({
      kind: 'layered',
      language: 'en',
      content,
      practice: practiceSnapshot({ ...PRACTICE, ...flags }),
      number: 1,
      draft: false,
      effectiveDate: '2027-03-01',
      contentHash: null,
      generatedAt: new Date('2027-02-15T10:00:00Z'),
    });
    const listed = JSON.stringify(summaryBlocks(ctx)).includes('FUNDRAISING-CHOICE');
    expect(listed).toBe(elementApplies('separate_statement_fundraising', flags));
  });

  it('gives every part of the editor a real element, whose condition decides whether it prints', () => {
    const keys = new Set<string>(REQUIRED_ELEMENTS.map((e) => e.key));
    for (const s of [...SECTIONS_BEFORE_RIGHTS, ...SECTIONS_AFTER_DUTIES]) expect(keys.has(s.key), s.key).toBe(true);
    expect('when' in (SECTIONS_BEFORE_RIGHTS[0] ?? {})).toBe(false);
  });
});

describe('the order of the rights (RIGHTS_IN_ORDER)', () => {
  const order = RIGHTS_IN_ORDER.map((r) => r.field);

  it('names each right of the content once, each with its checklist element', () => {
    expect([...order].sort()).toEqual(
      Object.keys(defaultTemplate('en').rights)
        .filter((k) => k !== 'heading' && k !== 'intro')
        .sort(),
    );
    for (const r of RIGHTS_IN_ORDER)
      expect(
        REQUIRED_ELEMENTS.some((e) => e.key === r.key),
        r.key,
      ).toBe(true);
  });

  it('is the order of the notice text, the summary, the poster and the editor', () => {
    const content = markedContent();
    const sectionOrder = noticeSections(content, PRACTICE)
      .filter((s) => s.id.startsWith('rights.'))
      .map((s) => s.id.slice('rights.'.length));
    expect(sectionOrder).toEqual(order);

    const ctx = (kind: 'layered' | 'poster') =>
      noticeContext({
        kind,
        language: 'en',
        content,
        practice: practiceSnapshot(PRACTICE),
        number: 1,
        draft: false,
        effectiveDate: '2027-03-01',
        contentHash: null,
        generatedAt: new Date('2027-02-15T10:00:00Z'),
      });
    expect(rightsOrderIn(summaryBlocks(ctx('layered')))).toEqual(order);
    expect(rightsOrderIn(posterBlocks(ctx('poster')))).toEqual(order);
    expect(EDITOR_RIGHTS.map((r) => [r.field, r.key])).toEqual(RIGHTS_IN_ORDER.map((r) => [r.field, r.key]));
  });
});
