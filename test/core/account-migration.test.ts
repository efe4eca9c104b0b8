// Migration 0006-accounts on a real encrypted SQLite file: migrate to 0005, seed users, migrate to 0006; every user
// keeps their row, follows the OS language (null) and is not asked to change a password they already chose.
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

// Old SQLite files upgraded step by step: no practice server predates this schema (a server database is created
// at the latest one, which test/core/migrations-postgres-server.test.ts checks on PostgreSQL).
describe.skipIf(onPostgres)('0006-accounts', () => {
  it('adds users.language (null) and users.must_change_password (0) and keeps every 0005 row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-mig6-'));
    const raw = openDatabase(join(dir, 'm.db'), randomBytes(32), { create: true });
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: raw }) });
    opened.push({ db, dir });
    await migrateTo(db as Kysely<unknown>, '0005-audit-head');
    const addUser = raw.prepare(
      `INSERT INTO users (username, full_name, role, password_hash, active, created_at) VALUES (?, ?, ?, 'h', ?, ?)`,
    );
    addUser.run('admin', 'Alex Admin', 'admin', 1, '2026-11-02T15:00:00.000Z');
    addUser.run('gone', 'Gone Desk', 'front_desk', 0, '2026-11-02T15:00:00.000Z');
    const before = raw.prepare('SELECT * FROM users ORDER BY id').all();

    await migrateTo(db as Kysely<unknown>, '0006-accounts');

    const after = raw.prepare('SELECT * FROM users ORDER BY id').all() as Record<string, unknown>[];
    expect(after.map((u) => [u['language'], u['must_change_password']])).toEqual([
      [null, 0],
      [null, 0],
    ]);
    expect(
      after.map((u) =>
        Object.fromEntries(Object.entries(u).filter(([k]) => k !== 'language' && k !== 'must_change_password')),
      ),
    ).toEqual(before);
    addUser.run('newbie', 'New Bie', 'front_desk', 1, '2026-11-02T15:00:00.000Z');
    expect(raw.prepare(`SELECT must_change_password FROM users WHERE username = 'newbie'`).pluck().get()).toBe(0);
    expect(() => raw.prepare(`UPDATE users SET must_change_password = NULL WHERE username = 'newbie'`).run()).toThrow(
      /NOT NULL/i,
    );
  });
});
