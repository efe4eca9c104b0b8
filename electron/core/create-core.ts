// Wires the core from injected dependencies; the desktop app, browser mode, the CLI and tests all build it here.
import { UnknownAccountLockouts } from './auth/lockout';
import { systemClock, type Clock } from './clock';
import type { Core } from './core-api';
import { createDispatch } from './dispatch';
import type { CoreEnv } from './env';
import type { KeyVault } from './keys/key-vault';
import { consoleLogger, type Logger } from './logger';
import { handlers } from './services/index';
import { Sessions } from './session';
import { Store } from './store';

export interface CoreOptions {
  dbPath: string;
  /** The OS key store (Electron safeStorage) where there is one; null in browser mode and the CLI. */
  osVault: KeyVault | null;
  clock?: Clock;
  logger?: Logger;
  checkOutputs?: boolean;
}

export interface OpenedCore extends Core {
  readonly env: CoreEnv;
}

export const openCore = async (options: CoreOptions): Promise<OpenedCore> => {
  const logger = options.logger ?? consoleLogger;
  const env: CoreEnv = {
    store: new Store(options.dbPath, options.osVault, logger),
    sessions: new Sessions(),
    clock: options.clock ?? systemClock,
    logger,
    unknownAccounts: new UnknownAccountLockouts(),
  };
  await env.store.tryOsUnseal();
  const dispatch = createDispatch(env, handlers, { checkOutputs: options.checkOutputs ?? process.env.NODE_ENV !== 'production' });
  return {
    env,
    dispatch,
    endSession: (key) => env.sessions.end(key),
    lockAll: () => env.sessions.lockAll(),
    close: () => env.store.close(),
  };
};
