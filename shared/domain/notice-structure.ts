// A notice's structure apart from its words: which purposes allowed without authorization it includes, and in
// which order. A Spanish draft can start from the English notice's structure with the Spanish template's words
// (notices.createDraft `from: 'other-language'`), so both languages say the same things. The fundraising and
// Part 2 statements follow the practice settings (notice-elements.ts), the same for both languages.
import type { NoticeContent, PermittedUse } from '../contract/notice-content';

/**
 * `words` (a template of another language) laid out like `structure`: the permitted uses `structure` has, in its
 * order, each included or left out as there, with `words`' heading and text. A use only `words` has is kept, left
 * out, after the others, so nothing the template offers is lost.
 */
export const withStructureOf = (words: NoticeContent, structure: NoticeContent): NoticeContent => {
  const own = new Map(words.withoutAuthorization.uses.map((u) => [u.key, u]));
  const laidOut: PermittedUse[] = [];
  for (const use of structure.withoutAuthorization.uses) {
    const text = own.get(use.key);
    if (text) laidOut.push({ ...text, included: use.included });
  }
  const placed = new Set(laidOut.map((u) => u.key));
  const rest = words.withoutAuthorization.uses
    .filter((u) => !placed.has(u.key))
    .map((u) => ({ ...u, included: false }));
  return { ...words, withoutAuthorization: { ...words.withoutAuthorization, uses: [...laidOut, ...rest] } };
};
