// Checklist rows for the practice's free-text details that a Spanish notice prints but the practice has not given
// in Spanish (practice-language.ts). They warn and never block: the notice then prints the English text, which is
// still correct, only not in the reader's language.
import type { Language, PracticeSnapshot } from '../contract/notice-content';
import type { ChecklistItem } from './checklist-item';
import { spanishOfficerTitle } from './practice-language';

export interface TranslationInput {
  language: Language;
  practice: Pick<PracticeSnapshot, 'privacyOfficer'>;
}

/** One warning per detail missing in Spanish, for a Spanish notice; none for an English one. */
export const translationItems = ({ language, practice }: TranslationInput): ChecklistItem[] => {
  if (language !== 'es' || spanishOfficerTitle(practice) !== null) return [];
  const title = practice.privacyOfficer.title.trim();
  return [
    {
      key: 'translation.privacyOfficer.title',
      // The contact the notice must name (164.520(b)(1)(vii)), here by title, in the notice's language.
      cite: '164.520(b)(1)(vii)',
      label: {
        en: 'Privacy officer’s title in Spanish',
        es: 'Cargo de la persona encargada de privacidad en español',
      },
      status: 'warning',
      reasons: [
        {
          en: `No Spanish title is set in Settings › Practice, so the Spanish notice prints the English title “${title}”.`,
          es: `No hay un cargo en español en Configuración › Consultorio, así que el aviso en español muestra el cargo en inglés “${title}”.`,
        },
      ],
    },
  ];
};
