// Each migration on a real encrypted SQLite file (DESIGN.md §5): migrate to N-1, seed rows valid there,
// migrate to N, and check the seeded rows survive and the new schema (tables, columns, indexes, triggers) is in place.
import { Kysely, NO_MIGRATIONS, SqliteDialect } from 'kysely';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appendAudit, verifyChain } from '../../electron/core/audit/chain';
import { migrateTo } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations/index';
import { openDatabase, type SqliteDb } from '../../electron/core/db/open';
import type { DB } from '../../electron/core/db/schema';
import { onPostgres } from '../support/core-harness';

/** Migrations this file covers; a new migration must get its own test below and its name here. */
const TESTED = [
  '0001-foundation',
  '0002-patients',
  '0003-notices',
  '0004-session-generation',
  '0005-audit-head',
  '0006-accounts', // test/core/account-migration.test.ts
  '0007-notice-drafts', // test/core/notices-migration.test.ts
  '0009-audit-indexes', // test/core/audit-list-migration.test.ts
  '0010-patient-search', // test/core/migration-0010-search.test.ts
];

interface TestDb {
  raw: SqliteDb;
  db: Kysely<DB>;
  auditKey: Buffer;
}

const opened: { db: Kysely<DB>; dir: string }[] = [];

const freshDb = (): TestDb => {
  const dir = mkdtempSync(join(tmpdir(), 'pd-mig-'));
  const raw = openDatabase(join(dir, 'm.db'), randomBytes(32), { create: true });
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: raw }) });
  opened.push({ db, dir });
  return { raw, db, auditKey: randomBytes(32) };
};

afterEach(async () => {
  for (const { db, dir } of opened.splice(0)) {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
});

const migrate = (db: Kysely<DB>, target: string) => migrateTo(db as Kysely<unknown>, target);
const tables = (raw: SqliteDb): string[] =>
  raw
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'kysely_%' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
const columns = (raw: SqliteDb, table: string): string[] =>
  (raw.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).sort();
const applied = (raw: SqliteDb): string[] =>
  raw.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all() as string[];

const NOW = new Date('2026-11-02T15:00:00Z');

// Old SQLite files upgraded step by step: no practice server predates this schema (a server database is created
// at the latest one, which test/core/migrations-postgres-server.test.ts checks on PostgreSQL).
describe.skipIf(onPostgres)('migrations', () => {
  it('has a test here for every migration, in name order', () => {
    const names = Object.keys(migrations);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(TESTED);
  });

  it('0001-foundation: creates settings, users and an append-only, chained audit_log on an empty database', async () => {
    const { raw, db, auditKey } = freshDb();
    expect(tables(raw)).toEqual([]);
    await migrate(db, '0001-foundation');
    expect(applied(raw)).toEqual(['0001-foundation']);
    expect(tables(raw)).toEqual(['audit_log', 'settings', 'users']);
    expect(columns(raw, 'users')).toEqual(
      [
        'active',
        'created_at',
        'full_name',
        'id',
        'locked_until',
        'lockouts',
        'password_hash',
        'recent_failures',
        'role',
        'username',
      ].sort(),
    );
    expect(columns(raw, 'audit_log')).toEqual(
      ['action', 'actor_id', 'at', 'entity', 'entity_id', 'mac', 'prev_mac', 'seq'].sort(),
    );
    const triggers = raw
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log' ORDER BY name`)
      .pluck()
      .all();
    expect(triggers).toEqual(['audit_log_no_delete', 'audit_log_no_update']);

    const user = {
      username: 'admin',
      full_name: 'Alex Admin',
      role: 'admin',
      password_hash: '$scrypt$x',
      created_at: NOW.toISOString(),
    };
    raw
      .prepare(
        'INSERT INTO users (username, full_name, role, password_hash, created_at) VALUES (@username, @full_name, @role, @password_hash, @created_at)',
      )
      .run(user);
    const row = raw.prepare('SELECT * FROM users').get() as Record<string, unknown>;
    expect(row).toMatchObject({ id: 1, active: 1, recent_failures: '[]', lockouts: 0, locked_until: null });
    expect(() =>
      raw
        .prepare(
          `INSERT INTO users (username, full_name, role, password_hash, created_at) VALUES ('x', 'X', 'superuser', 'h', 't')`,
        )
        .run(),
    ).toThrow(/CHECK/i);
    expect(() =>
      raw
        .prepare(
          `INSERT INTO users (username, full_name, role, password_hash, created_at) VALUES ('admin', 'A', 'admin', 'h', 't')`,
        )
        .run(),
    ).toThrow(/UNIQUE/i);

    await appendAudit(db, auditKey, NOW, {
      actorId: 1,
      action: 'setup.initialize',
      entity: 'practice',
      entityId: null,
    });
    await appendAudit(db, auditKey, NOW, {
      actorId: null,
      action: 'auth.login.failed',
      entity: 'user',
      entityId: null,
    });
    expect(() => raw.prepare(`UPDATE audit_log SET action = 'x' WHERE seq = 1`).run()).toThrow('append-only');
    expect(() => raw.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow('append-only');
    expect(() => raw.prepare('DELETE FROM audit_log').run()).toThrow('append-only');
    await expect(
      appendAudit(db, auditKey, NOW, { actorId: 999, action: 'x', entity: 'user', entityId: null }),
    ).rejects.toThrow(/FOREIGN KEY/i);
    const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    expect(verifyChain(auditKey, rows)).toMatchObject({ ok: true, entries: 2 });
  });

  it('0002-patients: adds patients (unique MRN, name index) and keeps 0001 rows and the audit chain intact', async () => {
    const { raw, db, auditKey } = freshDb();
    await migrate(db, '0001-foundation');
    await db
      .insertInto('settings')
      .values([
        { key: 'practice', value: '{"name":"Lakeview"}' },
        { key: 'security', value: '{"idleLockMinutes":7}' },
      ])
      .execute();
    await db
      .insertInto('users')
      .values({
        username: 'admin',
        full_name: 'Alex Admin',
        role: 'admin',
        password_hash: '$scrypt$ln=17,r=8,p=1$a$b',
        active: 1,
        created_at: NOW.toISOString(),
        recent_failures: JSON.stringify([NOW.toISOString()]),
        locked_until: null,
        lockouts: 1,
      })
      .execute();
    for (let i = 0; i < 5; i += 1)
      await appendAudit(db, auditKey, NOW, { actorId: 1, action: `seed.${i}`, entity: 'user', entityId: 1 });
    const before = {
      settings: raw.prepare('SELECT * FROM settings ORDER BY key').all(),
      users: raw.prepare('SELECT * FROM users').all(),
      audit: raw.prepare('SELECT * FROM audit_log ORDER BY seq').all(),
    };
    expect(tables(raw)).not.toContain('patients');

    await migrate(db, '0002-patients');

    expect(applied(raw)).toEqual(['0001-foundation', '0002-patients']);
    expect(raw.prepare('SELECT * FROM settings ORDER BY key').all()).toEqual(before.settings);
    expect(raw.prepare('SELECT * FROM users').all()).toEqual(before.users);
    expect(raw.prepare('SELECT * FROM audit_log ORDER BY seq').all()).toEqual(before.audit);
    const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    expect(verifyChain(auditKey, rows)).toMatchObject({ ok: true, entries: 5 });
    expect(() => raw.prepare('DELETE FROM audit_log').run()).toThrow('append-only');

    expect(columns(raw, 'patients')).toEqual(
      ['active', 'created_at', 'date_of_birth', 'first_name', 'id', 'last_name', 'mrn'].sort(),
    );
    const index = raw.prepare(`SELECT name FROM pragma_index_info('patients_last_first') ORDER BY seqno`).pluck().all();
    expect(index).toEqual(['last_name', 'first_name']);
    const insert = raw.prepare(
      'INSERT INTO patients (mrn, first_name, last_name, date_of_birth, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    insert.run('A-1', 'Ana', 'Diaz', '1980-01-02', NOW.toISOString());
    expect(raw.prepare('SELECT id, active FROM patients').get()).toEqual({ id: 1, active: 1 });
    expect(() => insert.run('A-1', 'Bo', 'Diaz', '1990-01-02', NOW.toISOString())).toThrow(/UNIQUE/i);
    expect(() =>
      raw
        .prepare(
          `INSERT INTO patients (mrn, first_name, date_of_birth, created_at) VALUES ('B-2', 'Bo', '1990-01-02', 'x')`,
        )
        .run(),
    ).toThrow(/NOT NULL/i);
  });

  it('0003-notices: adds notice_versions whose published rows the database itself keeps immutable, and keeps 0002 rows', async () => {
    const { raw, db, auditKey } = freshDb();
    await migrate(db, '0002-patients');
    raw
      .prepare(
        `INSERT INTO users (username, full_name, role, password_hash, created_at) VALUES ('po', 'Pat Officer', 'privacy_officer', 'h', ?)`,
      )
      .run(NOW.toISOString());
    raw
      .prepare(
        `INSERT INTO patients (mrn, first_name, last_name, date_of_birth, created_at) VALUES ('P-1', 'Ana', 'Diaz', '1980-01-02', ?)`,
      )
      .run(NOW.toISOString());
    for (let i = 0; i < 3; i += 1)
      await appendAudit(db, auditKey, NOW, { actorId: 1, action: `seed.${i}`, entity: 'patient', entityId: 1 });
    const before = ['users', 'patients', 'audit_log', 'settings'].map((t) => raw.prepare(`SELECT * FROM ${t}`).all());

    await migrate(db, '0003-notices');

    expect(applied(raw)).toEqual(['0001-foundation', '0002-patients', '0003-notices']);
    expect(['users', 'patients', 'audit_log', 'settings'].map((t) => raw.prepare(`SELECT * FROM ${t}`).all())).toEqual(
      before,
    );
    expect(verifyChain(auditKey, await db.selectFrom('audit_log').selectAll().orderBy('seq').execute())).toMatchObject({
      ok: true,
      entries: 3,
    });
    expect(columns(raw, 'notice_versions')).toEqual(
      [
        'change_summary',
        'content',
        'content_hash',
        'created_by',
        'effective_date',
        'id',
        'language',
        'material_change',
        'number',
        'practice_snapshot',
        'published_by',
        'published_on',
        'retired_on',
        'updated_at',
      ].sort(),
    );
    expect(
      raw.prepare(`SELECT name FROM pragma_index_info('notice_versions_language_number') ORDER BY seqno`).pluck().all(),
    ).toEqual(['language', 'number']);
    expect(
      raw
        .prepare(
          `SELECT "unique" FROM pragma_index_list('notice_versions') WHERE name = 'notice_versions_language_number'`,
        )
        .pluck()
        .get(),
    ).toBe(1);
    expect(
      raw
        .prepare(`SELECT name FROM pragma_index_info('notice_versions_language_effective') ORDER BY seqno`)
        .pluck()
        .all(),
    ).toEqual(['language', 'effective_date']);

    const add = raw.prepare(
      `INSERT INTO notice_versions (language, number, content, effective_date, published_on, published_by, created_by, updated_at) VALUES (?, ?, '{}', ?, ?, ?, 1, 't')`,
    );
    const draft = Number(add.run('en', null, null, null, null).lastInsertRowid);
    add.run('en', null, null, null, null); // several drafts: numbers are null
    raw.prepare(`UPDATE notice_versions SET content = '{"x":1}' WHERE id = ?`).run(draft);
    raw.prepare('DELETE FROM notice_versions WHERE id = ?').run(draft);
    const published = Number(add.run('en', 1, '2026-12-01', '2026-11-02', 1).lastInsertRowid);
    for (const column of ['content', 'effective_date', 'number', 'content_hash', 'published_on']) {
      expect(
        () => raw.prepare(`UPDATE notice_versions SET ${column} = '9' WHERE id = ?`).run(published),
        column,
      ).toThrow('immutable');
    }
    expect(() => raw.prepare('UPDATE notice_versions SET published_on = NULL WHERE id = ?').run(published)).toThrow(
      'immutable',
    );
    expect(() => raw.prepare('DELETE FROM notice_versions WHERE id = ?').run(published)).toThrow('immutable');
    raw.prepare(`UPDATE notice_versions SET retired_on = '2027-01-01' WHERE id = ?`).run(published);
    expect(() => add.run('en', 1, '2027-01-01', '2026-11-03', 1)).toThrow(/UNIQUE/i);
    add.run('es', 1, '2027-01-01', '2026-11-03', 1);
    expect(() => add.run('fr', null, null, null, null)).toThrow(/CHECK/i);
    expect(() =>
      raw
        .prepare(
          `INSERT INTO notice_versions (language, content, created_by, updated_at) VALUES ('en', '{}', 999, 't')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/i);
  });

  it('0004-session-generation: gives every user, old and new, a session generation starting at 0, and keeps 0003 rows', async () => {
    const { raw, db, auditKey } = freshDb();
    await migrate(db, '0003-notices');
    const addUser = raw.prepare(
      `INSERT INTO users (username, full_name, role, password_hash, active, created_at) VALUES (?, ?, ?, 'h', ?, ?)`,
    );
    addUser.run('admin', 'Alex Admin', 'admin', 1, NOW.toISOString());
    addUser.run('gone', 'Gone Desk', 'front_desk', 0, NOW.toISOString());
    raw
      .prepare(`INSERT INTO notice_versions (language, content, created_by, updated_at) VALUES ('en', '{}', 1, 't')`)
      .run();
    for (let i = 0; i < 3; i += 1)
      await appendAudit(db, auditKey, NOW, { actorId: 1, action: `seed.${i}`, entity: 'user', entityId: 1 });
    const before = ['users', 'patients', 'audit_log', 'settings', 'notice_versions'].map((t) =>
      raw.prepare(`SELECT * FROM ${t}`).all(),
    );
    expect(columns(raw, 'users')).not.toContain('session_generation');

    await migrate(db, '0004-session-generation');

    expect(applied(raw)).toEqual(['0001-foundation', '0002-patients', '0003-notices', '0004-session-generation']);
    expect(columns(raw, 'users')).toContain('session_generation');
    const users = raw.prepare('SELECT * FROM users ORDER BY id').all() as Record<string, unknown>[];
    expect(users.map((u) => u.session_generation)).toEqual([0, 0]);
    expect(users.map((u) => Object.fromEntries(Object.entries(u).filter(([k]) => k !== 'session_generation')))).toEqual(
      before[0],
    );
    expect(
      ['patients', 'audit_log', 'settings', 'notice_versions'].map((t) => raw.prepare(`SELECT * FROM ${t}`).all()),
    ).toEqual(before.slice(1));
    expect(verifyChain(auditKey, await db.selectFrom('audit_log').selectAll().orderBy('seq').execute())).toMatchObject({
      ok: true,
      entries: 3,
    });
    addUser.run('newbie', 'New Bie', 'front_desk', 1, NOW.toISOString());
    expect(raw.prepare(`SELECT session_generation FROM users WHERE username = 'newbie'`).pluck().get()).toBe(0);
    expect(() => raw.prepare(`UPDATE users SET session_generation = NULL WHERE username = 'newbie'`).run()).toThrow(
      /NOT NULL/i,
    );
    raw.prepare('UPDATE users SET session_generation = session_generation + 1 WHERE id = 1').run();
    expect(raw.prepare('SELECT session_generation FROM users WHERE id = 1').pluck().get()).toBe(1);
  });

  it('0005-audit-head: adds audit_log.subject_ids and a one-row audit_head; entries written before it still verify', async () => {
    const { raw, db, auditKey } = freshDb();
    await migrate(db, '0004-session-generation');
    raw
      .prepare(
        `INSERT INTO users (username, full_name, role, password_hash, created_at) VALUES ('admin', 'Alex Admin', 'admin', 'h', ?)`,
      )
      .run(NOW.toISOString());
    for (let i = 0; i < 3; i += 1)
      await appendAudit(db, auditKey, NOW, { actorId: 1, action: `seed.${i}`, entity: 'patient', entityId: 1 });
    const before = ['users', 'audit_log', 'settings'].map((t) => raw.prepare(`SELECT * FROM ${t}`).all());

    await migrate(db, '0005-audit-head');

    expect(applied(raw).at(-1)).toBe('0005-audit-head');
    expect(columns(raw, 'audit_log')).toContain('subject_ids');
    const audit = raw.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Record<string, unknown>[];
    expect(audit.map((r) => r.subject_ids)).toEqual([null, null, null]);
    expect(audit.map((r) => ({ ...r, subject_ids: undefined }))).toEqual(before[1]); // toEqual skips undefined keys
    expect(raw.prepare('SELECT * FROM users').all()).toEqual(before[0]);
    expect(raw.prepare('SELECT * FROM settings').all()).toEqual(before[2]);
    // Old entries keep their MACs; a new one naming its subjects joins the same chain.
    await appendAudit(db, auditKey, NOW, {
      actorId: 1,
      action: 'patients.search',
      entity: 'patient',
      entityId: null,
      subjectIds: [4, 2],
    });
    const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    expect(rows.at(-1)?.subject_ids).toBe('[4,2]');
    expect(verifyChain(auditKey, rows)).toMatchObject({ ok: true, entries: 4 });
    expect(() => raw.prepare('DELETE FROM audit_log').run()).toThrow('append-only');

    expect(columns(raw, 'audit_head')).toEqual(['id', 'mac', 'seq', 'sig']);
    expect(raw.prepare('SELECT count(*) FROM audit_head').pluck().get()).toBe(0); // signed at open, by the store
    const addHead = raw.prepare(`INSERT INTO audit_head (id, seq, mac, sig) VALUES (?, 1, 'm', 's')`);
    addHead.run(1);
    expect(() => addHead.run(2)).toThrow(/CHECK/i);
    expect(() => addHead.run(1)).toThrow(/UNIQUE|PRIMARY/i);
  });

  it('migrates an empty database straight to the latest, and again is a no-op', async () => {
    const { raw, db } = freshDb();
    await migrate(db, 'latest');
    expect(applied(raw)).toEqual(Object.keys(migrations));
    const schema = raw.prepare('SELECT sql FROM sqlite_master ORDER BY name').pluck().all();
    await migrate(db, 'latest');
    expect(raw.prepare('SELECT sql FROM sqlite_master ORDER BY name').pluck().all()).toEqual(schema);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('never undoes a released migration: asking for an older target changes nothing (there are no down steps)', async () => {
    const { raw, db } = freshDb();
    await migrate(db, 'latest');
    const schema = raw.prepare('SELECT sql FROM sqlite_master ORDER BY name').pluck().all();
    for (const m of Object.values(migrations)) expect('down' in m).toBe(false);
    await migrateTo(db as Kysely<unknown>, NO_MIGRATIONS as unknown as string);
    await migrate(db, '0001-foundation');
    expect(applied(raw)).toEqual(Object.keys(migrations));
    expect(raw.prepare('SELECT sql FROM sqlite_master ORDER BY name').pluck().all()).toEqual(schema);
  });
});
