// Migration 0009-audit-indexes on a real encrypted SQLite file: migrate to the migration before it, seed a signed
// chain, migrate; the entries are untouched (the chain still verifies) and the four page indexes exist.
import { Kysely, SqliteDialect } from 'kysely';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appendAudit, verifyChain } from '../../electron/core/audit/chain';
import { migrateTo } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations/index';
import { openDatabase } from '../../electron/core/db/open';
import type { AuditLogTable, DB } from '../../electron/core/db/schema';

const opened: { db: Kysely<DB>; dir: string }[] = [];

afterEach(async () => {
  for (const { db, dir } of opened.splice(0)) {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('0009-audit-indexes', () => {
  it('adds the audit page indexes and leaves every entry as it was', async () => {
    const names = Object.keys(migrations).sort();
    const previous = names[names.indexOf('0009-audit-indexes') - 1]!;
    const dir = mkdtempSync(join(tmpdir(), 'pd-mig9-'));
    const raw = openDatabase(join(dir, 'm.db'), randomBytes(32), { create: true });
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: raw }) });
    opened.push({ db, dir });
    await migrateTo(db as Kysely<unknown>, previous);
    const key = randomBytes(32);
    const at = new Date('2026-11-02T15:00:00Z');
    await appendAudit(db, key, at, { actorId: null, action: 'setup.initialize', entity: 'practice', entityId: null });
    await appendAudit(db, key, at, {
      actorId: null,
      action: 'patients.search',
      entity: 'patient',
      entityId: null,
      subjectIds: [4, 2],
    });
    const before = raw.prepare('SELECT * FROM audit_log ORDER BY seq').all();

    await migrateTo(db as Kysely<unknown>, '0009-audit-indexes');

    const after = raw.prepare('SELECT * FROM audit_log ORDER BY seq').all() as AuditLogTable[];
    expect(after).toEqual(before);
    expect(verifyChain(key, after)).toMatchObject({ ok: true, entries: 2 });
    const indexes = raw
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log' AND name LIKE 'audit_log_%' ORDER BY name`,
      )
      .pluck()
      .all();
    expect(indexes).toEqual([
      'audit_log_action_seq',
      'audit_log_actor_seq',
      'audit_log_at',
      'audit_log_record_seq',
      'audit_log_subjects_seq',
    ]);
    const columnsOf = (index: string) =>
      raw.prepare(`SELECT name FROM pragma_index_info(?) ORDER BY seqno`).pluck().all(index);
    expect(columnsOf('audit_log_record_seq')).toEqual(['entity', 'entity_id', 'seq']);
  });
});
