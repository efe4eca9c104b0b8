// Property (RELIABILITY.md §5): random appends through appendAudit on a real encrypted database, then
// exactly one random tampering (edit any column, delete or renumber a non-final entry, swap two entries,
// forge with plain SHA-256) always gives at least one problem; with no tampering there are none.
import fc from 'fast-check';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, verifyChain, type AuditFacts } from '../../electron/core/audit/chain';
import { migrateTo } from '../../electron/core/db/migrate';
import type { AuditLogTable, DB } from '../../electron/core/db/schema';
import { openBareDatabase, type BareDatabase } from './bare-database';
import { allowAuditTampering } from './fixtures';

const KEY = randomBytes(32);
let bare: BareDatabase;
let db: Kysely<DB>;

beforeAll(async () => {
  bare = await openBareDatabase(); // a SQLite file, or on the postgres project a database on its cluster
  db = bare.db;
  await migrateTo(db as Kysely<unknown>, 'latest');
  await sql`INSERT INTO users (username, full_name, role, password_hash, created_at) VALUES ('a', 'A', 'admin', 'x', 't'), ('b', 'B', 'front_desk', 'x', 't')`.execute(
    db,
  );
  await allowAuditTampering(db);
});

afterAll(() => bare.close());

const COLUMNS = ['at', 'actor_id', 'action', 'entity', 'entity_id', 'prev_mac', 'mac', 'subject_ids'] as const;
type Column = (typeof COLUMNS)[number];

type Mutation =
  | { kind: 'edit'; at: number; column: Column; salt: string }
  | { kind: 'delete'; at: number }
  | { kind: 'renumber'; at: number; to: number }
  | { kind: 'swap'; at: number; other: number }
  | { kind: 'forge'; at: number };

const facts: fc.Arbitrary<AuditFacts> = fc.record(
  {
    actorId: fc.constantFrom(null, 1, 2),
    action: fc.string({ minLength: 1, maxLength: 20 }),
    entity: fc.constantFrom('patient', 'user', 'practice', 'audit_log'),
    entityId: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 10_000 }), fc.string({ maxLength: 12 })),
    subjectIds: fc.array(fc.integer({ min: 1, max: 10_000 }), { maxLength: 5 }),
  },
  { requiredKeys: ['actorId', 'action', 'entity', 'entityId'] },
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    at: fc.nat(),
    column: fc.constantFrom(...COLUMNS),
    salt: fc.string({ minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('renumber' as const), at: fc.nat(), to: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('forge' as const), at: fc.nat() }),
);

const run = async <T>(query: RawBuilder<T>): Promise<T[]> => (await query.execute(db)).rows;
const rows = (): Promise<AuditLogTable[]> => run<AuditLogTable>(sql`SELECT * FROM audit_log ORDER BY seq`);
const insertRow = (r: AuditLogTable) => db.insertInto('audit_log').values(r).execute();

const changed = (r: AuditLogTable, column: Column, salt: string): unknown => {
  switch (column) {
    case 'at':
      return new Date(Date.parse(r.at) + 1000).toISOString();
    case 'actor_id':
      return r.actor_id === null ? 1 : r.actor_id === 1 ? 2 : null;
    case 'entity_id':
      return r.entity_id === null ? salt : `${r.entity_id}${salt}`;
    case 'subject_ids': // added, removed, or changed: each breaks the MAC
      return r.subject_ids === null ? '[1]' : salt.length % 2 === 1 ? null : `${r.subject_ids}${salt}`;
    case 'prev_mac':
    case 'mac':
      return r[column].replace(/^./, (c) => (c === '0' ? '1' : '0'));
    default:
      return `${r[column]}${salt}`;
  }
};

/** Applies one tampering; returns false when it does not apply to a chain this long (tail truncation is excluded). */
const tamper = async (m: Mutation, chain: AuditLogTable[]): Promise<boolean> => {
  const n = chain.length;
  const target = chain[m.at % n] as AuditLogTable;
  switch (m.kind) {
    case 'edit':
      await run(
        sql`UPDATE audit_log SET ${sql.ref(m.column)} = ${changed(target, m.column, m.salt)} WHERE seq = ${target.seq}`,
      );
      return true;
    case 'delete': {
      if (n < 2) return false;
      const victim = chain[m.at % (n - 1)] as AuditLogTable; // never the head: truncation needs the anchor
      await run(sql`DELETE FROM audit_log WHERE seq = ${victim.seq}`);
      return true;
    }
    case 'renumber':
      if (chain.some((r) => r.seq === m.to)) return false;
      await run(sql`UPDATE audit_log SET seq = ${m.to} WHERE seq = ${target.seq}`);
      return true;
    case 'swap': {
      const other = chain[m.other % n] as AuditLogTable;
      if (n < 2 || other.seq === target.seq) return false;
      await run(sql`DELETE FROM audit_log WHERE seq IN (${target.seq}, ${other.seq})`);
      await insertRow({ ...other, seq: target.seq });
      await insertRow({ ...target, seq: other.seq });
      return true;
    }
    case 'forge': {
      const base = { ...target, action: `${target.action}!` };
      const mac = createHash('sha256')
        .update(
          JSON.stringify([base.seq, base.at, base.actor_id, base.action, base.entity, base.entity_id, base.prev_mac]),
        )
        .digest('hex');
      await run(sql`UPDATE audit_log SET action = ${base.action}, mac = ${mac} WHERE seq = ${target.seq}`);
      return true;
    }
  }
};

const appendAll = async (entries: AuditFacts[], start: number): Promise<void> => {
  await run(sql`DELETE FROM audit_log`);
  await db.transaction().execute(async (trx) => {
    for (const [i, f] of entries.entries()) await appendAudit(trx, KEY, new Date(start + i * 1000), f);
  });
};

describe('audit chain property', () => {
  it('verifies any untampered chain of random appends', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(facts, { minLength: 0, maxLength: 15 }),
        fc.integer({ min: 0, max: 2 ** 40 }),
        async (entries, start) => {
          await appendAll(entries, start);
          const report = verifyChain(KEY, await rows());
          expect(report).toMatchObject({ ok: true, entries: entries.length, problems: [] });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reports at least one problem after exactly one tampering', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(facts, { minLength: 1, maxLength: 15 }),
        fc.integer({ min: 0, max: 2 ** 40 }),
        mutation,
        async (entries, start, m) => {
          await appendAll(entries, start);
          const chain = await rows();
          fc.pre(await tamper(m, chain));
          const report = verifyChain(KEY, await rows());
          expect(report.ok, JSON.stringify(m)).toBe(false);
          expect(report.problems.length).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 150 },
    );
  });
});
