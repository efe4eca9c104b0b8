// A bare database with no core on it, on the run's dialect (SQLite file, or a fresh database on the postgres
// project's cluster): for tests of one module under the core, such as the audit chain or one migration.
import { Kysely, SqliteDialect } from 'kysely';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db/open';
import { openServer } from '../../electron/core/db/open-server';
import type { DB } from '../../electron/core/db/schema';
import { parseServerUrl } from '../../electron/core/db/server-url';
import { adminQuery } from '../support/postgres-server';

export interface BareDatabase {
  db: Kysely<DB>;
  close(): Promise<void>;
}

/** Opens an empty database (no migrations run); `close()` destroys it and its files. */
export const openBareDatabase = async (): Promise<BareDatabase> => {
  const clusterUrl = process.env['PD_TEST_PG_URL'];
  if (clusterUrl) {
    const name = `pd_bare_${randomUUID().replace(/-/g, '')}`;
    await adminQuery(clusterUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(clusterUrl);
    url.pathname = `/${name}`;
    const db = await openServer(parseServerUrl(url.toString()), { create: true, password: null });
    return {
      db,
      async close() {
        await db.destroy();
        await adminQuery(clusterUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'pd-bare-'));
  const raw = openDatabase(join(dir, 'bare.db'), randomBytes(32), { create: true });
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: raw }) });
  return {
    db,
    async close() {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
