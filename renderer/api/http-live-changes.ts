// Browser mode's feed of live changes: a POST to the event stream (so it carries the cookie, this tab's key and
// the page's Origin, as every API call does), read as server-sent events. A stream that ends (the server went, a
// sign-in renewed the tab key) is opened again with a growing pause, with the newest key; whatever was missed
// meanwhile is covered by refreshing every area once it is back. On a SQLite file the server answers 204: no stream.
import { ALL_AREAS, asLiveChange, LIVE_CHANGES_PATH } from '../../shared/live-changes';
import { TAB_HEADER } from '../../shared/web-door';
import type { TabKeyStore } from './http-transport';
import type { LiveListener, SubscribeToChanges } from './live-changes';

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export interface RetryPause {
  firstMs: number;
  maxMs: number;
}

const DEFAULT_PAUSE: RetryPause = { firstMs: 250, maxMs: 30_000 };

/** Calls `onData` with each event's data; resolves when the stream ends. */
const readEvents = async (body: ReadableStream<Uint8Array>, onData: (data: string) => void): Promise<void> => {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffered += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
    let end = buffered.indexOf('\n\n');
    while (end !== -1) {
      const data = buffered
        .slice(0, end)
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice('data:'.length).trimStart())
        .join('\n');
      buffered = buffered.slice(end + 2);
      if (data !== '') onData(data);
      end = buffered.indexOf('\n\n');
    }
  }
};

const deliver = (listener: LiveListener, data: string): void => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return;
  }
  const change = asLiveChange(parsed);
  if (change) listener(change);
};

export const httpLiveChanges =
  (fetchImpl: Fetch, tabKey: TabKeyStore, pause: RetryPause = DEFAULT_PAUSE): SubscribeToChanges =>
  (listener) => {
    let stopped = false;
    // Read through a call: the loop must see the unsubscribe's write across its awaits.
    const isStopped = (): boolean => stopped;
    let controller: AbortController | null = null;
    const sleeping: { wake: (() => void) | null } = { wake: null };

    const run = async (): Promise<void> => {
      let wait = pause.firstMs;
      let missed = false;
      while (!isStopped()) {
        controller = new AbortController();
        try {
          const key = tabKey.get();
          const response = await fetchImpl(LIVE_CHANGES_PATH, {
            method: 'POST',
            headers: key === null ? {} : { [TAB_HEADER]: key },
            credentials: 'same-origin',
            signal: controller.signal,
          });
          if (response.status === 204) return; // no other workstation can change anything (a SQLite file)
          if (response.ok && response.body) {
            wait = pause.firstMs;
            if (missed) listener({ areas: [...ALL_AREAS] });
            missed = false;
            await readEvents(response.body, (data) => deliver(listener, data));
          }
        } catch {
          // The server went away or we stopped: either way, try again below unless stopped.
        }
        if (isStopped()) return;
        missed = true;
        await new Promise<void>((resolve) => {
          sleeping.wake = resolve;
          setTimeout(resolve, wait);
        });
        sleeping.wake = null;
        wait = Math.min(wait * 2, pause.maxMs);
      }
    };
    void run();
    return () => {
      stopped = true;
      controller?.abort();
      sleeping.wake?.();
    };
  };
