// Migration 0007-notice-drafts on a real encrypted SQLite file: migrate to 0006, seed a published version and two
// drafts of one language (possible before the one-draft rule), migrate to 0007. Every row survives unchanged; the
// most recently edited draft of the language takes the one draft slot (its start instant is backfilled), the other
// stays a draft outside it; a new second draft is refused; published rows stay frozen except for a one-time
// withdrawal.
import { Kysely, SqliteDialect } from 'kysely';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateTo } from '../../electron/core/db/migrate';
import { openDatabase } from '../../electron/core/db/open';
import type { DB } from '../../electron/core/db/schema';
import { onPostgres } from '../support/core-harness';

const opened: { db: Kysely<DB>; dir: string }[] = [];

afterEach(async () => {
  for (const { db, dir } of opened.splice(0)) {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
});

const NEW_COLUMNS = ['started_at', 'base_version_id', 'withdrawn_on', 'withdrawn_by', 'withdrawn_reason'];

// Old SQLite files upgraded step by step: no practice server predates this schema (a server database is created
// at the latest one, which test/core/migrations-postgres-server.test.ts checks on PostgreSQL).
describe.skipIf(onPostgres)('0007-notice-drafts', () => {
  it('keeps every 0006 row, gives the newest draft of a language the draft slot, and guards the new columns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-mig7-'));
    const raw = openDatabase(join(dir, 'm.db'), randomBytes(32), { create: true });
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: raw }) });
    opened.push({ db, dir });
    await migrateTo(db as Kysely<unknown>, '0006-accounts');
    raw
      .prepare(
        `INSERT INTO users (username, full_name, role, password_hash, active, created_at, lockouts)
         VALUES ('admin', 'Alex Admin', 'admin', 'h', 1, '2026-11-02T15:00:00.000Z', 0)`,
      )
      .run();
    const add = raw.prepare(
      `INSERT INTO notice_versions (language, number, content, effective_date, published_on, published_by,
         content_hash, created_by, updated_at) VALUES (?, ?, '{}', ?, ?, ?, ?, 1, ?)`,
    );
    add.run('en', 1, '2026-11-02', '2026-11-02', 1, 'a'.repeat(64), '2026-11-02T15:00:00.000Z'); // id 1
    add.run('en', null, null, null, null, null, '2026-11-03T15:00:00.000Z'); // id 2, older draft
    add.run('en', null, null, null, null, null, '2026-11-04T15:00:00.000Z'); // id 3, newer draft
    add.run('es', null, null, null, null, null, '2026-11-01T15:00:00.000Z'); // id 4
    const before = raw.prepare('SELECT * FROM notice_versions ORDER BY id').all();

    await migrateTo(db as Kysely<unknown>, '0007-notice-drafts');

    const after = raw.prepare('SELECT * FROM notice_versions ORDER BY id').all() as Record<string, unknown>[];
    expect(after.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !NEW_COLUMNS.includes(k))))).toEqual(
      before,
    );
    expect(after.map((r) => r['started_at'])).toEqual([
      null,
      null,
      '2026-11-04T15:00:00.000Z',
      '2026-11-01T15:00:00.000Z',
    ]);
    expect(after.every((r) => r['base_version_id'] === null && r['withdrawn_on'] === null)).toBe(true);

    const startDraft = raw.prepare(
      `INSERT INTO notice_versions (language, content, created_by, updated_at, started_at) VALUES (?, '{}', 1, ?, ?)`,
    );
    expect(() => startDraft.run('en', '2026-11-05T15:00:00.000Z', '2026-11-05T15:00:00.000Z')).toThrow(/UNIQUE/);
    expect(() => startDraft.run('es', '2026-11-05T15:00:00.000Z', '2026-11-05T15:00:00.000Z')).toThrow(/UNIQUE/);

    // Published rows: still frozen, the draft origin included; a withdrawal may be written once, and only there.
    expect(() => raw.prepare(`UPDATE notice_versions SET content = '[]' WHERE id = 1`).run()).toThrow(/immutable/);
    expect(() => raw.prepare(`UPDATE notice_versions SET base_version_id = 1 WHERE id = 1`).run()).toThrow(/immutable/);
    expect(() => raw.prepare(`UPDATE notice_versions SET withdrawn_on = '2026-11-05' WHERE id = 2`).run()).toThrow(
      /only a published version/,
    );
    raw
      .prepare(
        `UPDATE notice_versions SET withdrawn_on = '2026-11-05', withdrawn_by = 1, withdrawn_reason = 'why' WHERE id = 1`,
      )
      .run();
    expect(() => raw.prepare(`UPDATE notice_versions SET withdrawn_reason = 'other' WHERE id = 1`).run()).toThrow(
      /final/,
    );
    expect(() => raw.prepare('DELETE FROM notice_versions WHERE id = 1').run()).toThrow(/immutable/);
  });
});
