// Browser mode: each contract call is a same-origin POST to /api/<method> carrying this tab's key in a header; the
// body of the answer is the Result. The key arrives once in the launch redirect's fragment and is kept in
// sessionStorage, which is per origin (so per port) and per tab, unlike the cookie that every local port receives.
import { KEY_RENEWING_METHODS, TAB_FRAGMENT_KEY, TAB_HEADER } from '../../shared/web-door';
import { failure, isResult, notResponding, type Transport } from './client';
import { httpLiveChanges } from './http-live-changes';

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

// Wrapped so `fetch` is always called with the window as `this` (a bare reference throws "Illegal invocation").
const windowFetch: Fetch = (url, init) => globalThis.fetch(url, init);

/** Where the tab key is kept between calls. */
export interface TabKeyStore {
  get(): string | null;
  set(key: string): void;
}

const STORAGE_KEY = 'privacy-desk.tab-key';
const FRAGMENT = new RegExp(`^#${TAB_FRAGMENT_KEY}=([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)$`);

/**
 * Takes the key from the address bar's fragment (`/#pd-tab=…`, right after the launch link) into sessionStorage,
 * so a reload of this tab keeps working, and removes it from the address bar and the history entry.
 */
export const browserTabKey = (win: Window = window): TabKeyStore => {
  let storage: Storage | null;
  try {
    storage = win.sessionStorage;
  } catch {
    storage = null; // storage switched off: the key lives in memory until the tab closes
  }
  let key = storage?.getItem(STORAGE_KEY) ?? null;
  const fromLink = FRAGMENT.exec(win.location.hash)?.[1];
  if (fromLink !== undefined) {
    key = fromLink;
    storage?.setItem(STORAGE_KEY, key);
    win.history.replaceState(null, '', `${win.location.pathname}${win.location.search}`);
  }
  return {
    get: () => key,
    set: (next) => {
      key = next;
      storage?.setItem(STORAGE_KEY, next);
    },
  };
};

export const httpTransport = (fetchImpl: Fetch = windowFetch, tabKey: TabKeyStore = browserTabKey()): Transport => {
  // A sign-in, unlock or setup answers with a new key and cookie, and the old ones stop working: calls made
  // meanwhile wait for that answer so they go out with the new key.
  let renewing: Promise<unknown> = Promise.resolve();

  const send = async (method: string, input: unknown) => {
    const key = tabKey.get();
    let response: Response;
    try {
      response = await fetchImpl(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key === null ? {} : { [TAB_HEADER]: key }) },
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
      });
    } catch {
      return failure(notResponding());
    }
    const renewed = response.headers.get(TAB_HEADER);
    if (renewed !== null) tabKey.set(renewed);
    // Error statuses still carry a Result body; anything that is not one (proxy page, crash) is "not responding".
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return failure(notResponding());
    }
    return isResult(body) ? body : failure(notResponding());
  };

  const call: Transport = (method, input) => {
    // Chained synchronously, so a call made in the same tick as a sign-in already waits for it.
    const answer = renewing.then(() => send(method, input));
    if (KEY_RENEWING_METHODS.includes(method)) renewing = answer;
    return answer;
  };
  return Object.assign(call, { subscribe: httpLiveChanges(fetchImpl, tabKey) });
};
