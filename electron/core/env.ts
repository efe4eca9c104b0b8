// What every handler can reach: the store, the sessions, the clock, the logger, the scrypt cost in force.
import type { UnknownAccountLockouts } from './auth/lockout';
import type { Clock } from './clock';
import type { ScryptParams } from './keys/scrypt';
import type { Logger } from './logger';
import type { Sessions } from './session';
import type { Store } from './store';

export interface CoreEnv {
  store: Store;
  sessions: Sessions;
  clock: Clock;
  logger: Logger;
  unknownAccounts: UnknownAccountLockouts;
  /** Failed passphrase recoveries (users.recoverWithPassphrase), which lock like a sign-in. */
  recoveryAttempts: UnknownAccountLockouts;
  /** The scrypt cost new password hashes use; production SCRYPT_POLICY, cheaper in tests. */
  scryptCost: ScryptParams;
  /**
   * This workstation's per-user folder, where its files for the practice's server go, and whether the door
   * opened the default database there (no --db), so that setup's server choice or an enrolment becomes the
   * default. Null in tests: the files then go beside the database the core was given.
   */
  workstation: { dir: string; isDefault: boolean } | null;
}
