// Test harness: a real encrypted database in a temp folder, a movable clock, and a signed-in admin.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MethodInput, MethodName, MethodOutput, SetupInput } from '../../shared/contract';
import type { AppError, Result } from '../../shared/result';
import type { Clock } from '../../electron/core/clock';
import { openCore, type OpenedCore } from '../../electron/core/create-core';
import { silentLogger } from '../../electron/core/logger';

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
  practice: {
    name: 'Lakeview Family Medicine',
    addressLine1: '1200 N Lake Shore Dr',
    addressLine2: 'Suite 300',
    city: 'Chicago',
    state: 'IL',
    postalCode: '60610',
    phone: '(312) 555-0142',
    website: 'https://lakeviewfm.example.org',
    timeZone: 'America/Chicago',
    privacyOfficer: { name: 'Dana Whitfield', title: 'Practice Manager', phone: '312-555-0143', email: 'privacy@lakeviewfm.example.org' },
  },
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
}

export const SESSION = 'test:main';

/** Opens a core on a fresh temp database; with `setup`, runs first-run setup and leaves the admin signed in. */
export const openHarness = async (opts: { setup?: boolean; dir?: string } = {}): Promise<Harness> => {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'pd-test-'));
  const dbPath = join(dir, 'practice.db');
  const clock = new FakeClock();
  const h: Harness = {
    dir,
    dbPath,
    clock,
    core: await openCore({ dbPath, osVault: null, clock, logger: silentLogger, checkOutputs: true }),
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
      h.core = await openCore({ dbPath, osVault: null, clock, logger: silentLogger, checkOutputs: true });
    },
    async close() {
      await h.core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  if (opts.setup) await h.value('setup.initialize', setupInput());
  return h;
};
