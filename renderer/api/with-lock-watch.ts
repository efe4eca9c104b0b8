// Wraps a client so that every LOCKED answer, from whatever method, notifies the session layer.
import type { PrivacyDeskApi } from '../../shared/contract/api';
import { METHOD_NAMES } from '../../shared/contract/index';
import type { Result } from '../../shared/result';

export const withLockWatch = (inner: PrivacyDeskApi, notify: () => void): PrivacyDeskApi => {
  const source = inner as unknown as Record<string, (input: unknown) => Promise<Result<unknown>>>;
  const wrapped: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const method of METHOD_NAMES) {
    wrapped[method] = async (input) => {
      const result = await (source[method] as (input: unknown) => Promise<Result<unknown>>)(input);
      if (!result.ok && result.error.code === 'LOCKED') notify();
      return result;
    };
  }
  return Object.freeze(wrapped) as unknown as PrivacyDeskApi;
};
