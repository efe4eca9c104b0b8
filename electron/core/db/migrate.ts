// Runs Kysely's Migrator over the static migration list, to the latest or to a named migration (tests).
import { Migrator, type Kysely, type MigrationProvider } from 'kysely';
import { migrations } from './migrations/index';
import { DbOpenError } from './open';

/** The message a workstation with an older app gets (issue 9): it must not touch a schema it does not know. */
export const APP_OLDER_MESSAGE = "This computer's Privacy Desk is older than the practice's database: update it.";

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

export const migrateTo = async (db: Kysely<unknown>, target: string): Promise<void> => {
  const migrator = new Migrator({ db, provider });
  // A migration the database ran that this app does not have: another workstation has a newer Privacy Desk.
  const known = new Set(Object.keys(migrations));
  // Before its first migration a database has no kysely_migration table: nothing applied, nothing unknown.
  const applied = (await db
    .selectFrom('kysely_migration' as never)
    .select('name' as never)
    .execute()
    .catch(() => [])) as { name: string }[];
  if (applied.some((m) => !known.has(m.name))) throw new DbOpenError('app-older', APP_OLDER_MESSAGE);
  const { error, results } = target === 'latest' ? await migrator.migrateToLatest() : await migrator.migrateTo(target);
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`);
  }
};
