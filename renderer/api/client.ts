// The typed client: one async function per contract method, all routed through a swappable transport.
// The renderer never talks to IPC or HTTP directly; it only sees `PrivacyDeskApi`.
import type { PrivacyDeskApi } from '../../shared/contract/api';
import { METHOD_NAMES, type MethodName } from '../../shared/contract/index';
import type { AppError, Result } from '../../shared/result';
import { attachLiveChanges, type SubscribeToChanges } from './live-changes';

/**
 * Carries one contract call to whichever door the app came through and returns its Result. Never throws.
 * `subscribe`, where the door has one, is its feed of changes other workstations commit (live-changes.ts).
 */
export type Transport = ((method: MethodName, input: unknown) => Promise<Result<unknown>>) & {
  readonly subscribe?: SubscribeToChanges;
};

export const createApi = (transport: Transport): PrivacyDeskApi => {
  const api: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const method of METHOD_NAMES) api[method] = (input) => transport(method, input);
  if (transport.subscribe) attachLiveChanges(api, transport.subscribe);
  // Built from the method list at runtime, so the mapped type cannot be checked here.
  return Object.freeze(api) as unknown as PrivacyDeskApi;
};

/** The error a transport reports when the core cannot be reached or answers with something that is not a Result. */
export const NOT_RESPONDING = 'Privacy Desk is not responding. Check that the app is still running, then try again.';
/** A failure inside the screen's own code (never an answer from the core). */
export const SCREEN_FAILED = 'Something went wrong on this screen. Reload and try again.';
export const notResponding = (): AppError => ({ code: 'INTERNAL', message: NOT_RESPONDING });

export const failure = (error: AppError): Result<never> => ({ ok: false, error });

export const isResult = (value: unknown): value is Result<unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { ok?: unknown; value?: unknown; error?: unknown };
  if (candidate.ok === true) return 'value' in candidate;
  if (candidate.ok !== false) return false;
  const error = candidate.error as { code?: unknown; message?: unknown } | null | undefined;
  return typeof error === 'object' && error !== null && typeof error.code === 'string';
};
