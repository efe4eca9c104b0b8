// Typed access to the key/value settings table (practice details, security settings).
import type { Kysely } from 'kysely';
import {
  IDLE_LOCK_DEFAULT_MINUTES,
  Practice,
  SavedPractice,
  SecuritySettings,
} from '../../../shared/contract/practice';
import type { DB } from '../db/schema';

const read = async (db: Kysely<DB>, key: string): Promise<unknown> => {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row ? (JSON.parse(row.value) as unknown) : null;
};

export const writeSetting = async (db: Kysely<DB>, key: string, value: unknown): Promise<void> => {
  const json = JSON.stringify(value);
  await db
    .insertInto('settings')
    .values({ key, value: json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
    .execute();
};

export const readPractice = async (db: Kysely<DB>): Promise<Practice | null> => {
  const value = await read(db, 'practice');
  if (value === null) return null;
  // Today's rules give older saves their normal form; what they refuse (saved under looser rules) still loads.
  const normal = Practice.safeParse(value);
  return normal.success ? normal.data : SavedPractice.parse(value);
};

export const readSecurity = async (db: Kysely<DB>): Promise<SecuritySettings> => {
  const value = await read(db, 'security');
  return value === null ? { idleLockMinutes: IDLE_LOCK_DEFAULT_MINUTES } : SecuritySettings.parse(value);
};
