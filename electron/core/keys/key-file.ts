// The key file beside the database (`<db>.keys.json`): the wrapped keys, never a raw key.
// It always holds the passphrase-wrapped copy (recovery path) and, on a desktop with a key store, an OS-wrapped one.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { replaceFileAtomically } from '../private-files';
import { KeyVaultError, type DatabaseKeys, type SealedKeys } from './key-vault';

const Sealed = z.object({
  kind: z.enum(['passphrase', 'os']),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  blob: z.string(),
});

const KeyFileSchema = z.object({ format: z.literal(1), passphrase: Sealed, os: Sealed.nullable() });
export type KeyFile = z.infer<typeof KeyFileSchema>;

export const keyFilePath = (dbPath: string): string => `${dbPath}.keys.json`;

export const newDatabaseKeys = (): DatabaseKeys => ({ dbKey: randomBytes(32), auditKey: randomBytes(32) });

export const readKeyFile = async (dbPath: string): Promise<KeyFile | null> => {
  let text: string;
  try {
    text = await readFile(keyFilePath(dbPath), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    return KeyFileSchema.parse(JSON.parse(text));
  } catch {
    throw new KeyVaultError('damaged', 'The key file beside the database is damaged.');
  }
};

/**
 * Replaced atomically, owner-only (private-files.ts): after a crash or power cut the key file is the old one or
 * the new one, never empty (without it the data is lost).
 */
export const writeKeyFile = async (dbPath: string, passphrase: SealedKeys, os: SealedKeys | null): Promise<void> => {
  const body: KeyFile = { format: 1, passphrase, os };
  await replaceFileAtomically(keyFilePath(dbPath), JSON.stringify(body, null, 2));
};
