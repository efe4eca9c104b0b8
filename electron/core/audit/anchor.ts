// The audit head anchor (RELIABILITY.md §5): the newest entry's seq and MAC, signed with the audit key and
// kept beside the database, not in it. A chain alone cannot show that its newest entries were cut off; the
// anchor can, because a forger without the audit key cannot sign a shorter head.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { AuditReport } from '../../../shared/contract/audit';

export interface AuditHead {
  seq: number;
  mac: string;
}

export const anchorPath = (dbPath: string): string => `${dbPath}.audit-head.json`;

const signature = (key: Buffer, head: AuditHead): string =>
  createHmac('sha256', key).update(`privacy-desk audit head|${head.seq}|${head.mac}`).digest('hex');

/** Writes the anchor (temp file and rename: never half-written). */
export const writeAnchor = (dbPath: string, key: Buffer, head: AuditHead): void => {
  const path = anchorPath(dbPath);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ ...head, sig: signature(key, head) }), { mode: 0o600 });
  renameSync(tmp, path);
};

const isGenuine = (key: Buffer, anchor: AuditHead & { sig: string }): boolean => {
  const expected = Buffer.from(signature(key, anchor));
  return expected.length === anchor.sig.length && timingSafeEqual(expected, Buffer.from(anchor.sig));
};

/**
 * Moves the anchor to the new head after a commit that appended entries, unless the log no longer holds the
 * anchored entry (it was cut off or altered) or the anchor is not genuine: then the anchor stays as evidence,
 * so that later appends cannot paper over a truncation.
 */
export const advanceAnchor = (dbPath: string, key: Buffer, head: AuditHead, macAt: (seq: number) => string | undefined): void => {
  const current = readAnchor(dbPath);
  if (current && (!isGenuine(key, current) || macAt(current.seq) !== current.mac)) return;
  writeAnchor(dbPath, key, head);
};

const readAnchor = (dbPath: string): (AuditHead & { sig: string }) | null => {
  try {
    const parsed = JSON.parse(readFileSync(anchorPath(dbPath), 'utf8')) as Record<string, unknown>;
    const { seq, mac, sig } = parsed;
    return typeof seq === 'number' && typeof mac === 'string' && typeof sig === 'string' ? { seq, mac, sig } : null;
  } catch {
    return null;
  }
};

/** Problems the anchor reveals: entries cut off after it, a head that differs from it, or an anchor gone or forged. */
export const anchorProblems = (dbPath: string, key: Buffer, macAt: (seq: number) => string | undefined, head: AuditHead | null): AuditReport['problems'] => {
  const anchor = readAnchor(dbPath);
  if (!anchor) {
    return head ? [{ seq: head.seq, kind: 'anchor', message: 'The audit head record kept beside the database is missing or unreadable.' }] : [];
  }
  if (!isGenuine(key, anchor)) {
    return [{ seq: anchor.seq, kind: 'anchor', message: 'The audit head record kept beside the database is not genuine.' }];
  }
  if (head === null || anchor.seq > head.seq) {
    const from = (head?.seq ?? 0) + 1;
    return [{ seq: from, kind: 'truncated', message: `Entries ${from}–${anchor.seq} were removed from the end of the audit log.` }];
  }
  if (macAt(anchor.seq) !== anchor.mac) {
    return [{ seq: anchor.seq, kind: 'anchor', message: `Entry ${anchor.seq} differs from the one recorded as the audit head.` }];
  }
  return [];
};
