// Every migration run for real on a throwaway PostgreSQL 15 cluster (test/support/postgres-server.ts), not just
// compiled: the schema the core builds on SQLite must build the same on the practice's shared server, and the
// database itself must keep the guarantees the app relies on (an append-only audit log, frozen published
// notices, one draft per language).
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateTo } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations/index';
import { startPostgres, type PostgresServer } from '../support/postgres-server';

let server: PostgresServer;
let db: Kysely<unknown>;

beforeAll(async () => {
  server = await startPostgres();
  const url = await server.createDatabase('migrations');
  db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2 }) }) });
  await migrateTo(db, 'latest');
}, 120_000);

afterAll(async () => {
  await db.destroy();
  server.stop();
});

const tables = async (): Promise<string[]> =>
  (
    await sql<{ table_name: string }>`SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' ORDER BY table_name`.execute(db)
  ).rows.map((r) => r.table_name);

const insertUser = () =>
  sql<{ id: number }>`INSERT INTO users (username, full_name, role, password_hash, created_at)
    VALUES ('pat', 'Pat Manager', 'privacy_officer', 'x', '2026-12-01T00:00:00Z') RETURNING id`.execute(db);

describe('migrations on a real PostgreSQL server', () => {
  it('applies every migration, in order, and records each one', async () => {
    const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
    expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(migrations).sort());
    expect(await tables()).toEqual(
      expect.arrayContaining(['audit_head', 'audit_log', 'notice_versions', 'patients', 'settings', 'users']),
    );
  });

  it('the audit log refuses UPDATE and DELETE from any client', async () => {
    const user = (await insertUser()).rows[0]!.id;
    await sql`INSERT INTO audit_log (seq, at, actor_id, action, entity, entity_id, prev_mac, mac)
      VALUES (1, '2026-12-01T00:00:00Z', ${user}, 'test', 'user', ${String(user)}, 'genesis', 'mac1')`.execute(db);
    await expect(sql`UPDATE audit_log SET action = 'edited'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(db)).rejects.toThrow(/append-only/);
    const rows = await sql<{ action: string }>`SELECT action FROM audit_log`.execute(db);
    expect(rows.rows).toEqual([{ action: 'test' }]);
  });

  it('a published notice version cannot be changed or deleted, and a language keeps at most one draft', async () => {
    const user = (await sql<{ id: number }>`SELECT id FROM users WHERE username = 'pat'`.execute(db)).rows[0]!.id;
    const draft = (content: string) =>
      sql<{
        id: number;
      }>`INSERT INTO notice_versions (language, content, change_summary, created_by, updated_at, started_at)
        VALUES ('en', ${content}, '', ${user}, '2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z') RETURNING id`.execute(
        db,
      );
    const first = (await draft('{"v":1}')).rows[0]!.id;
    await expect(draft('{"v":2}')).rejects.toThrow(/duplicate key|unique/);
    await sql`UPDATE notice_versions SET number = 1, published_on = '2026-12-01', published_by = ${user},
      effective_date = '2026-12-01', content_hash = 'h', practice_snapshot = '{}' WHERE id = ${first}`.execute(db);
    await expect(sql`UPDATE notice_versions SET content = '{"v":3}' WHERE id = ${first}`.execute(db)).rejects.toThrow(
      /immutable/,
    );
    await expect(sql`DELETE FROM notice_versions WHERE id = ${first}`.execute(db)).rejects.toThrow(/immutable/);
    // Retiring is the one change a published version takes; and with it published, a new draft may start.
    await sql`UPDATE notice_versions SET retired_on = '2027-01-01' WHERE id = ${first}`.execute(db);
    await draft('{"v":4}');
    const rows = await sql<{ content: string }>`SELECT content FROM notice_versions ORDER BY id`.execute(db);
    expect(rows.rows.map((r) => r.content)).toEqual(['{"v":1}', '{"v":4}']);
  });

  it('two workstations starting at once on a new database migrate it once (the migrator takes an advisory lock)', async () => {
    const url = await server.createDatabase('two_starts');
    const open = () =>
      new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2 }) }) });
    const [a, b] = [open(), open()];
    try {
      await Promise.all([migrateTo(a, 'latest'), migrateTo(b, 'latest')]);
      const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(a);
      expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(migrations).sort());
    } finally {
      await Promise.all([a.destroy(), b.destroy()]);
    }
  });
});
