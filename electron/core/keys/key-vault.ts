// The KeyVault seam: what wraps the database and audit keys for storage beside the database file.
// Implementations: the passphrase vault (scrypt, core) and the OS vault (Electron safeStorage, shell).

/**
 * The two random 256-bit keys of one database. The audit key signs the audit chain and never enters the DB.
 * A workstation of the practice's PostgreSQL server also keeps the server password here, sealed with the keys,
 * so it never sits in plain text on disk.
 */
export interface DatabaseKeys {
  dbKey: Buffer;
  auditKey: Buffer;
  serverPassword?: string;
}

/** JSON-safe wrapped keys as kept in the key file. */
export interface SealedKeys {
  kind: 'passphrase' | 'os';
  /** Scheme-specific parameters (KDF settings, salt, OS backend name), all JSON-safe. */
  params: Record<string, string | number>;
  /** base64 ciphertext of the keys. */
  blob: string;
}

export interface KeyVault {
  readonly kind: SealedKeys['kind'];
  /** False when the vault cannot protect keys here (e.g. Linux safeStorage on `basic_text`). */
  isAvailable(): boolean;
  seal(keys: DatabaseKeys): Promise<SealedKeys>;
  /** Throws KeyVaultError('wrong-passphrase' | 'backend-changed' | 'unavailable' | 'damaged'). */
  unseal(sealed: SealedKeys): Promise<DatabaseKeys>;
}

export type KeyVaultErrorKind = 'wrong-passphrase' | 'backend-changed' | 'unavailable' | 'damaged';

export class KeyVaultError extends Error {
  constructor(
    readonly kind: KeyVaultErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'KeyVaultError';
  }
}

/** The longest server password kept (UTF-8 bytes); PostgreSQL's own limit is far above any real one. */
export const MAX_SERVER_PASSWORD_BYTES = 1024;

/**
 * Serialise keys for sealing: fixed order, so every vault wraps the same 64 bytes, then the server password's
 * UTF-8 bytes when there is one (a SQLite practice's key file is unchanged).
 */
export const packKeys = (keys: DatabaseKeys): Buffer =>
  Buffer.concat([keys.dbKey, keys.auditKey, Buffer.from(keys.serverPassword ?? '', 'utf8')]);

export const unpackKeys = (buf: Buffer): DatabaseKeys => {
  if (buf.length < 64 || buf.length > 64 + MAX_SERVER_PASSWORD_BYTES)
    throw new KeyVaultError('damaged', 'The key file is damaged.');
  const keys: DatabaseKeys = { dbKey: Buffer.from(buf.subarray(0, 32)), auditKey: Buffer.from(buf.subarray(32, 64)) };
  if (buf.length > 64) keys.serverPassword = buf.subarray(64).toString('utf8');
  return keys;
};
