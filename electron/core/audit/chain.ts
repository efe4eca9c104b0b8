// The audit log's HMAC chain (RELIABILITY.md §5): each entry's MAC covers its fields and the previous MAC,
// keyed with the audit key, which is kept outside the database. Appends happen in the caller's transaction.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditReport } from '../../../shared/contract/audit';
import type { AuditLogTable, DB } from '../db/schema';

export interface AuditFacts {
  actorId: number | null;
  action: string;
  entity: string;
  entityId: string | number | null;
  /** The patients the call showed (a search's results): who saw whose record. Left out where none were listed. */
  subjectIds?: readonly number[];
}

/** An entry's fields as the MAC covers them; `subject_ids` may be absent (entries from before 0005-audit-head). */
export type AuditRowFields = Omit<AuditLogTable, 'mac' | 'subject_ids'> & { subject_ids?: string | null };

export const GENESIS_MAC = '0'.repeat(64);

/**
 * Canonical form: a fixed-order JSON array of NFC strings, so the same facts always give the same bytes.
 * `subject_ids` joins the array only when set, so every entry written before it existed keeps its MAC.
 */
const canonical = (row: AuditRowFields): string => {
  const fields: unknown[] = [
    row.seq,
    row.at,
    row.actor_id,
    row.action.normalize('NFC'),
    row.entity.normalize('NFC'),
    row.entity_id === null ? null : row.entity_id.normalize('NFC'),
    row.prev_mac,
  ];
  if (row.subject_ids !== null && row.subject_ids !== undefined) fields.push(row.subject_ids);
  return JSON.stringify(fields);
};

export const macOf = (key: Buffer, row: AuditRowFields): string =>
  createHmac('sha256', key).update(canonical(row)).digest('hex');

export const appendAudit = async (
  db: Kysely<DB>,
  key: Buffer,
  at: Date,
  facts: AuditFacts,
): Promise<AuditRowFields & { mac: string }> => {
  // The write transaction (db/transaction.ts) holds the database, or on PostgreSQL the audit head row, so the
  // last entry read here is still the last when this one is inserted.
  const head = await db
    .selectFrom('audit_log')
    .select(['seq', 'mac'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const base = {
    seq: (head?.seq ?? 0) + 1,
    at: at.toISOString(),
    actor_id: facts.actorId,
    action: facts.action,
    entity: facts.entity,
    entity_id: facts.entityId === null ? null : String(facts.entityId),
    prev_mac: head?.mac ?? GENESIS_MAC,
    // A JSON array of ids in the order shown; only written when set (the column came with 0005-audit-head).
    ...(facts.subjectIds === undefined ? {} : { subject_ids: JSON.stringify(facts.subjectIds) }),
  };
  const row = { ...base, mac: macOf(key, base) };
  await db.insertInto('audit_log').values(row).execute();
  return row;
};

const sameHex = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Walks the whole chain in seq order and names every entry that does not verify. */
export const verifyChain = (key: Buffer, rows: readonly (AuditRowFields & { mac: string })[]): AuditReport => {
  const problems: AuditReport['problems'] = [];
  let expectedSeq = 1;
  let prevMac = GENESIS_MAC;
  for (const row of rows) {
    if (row.seq !== expectedSeq) {
      problems.push({
        seq: expectedSeq,
        kind: 'gap',
        message: `Entry ${expectedSeq}${row.seq > expectedSeq + 1 ? `–${row.seq - 1}` : ''} is missing (gap before entry ${row.seq}).`,
      });
    }
    if (!sameHex(row.prev_mac, prevMac)) {
      problems.push({ seq: row.seq, kind: 'link', message: `Entry ${row.seq} does not link to the entry before it.` });
    }
    const { mac, ...rest } = row;
    if (!sameHex(mac, macOf(key, rest))) {
      problems.push({
        seq: row.seq,
        kind: 'mac',
        message: `Entry ${row.seq} was altered: its signature does not match its contents.`,
      });
    }
    expectedSeq = row.seq + 1;
    prevMac = row.mac;
  }
  const last = rows.at(-1);
  return {
    ok: problems.length === 0,
    entries: rows.length,
    head: last ? { seq: last.seq, mac: last.mac } : null,
    problems,
  };
};
