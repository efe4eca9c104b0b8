// Reading and verifying the audit log. Verification itself is audited, so a review leaves a trace.
import { anchorProblems } from '../audit/anchor';
import { verifyChain } from '../audit/chain';
import type { HandlerMap } from '../handlers';

export const auditHandlers: Pick<HandlerMap, 'audit.verify' | 'audit.list'> = {
  'audit.verify': async (ctx) => {
    const { kysely, keys } = ctx.env.store.open;
    const rows = await kysely.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    const chain = verifyChain(keys.auditKey, rows);
    const macs = new Map(rows.map((r) => [r.seq, r.mac]));
    const anchor = anchorProblems(ctx.env.store.dbPath, keys.auditKey, (seq) => macs.get(seq), chain.head);
    const report = { ...chain, ok: chain.ok && anchor.length === 0, problems: [...chain.problems, ...anchor] };
    await ctx.tx((t) => t.audit({ action: 'audit.verify', entity: 'audit_log', entityId: report.ok ? 'ok' : 'failed' }));
    return report;
  },

  'audit.list': async (ctx) => {
    let query = ctx.env.store.open.kysely
      .selectFrom('audit_log')
      .leftJoin('users', 'users.id', 'audit_log.actor_id')
      .select(['seq', 'at', 'actor_id', 'users.username', 'action', 'entity', 'entity_id'])
      .orderBy('seq', 'desc')
      .limit(ctx.input.limit);
    if (ctx.input.beforeSeq !== null) query = query.where('seq', '<', ctx.input.beforeSeq);
    const rows = await query.execute();
    return rows.map((r) => ({ seq: r.seq, at: r.at, actorId: r.actor_id, actorName: r.username, action: r.action, entity: r.entity, entityId: r.entity_id }));
  },
};
