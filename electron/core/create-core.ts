// Wires the core from injected dependencies; the desktop app, browser mode, the CLI and tests all build it here.
import { UnknownAccountLockouts } from './auth/lockout';
import { systemClock, type Clock } from './clock';
import type { Core } from './core-api';
import { createDispatch } from './dispatch';
import type { CoreEnv } from './env';
import type { KeyVault } from './keys/key-vault';
import { SCRYPT_POLICY, type ScryptParams } from './keys/scrypt';
import { consoleLogger, type Logger } from './logger';
import { handlers } from './services/index';
import { Sessions } from './session';
import type { ServerTarget } from './db/server-url';
import { LiveUpdates } from './live/live-updates';
import { Store } from './store';

export interface CoreOptions {
  /** The SQLite file, or with `server` the base path of this workstation's own files (key file, head copy). */
  dbPath: string;
  /** The practice's PostgreSQL server (parseServerUrl), when workstations share one. */
  server?: ServerTarget | null;
  /** The OS key store (Electron safeStorage) where there is one; null in browser mode and the CLI. */
  osVault: KeyVault | null;
  clock?: Clock;
  logger?: Logger;
  checkOutputs?: boolean;
  /** scrypt cost for new password hashes and key files: SCRYPT_POLICY unless a test asks for a cheaper one. */
  scryptCost?: ScryptParams;
  /** This workstation's per-user folder and whether the door opened its default database (CoreEnv.workstation). */
  workstation?: { dir: string; isDefault: boolean } | null;
}

export interface OpenedCore extends Core {
  readonly env: CoreEnv;
}

export const openCore = async (options: CoreOptions): Promise<OpenedCore> => {
  const logger = options.logger ?? consoleLogger;
  const scryptCost = options.scryptCost ?? SCRYPT_POLICY;
  const env: CoreEnv = {
    store: new Store(options.dbPath, options.osVault, logger, scryptCost, options.server ?? null),
    sessions: new Sessions(),
    clock: options.clock ?? systemClock,
    logger,
    unknownAccounts: new UnknownAccountLockouts(),
    recoveryAttempts: new UnknownAccountLockouts(),
    scryptCost,
    workstation: options.workstation ?? null,
  };
  await env.store.tryOsUnseal();
  const live = new LiveUpdates(env.store, logger);
  const dispatch = createDispatch(env, handlers, {
    checkOutputs: options.checkOutputs ?? process.env.NODE_ENV !== 'production',
    changes: live,
  });
  return {
    env,
    dispatch: async (sessionKey, method, input) => {
      const result = await dispatch(sessionKey, method, input);
      live.follow(); // unsealing or setup may just have opened the store: start listening then
      return result;
    },
    onChange: (listener) => live.onChange(listener),
    hearsOthers: env.store.server !== null,
    endSession: (key) => env.sessions.end(key),
    renameSession: (from, to) => env.sessions.rename(from, to),
    lockAll: () => env.sessions.lockAll(),
    close: async () => {
      await live.close();
      await env.store.close();
    },
  };
};
