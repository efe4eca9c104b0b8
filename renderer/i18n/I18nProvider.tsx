// Gives the tree its i18next instance and keeps <html lang> in step, so screen readers and spell-checkers follow
// the UI language. The language changes in place (no reload): react-i18next re-renders what uses `t`.
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from './i18n';
import { initialLanguage, osLanguage, storedLanguage, type UiLanguage } from './language';

export function I18nProvider({ language, children }: { language?: UiLanguage | undefined; children: ReactNode }) {
  const [instance] = useState(() => createI18n(language ?? initialLanguage()));
  useEffect(() => {
    const apply = (lng: string) => {
      document.documentElement.lang = lng;
    };
    apply(instance.language);
    instance.on('languageChanged', apply);
    return () => instance.off('languageChanged', apply);
  }, [instance]);
  return <I18nextProvider i18n={instance}>{children}</I18nextProvider>;
}

/** The language to show for a signed-in user's preference (null: not chosen, so this computer's choice or the OS's). */
export const languageFor = (preference: UiLanguage | null | undefined): UiLanguage =>
  preference ?? storedLanguage() ?? osLanguage();
