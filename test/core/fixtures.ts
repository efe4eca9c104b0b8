// Shared test data for the core tests: a schema-valid sample input for every contract method, PHI
// sentinels, and small readers for the raw database (row counts, file hashes).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../../electron/core/db/dialect';
import { METHOD_NAMES, NoticeContent, type MethodInput, type MethodName } from '../../shared/contract';
import { ADMIN_PASSWORD, PASSPHRASE, setupInput } from '../support/core-harness';

/** A patient whose every field is easy to grep for in raw bytes and audit text. */
export const SENTINEL_PATIENT = {
  mrn: 'MRN-SENTINEL-4471',
  firstName: 'Quillon',
  lastName: 'ZZ-PATIENT-SENTINEL',
  dateOfBirth: '1957-03-14',
} as const;

export const STRONG_PASSWORD = 'front-desk-password-1';

const section = (heading: string) => ({ heading, body: `${heading}.` });
const right = (heading: string) => ({ ...section(heading), how: 'Write to {{privacyOfficer.name}}.' });
const tpoUse = (heading: string) => ({ ...section(heading), examples: [] });

/** The smallest content the NoticeContent schema accepts (not a complete notice). */
export const MINIMAL_NOTICE: NoticeContent = NoticeContent.parse({
  title: 'Notice of Privacy Practices',
  header: 'THIS NOTICE DESCRIBES HOW MEDICAL INFORMATION ABOUT YOU MAY BE USED AND DISCLOSED.',
  intro: 'Intro.',
  tpo: {
    heading: 'Treatment, payment, operations',
    intro: 'Intro.',
    treatment: tpoUse('Treatment'),
    payment: tpoUse('Payment'),
    operations: tpoUse('Operations'),
  },
  withoutAuthorization: { heading: 'Without authorization', intro: 'Intro.', uses: [] },
  moreStringentLaw: section('State law'),
  authorizationRequired: section('Authorization'),
  fundraising: section('Fundraising'),
  part2LegalProceedings: section('Part 2'),
  part2FundraisingOptOut: section('Part 2 fundraising'),
  rights: {
    heading: 'Your rights',
    intro: 'Intro.',
    restriction: right('Restriction'),
    confidentialCommunications: right('Confidential communications'),
    access: right('Access'),
    amendment: right('Amendment'),
    accounting: right('Accounting'),
    paperCopy: right('Paper copy'),
  },
  duties: { heading: 'Our duties', protectAndNotify: 'We protect it.', followCurrent: 'We follow this notice.' },
  changes: section('Changes'),
  complaints: section('Complaints'),
  contact: section('Contact'),
});

/**
 * One input per method that passes the method's input schema. Typed over every MethodName, so a new
 * method without a sample is a type error; `missingSamples()` catches it at run time as well.
 */
export const VALID_INPUTS: { [M in MethodName]: MethodInput<M> } = {
  'app.status': {},
  'app.unseal': { passphrase: PASSPHRASE },
  'setup.initialize': setupInput(),
  'setup.enrol': { enrolment: '{"format": "privacy-desk-enrolment"}', passphrase: PASSPHRASE },
  'workstation.exportEnrolment': { passphrase: PASSPHRASE },
  'auth.login': { username: 'admin', password: ADMIN_PASSWORD },
  'auth.logout': {},
  'auth.lock': {},
  'auth.unlock': { password: ADMIN_PASSWORD },
  'auth.changePassword': { currentPassword: ADMIN_PASSWORD, newPassword: 'another-password-456' },
  'users.list': {},
  'users.create': { username: 'frontdesk', fullName: 'Fran Desk', role: 'front_desk', password: STRONG_PASSWORD },
  'users.update': { userId: 1, fullName: 'Alex Admin', role: 'admin' },
  'account.setLanguage': { language: 'es' },
  'users.setActive': { userId: 1, active: true },
  'users.resetPassword': { userId: 1, newPassword: 'reset-password-789' },
  'users.recoverWithPassphrase': { username: 'admin', passphrase: PASSPHRASE, newPassword: null },
  'practice.get': {},
  'practice.update': setupInput().practice,
  'practice.updatePrivacyOfficer': setupInput().practice.privacyOfficer,
  'settings.get': {},
  'settings.update': { idleLockMinutes: 10 },
  'audit.verify': {},
  'audit.list': { limit: 10, beforeSeq: null },
  'audit.export': { language: 'en', filter: {} },
  'audit.print': { language: 'en', filter: {} },
  'patients.create': { ...SENTINEL_PATIENT },
  'patients.get': { id: 1 },
  'patients.search': { query: SENTINEL_PATIENT.lastName, limit: 20 },
  'notices.list': {},
  'notices.get': { id: 1 },
  'notices.current': { language: 'en' },
  'notices.createDraft': { language: 'en', from: 'template' },
  'notices.updateDraft': { id: 1, content: MINIMAL_NOTICE },
  'notices.discardDraft': { id: 1 },
  'notices.publish': { id: 1, effectiveDate: '2026-12-01', changeSummary: '', materialChange: null },
  'notices.retire': { id: 1 },
  'notices.withdraw': { id: 1, reason: 'The effective date was mistyped.' },
  'notices.compare': { fromId: 1, toId: 2 },
  'notices.pdf': { version: 'current', language: 'en', kind: 'full' },
  'notices.template': { language: 'en' },
};

export const missingSamples = (): string[] => METHOD_NAMES.filter((m) => !Object.hasOwn(VALID_INPUTS, m));

/** Row count of every table on either database (Kysely's own migration tables aside), by name. */
export const tableCountsIn = async (db: Kysely<unknown>): Promise<Record<string, number>> => {
  const tables = (await db.introspection.getTables()).map((t) => t.name).sort();
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const { rows } = await sql<{ n: unknown }>`SELECT count(*) AS n FROM ${sql.table(t)}`.execute(db);
    counts[t] = Number(rows[0]?.n);
  }
  return counts;
};

export const sha256File = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * Lets a test tamper with the audit log the way an attacker holding the database
 * credentials could. SQLite drops the append-only triggers; PostgreSQL disables the table's user triggers.
 */
export const allowAuditTampering = async <DB>(db: Kysely<DB>): Promise<void> => {
  if (isPostgres(db as Kysely<unknown>)) {
    await sql`ALTER TABLE audit_log DISABLE TRIGGER USER`.execute(db);
    return;
  }
  await sql`DROP TRIGGER IF EXISTS audit_log_no_update`.execute(db);
  await sql`DROP TRIGGER IF EXISTS audit_log_no_delete`.execute(db);
};
