// Notice of Privacy Practices versions: drafts, publication, comparison and the printed PDFs.
import { z } from 'zod';
import { ANY_ROLE, CalendarDate, Done, Empty, Id, Instant, MANAGERS, method } from './define';
import { Language, NoticeContent, PracticeSnapshot } from './notice-content';

export const VersionStatus = z.enum(['draft', 'published', 'superseded', 'retired', 'withdrawn']);

export const NoticeVersionSummary = z.object({
  id: Id,
  language: Language,
  /** Per-language version number, given at publication; null for drafts. */
  number: z.number().int().positive().nullable(),
  status: VersionStatus,
  inEffect: z.boolean(),
  effectiveDate: CalendarDate.nullable(),
  effectiveUntil: CalendarDate.nullable(),
  publishedOn: CalendarDate.nullable(),
  publishedBy: z.string().nullable(),
  retiredOn: CalendarDate.nullable(),
  changeSummary: z.string(),
  materialChange: z.boolean().nullable(),
  /** SHA-256 (hex) of the published content, practice snapshot and effective date; shown as the reference code. */
  contentHash: z.string().nullable(),
  updatedAt: Instant,
  /** Who started the draft this version is or was (full name), and when; null when not recorded (older drafts). */
  startedBy: z.string().nullable(),
  startedAt: Instant.nullable(),
  /** The version the draft started from; null when it started from the template. */
  baseVersionId: Id.nullable(),
  baseVersionNumber: z.number().int().positive().nullable(),
  /** A draft whose base is older than the newest published version of its language; false for non-drafts. */
  baseOutdated: z.boolean(),
  /** Set when a scheduled version was withdrawn before it took effect: the day, who (full name) and why. */
  withdrawnOn: CalendarDate.nullable(),
  withdrawnBy: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
});
export type NoticeVersionSummary = z.infer<typeof NoticeVersionSummary>;

export const NoticeVersion = NoticeVersionSummary.extend({
  content: NoticeContent,
  /** Frozen at publication; for a draft, the current practice settings. */
  practice: PracticeSnapshot,
});
export type NoticeVersion = z.infer<typeof NoticeVersion>;

export const SectionChange = z.object({
  id: z.string(),
  heading: z.string(),
  change: z.enum(['added', 'removed', 'changed', 'unchanged']),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type SectionChange = z.infer<typeof SectionChange>;

/** 'layered' is HHS's layered model: a summary first, then the full notice in the same document (DOMAIN.md §4). */
export const PDF_KINDS = ['full', 'layered', 'large-print', 'poster', 'tpo'] as const;
export const PdfKind = z.enum(PDF_KINDS);
export type PdfKind = z.infer<typeof PdfKind>;

/** The poster's paper: US Letter, or tabloid (11 × 17 in) for a wall. The other kinds always print on Letter. */
export const PDF_PAPERS = ['letter', 'tabloid'] as const;
export const PdfPaper = z.enum(PDF_PAPERS);
export type PdfPaper = z.infer<typeof PdfPaper>;

export const PublishInput = z.object({
  id: Id,
  effectiveDate: CalendarDate,
  changeSummary: z.string().trim().max(2_000),
  /** Required for a revision (164.520(b)(3)); null for a first notice. */
  materialChange: z.boolean().nullable(),
});
export type PublishInput = z.input<typeof PublishInput>;

/**
 * The publication rules on the dates and the revision answers (shared/domain/notice-lifecycle decides them, for
 * the core and for the publish dialog alike); the content checklist adds notice.incomplete.
 */
export const PUBLISH_RULES = [
  'notice.backdated',
  'notice.effectiveDateTooFar',
  'notice.effectiveDateOrder',
  'notice.changeSummaryRequired',
  'notice.materialChangeRequired',
] as const;
export type PublishRuleCode = (typeof PUBLISH_RULES)[number];

export const noticeMethods = {
  'notices.list': method({
    input: Empty,
    output: z.array(NoticeVersionSummary),
    access: ANY_ROLE,
    phi: false,
    rules: [] as const,
  }),
  'notices.get': method({
    input: z.object({ id: Id }),
    output: NoticeVersion,
    access: ANY_ROLE,
    phi: false,
    rules: [] as const,
  }),
  /** The version of a language in effect today. */
  'notices.current': method({
    input: z.object({ language: Language }),
    output: NoticeVersion,
    access: ANY_ROLE,
    phi: false,
    rules: ['notice.noneInEffect'] as const,
  }),
  /**
   * A new draft of a language: from the newest published version ('newest', the template while there is none),
   * our default template, a version of the same language, or 'other-language': this language's template laid out
   * like the other language's newest version (the same permitted uses; the template while it has none). A
   * language has at most one draft: while one exists it is returned instead (`existing: true`), whatever `from` says.
   */
  'notices.createDraft': method({
    input: z.object({
      language: Language,
      from: z.union([z.literal('newest'), z.literal('template'), z.literal('other-language'), Id]),
    }),
    output: z.object({ draft: NoticeVersion, existing: z.boolean() }),
    access: MANAGERS,
    phi: false,
    rules: ['notice.languageMismatch'] as const,
  }),
  'notices.updateDraft': method({
    input: z.object({ id: Id, content: NoticeContent }),
    output: NoticeVersion,
    access: MANAGERS,
    phi: false,
    rules: ['notice.immutable'] as const,
  }),
  'notices.discardDraft': method({
    input: z.object({ id: Id }),
    output: Done,
    access: MANAGERS,
    phi: false,
    rules: ['notice.immutable'] as const,
  }),
  /** notice.incomplete and notice.unknownPlaceholder name their items (each missing element, each placeholder). */
  'notices.publish': method({
    input: PublishInput,
    output: NoticeVersion,
    access: MANAGERS,
    phi: false,
    rules: ['notice.immutable', 'notice.incomplete', 'notice.unknownPlaceholder', ...PUBLISH_RULES] as const,
  }),
  'notices.retire': method({
    input: z.object({ id: Id }),
    output: NoticeVersionSummary,
    access: MANAGERS,
    phi: false,
    rules: ['notice.notSuperseded'] as const,
  }),
  /** Withdraws a version scheduled for a future day; it is kept, marked withdrawn, and never takes effect. */
  'notices.withdraw': method({
    input: z.object({ id: Id, reason: z.string().trim().min(1).max(500) }),
    output: NoticeVersionSummary,
    access: MANAGERS,
    phi: false,
    rules: ['notice.notScheduled'] as const,
  }),
  'notices.compare': method({
    input: z.object({ fromId: Id, toId: Id }),
    output: z.object({ from: NoticeVersionSummary, to: NoticeVersionSummary, sections: z.array(SectionChange) }),
    access: ANY_ROLE,
    phi: false,
    rules: [] as const,
  }),
  /** A printable PDF of a version (a draft carries a DRAFT watermark). */
  'notices.pdf': method({
    input: z.object({
      version: z.union([Id, z.literal('current')]),
      language: Language,
      kind: PdfKind,
      paper: PdfPaper.default('letter'),
    }),
    output: z.object({ fileName: z.string(), pdfBase64: z.string(), pages: z.number().int().positive() }),
    access: ANY_ROLE,
    phi: false,
    rules: ['notice.noneInEffect'] as const,
  }),
  /** Our default content for a language, unfilled (placeholders kept). */
  'notices.template': method({
    input: z.object({ language: Language }),
    output: NoticeContent,
    access: ANY_ROLE,
    phi: false,
    rules: [] as const,
  }),
} as const;
