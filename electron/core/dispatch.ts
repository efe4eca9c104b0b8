// The one way into the core: contract method + raw input → Result. Checks, in this order, the method, the
// database state, access (the session, that its account has not changed since sign-in, the idle lock, the role),
// then the input, runs the handler, and maps every failure to an AppError. Access comes before validation so
// that the unauthenticated learn nothing about a method's fields.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isServerUnreachable, isUniqueViolation } from './db/dialect';
import type { DB } from './db/schema';
import { z } from 'zod';
import { contract, isMethodName, PASSWORD_CHANGE_ALLOWS, type Access, type MethodName } from '../../shared/contract';
import { AppFailure, fail, ok, type AppError, type Result } from '../../shared/result';
import { appendAudit } from './audit/chain';
import { advanceHead, type AuditHead } from './audit/head';
import { writeTransaction } from './db/transaction';
import type { CoreEnv } from './env';
import { Refusal, type HandlerContext, type HandlerMap, type TxContext } from './handlers';
import { hasRole, sessionRevoked, stillStands, type Session } from './session';
import { APP_OLDER_MESSAGE } from './db/migrate';
import { readSecurity } from './services/settings-store';
import { findStanding } from './services/user-rows';

/** Methods that work before the database is open. */
const BEFORE_OPEN = new Set<MethodName>(['app.status', 'app.unseal', 'setup.initialize', 'setup.enrol']);

const validationError = (error: z.ZodError): AppError => ({
  code: 'VALIDATION',
  message: 'Some fields need attention.',
  fields: error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
});

const locked: AppError = {
  code: 'LOCKED',
  rule: 'session.locked',
  message: 'The session is locked. Enter your password to continue.',
};
const signInFirst: AppError = { code: 'FORBIDDEN', rule: 'session.required', message: 'Sign in first.' };
const notAllowed: AppError = { code: 'FORBIDDEN', rule: 'role.notAllowed', message: 'Your role does not allow this.' };
const mustChangePassword: AppError = {
  code: 'FORBIDDEN',
  rule: 'auth.mustChangePassword',
  message: 'An administrator set this password: sign in to Privacy Desk and choose your own before going on.',
};
const beforePasswordChange = new Set<string>(PASSWORD_CHANGE_ALLOWS);

/**
 * Why this session may not make the call, or null. A session whose account was deactivated or given a new
 * password (in this process or another on the same database) is ended here: one read by primary key.
 */
const accessDenied = async (
  env: CoreEnv,
  method: MethodName,
  access: Access,
  sessionKey: string,
  session: Session | null,
  nowMs: number,
): Promise<AppError | null> => {
  if (access === 'public') return null;
  if (!session) return signInFirst;
  const db = env.store.open.kysely;
  const standing = await findStanding(db, session.user.id);
  if (!stillStands(session, standing)) {
    env.sessions.end(sessionKey);
    return sessionRevoked;
  }
  if (access === 'session') return null;
  const { idleLockMinutes } = await readSecurity(db);
  if (env.sessions.applyIdleLock(session, nowMs, idleLockMinutes)) return locked;
  if (standing?.must_change_password === 1 && !beforePasswordChange.has(method)) return mustChangePassword;
  return hasRole(session, access) ? null : notAllowed;
};

/** An unexpected failure: the log gets the detail, the caller a correlation id. */
const failure = (env: CoreEnv, err: unknown): Result<never> => {
  if (err instanceof AppFailure) return fail(err.appError);
  if (isUniqueViolation(err)) {
    return fail({ code: 'CONFLICT', message: 'This would duplicate a record that must be unique.' });
  }
  const correlationId = randomUUID();
  env.logger.error(correlationId, err);
  if (isServerUnreachable(err))
    return fail({
      code: 'RULE',
      rule: 'db.serverUnreachable',
      message: "The practice's database server cannot be reached right now: nothing was saved. Try again in a moment.",
      correlationId,
    });
  return fail({ code: 'INTERNAL', message: 'Something went wrong inside Privacy Desk.', correlationId });
};

export interface DispatchOptions {
  /** Validate outputs against the contract too (development and tests). */
  checkOutputs: boolean;
  /** Announces what each write transaction wrote to the other workstations (live/live-updates.ts). */
  changes?: { watch(tx: Kysely<DB>): { db: Kysely<DB>; announce(): Promise<void> } | null };
}

export const createDispatch =
  (env: CoreEnv, handlers: HandlerMap, options: DispatchOptions) =>
  async (sessionKey: string, method: string, rawInput: unknown): Promise<Result<unknown>> => {
    if (!isMethodName(method))
      return fail({
        code: 'NOT_FOUND',
        rule: 'contract.unknownMethod',
        message: `Unknown method “${method.slice(0, 80)}”.`,
      });
    const def = contract[method];
    const { store, sessions, clock } = env;
    if (store.state !== 'open' && !BEFORE_OPEN.has(method)) {
      return fail({
        code: 'RULE',
        rule: store.state === 'new' ? 'setup.required' : 'db.sealed',
        message:
          store.state === 'new'
            ? 'Run first-time setup first.'
            : 'Unlock the database with the practice passphrase first.',
      });
    }
    if (store.state === 'open' && store.open.readOnly && method !== 'app.status')
      return fail({ code: 'RULE', rule: 'db.appOlder', message: APP_OLDER_MESSAGE });
    const now = clock.now();
    const session = sessions.get(sessionKey);
    try {
      const denied = await accessDenied(env, method, def.access, sessionKey, session, now.getTime());
      if (denied) return fail(denied);
    } catch (err) {
      return failure(env, err);
    }
    const parsed = def.input.safeParse(rawInput ?? {});
    if (!parsed.success) return fail(validationError(parsed.error));
    // Only a well-formed call counts as activity that postpones the idle lock.
    if (session && def.access !== 'public' && def.access !== 'session') session.lastActivityMs = now.getTime();

    let auditCount = 0;
    const phiCheck = (): void => {
      if (def.phi && auditCount !== 1)
        throw new Error(`${method} wrote ${auditCount} audit entries; PHI methods write exactly one`);
    };
    const ctx: HandlerContext<MethodName> = {
      input: parsed.data,
      sessionKey,
      session,
      now,
      env,
      tx: async (fn) => {
        const appended: { head: AuditHead | null } = { head: null };
        const { keys, witness } = store.open;
        const result = await writeTransaction(store.open.kysely, async (inTx) => {
          const watched = options.changes?.watch(inTx) ?? null; // on a server: what it writes is told at COMMIT
          const db = watched?.db ?? inTx;
          const t: TxContext = {
            db,
            audit: async (facts) => {
              const row = await appendAudit(db, keys.auditKey, now, {
                ...facts,
                actorId: facts.actorId === undefined ? (session?.user.id ?? null) : facts.actorId,
              });
              appended.head = { seq: row.seq, mac: row.mac };
              auditCount += 1;
            },
          };
          const value = await fn(t);
          phiCheck(); // before COMMIT: a PHI call without exactly one audit entry rolls back
          // The head moves in the same transaction as its entries: it can never say less, or more, than was saved.
          if (appended.head) await advanceHead(db, keys.auditKey, appended.head);
          await watched?.announce();
          return value;
        });
        // After COMMIT, in the background: the copy beside the database catches up; its failures are warnings.
        if (appended.head) void witness.sync();
        return result;
      },
    };

    try {
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
      return failure(env, err);
    }
  };
