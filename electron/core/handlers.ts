// The shape of a service handler and the context dispatch gives it. The handler map is typed by the
// contract, so a method without a handler is a compile error.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Contract, MethodName, MethodOutput } from '../../shared/contract';
import type { AppError } from '../../shared/result';
import type { AuditFacts } from './audit/chain';
import type { DB } from './db/schema';
import type { Session } from './session';
import type { CoreEnv } from './env';

export interface TxContext {
  db: Kysely<DB>;
  /** Appends one audit entry (actor = the session's user) in this transaction. */
  audit(facts: Omit<AuditFacts, 'actorId'> & { actorId?: number | null }): Promise<void>;
}

export interface HandlerContext<M extends MethodName> {
  input: z.infer<Contract[M]['input']>;
  sessionKey: string;
  session: Session | null;
  now: Date;
  env: CoreEnv;
  /** Runs `fn` in one database transaction; audit entries written through it commit or roll back with it. */
  tx<T>(fn: (t: TxContext) => Promise<T>): Promise<T>;
}

/** A refusal that still commits what the handler wrote (e.g. a failed login's counter and audit entry). */
export class Refusal {
  constructor(readonly error: AppError) {}
}

export type Handler<M extends MethodName> = (ctx: HandlerContext<M>) => Promise<MethodOutput<M> | Refusal>;

export type HandlerMap = { [M in MethodName]: Handler<M> };

/** The session of a role-checked handler: dispatch guarantees it exists. */
export const signedIn = (ctx: { session: Session | null }): Session => {
  if (!ctx.session) throw new Error('handler reached without a session');
  return ctx.session;
};
