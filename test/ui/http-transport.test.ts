// The browser-mode transport's tab key: taken from the launch redirect's fragment into sessionStorage (so a reload
// keeps it) and out of the address bar, sent on every call, and replaced when a sign-in answers with a new one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserTabKey, httpTransport, type TabKeyStore } from '../../renderer/api/http-transport';
import { TAB_HEADER } from '../../shared/web-door';

const OK = JSON.stringify({ ok: true, value: { done: true } });

const memoryKey = (initial: string | null): TabKeyStore => {
  let key = initial;
  return { get: () => key, set: (next) => (key = next) };
};

const sentKey = (init: RequestInit | undefined): string | undefined =>
  (init?.headers as Record<string, string> | undefined)?.[TAB_HEADER];

afterEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('browserTabKey', () => {
  it('moves the key from the fragment to sessionStorage, clears the address bar, and finds it again after a reload', () => {
    window.history.replaceState(null, '', '/#pd-tab=tab-id_1.secret-Value_2');
    const key = browserTabKey(window);
    expect(key.get()).toBe('tab-id_1.secret-Value_2');
    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain('secret');
    expect(browserTabKey(window).get()).toBe('tab-id_1.secret-Value_2'); // what a reload of the tab sees
    key.set('renewed.key');
    expect(browserTabKey(window).get()).toBe('renewed.key');
  });

  it('leaves an app route in the fragment alone and has no key in a tab that was not opened by a link', () => {
    window.history.replaceState(null, '', '/#/patients');
    expect(browserTabKey(window).get()).toBeNull();
    expect(window.location.hash).toBe('#/patients');
  });
});

describe('httpTransport', () => {
  it('sends the tab key on every call and uses the one a sign-in answers with from then on', async () => {
    const fetchImpl = vi.fn<(url: string, init: RequestInit) => Promise<Response>>((url) =>
      Promise.resolve(new Response(OK, url === '/api/auth.login' ? { headers: { [TAB_HEADER]: 'after.login' } } : {})),
    );
    const send = httpTransport(fetchImpl, memoryKey('before.login'));
    await send('app.status', {});
    await send('auth.login', { username: 'admin', password: 'pw' });
    await send('app.status', {});
    expect(fetchImpl.mock.calls.map(([, init]) => sentKey(init))).toEqual([
      'before.login',
      'before.login',
      'after.login',
    ]);
  });

  it('holds calls made during a sign-in until its answer, so none goes out with the key that is about to die', async () => {
    let answerLogin: (r: Response) => void = () => undefined;
    const fetchImpl = vi.fn<(url: string, init: RequestInit) => Promise<Response>>((url) =>
      url === '/api/auth.login'
        ? new Promise<Response>((resolve) => (answerLogin = resolve))
        : Promise.resolve(new Response(OK)),
    );
    const send = httpTransport(fetchImpl, memoryKey('old.key'));
    const login = send('auth.login', { username: 'admin', password: 'pw' });
    const during = send('app.status', {});
    await vi.waitFor(() => expect(fetchImpl).toHaveBeenCalledTimes(1));
    answerLogin(new Response(OK, { headers: { [TAB_HEADER]: 'new.key' } }));
    await Promise.all([login, during]);
    expect(fetchImpl.mock.calls.map(([url, init]) => `${url} ${sentKey(init)}`)).toEqual([
      '/api/auth.login old.key',
      '/api/app.status new.key',
    ]);
  });
});
