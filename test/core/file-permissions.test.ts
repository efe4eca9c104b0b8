// File permissions (issue 6 item 7): everything Privacy Desk writes beside the database — the database, its
// -wal and -shm, the key file and the audit head copy — is owner-only (0600), and folders it creates for the
// database are 0700. Files an older version left readable to others are narrowed at the next open.
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type OpenedCore } from '../../electron/core/create-core';
import { silentLogger } from '../../electron/core/logger';
import { PASSPHRASE, SESSION, setupInput, TEST_SCRYPT_COST } from '../support/core-harness';

const mode = (path: string): string => (statSync(path).mode & 0o777).toString(8).padStart(4, '0');
const SUFFIXES = ['', '-wal', '-shm', '.keys.json', '.audit-head.json'];

let scratch: string;
let dbPath: string;
let core: OpenedCore;
const open = () =>
  openCore({ dbPath, osVault: null, logger: silentLogger, checkOutputs: true, scryptCost: TEST_SCRYPT_COST });

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'pd-perm-'));
  dbPath = join(scratch, 'new-folder', 'inner', 'practice.db'); // neither folder exists yet
  core = await open();
  const setup = await core.dispatch(SESSION, 'setup.initialize', setupInput());
  expect(setup.ok, JSON.stringify(setup)).toBe(true);
  const created = await core.dispatch(SESSION, 'patients.create', {
    mrn: 'P-1',
    firstName: 'Ola',
    lastName: 'Berg',
    dateOfBirth: '1975-06-07',
  });
  expect(created.ok).toBe(true);
  await core.env.store.open.witness.settled();
});

afterAll(async () => {
  await core.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('file permissions on a fresh setup', () => {
  it('creates the folders for the database owner-only (0700)', () => {
    expect(mode(join(scratch, 'new-folder'))).toBe('0700');
    expect(mode(join(scratch, 'new-folder', 'inner'))).toBe('0700');
  });

  it.each(SUFFIXES)('creates practice.db%s owner-only (0600)', (suffix) => {
    const path = `${dbPath}${suffix}`;
    expect(existsSync(path), path).toBe(true);
    expect(mode(path)).toBe('0600');
  });

  it('narrows files an older version left readable to others (0644) at the next open', async () => {
    await core.close();
    for (const suffix of SUFFIXES) if (existsSync(`${dbPath}${suffix}`)) chmodSync(`${dbPath}${suffix}`, 0o644);
    core = await open();
    const unsealed = await core.dispatch(SESSION, 'app.unseal', { passphrase: PASSPHRASE });
    expect(unsealed.ok, JSON.stringify(unsealed)).toBe(true);
    for (const suffix of SUFFIXES) expect(mode(`${dbPath}${suffix}`), suffix).toBe('0600');
  });
});
