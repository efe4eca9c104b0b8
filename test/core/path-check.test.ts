// Where the database may live (RELIABILITY.md D4): never on a network filesystem, where SQLite's locks
// break; cloud-sync folders get a warning. classifyPath is pure, so real /proc/self/mountinfo lines are fixtures.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyPath } from '../../electron/core/db/path-check';
import { onPostgres, openHarness } from '../support/core-harness';

/** One mountinfo line (proc(5) format) for a mount point and filesystem type. */
const line = (id: number, mountPoint: string, fsType: string, source = 'none'): string =>
  `${id} 1 0:${id} / ${mountPoint} rw,relatime shared:${id} - ${fsType} ${source} rw`;

const mountinfo = (...lines: string[]): string =>
  [line(21, '/', 'ext4', '/dev/sda1'), line(22, '/proc', 'proc', 'proc'), ...lines].join('\n') + '\n';

describe('classifyPath', () => {
  it.each([
    ['nfs', 'server:/export'],
    ['nfs4', 'server:/export'],
    ['cifs', '//server/share'],
    ['smb3', '//server/share'],
    ['fuse.sshfs', 'user@host:/srv'],
    ['9p', 'hostshare'],
  ])('rejects a database on %s as a network path', (fsType, source) => {
    const info = mountinfo(line(40, '/mnt/practice', fsType, source));
    expect(classifyPath(info, '/mnt/practice/data/privacy-desk.db')).toEqual({ kind: 'network', fsType });
  });

  it('treats the mount point itself as inside the mount', () => {
    const info = mountinfo(line(40, '/srv/pd', 'nfs4', 'nas:/pd'));
    expect(classifyPath(info, '/srv/pd')).toEqual({ kind: 'network', fsType: 'nfs4' });
  });

  it.each([
    ['\\\\server\\share\\x.db'],
    ['//server/share/x.db'],
    ['\\\\fileserver.clinic.local\\Records\\Privacy Desk\\privacy-desk.db'],
  ])('rejects the UNC path %s as a network path, even with no mountinfo', (path) => {
    expect(classifyPath('', path)).toEqual({ kind: 'network', fsType: 'unc' });
    expect(classifyPath(mountinfo(), path)).toMatchObject({ kind: 'network' });
  });

  it('accepts a local ext4 path', () => {
    expect(classifyPath(mountinfo(), '/home/dana/.config/Privacy Desk/privacy-desk.db')).toEqual({ kind: 'ok' });
  });

  it('accepts a local Windows or macOS path when there is no mountinfo', () => {
    expect(classifyPath('', 'C:\\Users\\dana\\AppData\\Roaming\\Privacy Desk\\privacy-desk.db')).toEqual({
      kind: 'ok',
    });
    expect(classifyPath('', '/Users/dana/Library/Application Support/Privacy Desk/privacy-desk.db')).toEqual({
      kind: 'ok',
    });
  });

  it('uses the longest matching mount: a local disk mounted under an NFS share is local', () => {
    const info = mountinfo(line(40, '/mnt/nas', 'nfs', 'nas:/vol1'), line(41, '/mnt/nas/local', 'ext4', '/dev/sdb1'));
    expect(classifyPath(info, '/mnt/nas/local/privacy-desk.db')).toEqual({ kind: 'ok' });
    expect(classifyPath(info, '/mnt/nas/other/privacy-desk.db')).toEqual({ kind: 'network', fsType: 'nfs' });
  });

  it('uses the longest matching mount whatever order the lines come in', () => {
    const info = mountinfo(line(41, '/mnt/nas/local', 'ext4', '/dev/sdb1'), line(40, '/mnt/nas', 'nfs', 'nas:/vol1'));
    expect(classifyPath(info, '/mnt/nas/local/privacy-desk.db')).toEqual({ kind: 'ok' });
    const nested = mountinfo(line(40, '/data', 'ext4', '/dev/sdb1'), line(41, '/data/share', 'cifs', '//srv/share'));
    expect(classifyPath(nested, '/data/share/pd/privacy-desk.db')).toEqual({ kind: 'network', fsType: 'cifs' });
  });

  it('lets the later of two mounts on the same point win (the over-mount hides the first)', () => {
    const info = mountinfo(line(40, '/srv/pd', 'ext4', '/dev/sdb1'), line(41, '/srv/pd', 'nfs4', 'nas:/pd'));
    expect(classifyPath(info, '/srv/pd/privacy-desk.db')).toEqual({ kind: 'network', fsType: 'nfs4' });
    const reversed = mountinfo(line(40, '/srv/pd', 'nfs4', 'nas:/pd'), line(41, '/srv/pd', 'ext4', '/dev/sdb1'));
    expect(classifyPath(reversed, '/srv/pd/privacy-desk.db')).toEqual({ kind: 'ok' });
  });

  it('does not confuse a sibling folder that shares a prefix with a mount point', () => {
    const info = mountinfo(line(40, '/mnt/nas', 'nfs', 'nas:/vol1'));
    expect(classifyPath(info, '/mnt/nas-backup/privacy-desk.db')).toEqual({ kind: 'ok' });
  });

  it('decodes \\040 (space) and other octal escapes in mount points', () => {
    const info = mountinfo(line(40, '/media/Practice\\040Share', 'cifs', '//srv/share'));
    expect(classifyPath(info, '/media/Practice Share/privacy-desk.db')).toEqual({ kind: 'network', fsType: 'cifs' });
    expect(classifyPath(info, '/media/Practice/privacy-desk.db')).toEqual({ kind: 'ok' });
    const tabbed = mountinfo(line(41, '/mnt/a\\011b', 'nfs4', 'nas:/x'));
    expect(classifyPath(tabbed, '/mnt/a\tb/x.db')).toEqual({ kind: 'network', fsType: 'nfs4' });
  });

  it.each([
    ['/home/dana/Dropbox/Clinic/privacy-desk.db', 'Dropbox'],
    ['C:\\Users\\dana\\Dropbox\\privacy-desk.db', 'Dropbox'],
    ['C:\\Users\\dana\\OneDrive - Lakeview FM\\privacy-desk.db', 'OneDrive'],
    ['/Users/dana/OneDrive/privacy-desk.db', 'OneDrive'],
    ['/Users/dana/Library/Mobile Documents/com~apple~CloudDocs/privacy-desk.db', 'iCloud'],
    ['/Users/dana/iCloud Drive/privacy-desk.db', 'iCloud'],
  ])('warns that %s is in a %s sync folder', (path, service) => {
    expect(classifyPath(mountinfo(), path)).toEqual({ kind: 'sync-folder', service });
  });

  it('does not take a folder merely named like a sync service for one', () => {
    expect(classifyPath(mountinfo(), '/home/dana/DropboxNotes/privacy-desk.db')).toEqual({ kind: 'ok' });
  });

  it('reports a network filesystem before a sync-folder name', () => {
    const info = mountinfo(line(40, '/mnt/share', 'smb3', '//srv/share'));
    expect(classifyPath(info, '/mnt/share/Dropbox/privacy-desk.db')).toEqual({ kind: 'network', fsType: 'smb3' });
  });

  it('ignores malformed and blank mountinfo lines', () => {
    const info = `garbage line without separator\n\n - \n${mountinfo(line(40, '/mnt/nas', 'nfs', 'nas:/x'))}`;
    expect(classifyPath(info, '/mnt/nas/pd.db')).toEqual({ kind: 'network', fsType: 'nfs' });
    expect(classifyPath(info, '/var/lib/pd.db')).toEqual({ kind: 'ok' });
  });
});

describe('a database in a cloud-sync folder', () => {
  // The warning is about the SQLite file being synced; on the practice's server there is no database file here.
  it.skipIf(onPostgres)('opens, but app.status warns the practice to move it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-sync-'));
    const synced = join(dir, 'Dropbox');
    mkdirSync(synced);
    const h = await openHarness({ dir: synced, setup: true });
    try {
      const status = await h.value('app.status', {});
      expect(status.database).toBe('open');
      expect(status.warnings).toEqual([expect.stringContaining('Dropbox folder')]);
    } finally {
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has no warnings in an ordinary folder', async () => {
    const h = await openHarness();
    try {
      expect((await h.value('app.status', {})).warnings).toEqual([]);
    } finally {
      await h.close();
    }
  });
});
