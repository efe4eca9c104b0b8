// The audit head anchor (RELIABILITY.md §5): a copy of the signed head kept beside the database, not in it.
// Rolling the database file back to an older copy rolls its head back too; this copy, written after each
// commit, still names the newer head, so the cut shows.
import { readFile } from 'node:fs/promises';
import { replaceFileAtomically } from '../private-files';
import type { HeadCopy, SignedHead } from './head';

export const anchorPath = (dbPath: string): string => `${dbPath}.audit-head.json`;

/** Replaced atomically under a random, exclusively created temp name, owner-only (private-files.ts). */
export const writeAnchor = (dbPath: string, head: SignedHead): Promise<void> =>
  replaceFileAtomically(anchorPath(dbPath), JSON.stringify({ seq: head.seq, mac: head.mac, sig: head.sig }));

export const readAnchor = async (dbPath: string): Promise<HeadCopy> => {
  let text: string;
  try {
    text = await readFile(anchorPath(dbPath), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', reason: code };
  }
  try {
    const { seq, mac, sig } = JSON.parse(text) as Record<string, unknown>;
    if (Number.isSafeInteger(seq) && typeof mac === 'string' && typeof sig === 'string')
      return { kind: 'read', head: { seq: seq as number, mac, sig } };
  } catch {
    // falls through: not JSON
  }
  return { kind: 'unreadable', reason: 'not an audit head record' };
};
