// One i18next instance per app root, with every catalog bundled (no loading, so the first render has its words)
// and ICU message syntax: plurals as `{count, plural, one {# minute} other {# minutes}}`.
import i18next, { type i18n } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from './language';
import { en, es, NAMESPACES } from './resources';

export const createI18n = (language: UiLanguage): i18n => {
  const instance = i18next.createInstance();
  void instance
    .use(ICU)
    .use(initReactI18next)
    .init({
      resources: { en, es },
      lng: language,
      supportedLngs: ['en', 'es'],
      // No silent fallback: each catalog is complete (the types and test/ui/i18n-catalogs.test.ts see to it).
      fallbackLng: false,
      ns: NAMESPACES,
      defaultNS: 'common',
      initAsync: false,
      // React escapes what it renders; escaping here would print &amp; in the UI.
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
      returnNull: false,
    });
  return instance;
};
