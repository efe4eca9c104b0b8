// Notice version rows: reading them and presenting them as the contract's summaries and versions,
// with the status and effective period derived from all versions of the same language.
import { createHash } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import {
  Language,
  NoticeContent,
  PracticeSnapshot,
  type NoticeVersion,
  type NoticeVersionSummary,
} from '../../../shared/contract';
import {
  baseOutdated,
  effectiveUntil,
  effectiveVersionOn,
  versionStatus,
  type VersionDates,
} from '../../../shared/domain/notice-lifecycle';
import type { DB, NoticeVersionsTable } from '../db/schema';

export type VersionRow = Selectable<NoticeVersionsTable> & {
  published_by_name: string | null;
  started_by_name: string | null;
  withdrawn_by_name: string | null;
};

export const loadVersions = (db: Kysely<DB>): Promise<VersionRow[]> =>
  db
    .selectFrom('notice_versions')
    .leftJoin('users as publisher', 'publisher.id', 'notice_versions.published_by')
    .leftJoin('users as starter', 'starter.id', 'notice_versions.created_by')
    .leftJoin('users as withdrawer', 'withdrawer.id', 'notice_versions.withdrawn_by')
    .selectAll('notice_versions')
    .select([
      'publisher.full_name as published_by_name',
      'starter.full_name as started_by_name',
      'withdrawer.full_name as withdrawn_by_name',
    ])
    .orderBy('notice_versions.id')
    .execute();

export const datesOf = (r: VersionRow): VersionDates => ({
  id: r.id,
  language: Language.parse(r.language),
  publishedOn: r.published_on,
  effectiveDate: r.effective_date,
  retiredOn: r.retired_on,
  withdrawnOn: r.withdrawn_on,
});

export const toSummary = (rows: readonly VersionRow[], r: VersionRow, today: string): NoticeVersionSummary => {
  const all = rows.map(datesOf);
  const me = datesOf(r);
  const status = versionStatus(all, me, today);
  return {
    id: r.id,
    language: me.language,
    number: r.number,
    status,
    inEffect: effectiveVersionOn(all, me.language, today)?.id === r.id && status === 'published',
    effectiveDate: r.effective_date,
    effectiveUntil: status === 'withdrawn' ? null : effectiveUntil(all, me),
    publishedOn: r.published_on,
    publishedBy: r.published_by_name,
    retiredOn: r.retired_on,
    changeSummary: r.change_summary,
    materialChange: r.material_change === null ? null : r.material_change === 1,
    contentHash: r.content_hash,
    updatedAt: r.updated_at,
    // A draft from before 0007 has no start instant; its starter is still the row's creator.
    startedBy: r.started_by_name,
    startedAt: r.started_at,
    baseVersionId: r.base_version_id,
    baseVersionNumber: rows.find((o) => o.id === r.base_version_id)?.number ?? null,
    baseOutdated: baseOutdated(all, { ...me, baseVersionId: r.base_version_id }),
    withdrawnOn: r.withdrawn_on,
    withdrawnBy: r.withdrawn_by_name,
    withdrawnReason: r.withdrawn_reason,
  };
};

/** The full version; a draft shows the current practice details since nothing is frozen yet. */
export const toVersion = (
  rows: readonly VersionRow[],
  r: VersionRow,
  today: string,
  currentPractice: PracticeSnapshot,
): NoticeVersion => ({
  ...toSummary(rows, r, today),
  content: NoticeContent.parse(JSON.parse(r.content)),
  practice: r.practice_snapshot === null ? currentPractice : PracticeSnapshot.parse(JSON.parse(r.practice_snapshot)),
});

export const effectiveRowOn = (rows: readonly VersionRow[], language: Language, date: string): VersionRow | null => {
  const found = effectiveVersionOn(rows.map(datesOf), language, date);
  return found ? (rows.find((r) => r.id === found.id) ?? null) : null;
};

/** JSON with object keys sorted at every level, so equal content always hashes the same. */
const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );

export const contentHash = (parts: {
  language: Language;
  content: NoticeContent;
  practice: PracticeSnapshot;
  effectiveDate: string;
}): string => createHash('sha256').update(canonicalJson(parts)).digest('hex');
