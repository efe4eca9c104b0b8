// Citations, names and anchors of the editor's parts, keyed like the checklist (shared/domain/notice-elements),
// so a checklist row can take the user to the part of the form it is about. Element names come from the shared
// element list in the UI language; the editor's short group names are in the `notices` catalog (editor.short.*).
import type { NoticeContent } from '../../../../shared/contract/notice-content';
import {
  REQUIRED_ELEMENTS,
  RIGHTS_IN_ORDER,
  type ElementKey,
  type RightField,
} from '../../../../shared/domain/notice-elements';

export const citeOf = (key: string): string => REQUIRED_ELEMENTS.find((e) => e.key === key)?.cite ?? '';
/** An element's name in the UI language (the shared list names each element in English and Spanish). */
export const labelOf = (key: string, language: string): string => {
  const label = REQUIRED_ELEMENTS.find((e) => e.key === key)?.label;
  if (!label) return key;
  return language === 'es' ? label.es : label.en;
};

type SectionField =
  | 'moreStringentLaw'
  | 'authorizationRequired'
  | 'fundraising'
  | 'part2LegalProceedings'
  | 'part2FundraisingOptOut'
  | 'changes'
  | 'complaints'
  | 'contact';

/** A plain heading-and-text part of the form; whether it prints follows its element's condition (elementApplies). */
export interface PlainSection {
  field: SectionField & keyof NoticeContent;
  key: ElementKey;
}

export const SECTIONS_BEFORE_RIGHTS: readonly PlainSection[] = [
  { field: 'moreStringentLaw', key: 'more_stringent_law' },
  { field: 'authorizationRequired', key: 'authorization_required_statement' },
  { field: 'fundraising', key: 'separate_statement_fundraising' },
  { field: 'part2LegalProceedings', key: 'part2_legal_proceedings' },
  { field: 'part2FundraisingOptOut', key: 'part2_fundraising_optout' },
];

export const SECTIONS_AFTER_DUTIES: readonly PlainSection[] = [
  { field: 'changes', key: 'reserve_right_to_change' },
  { field: 'complaints', key: 'complaints' },
  { field: 'contact', key: 'contact' },
];

export type { RightField };

/** In the order the notice prints them (shared RIGHTS_IN_ORDER). */
export const RIGHTS: readonly { field: RightField; key: ElementKey }[] = RIGHTS_IN_ORDER;

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

/**
 * The part of the form a notice section (shared noticeSections id, e.g. "rights.access" or "tpo.payment") is
 * edited in, so a false claim found in a passage can lead there.
 */
export const sectionAnchor = (sectionId: string): string | null => {
  const [part, sub] = sectionId.split('.');
  if (part === 'rights' && sub) return `edit-rights-${sub}`;
  if (part === 'tpo' || part === 'withoutAuthorization' || part === 'duties' || part === 'intro') return `edit-${part}`;
  if (part === 'rights') return 'edit-rights';
  const plain = [...SECTIONS_BEFORE_RIGHTS, ...SECTIONS_AFTER_DUTIES].find((s) => s.field === part);
  return plain ? `edit-${plain.field}` : null;
};

/** Scrolls to a part of the form and puts the caret in its first text box. */
export const goToAnchor = (anchor: string): void => {
  const target = document.getElementById(anchor);
  if (!target) return;
  target.scrollIntoView({ behavior: 'smooth', block: 'start' });
  const first = target.querySelector<HTMLElement>('textarea, input:not([type="checkbox"]), button');
  (first ?? target).focus({ preventScroll: true });
};
