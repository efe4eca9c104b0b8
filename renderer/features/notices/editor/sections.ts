// Names, citations and anchors of the editor's parts, keyed like the checklist (shared/domain/notice-elements),
// so a checklist row can take the user to the part of the form it is about.
import type { NoticeContent } from '../../../../shared/contract/notice-content';
import { REQUIRED_ELEMENTS } from '../../../../shared/domain/notice-elements';

export const citeOf = (key: string): string => REQUIRED_ELEMENTS.find((e) => e.key === key)?.cite ?? '';
export const labelOf = (key: string): string => REQUIRED_ELEMENTS.find((e) => e.key === key)?.label.en ?? key;

type SectionField =
  | 'moreStringentLaw'
  | 'authorizationRequired'
  | 'fundraising'
  | 'part2LegalProceedings'
  | 'part2FundraisingOptOut'
  | 'changes'
  | 'complaints'
  | 'contact';

export interface PlainSection {
  field: SectionField & keyof NoticeContent;
  key: string;
  short: string;
  /** When the section is printed: always, or only for practices that fundraise / keep Part 2 records. */
  when: 'always' | 'fundraising' | 'part2' | 'part2_and_fundraising';
}

export const SECTIONS_BEFORE_RIGHTS: readonly PlainSection[] = [
  { field: 'moreStringentLaw', key: 'more_stringent_law', short: 'Stricter laws', when: 'always' },
  {
    field: 'authorizationRequired',
    key: 'authorization_required_statement',
    short: 'Written permission',
    when: 'always',
  },
  { field: 'fundraising', key: 'separate_statement_fundraising', short: 'Fundraising', when: 'fundraising' },
  { field: 'part2LegalProceedings', key: 'part2_legal_proceedings', short: 'Part 2 proceedings', when: 'part2' },
  {
    field: 'part2FundraisingOptOut',
    key: 'part2_fundraising_optout',
    short: 'Part 2 fundraising',
    when: 'part2_and_fundraising',
  },
];

export const SECTIONS_AFTER_DUTIES: readonly PlainSection[] = [
  { field: 'changes', key: 'reserve_right_to_change', short: 'Changes to this notice', when: 'always' },
  { field: 'complaints', key: 'complaints', short: 'Complaints', when: 'always' },
  { field: 'contact', key: 'contact', short: 'Contact', when: 'always' },
];

export type RightField = keyof Omit<NoticeContent['rights'], 'heading' | 'intro'>;

/** In the order the notice prints them. */
export const RIGHTS: readonly { field: RightField; key: string; short: string }[] = [
  { field: 'access', key: 'rights_access', short: 'Right to a copy' },
  { field: 'amendment', key: 'rights_amendment', short: 'Right to a correction' },
  { field: 'accounting', key: 'rights_accounting', short: 'Right to a list of disclosures' },
  { field: 'restriction', key: 'rights_restriction', short: 'Right to ask for limits' },
  {
    field: 'confidentialCommunications',
    key: 'rights_confidential_comms',
    short: 'Right to confidential communications',
  },
  { field: 'paperCopy', key: 'rights_paper_copy', short: 'Right to a paper copy' },
];

export const anchorOf = (key: string): string | null => {
  const plain = [...SECTIONS_BEFORE_RIGHTS, ...SECTIONS_AFTER_DUTIES].find((s) => s.key === key);
  if (plain) return `edit-${plain.field}`;
  const right = RIGHTS.find((r) => r.key === key);
  if (right) return `edit-rights-${right.field}`;
  switch (key) {
    case 'header':
      return 'edit-header';
    case 'uses_tpo_with_examples':
      return 'edit-tpo';
    case 'uses_without_authorization':
      return 'edit-withoutAuthorization';
    case 'duty_privacy_notice_breach':
    case 'duty_abide_current':
      return 'edit-duties';
    default:
      return null;
  }
};

/** Scrolls to a part of the form and puts the caret in its first text box. */
export const goToAnchor = (anchor: string): void => {
  const target = document.getElementById(anchor);
  if (!target) return;
  target.scrollIntoView({ behavior: 'smooth', block: 'start' });
  const first = target.querySelector<HTMLElement>('textarea, input:not([type="checkbox"]), button');
  (first ?? target).focus({ preventScroll: true });
};
