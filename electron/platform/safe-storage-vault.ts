// The OS key vault: wraps the database and audit keys with Electron `safeStorage` (Keychain, DPAPI,
// libsecret/KWallet). Fails closed like Signal Desktop: Linux `basic_text` is no protection, and a
// changed keyring backend is an error, never a reason to mint new keys.
import type { SafeStorage } from 'electron';
import {
  KeyVaultError,
  packKeys,
  unpackKeys,
  type DatabaseKeys,
  type KeyVault,
  type SealedKeys,
} from '../core/keys/key-vault';

/**
 * The slice of `safeStorage` we use, injected so tests can pass a reversible fake. Sealing uses the
 * async API (the sync encrypt/decrypt are deprecated in Electron 45); the sync availability check
 * stays because `KeyVault.isAvailable()` is synchronous, and seal/unseal also ask the async encryptor.
 */
export type SafeStorageLike = Pick<
  SafeStorage,
  | 'isEncryptionAvailable'
  | 'isAsyncEncryptionAvailable'
  | 'encryptStringAsync'
  | 'decryptStringAsync'
  | 'getSelectedStorageBackend'
>;

// Linux backends that do not protect the key: `basic_text` is a hard-coded password, and `unknown`
// means the app is not ready yet, so the real backend cannot be known.
const UNPROTECTED_LINUX_BACKENDS: ReadonlySet<string> = new Set(['basic_text', 'unknown']);

const SCHEME_VERSION = 1;

export const createSafeStorageVault = (
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform = process.platform,
): KeyVault => {
  // Only Linux has a choice of backend; elsewhere the platform names the store.
  const currentBackend = (): string =>
    platform === 'linux' ? safeStorage.getSelectedStorageBackend() : `${platform}-os`;

  const isAvailable = (): boolean => {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only synchronous check; see SafeStorageLike
    if (!safeStorage.isEncryptionAvailable()) return false;
    return platform !== 'linux' || !UNPROTECTED_LINUX_BACKENDS.has(currentBackend());
  };

  const canEncryptNow = async (): Promise<boolean> => isAvailable() && (await safeStorage.isAsyncEncryptionAvailable());

  return {
    kind: 'os',
    isAvailable,

    async seal(keys: DatabaseKeys): Promise<SealedKeys> {
      if (!(await canEncryptNow())) {
        throw new KeyVaultError('unavailable', 'No protected OS key store is available.');
      }
      const packed = packKeys(keys);
      const base64 = packed.toString('base64');
      packed.fill(0);
      const encrypted = await safeStorage.encryptStringAsync(base64);
      return {
        kind: 'os',
        params: { backend: currentBackend(), platform, version: SCHEME_VERSION },
        blob: encrypted.toString('base64'),
      };
    },

    async unseal(sealed: SealedKeys): Promise<DatabaseKeys> {
      if (sealed.kind !== 'os' || typeof sealed.params['backend'] !== 'string') {
        throw new KeyVaultError('damaged', 'The key file is damaged.');
      }
      // A different backend (GNOME keyring replaced by KWallet, or by basic_text after a desktop
      // change) cannot decrypt the blob; saying so lets the user fix the desktop or use the passphrase.
      if (sealed.params['backend'] !== currentBackend() || sealed.params['platform'] !== platform) {
        throw new KeyVaultError('backend-changed', 'The OS key store changed since the keys were sealed.');
      }
      if (!(await canEncryptNow())) throw new KeyVaultError('unavailable', 'The OS key store is not available.');
      let base64: string;
      try {
        base64 = (await safeStorage.decryptStringAsync(Buffer.from(sealed.blob, 'base64'))).result;
      } catch {
        throw new KeyVaultError('damaged', 'The OS key store could not decrypt the keys.');
      }
      const packed = Buffer.from(base64, 'base64');
      try {
        return unpackKeys(packed);
      } finally {
        packed.fill(0);
      }
    },
  };
};
