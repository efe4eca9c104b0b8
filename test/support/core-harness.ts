// Test harness: a real encrypted database in a temp folder, a movable clock, and a signed-in admin.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MethodInput, MethodName, MethodOutput, SetupInput } from '../../shared/contract';
import type { AppError, Result } from '../../shared/result';
import type { Clock } from '../../electron/core/clock';
import { openCore, type OpenedCore } from '../../electron/core/create-core';
import type { ScryptParams } from '../../electron/core/keys/scrypt';
import { silentLogger } from '../../electron/core/logger';
import { PRACTICE } from './practice-fixture';

export class FakeClock implements Clock {
  constructor(private ms = Date.parse('2026-11-02T15:00:00Z')) {}
  now(): Date {
    return new Date(this.ms);
  }
  advanceMinutes(minutes: number): void {
    this.ms += minutes * 60_000;
  }
}

export const PASSPHRASE = 'correct horse battery staple';
export const ADMIN_PASSWORD = 'admin-password-123';

export const setupInput = (overrides: Partial<SetupInput> = {}): SetupInput => ({
  practice: structuredClone(PRACTICE),
  admin: { username: 'admin', fullName: 'Alex Admin', password: ADMIN_PASSWORD },
  passphrase: PASSPHRASE,
  ...overrides,
});

export interface Harness {
  dir: string;
  dbPath: string;
  clock: FakeClock;
  core: OpenedCore;
  call<M extends MethodName>(method: M, input: MethodInput<M>, sessionKey?: string): Promise<Result<MethodOutput<M>>>;
  value<M extends MethodName>(method: M, input: MethodInput<M>, sessionKey?: string): Promise<MethodOutput<M>>;
  error<M extends MethodName>(method: M, input: MethodInput<M>, sessionKey?: string): Promise<AppError>;
  reopen(): Promise<void>;
  close(): Promise<void>;
  /** The scrypt cost this harness's cores use; a second core on the same file needs the same. */
  scryptCost: ScryptParams;
}

export const SESSION = 'test:main';

/**
 * The scrypt cost harness cores hash passwords and seal key files with: N=2^10 costs ~2 ms instead of ~0.4 s.
 * One test (auth-password.test.ts) opens a harness at the production SCRYPT_POLICY and checks it.
 */
export const TEST_SCRYPT_COST: ScryptParams = { ln: 10, r: 8, p: 1 };

/** Opens a core on a fresh temp database; with `setup`, runs first-run setup and leaves the admin signed in. */
export const openHarness = async (
  opts: { setup?: boolean; dir?: string; scryptCost?: ScryptParams } = {},
): Promise<Harness> => {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'pd-test-'));
  const dbPath = join(dir, 'practice.db');
  const clock = new FakeClock();
  const scryptCost = opts.scryptCost ?? TEST_SCRYPT_COST;
  const h: Harness = {
    dir,
    dbPath,
    clock,
    scryptCost,
    core: await openCore({ dbPath, osVault: null, clock, logger: silentLogger, checkOutputs: true, scryptCost }),
    call: (method, input, sessionKey = SESSION) => h.core.dispatch(sessionKey, method, input) as never,
    async value(method, input, sessionKey) {
      const r = await h.call(method, input, sessionKey);
      if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
      return r.value;
    },
    async error(method, input, sessionKey) {
      const r = await h.call(method, input, sessionKey);
      if (r.ok) throw new Error(`${method} unexpectedly succeeded`);
      return r.error;
    },
    async reopen() {
      await h.core.close();
      h.core = await openCore({ dbPath, osVault: null, clock, logger: silentLogger, checkOutputs: true, scryptCost });
    },
    async close() {
      await h.core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  if (opts.setup) await h.value('setup.initialize', setupInput());
  return h;
};
