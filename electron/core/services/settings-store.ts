// Typed access to the key/value settings table (practice details, security settings).
import type { Kysely } from 'kysely';
import { IDLE_LOCK_DEFAULT_MINUTES, Practice, SecuritySettings } from '../../../shared/contract/practice';
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
  return value === null ? null : Practice.parse(value);
};

export const readSecurity = async (db: Kysely<DB>): Promise<SecuritySettings> => {
  const value = await read(db, 'security');
  return value === null ? { idleLockMinutes: IDLE_LOCK_DEFAULT_MINUTES } : SecuritySettings.parse(value);
};
