// One row of a notice's checklist, as the core (publication gate, CLI) and the editor both see it. Rows come
// from the required elements (notice-checklist), the false claims (notice-claims), the state addenda and the
// missing Spanish practice details; each carries its words in both languages, so the editor shows the user's
// language and the core and CLI print English.

/** A text in both notice languages. */
export type Bilingual = Readonly<{ en: string; es: string }>;

/**
 * `missing` and `false_claim` block publication; `warning` never does (plain language is a judgement, a
 * missing Spanish practice detail falls back to English); `added` is text the app prints itself (state addenda).
 */
export type ElementStatus =
  'present' | 'missing' | 'false_claim' | 'warning' | 'added' | 'not_applicable' | 'vacated' | 'pending';

export interface ChecklistItem {
  /** An element key (REQUIRED_ELEMENTS), `claim.<code>`, `addendum.<state>.<code>` or `translation.<field>`. */
  key: string;
  /** The rule the row is about, e.g. "164.520(b)(1)(v)(A)" or "Tex. Health & Safety Code 181.154". */
  cite: string;
  label: Bilingual;
  status: ElementStatus;
  /** Why it is missing or needs a look: one entry per lacking fact, false claim or problem. */
  reasons?: readonly Bilingual[];
  /** For a row about a passage (a false claim): the notice section it is in (noticeSections id), to go to it. */
  section?: string;
}

/** The rows that stop a notice from being published. */
export const blockingItems = (items: readonly ChecklistItem[]): ChecklistItem[] =>
  items.filter((i) => i.status === 'missing' || i.status === 'false_claim');
