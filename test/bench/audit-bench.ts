// Benchmark 3: audit appends per second — through dispatch with a PHI method, appendAudit in a loop
// (one Kysely transaction each), and the raw floor (prepared INSERT, HMAC in the loop, one tx each).
import { appendAudit, verifyChain } from '../../electron/core/audit/chain';
import type { OpenedCore } from '../../electron/core/create-core';
import type { AuditLogTable } from '../../electron/core/db/schema';
import { idSequence, rawAuditAppender } from './floors';
import { SESSION } from './fixture';
import { compare, type Row } from './stats';

export const benchAudit = async (
  core: OpenedCore,
  patients: number,
  opts: { runs: number; warmup: number; section: string },
): Promise<Row[]> => {
  const SECTION = opts.section;
  const { env } = core;
  const { raw, kysely, keys } = env.store.open;
  const userId = env.sessions.get(SESSION)?.user.id ?? null;
  const now = env.clock.now();
  const at = now.toISOString();
  const facts = { actorId: userId, action: 'patients.read', entity: 'patient', entityId: 4242 } as const;
  const nextId = idSequence(4096, patients);

  // The floor keeps the chain head in memory; the other variants append too, so they mark it stale.
  const audit = rawAuditAppender(raw, keys.auditKey, 'when-stale');
  const floorAppend = raw.transaction(() => audit.append(at, facts));
  const dirtying =
    <T>(fn: () => Promise<T>) =>
    (): Promise<T> => {
      audit.markStale();
      return fn();
    };

  const r = await compare(
    {
      floor: floorAppend,
      chain: dirtying(() => kysely.transaction().execute((db) => appendAudit(db, keys.auditKey, now, facts))),
      dispatch: dirtying(async () => {
        const res = await core.dispatch(SESSION, 'patients.get', { id: nextId() });
        if (!res.ok) throw new Error(`patients.get failed: ${JSON.stringify(res.error)}`);
      }),
    },
    { runs: opts.runs, warmup: opts.warmup, block: 10 },
  );

  // How much of a per-append transaction is the commit (WAL + synchronous=FULL fsync): the same raw
  // appends, all in one transaction. Reported as the mean per append.
  audit.markStale();
  const batch = opts.runs;
  const t0 = process.hrtime.bigint();
  raw.transaction(() => {
    for (let i = 0; i < batch; i++) audit.append(at, facts);
  })();
  const perAppend = Number(process.hrtime.bigint() - t0) / batch;

  return [
    { section: SECTION, name: 'floor: raw INSERT, head kept in memory, HMAC in loop, one tx each', stats: r.floor },
    { section: SECTION, name: 'appendAudit() in its own Kysely transaction', stats: r.chain, floor: r.floor },
    { section: SECTION, name: 'dispatch patients.get (PHI: read + one append)', stats: r.dispatch, floor: r.floor },
    {
      section: SECTION,
      name: `info: raw floor, ${batch.toLocaleString('en-US')} appends in ONE tx (mean per append)`,
      stats: { n: batch, median: perAppend, p95: NaN },
      floor: r.floor,
    },
  ];
};

/** Every variant extended one chain (the floors with the same MAC format); it must still verify end to end. */
export const verifyAuditChain = (core: OpenedCore): string => {
  const { raw, keys } = core.env.store.open;
  const all = raw
    .prepare<[], AuditLogTable>(
      'SELECT seq, at, actor_id, action, entity, entity_id, prev_mac, mac FROM audit_log ORDER BY seq',
    )
    .all();
  const report = verifyChain(keys.auditKey, all);
  return report.ok
    ? `audit chain verified after the benchmarks: ${report.entries.toLocaleString('en-US')} entries, no problems`
    : `AUDIT CHAIN BROKEN: ${JSON.stringify(report.problems.slice(0, 3))}`;
};
