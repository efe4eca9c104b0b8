// The bundled catalogs, one JSON file per namespace and language. English is the reference: the Spanish
// resources are typed as the English ones, so a key missing in Spanish does not compile (and test/ui/i18n-catalogs
// catches an extra one). Namespaces follow the screens' folders, so each area's words live in one place.
import enAudit from '../../shared/i18n/locales/en/audit.json';
import enCommon from '../../shared/i18n/locales/en/common.json';
import enErrors from '../../shared/i18n/locales/en/errors.json';
import enNotices from '../../shared/i18n/locales/en/notices.json';
import enPages from '../../shared/i18n/locales/en/pages.json';
import enPractice from '../../shared/i18n/locales/en/practice.json';
import enSession from '../../shared/i18n/locales/en/session.json';
import enSettings from '../../shared/i18n/locales/en/settings.json';
import enSetup from '../../shared/i18n/locales/en/setup.json';
import enShell from '../../shared/i18n/locales/en/shell.json';
import enStart from '../../shared/i18n/locales/en/start.json';
import enUsers from '../../shared/i18n/locales/en/users.json';
import enValidation from '../../shared/i18n/locales/en/validation.json';
import esAudit from '../../shared/i18n/locales/es/audit.json';
import esCommon from '../../shared/i18n/locales/es/common.json';
import esErrors from '../../shared/i18n/locales/es/errors.json';
import esNotices from '../../shared/i18n/locales/es/notices.json';
import esPages from '../../shared/i18n/locales/es/pages.json';
import esPractice from '../../shared/i18n/locales/es/practice.json';
import esSession from '../../shared/i18n/locales/es/session.json';
import esSettings from '../../shared/i18n/locales/es/settings.json';
import esSetup from '../../shared/i18n/locales/es/setup.json';
import esShell from '../../shared/i18n/locales/es/shell.json';
import esStart from '../../shared/i18n/locales/es/start.json';
import esUsers from '../../shared/i18n/locales/es/users.json';
import esValidation from '../../shared/i18n/locales/es/validation.json';

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
