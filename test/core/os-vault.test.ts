// The desktop's OS key store path, with the key store faked (the only fake besides the clock): the app opens
// without the passphrase while the key store works, and when it stops working the database waits, sealed,
// for the passphrase, which then stores a fresh OS copy. No new key is ever minted. On the practice's PostgreSQL
// server the key file beside the workstation's base path holds the same OS copy, so the same holds there.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/create-core';
import { KeyVaultError, packKeys, unpackKeys, type KeyVault } from '../../electron/core/keys/key-vault';
import { silentLogger } from '../../electron/core/logger';
import {
  FakeClock,
  openHarness,
  PASSPHRASE,
  setupInput,
  TEST_SCRYPT_COST,
  type Harness,
} from '../support/core-harness';

/** A reversible stand-in for safeStorage whose backend can "change" under it. */
const fakeOsVault = () => {
  const state = { backend: 'kwallet6' };
  const vault: KeyVault = {
    kind: 'os',
    isAvailable: () => true,
    seal: (keys) =>
      Promise.resolve({
        kind: 'os',
        params: { backend: state.backend },
        blob: packKeys(keys).reverse().toString('base64'),
      }),
    unseal: (sealed) =>
      sealed.params.backend === state.backend
        ? Promise.resolve(unpackKeys(Buffer.from(sealed.blob, 'base64').reverse()))
        : Promise.reject(new KeyVaultError('backend-changed', 'The key store changed.')),
  };
  return { vault, state };
};

const os = fakeOsVault();
/** Only for its temp folder and (on PostgreSQL) its empty database: the cores below open with the OS vault. */
let base: Harness;
let dbPath: string;
const open = () =>
  openCore({
    dbPath,
    server: base.server,
    osVault: os.vault,
    clock: new FakeClock(),
    logger: silentLogger,
    checkOutputs: true,
    scryptCost: TEST_SCRYPT_COST,
  });

beforeAll(async () => {
  base = await openHarness();
  await base.core.close();
  dbPath = base.dbPath;
});
afterAll(() => base.close());

describe('the OS key store', () => {
  it('opens the database at start-up without the passphrase', async () => {
    const first = await open();
    expect((await first.dispatch('s', 'setup.initialize', setupInput())).ok).toBe(true);
    await first.close();
    const again = await open();
    expect(again.env.store.state).toBe('open');
    await again.close();
  });

  it('leaves the database sealed with a warning when the key store changed, and the passphrase re-seals it', async () => {
    os.state.backend = 'gnome-libsecret';
    const core = await open();
    const status = await core.dispatch('s', 'app.status', {});
    expect(status).toMatchObject({
      ok: true,
      value: { database: 'sealed', warnings: [expect.stringContaining('key store could not open')] },
    });
    const before = JSON.parse(readFileSync(`${dbPath}.keys.json`, 'utf8')) as { passphrase: unknown };
    expect((await core.dispatch('s', 'app.unseal', { passphrase: PASSPHRASE })).ok).toBe(true);
    const after = JSON.parse(readFileSync(`${dbPath}.keys.json`, 'utf8')) as {
      passphrase: unknown;
      os: { params: { backend: string } };
    };
    expect(after.passphrase).toEqual(before.passphrase); // same keys: nothing minted
    expect(after.os.params.backend).toBe('gnome-libsecret');
    await core.close();
    const reopened = await open();
    expect(reopened.env.store.state).toBe('open');
    await reopened.close();
  });
});
