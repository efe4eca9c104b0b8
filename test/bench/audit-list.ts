// Benchmark 5: reading the audit log at 1,000,000 entries. One page (50 entries, newest first) through dispatch
// — filters resolved, names looked up — with and without each filter, against the raw floor: the same page as one
// bare better-sqlite3 query. The entries are bulk-inserted straight into the table for the benchmark only (not
// through the MAC chain, so this runs after the chain has been verified). Figures only, no assertions.
import { AUDIT_ACTIONS, type AuditFilter } from '../../shared/contract/audit';
import type { OpenedCore } from '../../electron/core/create-core';
import { SESSION } from './fixture';
import { compare, type Row } from './stats';

const USERS = 20;

/** Appends `count` plausible entries after the current last one: mostly patient views and searches. */
const seed = (core: OpenedCore, patients: number, count: number): { ms: number; firstSeq: number } => {
  const { raw } = core.env.store.open;
  const t0 = performance.now();
  const addUser = raw.prepare(
    `INSERT INTO users (username, full_name, role, password_hash, active, created_at) VALUES (?, ?, 'front_desk', 'x', 1, '2025-12-01T00:00:00.000Z')`,
  );
  const userIds: number[] = [];
  raw.transaction(() => {
    for (let u = 0; u < USERS; u++)
      userIds.push(Number(addUser.run(`bench-user-${u}`, `Bench User ${u}`).lastInsertRowid));
  })();
  const start = ((raw.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number | null) ?? 0) + 1;
  const insert = raw.prepare(
    'INSERT INTO audit_log (seq, at, actor_id, action, entity, entity_id, prev_mac, mac, subject_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const t = Date.parse('2025-12-01T14:00:00Z');
  const fakeMac = '0'.repeat(64);
  raw.transaction(() => {
    // mulberry32: a small seeded generator, so every run inserts the same entries.
    let x = 12345;
    const rand = (n: number): number => {
      x = (x + 0x6d2b79f5) | 0;
      let r = Math.imul(x ^ (x >>> 15), 1 | x);
      r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
      return ((r ^ (r >>> 14)) >>> 0) % n;
    };
    for (let i = 0; i < count; i++) {
      const actor = userIds[rand(USERS)] ?? null;
      const kind = i % 100;
      const at = new Date(t + i * 30_000).toISOString(); // 30 s apart: a million entries over about a year
      let row: [string, string, string | null, string | null];
      if (kind < 60) row = ['patients.read', 'patient', String(1 + rand(patients)), null];
      else if (kind < 75)
        row = ['patients.search', 'patient', null, JSON.stringify([1 + rand(patients), 1 + rand(patients)])];
      else if (kind < 88) row = ['auth.login', 'user', String(actor), null];
      else if (kind < 96) row = ['auth.logout', 'user', String(actor), null];
      else if (kind < 99) row = ['auth.login.failed', 'user', String(actor), null];
      else row = [AUDIT_ACTIONS[rand(AUDIT_ACTIONS.length)] ?? 'practice.update', 'practice', null, null];
      insert.run(start + i, at, actor, row[0], row[1], row[2], fakeMac, fakeMac, row[3]);
    }
  })();
  raw.pragma('wal_checkpoint(TRUNCATE)');
  return { ms: performance.now() - t0, firstSeq: start };
};

export const benchAuditList = async (
  core: OpenedCore,
  patients: number,
  opts: { entries: number; runs: number; warmup: number; section: string },
): Promise<Row[]> => {
  const SECTION = opts.section;
  const { raw } = core.env.store.open;
  const seeded = seed(core, patients, opts.entries);
  const total = raw.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  const midSeq = seeded.firstSeq + Math.floor(opts.entries / 2);
  const oneUser = 'bench-user-7';
  const userId = raw.prepare('SELECT id FROM users WHERE username = ?').pluck().get(oneUser) as number;
  const mrn = raw.prepare('SELECT mrn FROM patients WHERE id = 4242').pluck().get() as string;

  const page = async (filter: AuditFilter, beforeSeq: number | null = null): Promise<void> => {
    const r = await core.dispatch(SESSION, 'audit.list', { limit: 50, beforeSeq, afterSeq: null, filter });
    if (!r.ok) throw new Error(`audit.list failed: ${JSON.stringify(r.error)}`);
  };
  const cols = 'seq, at, actor_id, action, entity, entity_id, subject_ids';
  const floorAll = raw.prepare(`SELECT ${cols} FROM audit_log ORDER BY seq DESC LIMIT 51`);
  const floorBefore = raw.prepare(`SELECT ${cols} FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT 51`);
  const floorAction = raw.prepare(`SELECT ${cols} FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 51`);
  const floorUser = raw.prepare(`SELECT ${cols} FROM audit_log WHERE actor_id = ? ORDER BY seq DESC LIMIT 51`);
  const day = '2026-06-01';
  const floorDay = raw.prepare(`SELECT ${cols} FROM audit_log WHERE at >= ? AND at < ? ORDER BY seq DESC LIMIT 51`);

  const calls = { runs: opts.runs, warmup: opts.warmup, block: 10 };
  const newest = await compare({ floor: () => floorAll.all(), ours: () => page({}) }, calls);
  const deep = await compare({ floor: () => floorBefore.all(midSeq), ours: () => page({}, midSeq) }, calls);
  const action = await compare(
    { floor: () => floorAction.all('auth.login.failed'), ours: () => page({ action: 'auth.login.failed' }) },
    calls,
  );
  const user = await compare({ floor: () => floorUser.all(userId), ours: () => page({ user: oneUser }) }, calls);
  // Chicago midnight to midnight (UTC-5 in June).
  const dayRange = await compare(
    {
      floor: () => floorDay.all('2026-06-01T05:00:00.000Z', '2026-06-02T05:00:00.000Z'),
      ours: () => page({ from: day, to: day }),
    },
    calls,
  );
  // The patient filter matches the patient's own entries and every list that showed it: a scan of the table.
  const few = { runs: Math.max(3, Math.floor(opts.runs / 20)), warmup: 1 };
  const patient = await compare({ ours: () => page({ record: { kind: 'patient', mrn } }) }, few);

  const n = total.toLocaleString('en-US');
  return [
    {
      section: SECTION,
      name: `info: ${n} entries, ${opts.entries.toLocaleString('en-US')} bulk-inserted in ${(seeded.ms / 1000).toFixed(1)} s (with the 0009 indexes)`,
      stats: { n: opts.entries, median: (seeded.ms * 1e6) / opts.entries, p95: NaN },
    },
    { section: SECTION, name: 'floor: newest 51 rows, bare SELECT', stats: newest.floor },
    {
      section: SECTION,
      name: 'audit.list newest page, no filter (dispatch, names)',
      stats: newest.ours,
      floor: newest.floor,
    },
    { section: SECTION, name: 'floor: 51 rows below the middle seq', stats: deep.floor },
    { section: SECTION, name: 'audit.list page half-way back (beforeSeq)', stats: deep.ours, floor: deep.floor },
    { section: SECTION, name: 'floor: action = auth.login.failed', stats: action.floor },
    { section: SECTION, name: 'audit.list filter by action (3 % of entries)', stats: action.ours, floor: action.floor },
    { section: SECTION, name: 'floor: actor_id = one user', stats: user.floor },
    { section: SECTION, name: `audit.list filter by user (1 of ${USERS})`, stats: user.ours, floor: user.floor },
    { section: SECTION, name: 'floor: one day by at range', stats: dayRange.floor },
    {
      section: SECTION,
      name: 'audit.list filter by one day (practice time zone)',
      stats: dayRange.ours,
      floor: dayRange.floor,
    },
    {
      section: SECTION,
      name: 'audit.list filter by patient MRN (record index + partial index of searches)',
      stats: patient.ours,
    },
  ];
};
