// Runs Kysely's Migrator over the static migration list, to the latest or to a named migration (tests).
import { Migrator, type Kysely, type MigrationProvider } from 'kysely';
import { migrations } from './migrations/index';

/** The message a workstation with an older app gets (issue 9): it must not touch a schema it does not know. */
export const APP_OLDER_MESSAGE = "This computer's Privacy Desk is older than the practice's database: update it.";

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/**
 * Brings the schema to `target`. A database that has run a migration this app does not know ('app-older') is
 * left exactly as it is: the workstation then opens it read-only (store.ts), as it must not write to a schema
 * it does not know.
 */
export const migrateTo = async (db: Kysely<unknown>, target: string): Promise<'migrated' | 'app-older'> => {
  const migrator = new Migrator({ db, provider });
  // A migration the database ran that this app does not have: another workstation has a newer Privacy Desk.
  const known = new Set(Object.keys(migrations));
  // Before its first migration a database has no kysely_migration table: nothing applied, nothing unknown.
  const applied = (await db
    .selectFrom('kysely_migration' as never)
    .select('name' as never)
    .execute()
    .catch(() => [])) as { name: string }[];
  if (applied.some((m) => !known.has(m.name))) return 'app-older';
  const { error, results } = target === 'latest' ? await migrator.migrateToLatest() : await migrator.migrateTo(target);
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`);
  }
  return 'migrated';
};
