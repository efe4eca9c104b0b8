// A fake PrivacyDeskApi for component tests: the only thing mocked. Each method is a vi.fn with a sensible default.
import { vi, type Mock } from 'vitest';
import type { PrivacyDeskApi } from '../../shared/contract/api';
import { METHOD_NAMES, type MethodInput, type MethodName, type MethodOutput } from '../../shared/contract/index';
import type { Practice } from '../../shared/contract/practice';
import type { SessionInfo, User } from '../../shared/contract/users';
import type { AppError, Result } from '../../shared/result';
import { PRACTICE } from '../support/practice-fixture';

export type FakeApi = { [M in MethodName]: Mock<(input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>> };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = (error: AppError): Result<never> => ({ ok: false, error });
export const locked = (): Result<never> => err({ code: 'LOCKED', message: 'Session locked', rule: 'session.locked' });

export const adminUser: User = {
  id: 1,
  username: 'dana',
  fullName: 'Dana Admin',
  role: 'admin',
  active: true,
  createdAt: '2026-11-01T09:00:00.000-05:00',
  language: null,
  mustChangePassword: false,
};

export const session = (overrides: Partial<SessionInfo> = {}): SessionInfo => ({
  user: adminUser,
  locked: false,
  idleLockMinutes: 10,
  mustChangePassword: false,
  ...overrides,
});

export const practice: Practice = PRACTICE;

const notMocked = (method: string) =>
  Promise.resolve(err({ code: 'INTERNAL', message: `${method} not mocked`, correlationId: 'test' }));

/** A fake whose every method answers INTERNAL until a test (or `signedInApi`) gives it a value. */
export const fakeApi = (): FakeApi => {
  const api: Record<string, Mock> = {};
  for (const method of METHOD_NAMES) api[method] = vi.fn(() => notMocked(method));
  return api as unknown as FakeApi;
};

// Mock<F> is callable as F, so the fake already satisfies the api type.
export const asApi = (fake: FakeApi): PrivacyDeskApi => fake;

/** Database open, Dana (admin) signed in, the practice and settings readable. */
export const signedInApi = (info: SessionInfo = session()): FakeApi => {
  const api = fakeApi();
  api['app.status'].mockResolvedValue(
    ok({ database: 'open', setupRequired: false, practiceName: practice.name, session: info, warnings: [] }),
  );
  api['practice.get'].mockResolvedValue(ok(practice));
  api['settings.get'].mockResolvedValue(ok({ idleLockMinutes: info.idleLockMinutes }));
  api['auth.lock'].mockResolvedValue(ok({ done: true }));
  api['auth.logout'].mockResolvedValue(ok({ done: true }));
  api['users.list'].mockResolvedValue(ok([adminUser]));
  api['audit.list'].mockResolvedValue(ok({ entries: [], older: false, newer: false }));
  api['account.setLanguage'].mockImplementation(({ language }) =>
    Promise.resolve(ok({ ...info, user: { ...info.user, language } })),
  );
  return api;
};
