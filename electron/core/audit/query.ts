// The audit log as a practice manager reads it: the filters (who, what, which record, which days) as one Kysely
// query over the indexes of 0009-audit-indexes, keyset pages by seq, and the current names of the people and
// records each entry points to, looked up in batches when the entries are read — the log itself holds ids only.
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { AuditEntry, AuditFilter, AuditSubject } from '../../../shared/contract/audit';
import type { Language } from '../../../shared/contract/notice-content';
import type { AuditLogTable, DB } from '../db/schema';
import { dayStart, nextDay } from './days';

/** The filter with names turned into ids and days into instants; `nothing` when a named user or MRN is unknown. */
export interface ResolvedFilter {
  nothing?: true;
  actorId?: number;
  action?: string;
  entity?: string;
  entityId?: string;
  /** The patient's own entries and every entry whose list of shown patients holds it. */
  patientId?: number;
  fromAt?: string;
  toAt?: string;
}

const userIdOf = async (db: Kysely<DB>, username: string): Promise<number | undefined> =>
  (await db.selectFrom('users').select('id').where('username', '=', username.toLowerCase()).executeTakeFirst())?.id;

export const resolveFilter = async (db: Kysely<DB>, filter: AuditFilter, timeZone: string): Promise<ResolvedFilter> => {
  const out: ResolvedFilter = {};
  if (filter.user !== undefined) {
    const id = await userIdOf(db, filter.user);
    if (id === undefined) return { nothing: true };
    out.actorId = id;
  }
  if (filter.action !== undefined) out.action = filter.action;
  const record = filter.record;
  if (record?.kind === 'patient') {
    const row = await db.selectFrom('patients').select('id').where('mrn', '=', record.mrn).executeTakeFirst();
    if (!row) return { nothing: true };
    out.patientId = row.id;
  } else if (record?.kind === 'user') {
    const id = await userIdOf(db, record.username);
    if (id === undefined) return { nothing: true };
    out.entity = 'user';
    out.entityId = String(id);
  } else if (record?.kind === 'entity') {
    out.entity = record.entity;
    if (record.id !== undefined) out.entityId = record.id;
  }
  if (filter.from !== undefined) out.fromAt = dayStart(filter.from, timeZone);
  if (filter.to !== undefined) out.toAt = dayStart(nextDay(filter.to), timeZone);
  return out;
};

type Query = SelectQueryBuilder<DB, 'audit_log', object>;

/**
 * A patient filter matches in two ways, each read through its own index: the patient's own record (entity and
 * id) and the lists of shown patients (the partial index of entries with subject_ids). Every other filter is one.
 */
export type Half = 'record' | 'subjects';
const halvesOf = (f: ResolvedFilter): (Half | null)[] => (f.patientId === undefined ? [null] : ['record', 'subjects']);

/** The entries the filter matches (one half of a patient filter), unordered and unselected. */
export const matching = (db: Kysely<DB>, f: ResolvedFilter, half: Half | null = null): Query => {
  let q: Query = db.selectFrom('audit_log');
  if (f.nothing) return q.where('seq', '<', 0);
  if (f.actorId !== undefined) q = q.where('actor_id', '=', f.actorId);
  if (f.action !== undefined) q = q.where('action', '=', f.action);
  if (f.entity !== undefined) q = q.where('entity', '=', f.entity);
  if (f.entityId !== undefined) q = q.where('entity_id', '=', f.entityId);
  if (f.patientId !== undefined) {
    const id = String(f.patientId);
    if (half !== 'subjects') q = q.where('entity', '=', 'patient').where('entity_id', '=', id);
    else {
      // subject_ids is a JSON array written by JSON.stringify ("[3,42,7]"): plain LIKE patterns find an id in it
      // on any database, without a JSON function of one dialect. The IS NOT NULL lets the partial index serve.
      q = q
        .where('subject_ids', 'is not', null)
        .where((eb) =>
          eb.or([
            eb('subject_ids', '=', `[${id}]`),
            eb('subject_ids', 'like', `[${id},%`),
            eb('subject_ids', 'like', `%,${id},%`),
            eb('subject_ids', 'like', `%,${id}]`),
          ]),
        );
    }
  }
  if (f.fromAt !== undefined) q = q.where('at', '>=', f.fromAt);
  if (f.toAt !== undefined) q = q.where('at', '<', f.toAt);
  return q;
};

const COLUMNS = ['seq', 'at', 'actor_id', 'action', 'entity', 'entity_id', 'subject_ids'] as const;
export type EntryRow = Pick<AuditLogTable, (typeof COLUMNS)[number]>;

export interface PageAt {
  limit: number;
  beforeSeq: number | null;
  afterSeq: number | null;
}

/**
 * One page plus one entry, to tell whether there are more: newest first below `beforeSeq`, or the entries just
 * above `afterSeq` (oldest first here; the caller turns them round).
 */
export const pageQuery = (db: Kysely<DB>, f: ResolvedFilter, at: PageAt, half: Half | null = null) => {
  let q = matching(db, f, half).select(COLUMNS);
  if (at.afterSeq !== null)
    return q
      .where('seq', '>', at.afterSeq)
      .orderBy('seq', 'asc')
      .limit(at.limit + 1);
  if (at.beforeSeq !== null) q = q.where('seq', '<', at.beforeSeq);
  return q.orderBy('seq', 'desc').limit(at.limit + 1);
};

/** The halves' rows merged in seq order (newest first unless `ascending`), without repeats, at most `limit`. */
const merged = (parts: EntryRow[][], limit: number, ascending: boolean): EntryRow[] => {
  if (parts.length === 1) return parts[0] ?? [];
  const bySeq = new Map<number, EntryRow>();
  for (const rows of parts) for (const r of rows) bySeq.set(r.seq, r);
  return [...bySeq.values()].sort((x, y) => (ascending ? x.seq - y.seq : y.seq - x.seq)).slice(0, limit);
};

/** The page (plus one entry) of `pageQuery`, for every filter: a patient filter reads both halves and merges them. */
export const pageRows = async (db: Kysely<DB>, f: ResolvedFilter, at: PageAt): Promise<EntryRow[]> => {
  const parts: EntryRow[][] = [];
  for (const half of halvesOf(f)) parts.push(await pageQuery(db, f, at, half).execute());
  return merged(parts, at.limit + 1, at.afterSeq !== null);
};

/** Whether any entry matches beyond `seq` in the given direction (for the page's "older"/"newer"). */
export const anyBeyond = async (db: Kysely<DB>, f: ResolvedFilter, dir: '<' | '>', seq: number): Promise<boolean> => {
  for (const half of halvesOf(f)) {
    const row = await matching(db, f, half).select('seq').where('seq', dir, seq).limit(1).executeTakeFirst();
    if (row !== undefined) return true;
  }
  return false;
};

/** Every matching entry newest first, up to `max` + 1 (one more tells the caller there were too many). */
export const allRows = async (db: Kysely<DB>, f: ResolvedFilter, max: number): Promise<EntryRow[]> => {
  const parts: EntryRow[][] = [];
  for (const half of halvesOf(f))
    parts.push(
      await matching(db, f, half)
        .select(COLUMNS)
        .orderBy('seq', 'desc')
        .limit(max + 1)
        .execute(),
    );
  return merged(parts, max + 1, false);
};

const subjectIdsOf = (text: string | null): number[] | null => {
  if (text === null) return null;
  try {
    const ids: unknown = JSON.parse(text);
    // Only a hand-edited row holds anything else (verify names it); it shows as none.
    return Array.isArray(ids) && ids.every((id) => Number.isSafeInteger(id) && id > 0) ? (ids as number[]) : null;
  } catch {
    return null;
  }
};

const idOf = (text: string | null): number | null =>
  text !== null && /^[1-9]\d{0,15}$/.test(text) ? Number(text) : null;

const CHUNK = 500;
const chunks = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
};

const NO_SUBJECT: AuditSubject = { name: null, username: null, mrn: null, number: null, language: null };

/** The entries with the current names of their actors and records (three batched reads, whatever the page size). */
export const withNames = async (db: Kysely<DB>, rows: readonly EntryRow[]): Promise<AuditEntry[]> => {
  const userIds = new Set<number>();
  const patientIds = new Set<number>();
  const noticeIds = new Set<number>();
  for (const r of rows) {
    if (r.actor_id !== null) userIds.add(r.actor_id);
    const id = idOf(r.entity_id);
    if (id === null) continue;
    if (r.entity === 'user') userIds.add(id);
    else if (r.entity === 'patient') patientIds.add(id);
    else if (r.entity === 'notice_version') noticeIds.add(id);
  }
  const users = new Map<number, { full_name: string; username: string }>();
  for (const ids of chunks([...userIds])) {
    const found = await db.selectFrom('users').select(['id', 'full_name', 'username']).where('id', 'in', ids).execute();
    for (const u of found) users.set(u.id, u);
  }
  const patients = new Map<number, { name: string; mrn: string }>();
  for (const ids of chunks([...patientIds])) {
    const found = await db
      .selectFrom('patients')
      .select(['id', 'first_name', 'last_name', 'mrn'])
      .where('id', 'in', ids)
      .execute();
    for (const p of found) patients.set(p.id, { name: `${p.first_name} ${p.last_name}`.trim(), mrn: p.mrn });
  }
  const notices = new Map<number, { number: number | null; language: string }>();
  for (const ids of chunks([...noticeIds])) {
    const found = await db
      .selectFrom('notice_versions')
      .select(['id', 'number', 'language'])
      .where('id', 'in', ids)
      .execute();
    for (const n of found) notices.set(n.id, n);
  }
  const subjectOf = (r: EntryRow): AuditSubject | null => {
    const id = idOf(r.entity_id);
    if (id === null) return null;
    if (r.entity === 'user') {
      const u = users.get(id);
      return u ? { ...NO_SUBJECT, name: u.full_name, username: u.username } : null;
    }
    if (r.entity === 'patient') {
      const p = patients.get(id);
      return p ? { ...NO_SUBJECT, name: p.name, mrn: p.mrn } : null;
    }
    if (r.entity === 'notice_version') {
      const n = notices.get(id);
      return n ? { ...NO_SUBJECT, number: n.number, language: n.language as Language } : null;
    }
    return null;
  };
  return rows.map((r) => {
    const actor = r.actor_id === null ? undefined : users.get(r.actor_id);
    return {
      seq: r.seq,
      at: r.at,
      actorId: r.actor_id,
      actorName: actor?.full_name ?? null,
      actorUsername: actor?.username ?? null,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      subjectIds: subjectIdsOf(r.subject_ids),
      subject: subjectOf(r),
    };
  });
};
