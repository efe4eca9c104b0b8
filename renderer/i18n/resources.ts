// The bundled catalogs, one JSON file per namespace and language. English is the reference: the Spanish
// resources are typed as the English ones, so a key missing in Spanish does not compile (and test/ui/i18n-catalogs
// catches an extra one). Namespaces follow the screens' folders, so each area's words live in one place.
import enAudit from './locales/en/audit.json';
import enCommon from './locales/en/common.json';
import enErrors from './locales/en/errors.json';
import enNotices from './locales/en/notices.json';
import enPages from './locales/en/pages.json';
import enPractice from './locales/en/practice.json';
import enSession from './locales/en/session.json';
import enSettings from './locales/en/settings.json';
import enSetup from './locales/en/setup.json';
import enShell from './locales/en/shell.json';
import enStart from './locales/en/start.json';
import enUsers from './locales/en/users.json';
import enValidation from './locales/en/validation.json';
import esAudit from './locales/es/audit.json';
import esCommon from './locales/es/common.json';
import esErrors from './locales/es/errors.json';
import esNotices from './locales/es/notices.json';
import esPages from './locales/es/pages.json';
import esPractice from './locales/es/practice.json';
import esSession from './locales/es/session.json';
import esSettings from './locales/es/settings.json';
import esSetup from './locales/es/setup.json';
import esShell from './locales/es/shell.json';
import esStart from './locales/es/start.json';
import esUsers from './locales/es/users.json';
import esValidation from './locales/es/validation.json';

export const en = {
  audit: enAudit,
  common: enCommon,
  errors: enErrors,
  notices: enNotices,
  pages: enPages,
  practice: enPractice,
  session: enSession,
  settings: enSettings,
  setup: enSetup,
  shell: enShell,
  start: enStart,
  users: enUsers,
  validation: enValidation,
};

export type Catalog = typeof en;
export type Namespace = keyof Catalog;

export const es: Catalog = {
  audit: esAudit,
  common: esCommon,
  errors: esErrors,
  notices: esNotices,
  pages: esPages,
  practice: esPractice,
  session: esSession,
  settings: esSettings,
  setup: esSetup,
  shell: esShell,
  start: esStart,
  users: esUsers,
  validation: esValidation,
};

export const NAMESPACES = Object.keys(en) as Namespace[];
