// The one way into the core: contract method + raw input → Result. Validates input, checks the database
// state, the session, the idle lock and the role, runs the handler, and maps every failure to an AppError.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { contract, isMethodName, type MethodName } from '../../shared/contract';
import { AppFailure, fail, ok, type AppError, type Result } from '../../shared/result';
import { advanceAnchor, type AuditHead } from './audit/anchor';
import { appendAudit } from './audit/chain';
import { writeTransaction } from './db/transaction';
import type { CoreEnv } from './env';
import { Refusal, type HandlerContext, type HandlerMap, type TxContext } from './handlers';
import { hasRole } from './session';
import { readSecurity } from './services/settings-store';

/** Methods that work before the database is open. */
const BEFORE_OPEN = new Set<MethodName>(['app.status', 'app.unseal', 'setup.initialize']);

const validationError = (error: z.ZodError): AppError => ({
  code: 'VALIDATION',
  message: 'Some fields need attention.',
  fields: error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
});

const locked: AppError = { code: 'LOCKED', rule: 'session.locked', message: 'The session is locked. Enter your password to continue.' };
const signInFirst: AppError = { code: 'FORBIDDEN', rule: 'session.required', message: 'Sign in first.' };

export interface DispatchOptions {
  /** Validate outputs against the contract too (development and tests). */
  checkOutputs: boolean;
}

export const createDispatch =
  (env: CoreEnv, handlers: HandlerMap, options: DispatchOptions) =>
  async (sessionKey: string, method: string, rawInput: unknown): Promise<Result<unknown>> => {
    if (!isMethodName(method)) return fail({ code: 'NOT_FOUND', rule: 'contract.unknownMethod', message: `Unknown method “${method.slice(0, 80)}”.` });
    const def = contract[method];
    const parsed = def.input.safeParse(rawInput ?? {});
    if (!parsed.success) return fail(validationError(parsed.error));

    const { store, sessions, clock } = env;
    if (store.state !== 'open' && !BEFORE_OPEN.has(method)) {
      return fail({ code: 'RULE', rule: store.state === 'new' ? 'setup.required' : 'db.sealed', message: store.state === 'new' ? 'Run first-time setup first.' : 'Unlock the database with the practice passphrase first.' });
    }
    const now = clock.now();
    const session = sessions.get(sessionKey);

    let auditCount = 0;
    const phiCheck = (): void => {
      if (def.phi && auditCount !== 1) throw new Error(`${method} wrote ${auditCount} audit entries; PHI methods write exactly one`);
    };
    const ctx: HandlerContext<MethodName> = {
      input: parsed.data,
      sessionKey,
      session,
      now,
      env,
      tx: async (fn) => {
        const appended: { head: AuditHead | null } = { head: null };
        const result = await writeTransaction(store.open.kysely, async (db) => {
          const t: TxContext = {
            db,
            audit: async (facts) => {
              const row = await appendAudit(db, store.open.keys.auditKey, now, { ...facts, actorId: facts.actorId === undefined ? session?.user.id ?? null : facts.actorId });
              appended.head = { seq: row.seq, mac: row.mac };
              auditCount += 1;
            },
          };
          const value = await fn(t);
          phiCheck(); // before COMMIT: a PHI call without exactly one audit entry rolls back
          return value;
        });
        // After COMMIT, so the anchor never runs ahead of the log.
        if (appended.head) {
          const macAt = store.open.raw.prepare<[number], string>('SELECT mac FROM audit_log WHERE seq = ?').pluck();
          advanceAnchor(store.dbPath, store.open.keys.auditKey, appended.head, (seq) => macAt.get(seq));
        }
        return result;
      },
    };

    try {
      if (def.access !== 'public') {
        if (!session) return fail(signInFirst);
        if (def.access !== 'session') {
          const { idleLockMinutes } = await readSecurity(store.open.kysely);
          if (sessions.applyIdleLock(session, now.getTime(), idleLockMinutes)) return fail(locked);
          if (!hasRole(session, def.access)) {
            return fail({ code: 'FORBIDDEN', rule: 'role.notAllowed', message: 'Your role does not allow this.' });
          }
          session.lastActivityMs = now.getTime();
        }
      }
      const handler = handlers[method] as (c: typeof ctx) => Promise<unknown>;
      const value = await handler(ctx);
      if (value instanceof Refusal) return fail(value.error);
      phiCheck();
      if (options.checkOutputs) {
        const out = def.output.safeParse(value);
        if (!out.success) throw new Error(`${method} returned output that breaks the contract: ${out.error.message}`);
      }
      return ok(value);
    } catch (err) {
      if (err instanceof AppFailure) return fail(err.appError);
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
        return fail({ code: 'CONFLICT', message: 'This would duplicate a record that must be unique.' });
      }
      const correlationId = randomUUID();
      env.logger.error(correlationId, err);
      return fail({ code: 'INTERNAL', message: 'Something went wrong inside Privacy Desk.', correlationId });
    }
  };
