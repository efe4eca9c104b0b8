// Browser mode's HTTP door, from Node with raw requests (no browser): the launch token, the session cookie,
// Host and Origin checks, body limits and parsing, unknown methods, schema validation, path traversal and
// the CSP header. None of the refused requests may create the database.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admitTab, openWebServerHarness, type WebServerHarness } from '../support/web-harness';
import { PRACTICE } from '../support/practice-fixture';
import { closeIfOpened } from './ui-helpers';
import { raw, type Answer } from '../support/raw-http';

const errorOf = (a: Answer): { code: string; rule?: string; fields?: { path: string; message: string }[] } => {
  const parsed = JSON.parse(a.body) as {
    ok: boolean;
    error: { code: string; rule?: string; fields?: { path: string; message: string }[] };
  };
  expect(parsed.ok).toBe(false);
  return parsed.error;
};

describe('browser mode refuses every request that did not come through its own door', () => {
  let h: WebServerHarness;
  let port: number;
  let cookie: string;
  let tabHeaders: Record<string, string>;
  let api: (method: string, body: string | Buffer, headers?: Record<string, string>) => Promise<Answer>;

  beforeAll(async () => {
    h = await openWebServerHarness();
    port = h.web.port;
    const tab = await admitTab(h.web);
    cookie = tab.cookie;
    tabHeaders = tab.headers;
    expect(cookie).toMatch(/^pd_session=.+/);
    api = (method, body, headers = {}) =>
      raw(port, { method: 'POST', path: `/api/${method}`, headers: { ...tabHeaders, ...headers }, body });
  });
  afterAll(() => closeIfOpened(h as WebServerHarness | undefined));

  it('admits a browser with the launch token: a 303 to / that sets an HttpOnly, SameSite=Strict session cookie', async () => {
    const a = await raw(port, { path: new URL(h.web.url).pathname + new URL(h.web.url).search });
    expect(a.status).toBe(303);
    expect(a.headers.location).toMatch(/^\/#pd-tab=[\w-]+\.[\w-]+$/);
    expect(String(a.headers['set-cookie'])).toMatch(/HttpOnly/);
    expect(String(a.headers['set-cookie'])).toMatch(/SameSite=Strict/);
  });

  it('answers the API without a session cookie with 401 FORBIDDEN http.noSession', async () => {
    const a = await raw(port, {
      method: 'POST',
      path: '/api/app.status',
      headers: { origin: `http://127.0.0.1:${port}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(a.status).toBe(401);
    expect(errorOf(a)).toMatchObject({ code: 'FORBIDDEN', rule: 'http.noSession' });
  });

  it('refuses a wrong launch token with 403 and sets no cookie', async () => {
    const a = await raw(port, { path: '/?token=not-the-token' });
    expect(a.status).toBe(403);
    expect(a.headers['set-cookie']).toBeUndefined();
    expect(a.body).toContain('another launch');
  });

  it('refuses a foreign Host header (DNS rebinding) with 421, even with a valid cookie', async () => {
    const a = await raw(port, {
      method: 'POST',
      path: '/api/app.status',
      headers: {
        host: `evil.test:${port}`,
        cookie,
        origin: `http://127.0.0.1:${port}`,
        'content-type': 'application/json',
      },
      body: '{}',
    });
    expect(a.status).toBe(421);
    expect(errorOf(a)).toMatchObject({ code: 'FORBIDDEN', rule: 'http.badHost' });
    expect((await raw(port, { path: '/', headers: { host: `localhost:${port}`, cookie } })).status).toBe(421);
  });

  it('refuses a foreign or missing Origin with 403 http.badOrigin', async () => {
    for (const origin of ['http://evil.test', `http://localhost:${port}`, 'null']) {
      const a = await api('app.status', '{}', { origin });
      expect(a.status).toBe(403);
      expect(errorOf(a)).toMatchObject({ code: 'FORBIDDEN', rule: 'http.badOrigin' });
    }
    const withoutOrigin = Object.fromEntries(Object.entries(tabHeaders).filter(([name]) => name !== 'origin'));
    const noOrigin = await raw(port, { method: 'POST', path: '/api/app.status', headers: withoutOrigin, body: '{}' });
    expect(noOrigin.status).toBe(403);
  });

  it('refuses a body that is not declared as JSON with 415', async () => {
    const a = await api('app.status', '{}', { 'content-type': 'text/plain' });
    expect(a.status).toBe(415);
    expect(errorOf(a)).toMatchObject({ code: 'VALIDATION', rule: 'http.contentType' });
  });

  it('refuses malformed JSON with 400 VALIDATION http.badJson', async () => {
    const a = await api('setup.initialize', '{"practice": ');
    expect(a.status).toBe(400);
    expect(errorOf(a)).toMatchObject({ code: 'VALIDATION', rule: 'http.badJson' });
  });

  // A valid setup padded with JSON whitespace past 1 MiB: had it reached the core, the database would exist.
  const oversizedSetup = (): string => {
    const valid = JSON.stringify({
      practice: PRACTICE,
      admin: { username: 'admin', fullName: 'Alex Admin', password: 'admin-password-123' },
      passphrase: 'correct horse battery staple',
    });
    return `${valid.slice(0, -1)}${' '.repeat(1024 * 1024)}}`;
  };

  // Regression: the server once destroyed the socket at the limit, so clients saw "socket hang up", not 413.
  it('answers a body over 1 MiB with 413 VALIDATION http.tooLarge', async () => {
    const a = await api('setup.initialize', oversizedSetup());
    expect(a.status).toBe(413);
    expect(errorOf(a)).toMatchObject({ code: 'VALIDATION', rule: 'http.tooLarge' });
  });

  it('never lets a body over 1 MiB reach the core, however the connection ends', async () => {
    const a = await api('setup.initialize', oversizedSetup()).catch((e: unknown) =>
      e instanceof Error ? e : new Error(String(e)),
    );
    if (!(a instanceof Error)) expect(a.status).toBe(413);
    const status = await api('app.status', '{}');
    expect(JSON.parse(status.body)).toMatchObject({ ok: true, value: { database: 'new' } });
  });

  it('refuses API calls that are not POST with 405', async () => {
    const a = await raw(port, { path: '/api/app.status', headers: tabHeaders });
    expect(a.status).toBe(405);
  });

  it('answers an unknown method with NOT_FOUND', async () => {
    const a = await api('patients.dropEverything', '{}');
    expect(errorOf(a)).toMatchObject({ code: 'NOT_FOUND', rule: 'contract.unknownMethod' });
  });

  it('answers a schema-invalid setup.initialize with VALIDATION naming each bad field by path', async () => {
    const a = await api(
      'setup.initialize',
      JSON.stringify({
        practice: { name: '', postalCode: 'abc' },
        admin: { username: 'a b', fullName: 'X', password: 'short' },
        passphrase: 'short',
      }),
    );
    const error = errorOf(a);
    expect(error.code).toBe('VALIDATION');
    const paths = (error.fields ?? []).map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'practice.name',
        'practice.postalCode',
        'admin.username',
        'admin.password',
        'passphrase',
      ]),
    );
    for (const f of error.fields ?? []) expect(f.message.length).toBeGreaterThan(0);
  });

  it('after all those refusals the database is still new and no database file was written', async () => {
    const a = await api('app.status', '{}');
    expect(a.status).toBe(200);
    expect(JSON.parse(a.body)).toMatchObject({
      ok: true,
      value: { database: 'new', setupRequired: true, session: null },
    });
    expect(readdirSync(h.dir)).toEqual([]);
  });

  it('never serves a file outside the renderer folder (raw ../ and encoded dot segments give 404)', async () => {
    for (const path of [
      '/../../etc/passwd',
      '/assets/../../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc/passwd',
      '/..\\..\\etc\\passwd',
    ]) {
      const a = await raw(port, { path, headers: { cookie } });
      expect(a.status, path).toBe(404);
      expect(a.body, path).not.toContain('root:');
    }
  });

  it('sends the strict CSP on pages, API answers and errors alike', async () => {
    const answers = [
      await raw(port, { path: '/', headers: { cookie } }),
      await api('app.status', '{}'),
      await raw(port, { path: '/missing.js', headers: { cookie } }),
      await raw(port, { path: '/?token=wrong' }),
    ];
    expect(answers[0]?.status).toBe(200);
    expect(answers[0]?.body).toContain('<div id="root">');
    for (const a of answers) {
      const csp = String(a.headers['content-security-policy']);
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
      expect(a.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});
