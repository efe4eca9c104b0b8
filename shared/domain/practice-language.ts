// The practice's details as a notice of one language prints them. The practice types a few details in both
// languages (today the privacy officer's title: `privacyOfficer.titleEs`); names, addresses, phone numbers and
// web addresses are the same in every language. A Spanish notice never prints the English text when a Spanish
// value exists, and falls back to the English one (with a checklist warning, translation-check.ts) when none does.
import type { Language, PracticeSnapshot } from '../contract/notice-content';

/** A Spanish value the practice typed, or null when there is none (absent, or only spaces). */
const spanish = (value: string | undefined): string | null =>
  value !== undefined && value.trim() !== '' ? value.trim() : null;

/** The Spanish privacy officer's title, or null when the practice has not given one. */
export const spanishOfficerTitle = (p: Pick<PracticeSnapshot, 'privacyOfficer'>): string | null =>
  spanish(p.privacyOfficer.titleEs);

/**
 * The details resolved for `language`: each bilingual field holds the text of that language. filledSections
 * (notice-text.ts) fills placeholders from this, never from the stored snapshot directly.
 */
export const practiceInLanguage = (p: PracticeSnapshot, language: Language): PracticeSnapshot => {
  const titleEs = spanishOfficerTitle(p);
  return {
    ...p,
    privacyOfficer: {
      ...p.privacyOfficer,
      title: language === 'es' && titleEs !== null ? titleEs : p.privacyOfficer.title,
    },
  };
};
