// Reading and saving an account's lockout state in its users row.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { LockoutState } from '../auth/lockout';
import type { DB } from '../db/schema';
import type { UserRow } from './user-rows';

const Instants = z.array(z.string());

export const lockoutOf = (row: UserRow): LockoutState => {
  const parsed = Instants.safeParse(JSON.parse(row.recent_failures));
  return { recentFailures: parsed.success ? parsed.data : [], lockedUntil: row.locked_until, lockouts: row.lockouts };
};

export const saveLockout = async (db: Kysely<DB>, userId: number, s: LockoutState): Promise<void> => {
  await db
    .updateTable('users')
    .set({ recent_failures: JSON.stringify(s.recentFailures), locked_until: s.lockedUntil, lockouts: s.lockouts })
    .where('id', '=', userId)
    .execute();
};
