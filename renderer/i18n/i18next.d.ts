// Types every t('ns:key') call against the English catalog: a misspelt or missing key is a compile error.
import 'i18next';
import type { Catalog } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Catalog;
  }
}
