// Wraps a client so that answers about the session itself, from whatever method, reach the session layer:
// LOCKED (idle-locked on the server), `session.required` (the session is gone, e.g. after a restart) and
// `session.revoked` (another process reset, re-passworded or deactivated the account).
import type { PrivacyDeskApi } from '../../shared/contract/api';
import { METHOD_NAMES, type RuleCode } from '../../shared/contract/index';
import type { Result } from '../../shared/result';

export type SessionSignal = 'locked' | 'ended';

const ENDED: ReadonlySet<string> = new Set<RuleCode>(['session.required', 'session.revoked']);

export const withSessionWatch = (inner: PrivacyDeskApi, notify: (signal: SessionSignal) => void): PrivacyDeskApi => {
  const source = inner as unknown as Record<string, (input: unknown) => Promise<Result<unknown>>>;
  const wrapped: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const method of METHOD_NAMES) {
    wrapped[method] = async (input) => {
      const result = await (source[method] as (input: unknown) => Promise<Result<unknown>>)(input);
      if (!result.ok && result.error.code === 'LOCKED') notify('locked');
      if (!result.ok && result.error.rule !== undefined && ENDED.has(result.error.rule)) notify('ended');
      return result;
    };
  }
  return Object.freeze(wrapped) as unknown as PrivacyDeskApi;
};
