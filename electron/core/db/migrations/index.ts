// The ordered, statically imported migration list (bundled into the app; no directory scanning at run time).
// Never edit a released migration: add the next one.
import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation';
import * as m0002 from './0002-patients';
import * as m0003 from './0003-notices';
import * as m0004 from './0004-session-generation';
import * as m0005 from './0005-audit-head';
import * as m0006 from './0006-accounts';
import * as m0007 from './0007-notice-drafts';
import * as m0009 from './0009-audit-indexes';
import * as m0010 from './0010-patient-search';

export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-patients': m0002,
  '0003-notices': m0003,
  '0004-session-generation': m0004,
  '0005-audit-head': m0005,
  '0006-accounts': m0006,
  '0007-notice-drafts': m0007,
  '0009-audit-indexes': m0009,
  '0010-patient-search': m0010,
};
