// Start-up state, unsealing the database with the practice passphrase, and first-run setup.
import type { AppStatus, StatusWarning } from '../../../shared/contract';
import { checkDbPath } from '../db/path-check';
import type { Store } from '../store';
import { hashPassword } from '../auth/password';
import { APP_OLDER_MESSAGE } from '../db/migrate';
import { DbOpenError } from '../db/open';
import { KeyVaultError } from '../keys/key-vault';
import type { CoreEnv } from '../env';
import { targetFromSettings } from '../db/server-url';
import { Refusal, type HandlerMap } from '../handlers';
import { sessionInfo, stillStands } from '../session';
import { currentSessionInfo } from './auth';
import { refuseCommonSecrets } from './secret-rules';
import { ensurePracticeId, readPractice, readSecurity, writeSetting } from './settings-store';
import { rememberChosenServer, serverPlace, workstationFolder } from './server-choice';
import { findStanding, hasAnyUser, insertUser, toUser } from './user-rows';

/** The sync-folder verdict is read once per store and place (the mount table is not re-read on every call). */
const syncServices = new WeakMap<Store, { dbPath: string; service: string | null }>();

/** The start-up warnings (where the file sits, the OS key store) as codes the UI words in its own language. */
const startupWarningCodes = (store: Store): StatusWarning[] => {
  let seen = syncServices.get(store);
  if (seen?.dbPath !== store.dbPath) {
    // Setup may have moved the store to the practice's server since: no file, no sync folder.
    const verdict = store.pathWarning === null ? null : checkDbPath(store.dbPath);
    seen = { dbPath: store.dbPath, service: verdict?.kind === 'sync-folder' ? verdict.service : null };
    syncServices.set(store, seen);
  }
  const { service } = seen;
  const codes: StatusWarning[] = [];
  if (service !== null) codes.push({ code: 'syncFolder', service });
  if (store.osKeyWarning !== null) codes.push({ code: 'osKeyStore' });
  return codes;
};

export const statusOf = async (ctx: { env: CoreEnv; sessionKey: string; now: Date }): Promise<AppStatus> => {
  const { store, sessions } = ctx.env;
  const warnings = [store.pathWarning, store.osKeyWarning].filter((w): w is string => w !== null);
  const warningCodes = startupWarningCodes(store);
  if (store.state !== 'open')
    return {
      database: store.state,
      setupRequired: store.state === 'new',
      practiceName: null,
      session: null,
      warnings,
      warningCodes,
    };
  if (store.open.readOnly)
    return {
      database: 'open',
      setupRequired: false,
      practiceName: null,
      session: null,
      warnings: [...warnings, APP_OLDER_MESSAGE],
      warningCodes,
      appOlder: true,
    };
  const db = store.open.kysely;
  await store.open.witness.settled();
  if (store.open.witness.warning) {
    warnings.push(store.open.witness.warning);
    warningCodes.push({ code: 'auditHead' });
  }
  const practice = await readPractice(db);
  let session = sessions.get(ctx.sessionKey);
  // A session whose account changed in another process shows as signed out, as its next call would find.
  if (session && !stillStands(session, await findStanding(db, session.user.id))) {
    sessions.end(ctx.sessionKey);
    session = null;
  }
  const security = await readSecurity(db);
  if (session) sessions.applyIdleLock(session, ctx.now.getTime(), security.idleLockMinutes);
  return {
    database: 'open',
    setupRequired: practice === null,
    practiceName: practice?.name ?? null,
    session: session ? sessionInfo(session, security.idleLockMinutes) : null,
    warnings,
    warningCodes,
  };
};

/** Turns key and file failures into the rules the UI explains; anything else stays internal. */
export const openFailure = (err: unknown): Refusal | null => {
  if (err instanceof KeyVaultError) {
    const rule =
      err.kind === 'wrong-passphrase'
        ? 'vault.wrongPassphrase'
        : err.kind === 'backend-changed'
          ? 'vault.backendChanged'
          : 'vault.damaged';
    return new Refusal({ code: 'RULE', rule, message: err.message });
  }
  if (err instanceof DbOpenError) {
    const rules = {
      'wrong-key': 'db.wrongKey',
      'not-a-database': 'db.notADatabase',
      corrupt: 'db.corrupt',
      'network-path': 'db.networkPath',
      missing: 'db.missing',
      exists: 'db.exists',
      'app-older': 'db.appOlder',
      unreachable: 'db.serverUnreachable',
    } as const;
    return new Refusal({ code: 'RULE', rule: rules[err.kind], message: err.message });
  }
  return null;
};

export const appHandlers: Pick<HandlerMap, 'app.status' | 'app.unseal' | 'setup.initialize'> = {
  'app.status': (ctx) => statusOf(ctx),

  'app.unseal': async (ctx) => {
    const { store } = ctx.env;
    if (store.state === 'open') return statusOf(ctx);
    if (store.state === 'new')
      return new Refusal({
        code: 'RULE',
        rule: 'db.missing',
        message: 'There is no database yet: run first-time setup.',
      });
    try {
      await store.unseal(ctx.input.passphrase);
    } catch (err) {
      const refusal = openFailure(err);
      if (refusal) return refusal;
      throw err;
    }
    // A database newer than this app is only looked at, never written (status says to update).
    if (!store.open.readOnly)
      await ctx.tx((t) => t.audit({ actorId: null, action: 'app.unseal', entity: 'database', entityId: null }));
    return statusOf(ctx);
  },

  'setup.initialize': async (ctx) => {
    const { store, sessions } = ctx.env;
    const alreadyDone = new Refusal({
      code: 'RULE',
      rule: 'setup.alreadyDone',
      message: 'This practice is already set up. Sign in instead.',
    });
    // A setup that crashed after creating the file but before its transaction committed left an open
    // database with no accounts: finishing setup on it is the only way in.
    const resuming = store.state === 'open' && !(await hasAnyUser(store.open.kysely));
    if (store.state !== 'new' && !resuming) return alreadyDone;
    const { practice, admin, passphrase, server: serverSettings } = ctx.input;
    const common = refuseCommonSecrets([
      { path: 'admin.password', value: admin.password },
      { path: 'passphrase', value: passphrase, noun: 'passphrase' },
    ]);
    if (common) return common;
    const hash = await hashPassword(admin.password, ctx.env.scryptCost);
    const server = serverSettings ? targetFromSettings(serverSettings) : null;
    const folder = workstationFolder(ctx.env);
    if (!resuming) {
      try {
        await store.create(passphrase, {
          ...(server ? { at: serverPlace(folder, server) } : {}),
          serverPassword: serverSettings?.password ?? null,
        });
      } catch (err) {
        // The server's database already holds a practice: this workstation joins it with an enrolment file.
        if (server && err instanceof DbOpenError && err.kind === 'exists')
          return new Refusal({
            code: 'RULE',
            rule: 'db.exists',
            message: `${err.message} To use it from this computer, join it with an enrolment file from one of its workstations.`,
          });
        if (err instanceof DbOpenError && err.kind === 'exists') return alreadyDone; // another setup got there first
        const refusal = openFailure(err);
        if (refusal) return refusal;
        throw err;
      }
    }
    try {
      const user = await ctx.tx(async (t) => {
        if (await hasAnyUser(t.db)) return null;
        await writeSetting(t.db, 'practice', practice);
        await ensurePracticeId(t.db);
        const row = await insertUser(t.db, {
          username: admin.username,
          fullName: admin.fullName,
          role: 'admin',
          passwordHash: hash,
          createdAt: ctx.now.toISOString(),
        });
        await t.audit({ actorId: row.id, action: 'setup.initialize', entity: 'practice', entityId: null });
        return row;
      });
      if (!user) return alreadyDone;
      if (server) await rememberChosenServer(ctx.env, folder, server, true);
      sessions.start(ctx.sessionKey, toUser(user), ctx.now.getTime(), user.session_generation);
    } catch (err) {
      if (!resuming) await store.discardNew(); // nothing but this half-made database was written
      throw err;
    }
    return currentSessionInfo(ctx);
  },
};
