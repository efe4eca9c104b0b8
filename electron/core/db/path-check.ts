// Where the database may live: never on a network filesystem (SQLite locking breaks there, RELIABILITY.md D4);
// a cloud-sync folder gets a warning. classifyPath is pure and tested with mountinfo fixtures.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type PathVerdict =
  { kind: 'ok' } | { kind: 'network'; fsType: string } | { kind: 'sync-folder'; service: string };

const NETWORK_FS =
  /^(nfs\d*|cifs|smb\d*|smbfs|fuse\.sshfs|sshfs|9p|afs|ncpfs|fuse\.s3fs|davfs|fuse\.davfs2|glusterfs|ceph|lustre)$/;
const SYNC_FOLDERS: [RegExp, string][] = [
  [/[\\/]Dropbox([\\/]|$)/i, 'Dropbox'],
  [/[\\/]OneDrive[^\\/]*([\\/]|$)/i, 'OneDrive'],
  [/[\\/](iCloud Drive|Mobile Documents)([\\/]|$)/i, 'iCloud'],
  [/[\\/]Google ?Drive([\\/]|$)/i, 'Google Drive'],
];

/** Unescapes the octal escapes (\040 for space) mountinfo uses in mount points. */
const unescapeMount = (s: string): string =>
  s.replace(/\\(\d{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));

export const classifyPath = (mountinfo: string, path: string): PathVerdict => {
  if (/^(\\\\|\/\/)[^\\/]+[\\/]/.test(path)) return { kind: 'network', fsType: 'unc' };
  let best: { mount: string; fsType: string } | null = null;
  for (const line of mountinfo.split('\n')) {
    const [left, right] = line.split(' - ');
    if (left === undefined || right === undefined) continue;
    const mount = unescapeMount(left.split(' ')[4] ?? '');
    const fsType = right.split(' ')[0] ?? '';
    const inside = path === mount || path.startsWith(mount.endsWith('/') ? mount : `${mount}/`);
    if (inside && (best === null || mount.length >= best.mount.length)) best = { mount, fsType };
  }
  if (best && NETWORK_FS.test(best.fsType)) return { kind: 'network', fsType: best.fsType };
  for (const [pattern, service] of SYNC_FOLDERS) if (pattern.test(path)) return { kind: 'sync-folder', service };
  return { kind: 'ok' };
};

export const checkDbPath = (path: string): PathVerdict => {
  let mountinfo = '';
  try {
    mountinfo = readFileSync('/proc/self/mountinfo', 'utf8');
  } catch {
    // Not Linux: only UNC paths and sync folders can be recognised.
  }
  return classifyPath(mountinfo, resolve(path));
};

/** A warning to show about where the database is, or null: sync clients copy files mid-write and can corrupt them. */
export const pathWarning = (verdict: PathVerdict): string | null =>
  verdict.kind === 'sync-folder'
    ? `The database is in a ${verdict.service} folder. Sync services can copy it half-written and damage it; move it to a local folder that is not synced, and back it up with Privacy Desk instead.`
    : null;
