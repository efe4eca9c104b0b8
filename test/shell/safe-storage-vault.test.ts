// The OS key vault over safeStorage: unavailable on basic_text/unknown or without encryption, a
// round trip with a reversible fake, and a changed backend is an error, never a new key.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KeyVaultError, type DatabaseKeys } from '../../electron/core/keys/key-vault';
import { createSafeStorageVault, type SafeStorageLike } from '../../electron/platform/safe-storage-vault';

type Backend = ReturnType<SafeStorageLike['getSelectedStorageBackend']>;

/** Reversible stand-in for the OS store: XOR with a per-fake mask, so a different store cannot decrypt. */
const fakeSafeStorage = (backend: Backend, available = true, mask = 0x5a) => {
  const state = { backend, available, encrypted: [] as string[] };
  const xor = (bytes: Uint8Array): Buffer => Buffer.from(bytes.map((b) => b ^ mask));
  const storage: SafeStorageLike = {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the vault's synchronous check uses it
    isEncryptionAvailable: () => state.available,
    isAsyncEncryptionAvailable: () => Promise.resolve(state.available),
    getSelectedStorageBackend: () => state.backend,
    encryptStringAsync: (plain) => {
      state.encrypted.push(plain);
      return Promise.resolve(xor(Buffer.from(plain, 'utf8')));
    },
    decryptStringAsync: (encrypted) =>
      Promise.resolve({ shouldReEncrypt: false, result: xor(encrypted).toString('utf8') }),
  };
  return { storage, state };
};

const keys = (): DatabaseKeys => ({ dbKey: randomBytes(32), auditKey: randomBytes(32) });

const kindOf = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof KeyVaultError ? error.kind : `other: ${String(error)}`;
  }
};

describe('safe-storage vault', () => {
  it.each(['basic_text', 'unknown'] as const)('is unavailable on Linux with the %s backend', async (backend) => {
    const vault = createSafeStorageVault(fakeSafeStorage(backend).storage, 'linux');
    expect(vault.kind).toBe('os');
    expect(vault.isAvailable()).toBe(false);
    expect(await kindOf(vault.seal(keys()))).toBe('unavailable');
  });

  it('is unavailable when safeStorage cannot encrypt', () => {
    expect(createSafeStorageVault(fakeSafeStorage('gnome_libsecret', false).storage, 'linux').isAvailable()).toBe(
      false,
    );
    expect(createSafeStorageVault(fakeSafeStorage('unknown', false).storage, 'darwin').isAvailable()).toBe(false);
  });

  it.each(['gnome_libsecret', 'kwallet5', 'kwallet6'] as const)('is available on Linux with %s', (backend) => {
    expect(createSafeStorageVault(fakeSafeStorage(backend).storage, 'linux').isAvailable()).toBe(true);
  });

  it('round-trips the keys and records the backend', async () => {
    const fake = fakeSafeStorage('gnome_libsecret');
    const vault = createSafeStorageVault(fake.storage, 'linux');
    const original = keys();
    const sealed = await vault.seal(original);
    expect(sealed.kind).toBe('os');
    expect(sealed.params['backend']).toBe('gnome_libsecret');
    const text = JSON.stringify(sealed);
    for (const key of [original.dbKey, original.auditKey]) {
      expect(text).not.toContain(key.toString('hex'));
      expect(text).not.toContain(key.toString('base64'));
    }
    const opened = await vault.unseal(sealed);
    expect(opened.dbKey.equals(original.dbKey)).toBe(true);
    expect(opened.auditKey.equals(original.auditKey)).toBe(true);
  });

  it('round-trips on macOS and Windows, where there is no backend choice', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const vault = createSafeStorageVault(fakeSafeStorage('unknown').storage, platform);
      expect(vault.isAvailable()).toBe(true);
      const original = keys();
      expect((await vault.unseal(await vault.seal(original))).dbKey.equals(original.dbKey)).toBe(true);
    }
  });

  it.each(['kwallet5', 'basic_text', 'unknown'] as const)(
    'refuses with backend-changed when the backend became %s, and never seals anew',
    async (now) => {
      const fake = fakeSafeStorage('gnome_libsecret');
      const vault = createSafeStorageVault(fake.storage, 'linux');
      const sealed = await vault.seal(keys());
      fake.state.backend = now;
      const before = fake.state.encrypted.length;
      expect(await kindOf(vault.unseal(sealed))).toBe('backend-changed');
      expect(fake.state.encrypted.length).toBe(before);
    },
  );

  it('refuses with backend-changed when the key file came from another platform', async () => {
    const sealed = await createSafeStorageVault(fakeSafeStorage('unknown').storage, 'darwin').seal(keys());
    const vault = createSafeStorageVault(fakeSafeStorage('gnome_libsecret').storage, 'linux');
    expect(await kindOf(vault.unseal(sealed))).toBe('backend-changed');
  });

  it('reports unavailable when the same backend can no longer encrypt', async () => {
    const fake = fakeSafeStorage('gnome_libsecret');
    const vault = createSafeStorageVault(fake.storage, 'linux');
    const sealed = await vault.seal(keys());
    fake.state.available = false;
    expect(await kindOf(vault.unseal(sealed))).toBe('unavailable');
  });

  it('reports damaged for a tampered blob, a wrong kind or missing params', async () => {
    const fake = fakeSafeStorage('gnome_libsecret');
    const vault = createSafeStorageVault(fake.storage, 'linux');
    const sealed = await vault.seal(keys());
    expect(await kindOf(vault.unseal({ ...sealed, blob: Buffer.from('short').toString('base64') }))).toBe('damaged');
    expect(await kindOf(vault.unseal({ ...sealed, kind: 'passphrase' }))).toBe('damaged');
    expect(await kindOf(vault.unseal({ ...sealed, params: {} }))).toBe('damaged');
    const throwing = { ...fake.storage, decryptStringAsync: () => Promise.reject(new Error('Error while decrypting')) };
    expect(await kindOf(createSafeStorageVault(throwing, 'linux').unseal(sealed))).toBe('damaged');
  });
});
