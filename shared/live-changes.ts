// Live updates between workstations (issue 9 item 7), named once for every end: what a change event says (the
// contract areas a commit at another workstation touched: `notices` for `notices.list`), the IPC channel and the
// browser-mode stream that carry it, and the check every receiver applies to what arrives.
import { METHOD_NAMES } from './contract/index';

/** Something another workstation committed may change what these areas' queries show. Never ids or PHI. */
export interface LiveChange {
  areas: string[];
}

/** The IPC channel the main process sends change events on (apart from the contract's `pd:<method>` channels). */
export const LIVE_CHANGES_CHANNEL = 'pd-live:changes';

/** Browser mode's stream of change events (server-sent events, over the same cookie + tab key as the API). */
export const LIVE_CHANGES_PATH = '/api/live/changes';

/** The area of a contract method: the `notices` of `notices.list`; a query keyed by that method shows that area. */
export const areaOf = (method: string): string => method.split('.')[0] ?? method;

/** Every contract area: what a receiver refreshes when it may have missed events (after a reconnect). */
export const ALL_AREAS: readonly string[] = [...new Set(METHOD_NAMES.map(areaOf))].sort();

const AREA = /^[a-z][A-Za-z]{0,31}$/;
const MAX_AREAS = 64;

/** A change event read from the wire (another workstation, the main process, the stream), or null if malformed. */
export const asLiveChange = (value: unknown): LiveChange | null => {
  const areas = (value as { areas?: unknown } | null)?.areas;
  if (!Array.isArray(areas) || areas.length > MAX_AREAS) return null;
  if (!areas.every((a): a is string => typeof a === 'string' && AREA.test(a))) return null;
  return { areas: [...new Set(areas)] };
};
