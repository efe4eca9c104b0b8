// Desktop: the preload exposes one function per contract method on `window.privacyDesk`.
import { failure, isResult, notResponding, type Transport } from './client';

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
