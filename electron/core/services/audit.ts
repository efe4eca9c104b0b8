// Reading and verifying the audit log. Verification itself is audited, so a review leaves a trace.
import { readAnchor } from '../audit/anchor';
import { verifyChain } from '../audit/chain';
import { headProblems, readDbHead } from '../audit/head';
import type { HandlerMap } from '../handlers';

/** The stored JSON array of ids; anything else (only a hand-edited row holds that, and verify names it) shows as none. */
const subjectIds = (text: string | null): number[] | null => {
  if (text === null) return null;
  try {
    const ids: unknown = JSON.parse(text);
    return Array.isArray(ids) && ids.every((id) => Number.isSafeInteger(id) && id > 0) ? (ids as number[]) : null;
  } catch {
    return null;
  }
};

export const auditHandlers: Pick<HandlerMap, 'audit.verify' | 'audit.list'> = {
  'audit.verify': async (ctx) => {
    const { store } = ctx.env;
    const { kysely, keys, witness } = store.open;
    await witness.settled();
    // The file before the database snapshot: it only ever copies committed heads, so it cannot be ahead of it.
    const file = await readAnchor(store.dbPath);
    const { rows, head } = await kysely.transaction().execute(async (trx) => ({
      rows: await trx.selectFrom('audit_log').selectAll().orderBy('seq').execute(),
      head: await readDbHead(trx),
    }));
    const chain = verifyChain(keys.auditKey, rows);
    const macs = new Map(rows.map((r) => [r.seq, r.mac]));
    const heads = headProblems(keys.auditKey, chain.head, (seq) => macs.get(seq), { database: head, file });
    const report = { ...chain, ok: chain.ok && heads.length === 0, problems: [...chain.problems, ...heads] };
    await ctx.tx((t) =>
      t.audit({ action: 'audit.verify', entity: 'audit_log', entityId: report.ok ? 'ok' : 'failed' }),
    );
    return report;
  },

  'audit.list': async (ctx) => {
    let query = ctx.env.store.open.kysely
      .selectFrom('audit_log')
      .leftJoin('users', 'users.id', 'audit_log.actor_id')
      .select(['seq', 'at', 'actor_id', 'users.username', 'action', 'entity', 'entity_id', 'subject_ids'])
      .orderBy('seq', 'desc')
      .limit(ctx.input.limit);
    if (ctx.input.beforeSeq !== null) query = query.where('seq', '<', ctx.input.beforeSeq);
    const rows = await query.execute();
    return rows.map((r) => ({
      seq: r.seq,
      at: r.at,
      actorId: r.actor_id,
      actorName: r.username,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      subjectIds: subjectIds(r.subject_ids),
    }));
  },
};
