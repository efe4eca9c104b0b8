// What the benchmarks compare the core against: a raw audit appender (prepared INSERT, HMAC in the loop,
// same chain format) and a handler context that skips dispatch (no validation, session, role or output check).
import { GENESIS_MAC, macOf, appendAudit, type AuditFacts } from '../../electron/core/audit/chain';
import type { SqliteDb } from '../../electron/core/db/open';
import type { CoreEnv } from '../../electron/core/env';
import type { HandlerContext, TxContext } from '../../electron/core/handlers';
import type { MethodInput, MethodName } from '../../shared/contract';

interface Head {
  seq: number;
  mac: string;
}

/**
 * Appends to the real chain with raw prepared statements. `readHead: 'always'` reads the chain head per
 * append, as appendAudit does; 'when-stale' keeps it in memory and rereads only after `markStale()`
 * (another writer appended in between), which is the cheapest correct way to extend the chain.
 */
export const rawAuditAppender = (raw: SqliteDb, auditKey: Buffer, readHead: 'always' | 'when-stale') => {
  const headStmt = raw.prepare<[], Head>('SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1');
  const insert = raw.prepare(
    'INSERT INTO audit_log (seq, at, actor_id, action, entity, entity_id, prev_mac, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  let head: Head | null = null;
  return {
    markStale(): void {
      head = null;
    },
    /** Call inside the caller's transaction. */
    append(at: string, facts: AuditFacts): void {
      if (readHead === 'always' || !head) head = headStmt.get() ?? { seq: 0, mac: GENESIS_MAC };
      const base = {
        seq: head.seq + 1,
        at,
        actor_id: facts.actorId,
        action: facts.action,
        entity: facts.entity,
        entity_id: facts.entityId === null ? null : String(facts.entityId),
        prev_mac: head.mac,
      };
      const mac = macOf(auditKey, base);
      insert.run(base.seq, base.at, base.actor_id, base.action, base.entity, base.entity_id, base.prev_mac, mac);
      head = { seq: base.seq, mac };
    },
  };
};

/** The context dispatch would build, minus everything dispatch checks first: "calling the service directly". */
export const directContext = <M extends MethodName>(
  env: CoreEnv,
  sessionKey: string,
  input: MethodInput<M>,
): HandlerContext<M> => {
  const { store } = env;
  const session = env.sessions.get(sessionKey);
  const now = env.clock.now();
  return {
    input: input as HandlerContext<M>['input'],
    sessionKey,
    session,
    now,
    env,
    tx: (fn) =>
      store.open.kysely.transaction().execute((db) => {
        const t: TxContext = {
          db,
          audit: (facts) =>
            appendAudit(db, store.open.keys.auditKey, now, {
              ...facts,
              actorId: facts.actorId ?? session?.user.id ?? null,
            }).then(() => undefined),
        };
        return fn(t);
      }),
  };
};

/** Deterministic spread of patient ids (LCG), identical for every variant that takes one. */
export const idSequence = (count: number, max: number): (() => number) => {
  const ids = new Int32Array(count);
  let x = 12345;
  for (let i = 0; i < count; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    ids[i] = 1 + (x % max);
  }
  let i = 0;
  return () => ids[i++ % count] ?? 1;
};
