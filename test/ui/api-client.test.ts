// The typed client and its transports: routing, request shape, and "not responding" for anything that is not a Result.
import { describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../shared/contract/index';
import { createApi, type Transport } from '../../renderer/api/client';
import { describeError as describeIn } from '../../renderer/api/error-text';
import { createI18n } from '../../renderer/i18n/i18n';
import type { AppError } from '../../shared/result';
import { httpTransport } from '../../renderer/api/http-transport';
import { ipcTransport } from '../../renderer/api/ipc-transport';
import { selectTransport } from '../../renderer/api/select-transport';

const describeError = (error: AppError, language: 'en' | 'es' = 'en') =>
  describeIn(error, createI18n(language).getFixedT(language, 'errors'), language);

const NOT_RESPONDING = 'Privacy Desk is not responding. Check that the app is still running, then try again.';

describe('typed client', () => {
  it('has one function per contract method, each passing its name and input to the transport', async () => {
    const transport = vi.fn<Transport>(() => Promise.resolve({ ok: true, value: { done: true } }));
    const api = createApi(transport);
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
    await api['auth.lock']({});
    await api['users.setActive']({ userId: 4, active: false });
    expect(transport).toHaveBeenNthCalledWith(1, 'auth.lock', {});
    expect(transport).toHaveBeenNthCalledWith(2, 'users.setActive', { userId: 4, active: false });
  });

  it('posts JSON to /api/<method> with same-origin credentials and returns the Result body', async () => {
    const fetchImpl = vi.fn<(url: string, init: RequestInit) => Promise<Response>>(() =>
      Promise.resolve(
        new Response(
          JSON.stringify({ ok: false, error: { code: 'RULE', rule: 'auth.invalidCredentials', message: 'x' } }),
          {
            status: 400,
          },
        ),
      ),
    );
    const api = createApi(httpTransport(fetchImpl));
    const result = await api['auth.login']({ username: 'dana', password: 'pw' });
    expect(result).toEqual({ ok: false, error: { code: 'RULE', rule: 'auth.invalidCredentials', message: 'x' } });
    const [url, init] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe('/api/auth.login');
    expect(init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
    });
    expect(JSON.parse(init?.body as string)).toEqual({ username: 'dana', password: 'pw' });
  });

  it.each([
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['an HTML error page', () => Promise.resolve(new Response('<html>502</html>', { status: 502 }))],
    ['JSON that is not a Result', () => Promise.resolve(new Response('{"hello":1}'))],
  ])('turns %s into an INTERNAL "not responding" error', async (_name, fetchImpl) => {
    const api = createApi(httpTransport(fetchImpl));
    const result = await api['app.status']({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INTERNAL');
    expect(describeError(result.error)).toBe(NOT_RESPONDING);
  });

  it('uses window.privacyDesk when the preload exposes it, and survives a rejected invoke', async () => {
    const bridge = {
      'app.status': vi.fn(() =>
        Promise.resolve({
          ok: true,
          value: { database: 'new', setupRequired: true, practiceName: null, session: null, warnings: [] },
        }),
      ),
      'auth.lock': vi.fn(() => Promise.reject(new Error('channel closed'))),
    };
    const api = createApi(selectTransport({ privacyDesk: bridge }));
    expect((await api['app.status']({})).ok).toBe(true);
    expect(bridge['app.status']).toHaveBeenCalledWith({});
    const locked = await api['auth.lock']({});
    expect(locked.ok ? null : describeError(locked.error)).toBe(NOT_RESPONDING);
    const missing = await createApi(ipcTransport({}))['auth.logout']({});
    expect(missing.ok).toBe(false);
  });

  it('falls back to HTTP without a preload bridge', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{"ok":true,"value":{"done":true}}'));
    const api = createApi(selectTransport({}));
    expect(await api['auth.logout']({})).toEqual({ ok: true, value: { done: true } });
    expect(fetchSpy).toHaveBeenCalledWith('/api/auth.logout', expect.objectContaining({ method: 'POST' }));
    fetchSpy.mockRestore();
  });

  it('words errors by rule and code', () => {
    expect(describeError({ code: 'RULE', rule: 'vault.wrongPassphrase', message: 'x' })).toBe(
      'That passphrase does not open this database.',
    );
    expect(describeError({ code: 'INTERNAL', message: 'x', correlationId: 'abc123' })).toBe(
      'Something went wrong. Reference: abc123',
    );
    expect(describeError({ code: 'RULE', rule: 'some.newRule', message: 'The core explains it.' })).toBe(
      'The core explains it.',
    );
    expect(describeError({ code: 'FORBIDDEN', message: 'x' })).toMatch(/not allowed/);
  });

  it('words errors in Spanish, with the dates a rule names in the reader’s form', () => {
    expect(describeError({ code: 'RULE', rule: 'vault.wrongPassphrase', message: 'x' }, 'es')).toBe(
      'Esa frase de contraseña no abre esta base de datos.',
    );
    const order = {
      code: 'RULE',
      rule: 'notice.effectiveDateOrder',
      message: 'x',
      params: { earliestDate: '2027-03-05' },
    } as const;
    expect(describeError(order)).toContain('Choose Mar 5, 2027 or later');
    expect(describeError(order, 'es')).toContain('Elija el 5 mar 2027 o una fecha posterior');
    expect(describeError({ code: 'INTERNAL', message: NOT_RESPONDING }, 'es')).toMatch(/^Privacy Desk no responde/);
  });
});
