// The audit head (RELIABILITY.md §5): the newest entry's seq and MAC, signed with the audit key. Its durable
// record is the one-row audit_head table, moved in the same transaction as each append, so a saved entry and
// its head commit together; the file beside the database (anchor.ts, witness.ts) is a second copy of it.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditReport } from '../../../shared/contract/audit';
import type { DB } from '../db/schema';
import { GENESIS_MAC } from './chain';

export interface AuditHead {
  seq: number;
  mac: string;
}

export interface SignedHead extends AuditHead {
  sig: string;
}

/** The head of an empty log: what a new database starts with. */
export const GENESIS_HEAD: AuditHead = { seq: 0, mac: GENESIS_MAC };

const signature = (key: Buffer, head: AuditHead): string =>
  createHmac('sha256', key).update(`privacy-desk audit head|${head.seq}|${head.mac}`).digest('hex');

export const signHead = (key: Buffer, head: AuditHead): SignedHead => ({
  seq: head.seq,
  mac: head.mac,
  sig: signature(key, head),
});

/** Signed with the audit key: a forger holding only the database key cannot make one for a shorter log. */
export const isGenuine = (key: Buffer, head: SignedHead): boolean => {
  const expected = Buffer.from(signature(key, head));
  const given = Buffer.from(head.sig);
  return expected.length === given.length && timingSafeEqual(expected, given);
};

export const readDbHead = async (db: Kysely<DB>): Promise<SignedHead | null> =>
  (await db.selectFrom('audit_head').select(['seq', 'mac', 'sig']).where('id', '=', 1).executeTakeFirst()) ?? null;

/** The MAC of entry `seq` as the log holds it now (seq 0 is the genesis), or undefined when it is gone. */
export const logMacAt = async (db: Kysely<DB>, seq: number): Promise<string | undefined> =>
  seq === 0
    ? GENESIS_MAC
    : (await db.selectFrom('audit_log').select('mac').where('seq', '=', seq).executeTakeFirst())?.mac;

/**
 * Moves the head to the last entry the caller's transaction appended, in that transaction. A head that is
 * missing, forged, or names an entry the log no longer holds (it was cut off or altered) is left as it is:
 * it is the evidence, and later appends must not paper over it.
 */
export const advanceHead = async (db: Kysely<DB>, key: Buffer, head: AuditHead): Promise<void> => {
  const current = await readDbHead(db);
  if (!current || !isGenuine(key, current) || (await logMacAt(db, current.seq)) !== current.mac) return;
  await db.updateTable('audit_head').set(signHead(key, head)).where('id', '=', 1).execute();
};

/**
 * At open, gives a database without a head row its head: the genesis for an empty log, else (a log kept by a
 * version before 0005-audit-head) its last entry, but only when the witness file beside it is genuine and the
 * log still holds the entry it names. A rolled-back copy whose witness was deleted is never blessed this way.
 */
export const ensureHead = async (db: Kysely<DB>, key: Buffer, witnessed: SignedHead | null): Promise<void> => {
  if (await readDbHead(db)) return;
  const last = await db
    .selectFrom('audit_log')
    .select(['seq', 'mac'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (last) {
    if (!witnessed || !isGenuine(key, witnessed) || witnessed.seq > last.seq) return;
    if ((await logMacAt(db, witnessed.seq)) !== witnessed.mac) return;
  }
  await db
    .insertInto('audit_head')
    .values({ id: 1, ...signHead(key, last ?? GENESIS_HEAD) })
    .onConflict((oc) => oc.column('id').doNothing()) // another process opening the same file got there first
    .execute();
};

/** How a copy of the head was found: missing, unreadable (with why), or read (genuine or not, checked here). */
export type HeadCopy =
  { kind: 'missing' } | { kind: 'unreadable'; reason: string } | { kind: 'read'; head: SignedHead };

type Problem = AuditReport['problems'][number];

/**
 * What verify compares (read in this order: the file, then one database snapshot of log and head, so neither
 * copy can be ahead of the log it is checked against). Every copy must be present and genuine once the log has
 * entries; no copy may name an entry past the log's end (truncated) or one the log holds with another MAC
 * (anchor); and the database head must be the log's last entry. The file may trail the database head: it is
 * written after each commit and catches up at the next one, so a lagging file is not a problem.
 */
export const headProblems = (
  key: Buffer,
  last: AuditHead | null,
  macAt: (seq: number) => string | undefined,
  copies: { database: SignedHead | null; file: HeadCopy },
): Problem[] => {
  const problems: Problem[] = [];
  const lastSeq = last?.seq ?? 0;
  const where = { database: 'in the database', file: 'kept beside the database' } as const;
  const genuine: { source: keyof typeof where; head: SignedHead }[] = [];
  const database: HeadCopy = copies.database ? { kind: 'read', head: copies.database } : { kind: 'missing' };
  for (const [source, copy] of [
    ['database', database],
    ['file', copies.file],
  ] as const) {
    const name = `The audit head record ${where[source]}`;
    if (copy.kind === 'missing') {
      if (last) problems.push({ seq: lastSeq, kind: 'anchor', message: `${name} is missing.` });
    } else if (copy.kind === 'unreadable') {
      problems.push({ seq: lastSeq, kind: 'anchor', message: `${name} cannot be read (${copy.reason}).` });
    } else if (!isGenuine(key, copy.head)) {
      problems.push({ seq: copy.head.seq, kind: 'anchor', message: `${name} is not genuine.` });
    } else {
      genuine.push({ source, head: copy.head });
    }
  }
  const furthest = Math.max(0, ...genuine.map((g) => g.head.seq));
  if (furthest > lastSeq) {
    const from = lastSeq + 1;
    problems.push({
      seq: from,
      kind: 'truncated',
      message: `Entries ${from}–${furthest} were removed from the end of the audit log.`,
    });
  }
  const differs = new Set<number>();
  for (const { head } of genuine) {
    const held = head.seq === 0 ? GENESIS_MAC : macAt(head.seq);
    if (head.seq <= lastSeq && held !== head.mac && !differs.has(head.seq)) {
      differs.add(head.seq);
      problems.push({
        seq: head.seq,
        kind: 'anchor',
        message: `Entry ${head.seq} differs from the one recorded as the audit head.`,
      });
    }
  }
  const dbHead = genuine.find((g) => g.source === 'database')?.head;
  if (dbHead && dbHead.seq < lastSeq && !differs.has(dbHead.seq)) {
    problems.push({
      seq: dbHead.seq + 1,
      kind: 'anchor',
      message: `The audit head in the database stops at entry ${dbHead.seq}, but the log goes on to entry ${lastSeq}.`,
    });
  }
  return problems;
};
