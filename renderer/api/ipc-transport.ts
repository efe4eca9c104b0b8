// Desktop: the preload exposes one function per contract method on `window.privacyDesk`, and the changes other
// workstations commit on `window.privacyDeskChanges.subscribe`.
import { asLiveChange } from '../../shared/live-changes';
import { failure, isResult, notResponding, type Transport } from './client';
import type { SubscribeToChanges } from './live-changes';

export type Bridge = Readonly<Record<string, unknown>>;

export const ipcTransport =
  (bridge: Bridge): Transport =>
  async (method, input) => {
    const call = bridge[method];
    if (typeof call !== 'function') return failure(notResponding());
    try {
      const result: unknown = await (call as (input: unknown) => Promise<unknown>)(input);
      return isResult(result) ? result : failure(notResponding());
    } catch {
      // A rejected invoke means the main process went away or refused the channel.
      return failure(notResponding());
    }
  };

/** The preload's feed of changes, checked again on this side of the bridge; null where there is none. */
export const ipcLiveChanges = (feed: unknown): SubscribeToChanges | null => {
  const subscribe = (feed as { subscribe?: unknown } | null | undefined)?.subscribe;
  if (typeof subscribe !== 'function') return null;
  return (listener) => {
    const stop: unknown = (subscribe as (l: (change: unknown) => void) => unknown)((change) => {
      const checked = asLiveChange(change);
      if (checked) listener(checked);
    });
    return typeof stop === 'function' ? () => void (stop as () => unknown)() : () => undefined;
  };
};
