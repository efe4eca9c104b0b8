// File permissions (issue 6 item 7): everything Privacy Desk writes beside the database — the database, its
// -wal and -shm, the key file and the audit head copy — is owner-only (0600), and folders it creates for the
// database are 0700. Files an older version left readable to others are narrowed at the next open. A workstation
// on the practice's PostgreSQL server writes only the key file and the head copy, which get the same modes.
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onPostgres, openHarness, PASSPHRASE, type Harness } from '../support/core-harness';

const mode = (path: string): string => (statSync(path).mode & 0o777).toString(8).padStart(4, '0');
// The database itself and its -wal and -shm are files here only on SQLite; the server keeps its own data.
const SUFFIXES = onPostgres
  ? ['.keys.json', '.audit-head.json']
  : ['', '-wal', '-shm', '.keys.json', '.audit-head.json'];

let scratch: string;
let h: Harness;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'pd-perm-'));
  h = await openHarness({ dir: join(scratch, 'new-folder', 'inner'), setup: true }); // neither folder exists yet
  await h.value('patients.create', { mrn: 'P-1', firstName: 'Ola', lastName: 'Berg', dateOfBirth: '1975-06-07' });
  await h.core.env.store.open.witness.settled();
});

afterAll(async () => {
  await h.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('file permissions on a fresh setup', () => {
  it('creates the folders for the database owner-only (0700)', () => {
    expect(mode(join(scratch, 'new-folder'))).toBe('0700');
    expect(mode(join(scratch, 'new-folder', 'inner'))).toBe('0700');
  });

  it.each(SUFFIXES)('creates practice.db%s owner-only (0600)', (suffix) => {
    const path = `${h.dbPath}${suffix}`;
    expect(existsSync(path), path).toBe(true);
    expect(mode(path)).toBe('0600');
  });

  it('narrows files an older version left readable to others (0644) at the next open', async () => {
    await h.core.close();
    for (const suffix of SUFFIXES) if (existsSync(`${h.dbPath}${suffix}`)) chmodSync(`${h.dbPath}${suffix}`, 0o644);
    await h.reopen();
    await h.value('app.unseal', { passphrase: PASSPHRASE });
    for (const suffix of SUFFIXES) expect(mode(`${h.dbPath}${suffix}`), suffix).toBe('0600');
  });
});
