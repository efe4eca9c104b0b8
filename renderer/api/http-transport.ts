// Browser mode: each contract call is a same-origin POST to /api/<method>; the body of the answer is the Result.
import { failure, isResult, notResponding, type Transport } from './client';

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

// Wrapped so `fetch` is always called with the window as `this` (a bare reference throws "Illegal invocation").
const windowFetch: Fetch = (url, init) => globalThis.fetch(url, init);

export const httpTransport =
  (fetchImpl: Fetch = windowFetch): Transport =>
  async (method, input) => {
    let response: Response;
    try {
      response = await fetchImpl(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
      });
    } catch {
      return failure(notResponding());
    }
    // Error statuses still carry a Result body; anything that is not one (proxy page, crash) is "not responding".
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return failure(notResponding());
    }
    return isResult(body) ? body : failure(notResponding());
  };
