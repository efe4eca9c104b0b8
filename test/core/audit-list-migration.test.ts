// Migration 0009-audit-indexes on a real encrypted SQLite file (or a PostgreSQL database on the postgres project): migrate to the migration before it, seed a signed
// chain, migrate; the entries are untouched (the chain still verifies) and the four page indexes exist.
import { sql, type Kysely } from 'kysely';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { appendAudit, verifyChain } from '../../electron/core/audit/chain';
import { migrateTo } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations/index';
import type { AuditLogTable, DB } from '../../electron/core/db/schema';
import { onPostgres } from '../support/core-harness';
import { openBareDatabase, type BareDatabase } from './bare-database';

const opened: BareDatabase[] = [];

afterEach(async () => {
  for (const bare of opened.splice(0)) await bare.close();
});

const auditRows = async (db: Kysely<DB>) =>
  (await sql<AuditLogTable>`SELECT * FROM audit_log ORDER BY seq`.execute(db)).rows;

/** The audit_log indexes the migrations named, each with its columns in order, from either catalogue. */
const auditIndexes = async (db: Kysely<DB>): Promise<Record<string, string[]>> => {
  const rows = onPostgres
    ? await sql<{ index: string; column: string }>`
        SELECT i.relname AS index, a.attname AS column
        FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_class t ON t.oid = x.indrelid
        JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, n) ON true
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        WHERE t.relname = 'audit_log' AND i.relname LIKE 'audit_log_%' AND i.relname <> 'audit_log_pkey'
        ORDER BY i.relname, k.n`.execute(db)
    : await sql<{ index: string; column: string }>`
        SELECT m.name AS "index", c.name AS "column"
        FROM sqlite_master m, pragma_index_info(m.name) c
        WHERE m.type = 'index' AND m.tbl_name = 'audit_log' AND m.name LIKE 'audit_log_%'
        ORDER BY m.name, c.seqno`.execute(db);
  const out: Record<string, string[]> = {};
  for (const r of rows.rows) (out[r.index] ??= []).push(r.column);
  return out;
};

describe('0009-audit-indexes', () => {
  it('adds the audit page indexes and leaves every entry as it was', async () => {
    const names = Object.keys(migrations).sort();
    const previous = names[names.indexOf('0009-audit-indexes') - 1]!;
    const bare = await openBareDatabase();
    opened.push(bare);
    const { db } = bare;
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
    const before = await auditRows(db);

    await migrateTo(db as Kysely<unknown>, '0009-audit-indexes');

    const after = await auditRows(db);
    expect(after).toEqual(before);
    expect(verifyChain(key, after)).toMatchObject({ ok: true, entries: 2 });
    const indexes = await auditIndexes(db);
    expect(Object.keys(indexes)).toEqual([
      'audit_log_action_seq',
      'audit_log_actor_seq',
      'audit_log_at',
      'audit_log_record_seq',
      'audit_log_subjects_seq',
    ]);
    expect(indexes['audit_log_record_seq']).toEqual(['entity', 'entity_id', 'seq']);
  });
});
