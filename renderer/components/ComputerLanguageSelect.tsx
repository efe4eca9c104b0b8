// The language picker of the screens before sign-in (sign-in, setup): the choice belongs to this computer (kept in
// localStorage, renderer/i18n/language.ts) and switches the UI at once, without a reload.
import { useTranslation } from 'react-i18next';
import { isUiLanguage, storeLanguage, type UiLanguage } from '../i18n/language';
import { LanguageSelect } from './LanguageSelect';

export function ComputerLanguageSelect({ label }: { label?: string }) {
  const { i18n } = useTranslation();
  const choose = (language: UiLanguage) => {
    storeLanguage(language);
    void i18n.changeLanguage(language);
  };
  return (
    <LanguageSelect
      {...(label === undefined ? {} : { label })}
      value={isUiLanguage(i18n.language) ? i18n.language : 'en'}
      onChange={choose}
    />
  );
}
