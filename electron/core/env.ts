// What every handler can reach: the store, the sessions, the clock, the logger.
import type { UnknownAccountLockouts } from './auth/lockout';
import type { Clock } from './clock';
import type { Logger } from './logger';
import type { Sessions } from './session';
import type { Store } from './store';

export interface CoreEnv {
  store: Store;
  sessions: Sessions;
  clock: Clock;
  logger: Logger;
  unknownAccounts: UnknownAccountLockouts;
}
