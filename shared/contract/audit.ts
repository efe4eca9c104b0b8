// Reading and verifying the tamper-evident audit log.
import { z } from 'zod';
import { Empty, Instant, MANAGERS, method } from './define';

export const AuditProblem = z.object({
  seq: z.number().int(),
  kind: z.enum(['mac', 'link', 'gap', 'truncated', 'anchor']),
  message: z.string(),
});

export const AuditReport = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  head: z.object({ seq: z.number().int(), mac: z.string() }).nullable(),
  problems: z.array(AuditProblem),
});
export type AuditReport = z.infer<typeof AuditReport>;

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: Instant,
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  /** The patients the call showed (searches, lists), in the order shown; null where the entry lists none. */
  subjectIds: z.array(z.number().int().positive()).nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const auditMethods = {
  'audit.verify': method({ input: Empty, output: AuditReport, access: MANAGERS, phi: false, rules: [] as const }),
  'audit.list': method({
    input: z.object({ limit: z.number().int().min(1).max(500), beforeSeq: z.number().int().positive().nullable() }),
    output: z.array(AuditEntry),
    access: MANAGERS,
    phi: false,
    rules: [] as const,
  }),
} as const;
