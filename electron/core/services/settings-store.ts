// Typed access to the key/value settings table (practice details, security settings).
import { randomUUID } from 'node:crypto';
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

/** The practice's own id: what an enrolment file names, so it joins only this practice's database. */
export const readPracticeId = async (db: Kysely<DB>): Promise<string | null> => {
  const value = await read(db, 'practiceId');
  return typeof value === 'string' ? value : null;
};

/** The practice id, made on first need (databases set up before enrolment existed have none yet). */
export const ensurePracticeId = async (db: Kysely<DB>): Promise<string> => {
  const id = (await readPracticeId(db)) ?? randomUUID();
  await writeSetting(db, 'practiceId', id);
  return id;
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
