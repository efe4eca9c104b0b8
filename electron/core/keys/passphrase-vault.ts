// The passphrase vault: wraps the database keys with AES-256-GCM under an scrypt-derived key.
// Used by the CLI and browser mode, and as the recovery copy for the desktop app. `params` is the cost it seals with.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import {
  KeyVaultError,
  MAX_SERVER_PASSWORD_BYTES,
  packKeys,
  unpackKeys,
  type DatabaseKeys,
  type KeyVault,
  type SealedKeys,
} from './key-vault';
import { scrypt, SCRYPT_POLICY, type ScryptParams } from './scrypt';

export const createPassphraseVault = (passphrase: string, params: ScryptParams = SCRYPT_POLICY): KeyVault => {
  const secret = passphrase.normalize('NFC');
  return {
    kind: 'passphrase',
    isAvailable: () => true,
    async seal(keys: DatabaseKeys): Promise<SealedKeys> {
      const salt = randomBytes(16);
      const iv = randomBytes(12);
      const kek = await scrypt(secret, salt, 32, params);
      const cipher = createCipheriv('aes-256-gcm', kek, iv, { authTagLength: 16 });
      const ct = Buffer.concat([cipher.update(packKeys(keys)), cipher.final(), cipher.getAuthTag()]);
      return {
        kind: 'passphrase',
        params: {
          kdf: 'scrypt',
          ln: params.ln,
          r: params.r,
          p: params.p,
          salt: salt.toString('base64'),
          iv: iv.toString('base64'),
        },
        blob: ct.toString('base64'),
      };
    },
    async unseal(sealed: SealedKeys): Promise<DatabaseKeys> {
      const { ln, r, p, salt, iv } = sealed.params;
      if (
        sealed.kind !== 'passphrase' ||
        typeof ln !== 'number' ||
        typeof r !== 'number' ||
        typeof p !== 'number' ||
        typeof salt !== 'string' ||
        typeof iv !== 'string'
      ) {
        throw new KeyVaultError('damaged', 'The key file is damaged.');
      }
      const data = Buffer.from(sealed.blob, 'base64');
      const nonce = Buffer.from(iv, 'base64');
      // 64 bytes of keys (and a server password) + a 16-byte tag, a 12-byte nonce, and scrypt costs we would
      // have written ourselves (a core given a cheaper cost, as the tests are, writes and so accepts that cost).
      const minLn = Math.min(14, params.ln);
      const tagAt = data.length - 16;
      if (
        tagAt < 64 ||
        tagAt > 64 + MAX_SERVER_PASSWORD_BYTES ||
        nonce.length !== 12 ||
        ln < minLn ||
        ln > 22 ||
        r < 1 ||
        r > 32 ||
        p < 1 ||
        p > 16
      ) {
        throw new KeyVaultError('damaged', 'The key file is damaged.');
      }
      const kek = await scrypt(secret, Buffer.from(salt, 'base64'), 32, { ln, r, p });
      const decipher = createDecipheriv('aes-256-gcm', kek, nonce, { authTagLength: 16 });
      decipher.setAuthTag(data.subarray(tagAt));
      try {
        return unpackKeys(Buffer.concat([decipher.update(data.subarray(0, tagAt)), decipher.final()]));
      } catch {
        throw new KeyVaultError('wrong-passphrase', 'That passphrase does not open this database.');
      }
    },
  };
};
