// Reading, filtering, exporting and verifying the tamper-evident audit log, and the one mapping from an entry to
// the sentence that tells it ("Maria Lopez viewed patient Jane Doe, MRN A-1006"). The log stores codes and ids
// only; the names in the sentence are the records' current ones, looked up each time the log is listed.
import { z } from 'zod';
import { Language } from './notice-content';
import { CalendarDate, Empty, Instant, MANAGERS, method } from './define';

export const AuditProblem = z.object({
  seq: z.number().int(),
  kind: z.enum(['mac', 'link', 'gap', 'truncated', 'anchor']),
  message: z.string(),
});

export const AuditReport = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  head: z.object({ seq: z.number().int(), mac: z.string() }).nullable(),
  problems: z.array(AuditProblem),
});
export type AuditReport = z.infer<typeof AuditReport>;

/**
 * Every action code the core writes. Each has a label and a sentence in the `audit` catalog (a code missing there
 * does not compile in renderer/features/settings/audit/sentence.ts), and test/core/audit-list-actions.test.ts fails
 * on a code the services write that is not listed here.
 */
export const AUDIT_ACTIONS = [
  'app.unseal',
  'setup.initialize',
  'setup.enrol',
  'workstation.exportEnrolment',
  'auth.login',
  'auth.login.failed',
  'auth.login.refusedLocked',
  'auth.login.refusedInactive',
  'auth.lockout',
  'auth.lock',
  'auth.unlock',
  'auth.unlock.failed',
  'auth.unlock.refusedLocked',
  'auth.unlock.refusedInactive',
  'auth.logout',
  'auth.changePassword.verify',
  'auth.changePassword.verify.failed',
  'auth.changePassword.verify.refusedLocked',
  'auth.changePassword.verify.refusedInactive',
  'auth.changePassword',
  'users.create',
  'users.deactivate',
  'users.reactivate',
  'users.update',
  'users.resetPassword',
  'account.setLanguage',
  'users.recoverWithPassphrase',
  'users.recoverWithPassphrase.failed',
  'users.recoverWithPassphrase.refusedLocked',
  'practice.update',
  'practice.updatePrivacyOfficer',
  'settings.update',
  'patients.create',
  'patients.create.refused',
  'patients.read',
  'patients.search',
  'notices.createDraft',
  'notices.updateDraft',
  'notices.discardDraft',
  'notices.publish',
  'notices.retire',
  'notices.withdraw',
  'audit.verify',
  'audit.export',
  'audit.print',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const isAuditAction = (code: string): code is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(code);

/** The catalog key of an action code: dots would be read as nesting by i18next, so they become dashes. */
export const auditActionKey = (code: AuditAction): AuditActionKey => code.replaceAll('.', '-') as AuditActionKey;
type Dashed<S extends string> = S extends `${infer A}.${infer B}` ? `${A}-${Dashed<B>}` : S;
export type AuditActionKey = Dashed<AuditAction>;

const Username = z.string().trim().min(1).max(64);

/** Which entries to show, export or print; every part optional, all parts must hold. */
export const AuditFilter = z.object({
  /** Who acted: a username (any user, active or not). */
  user: Username.optional(),
  /** One action code, exactly. */
  action: z.string().trim().min(1).max(80).optional(),
  /**
   * Which record: a patient by MRN (its own entries and every search or list that showed it), a user by username,
   * or any other record by entity type and, optionally, id.
   */
  record: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('patient'), mrn: z.string().trim().min(1).max(64) }),
      z.object({ kind: z.literal('user'), username: Username }),
      z.object({
        kind: z.literal('entity'),
        entity: z.string().trim().min(1).max(40),
        id: z.string().trim().min(1).max(100).optional(),
      }),
    ])
    .optional(),
  /** First and last day, inclusive, as calendar days in the practice's time zone. */
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
});
export type AuditFilter = z.infer<typeof AuditFilter>;

/** The names and numbers of the entry's record as they are now (null where the record is not on file). */
export const AuditSubject = z.object({
  name: z.string().nullable(),
  username: z.string().nullable(),
  mrn: z.string().nullable(),
  /** A notice version's number in its language; null for a draft. */
  number: z.number().int().nullable(),
  language: Language.nullable(),
});
export type AuditSubject = z.infer<typeof AuditSubject>;

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: Instant,
  actorId: z.number().int().nullable(),
  /** The actor's current full name and username (looked up when listed, never stored in the log). */
  actorName: z.string().nullable(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  /** The patients the call showed (searches, lists), in the order shown; null where the entry lists none. */
  subjectIds: z.array(z.number().int().positive()).nullable(),
  /** The record the entry is about, as it is now; null where the entry names none. */
  subject: AuditSubject.nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AUDIT_PAGE_DEFAULT = 50;
/** The most entries one CSV export holds; more is refused (`audit.exportTooLarge`): narrow the filters. */
export const AUDIT_EXPORT_MAX = 100_000;
/** The most entries one printed PDF holds: about 200 pages, drawn in a few seconds. */
export const AUDIT_PRINT_MAX = 5_000;

const FileOf = { language: Language, filter: AuditFilter.prefault({}) };

export const auditMethods = {
  'audit.verify': method({ input: Empty, output: AuditReport, access: MANAGERS, phi: false, rules: [] as const }),
  /**
   * One page of entries, newest first, by keyset: `beforeSeq` for older entries, `afterSeq` for newer ones
   * (the page nearest to it). `older`/`newer` say whether more entries match beyond the page; there is no total,
   * which would mean counting a million rows.
   */
  'audit.list': method({
    input: z.object({
      limit: z.number().int().min(1).max(500).default(AUDIT_PAGE_DEFAULT),
      beforeSeq: z.number().int().positive().nullable().default(null),
      afterSeq: z.number().int().nonnegative().nullable().default(null),
      filter: AuditFilter.prefault({}),
    }),
    output: z.object({ entries: z.array(AuditEntry), older: z.boolean(), newer: z.boolean() }),
    access: MANAGERS,
    phi: false,
    rules: [] as const,
  }),
  /** The filtered entries as CSV (newest first); itself audited as `audit.export`. */
  'audit.export': method({
    input: z.object(FileOf),
    output: z.object({ fileName: z.string(), csvBase64: z.string(), rows: z.number().int().nonnegative() }),
    access: MANAGERS,
    phi: true,
    rules: ['audit.exportTooLarge'] as const,
  }),
  /** The filtered entries as a printable PDF table; itself audited as `audit.print`. */
  'audit.print': method({
    input: z.object(FileOf),
    output: z.object({
      fileName: z.string(),
      pdfBase64: z.string(),
      pages: z.number().int().positive(),
      rows: z.number().int().nonnegative(),
    }),
    access: MANAGERS,
    phi: true,
    rules: ['audit.exportTooLarge'] as const,
  }),
} as const;

/**
 * How an export or print entry records what it held, in its entity id: the row count, then the filters by code and
 * id (`rows=12;user=3;from=2026-11-01`), never by name or MRN. The core writes it; the sentence reads it back.
 */
export const parseExportSummary = (text: string | null): { rows: number; filters: string } => {
  const parts = (text ?? '').split(';');
  const rows = Number(/^rows=(\d+)$/.exec(parts[0] ?? '')?.[1] ?? 0);
  return { rows, filters: parts.slice(1).join(', ') };
};

/** What a sentence needs: a formatter over the `audit` catalog (i18next's t in the UI, intl-messageformat in the core). */
export type AuditFormat = (key: string, values?: Record<string, string | number>) => string;

/**
 * The sentence for an entry in the formatter's language. Unknown codes get the generic sentence naming the code;
 * an actor or record no longer on file is named by its id.
 */
export const auditSentence = (entry: AuditEntry, format: AuditFormat): string => {
  const s = entry.subject;
  const values: Record<string, string | number> = {
    actor:
      entry.actorName ?? (entry.actorId === null ? format('someone') : format('userNumber', { id: entry.actorId })),
    code: entry.action,
    record: entry.entityId === null ? entry.entity : `${entry.entity} ${entry.entityId}`,
    // `known` lets a sentence say "an unknown username" where the entry names no record.
    known: s === null ? 'no' : 'yes',
    user: s?.name ?? entry.entityId ?? '',
    username: s?.username ?? entry.entityId ?? '',
    patient: s?.name ?? format('patientNumber', { id: entry.entityId ?? '?' }),
    mrn: s?.mrn ?? '',
    version: s?.number ?? 0,
    language: s?.language ?? 'other',
    count: entry.subjectIds?.length ?? 0,
    id: entry.entityId ?? '',
  };
  if (entry.action === 'audit.export' || entry.action === 'audit.print') {
    const summary = parseExportSummary(entry.entityId);
    values.count = summary.rows;
    values.filters = summary.filters === '' ? format('noFilters') : summary.filters;
  }
  if (!isAuditAction(entry.action)) return format('sentences.unknown', values);
  return format(`sentences.${auditActionKey(entry.action)}`, values);
};
