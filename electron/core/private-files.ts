// Files and folders only the practice's own account may read (RELIABILITY.md §2): every file Privacy Desk
// creates beside the database is 0600 and every folder 0700, and a file is replaced without ever following a
// link or a file someone planted where the temp copy goes.
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, constants, lstatSync, mkdirSync, openSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

const windows = process.platform === 'win32';

/** Create-only, write-only, never through a link (O_EXCL already refuses one; O_NOFOLLOW says so twice). */
const EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (windows ? 0 : constants.O_NOFOLLOW);

/** Creates the folder (and missing parents) owner-only; an existing folder is left as it is. */
export const ensurePrivateDir = (dir: string): void => {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
};

/** Creates an empty owner-only file; fails with EEXIST when anything (a file, a link) is already there. */
export const createPrivateFile = (path: string): void => {
  closeSync(openSync(path, EXCLUSIVE, PRIVATE_FILE_MODE));
};

/** Narrows an existing regular file to owner-only (files made by older versions, or with a loose umask). */
export const tightenMode = (path: string): void => {
  if (windows) return; // NTFS keeps the user-profile ACL; POSIX modes mean nothing there
  try {
    const stat = lstatSync(path); // a link is left alone: chmod would change whatever it points to
    if (stat.isFile() && (stat.mode & 0o077) !== 0) chmodSync(path, PRIVATE_FILE_MODE);
  } catch {
    // Gone, or owned by someone else: nothing to narrow here, and opening must not fail for it.
  }
};

/**
 * Replaces `target` with `text`: a fresh temp file under a random name (created exclusively, 0600), flushed to
 * disk, renamed over the old one, and the folder flushed too. After a crash the target is the old or the new
 * file, never half-written; a link at the target is replaced, not followed.
 */
export const replaceFileAtomically = async (target: string, text: string): Promise<void> => {
  const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  const file = await open(tmp, EXCLUSIVE, PRIVATE_FILE_MODE);
  try {
    try {
      await file.writeFile(text);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined); // never leave a stray copy of the content behind
    throw err;
  }
  const dir = await open(dirname(target), 'r').catch(() => null); // Windows cannot open a folder; NTFS journals the rename
  if (dir) {
    await dir.sync().catch(() => undefined);
    await dir.close();
  }
};
