// Browser mode's sessions against a page on another local port, from Node with raw requests: a captured cookie is
// worthless without the tab key, ids known before a sign-in die at it, two session cookies are refused, each launch
// link works once, and slow, idle or surplus connections are closed.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../electron/web/server';
import { TAB_HEADER } from '../../shared/web-door';
import {
  admitTab,
  apiHeaders,
  openWebServerHarness,
  type AdmittedTab,
  type WebServerHarness,
} from '../support/web-harness';
import { ADMIN, closeIfOpened, PASSPHRASE, PRACTICE } from './ui-helpers';
import { raw, type Answer } from '../support/raw-http';

const PATIENT = { mrn: 'MRN-4471', firstName: 'Rosalind', lastName: 'Okonkwo-Baptiste', dateOfBirth: '1961-03-09' };

describe('browser mode sessions: a page on another port cannot use, plant or reuse what the browser holds', () => {
  let h: WebServerHarness;
  let port: number;
  /** The practice's own tab, signed in as the administrator. */
  let victim: AdmittedTab;

  const call = (method: string, input: unknown, headers: Record<string, string>): Promise<Answer> =>
    raw(port, { method: 'POST', path: `/api/${method}`, headers, body: JSON.stringify(input) });

  /** What the tab holds after an answer: the browser takes a Set-Cookie, the page takes a new tab key. */
  const after = (tab: AdmittedTab, a: Answer): AdmittedTab => {
    const setCookie = a.headers['set-cookie'];
    const renewedKey = a.headers[TAB_HEADER.toLowerCase()];
    const cookie = setCookie === undefined ? tab.cookie : (String(setCookie).split(';')[0] ?? '');
    const tabKey = typeof renewedKey === 'string' ? renewedKey : tab.tabKey;
    return { cookie, tabKey, headers: apiHeaders(h.web, cookie, tabKey) };
  };

  const statusOf = async (
    headers: Record<string, string>,
  ): Promise<{ ok: boolean; value?: { session: unknown }; error?: { rule?: string } }> =>
    JSON.parse((await call('app.status', {}, headers)).body) as {
      ok: boolean;
      value?: { session: unknown };
      error?: { rule?: string };
    };

  beforeAll(async () => {
    h = await openWebServerHarness();
    port = h.web.port;
    const first = await admitTab(h.web);
    const setup = await call(
      'setup.initialize',
      { practice: PRACTICE, admin: ADMIN, passphrase: PASSPHRASE },
      first.headers,
    );
    expect(JSON.parse(setup.body), setup.body).toMatchObject({ ok: true });
    victim = after(first, setup);
    const created = await call('patients.create', PATIENT, victim.headers);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true });
  });
  afterAll(() => closeIfOpened(h as WebServerHarness | undefined));

  it('(a) refuses the victim’s captured cookie replayed with forged Origin and Host but no tab key, and shows no patient', async () => {
    const forged = {
      cookie: victim.cookie,
      host: `127.0.0.1:${port}`,
      origin: `http://127.0.0.1:${port}`,
      'content-type': 'application/json',
    };
    for (const method of ['patients.search', 'app.status']) {
      const a = await call(method, { query: 'Okonkwo', limit: 20 }, forged);
      expect(a.status, method).toBe(401);
      expect(JSON.parse(a.body), method).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', rule: 'http.noTabSecret' },
      });
      expect(a.body).not.toContain('Okonkwo');
      expect(a.body).not.toContain('MRN-4471');
    }
    // Nor with a guessed secret for the victim's tab id, nor with a key from another browser (bound to its cookie).
    const [tabId = ''] = victim.tabKey.split('.');
    const guessed = await call(
      'patients.search',
      { query: 'Okonkwo', limit: 20 },
      { ...forged, [TAB_HEADER]: `${tabId}.${'A'.repeat(32)}` },
    );
    expect(guessed.status).toBe(401);
    const elsewhere = await admitTab(h.web);
    const mixed = await call(
      'patients.search',
      { query: 'Okonkwo', limit: 20 },
      { ...forged, [TAB_HEADER]: elsewhere.tabKey },
    );
    expect(mixed.status).toBe(401);
    expect(mixed.body).not.toContain('Okonkwo');
    // The victim's own tab, with cookie and key, still reads the patient.
    const own = await call('patients.search', { query: 'Okonkwo', limit: 20 }, victim.headers);
    expect(JSON.parse(own.body)).toMatchObject({ ok: true, value: [{ mrn: 'MRN-4471' }] });
  });

  it('(b) issues a fresh cookie and tab key at sign-in: the ids known before it are not a session afterwards', async () => {
    const before = await admitTab(h.web);
    const login = await call('auth.login', { username: ADMIN.username, password: ADMIN.password }, before.headers);
    expect(JSON.parse(login.body)).toMatchObject({ ok: true, value: { user: { username: ADMIN.username } } });
    const signedIn = after(before, login);
    expect(signedIn.cookie).toMatch(/^pd_session=.+/);
    expect(signedIn.cookie).not.toBe(before.cookie);
    expect(signedIn.tabKey).not.toBe(before.tabKey);
    expect(await statusOf(signedIn.headers)).toMatchObject({
      ok: true,
      value: { session: { user: { username: ADMIN.username } } },
    });
    // Whoever knew the old cookie, the old key, or both, has nothing: not a signed-in session, not even a sign-in screen.
    expect(await statusOf(before.headers)).toMatchObject({ ok: false, error: { rule: 'http.noSession' } });
    expect(await statusOf(apiHeaders(h.web, signedIn.cookie, before.tabKey))).toMatchObject({
      ok: false,
      error: { rule: 'http.noTabSecret' },
    });
    const search = await call('patients.search', { query: 'Okonkwo', limit: 20 }, before.headers);
    expect(search.body).not.toContain('Okonkwo');
  });

  it('(b) renews them at unlock too, and never adopts a cookie planted before the launch link was opened', async () => {
    const planted = 'pd_session=attacker-chosen-id';
    const tab = await admitTab(h.web, planted);
    expect(tab.cookie).not.toBe(planted);
    expect(await statusOf(apiHeaders(h.web, planted, tab.tabKey))).toMatchObject({
      ok: false,
      error: { rule: 'http.noSession' },
    });

    const signedIn = after(
      tab,
      await call('auth.login', { username: ADMIN.username, password: ADMIN.password }, tab.headers),
    );
    expect(JSON.parse((await call('auth.lock', {}, signedIn.headers)).body)).toMatchObject({ ok: true });
    const unlock = await call('auth.unlock', { password: ADMIN.password }, signedIn.headers);
    expect(JSON.parse(unlock.body)).toMatchObject({ ok: true, value: { locked: false } });
    const unlocked = after(signedIn, unlock);
    expect(unlocked.tabKey).not.toBe(signedIn.tabKey);
    expect(await statusOf(signedIn.headers)).toMatchObject({ ok: false, error: { rule: 'http.noSession' } });
    expect(await statusOf(unlocked.headers)).toMatchObject({ ok: true, value: { session: { locked: false } } });
  });

  it('(b) leaves a failed sign-in’s ids as they were (nothing renewed for a wrong password)', async () => {
    const tab = await admitTab(h.web);
    const failed = await call('auth.login', { username: ADMIN.username, password: 'not-the-password-9' }, tab.headers);
    expect(JSON.parse(failed.body)).toMatchObject({ ok: false, error: { rule: 'auth.invalidCredentials' } });
    expect(failed.headers['set-cookie']).toBeUndefined();
    expect(failed.headers[TAB_HEADER.toLowerCase()]).toBeUndefined();
    expect(await statusOf(tab.headers)).toMatchObject({ ok: true, value: { session: null } });
  });

  it('(c) refuses any request carrying two pd_session cookies, even when one is valid, and keeps the link unspent', async () => {
    const two = `${victim.cookie}; pd_session=planted-by-another-port`;
    const a = await call('app.status', {}, { ...victim.headers, cookie: two });
    expect(a.status).toBe(400);
    expect(JSON.parse(a.body)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', rule: 'http.twoSessionCookies' },
    });
    expect((await raw(port, { path: '/', headers: { cookie: two } })).status).toBe(400);
    const link = new URL(h.web.url);
    const viaLink = await raw(port, { path: link.pathname + link.search, headers: { cookie: two } });
    expect(viaLink.status).toBe(400);
    expect(viaLink.headers['set-cookie']).toBeUndefined();
    expect(h.web.url).toBe(link.href);
  });

  it('(d) spends a launch link on first use: the redirect carries no token, and the same link is refused afterwards', async () => {
    const link = new URL(h.web.url);
    const first = await raw(port, { path: link.pathname + link.search });
    expect(first.status).toBe(303);
    const location = String(first.headers.location);
    expect(location).not.toContain('token');
    expect(location).not.toContain(link.searchParams.get('token'));
    expect(location).toMatch(/^\/#pd-tab=/);

    const again = await raw(port, { path: link.pathname + link.search });
    expect(again.status).toBe(403);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body).toContain('used already');
    // The next link (what the terminal prints for another tab) is a different one, and works.
    expect(h.web.url).not.toBe(link.href);
    expect((await admitTab(h.web)).tabKey).toMatch(/^[\w-]+\.[\w-]+$/);
  });

  it('lets a second tab of the same browser in without signing the first one out', async () => {
    const second = await admitTab(h.web, victim.cookie);
    expect(second.cookie).not.toBe(victim.cookie);
    // The browser now sends the new cookie from every tab; the first tab's key works with it, its session intact.
    expect(await statusOf(apiHeaders(h.web, second.cookie, victim.tabKey))).toMatchObject({
      ok: true,
      value: { session: { user: { username: ADMIN.username } } },
    });
    expect(await statusOf(second.headers)).toMatchObject({ ok: true, value: { session: null } });
    expect(await statusOf(victim.headers)).toMatchObject({ ok: false, error: { rule: 'http.noSession' } });
    victim = { ...victim, cookie: second.cookie, headers: apiHeaders(h.web, second.cookie, victim.tabKey) };
  });
});

/** Resolves when the server has closed the socket (what the client saw first, for the message). */
const closed = (socket: Socket): Promise<string> =>
  new Promise((resolve) => {
    let seen = '';
    socket.on('data', (c: Buffer) => (seen += c.toString('utf8')));
    socket.on('error', () => undefined);
    socket.once('close', () => resolve(seen));
  });

const opened = (port: number): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => resolve(socket));
    socket.once('error', reject);
  });

describe('browser mode bounds slow, idle and surplus connections', () => {
  it('uses production limits that close a held-open connection within seconds', async () => {
    const h = await openWebServerHarness();
    try {
      expect(h.web.server.headersTimeout).toBe(DEFAULT_LIMITS.headersTimeoutMs);
      expect(h.web.server.requestTimeout).toBe(DEFAULT_LIMITS.requestTimeoutMs);
      expect(h.web.server.keepAliveTimeout).toBe(DEFAULT_LIMITS.keepAliveTimeoutMs);
      expect(h.web.server.maxConnections).toBe(DEFAULT_LIMITS.maxConnections);
      expect(DEFAULT_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(10_000);
      expect(DEFAULT_LIMITS.requestTimeoutMs).toBeLessThanOrEqual(30_000);
    } finally {
      await h.close();
    }
  });

  // Bounded well above the 0.4–0.8 s limits set here, and well below Node's own defaults (a minute and more).
  it(
    '(e) closes idle connections, slow headers, slow bodies and idle keep-alive connections',
    { timeout: 30_000 },
    async () => {
      const h = await openWebServerHarness({
        limits: { headersTimeoutMs: 400, requestTimeoutMs: 800, keepAliveTimeoutMs: 300 },
      });
      try {
        const port = h.web.port;
        const idle = await opened(port);
        const slowHeaders = await opened(port);
        const slowBody = await opened(port);
        const keptAlive = await opened(port);
        const waits = [idle, slowHeaders, slowBody, keptAlive].map(closed);
        slowHeaders.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);
        slowBody.write(
          `POST /api/app.status HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`,
        );
        // Trickles keep each of them busy: only the server's timeouts can end them.
        const trickle = setInterval(() => {
          if (!slowHeaders.destroyed) slowHeaders.write('X-Slow: 1\r\n');
          if (!slowBody.destroyed) slowBody.write(' ');
        }, 100);
        keptAlive.write(`GET /missing.js HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: keep-alive\r\n\r\n`);
        const [idleSaw, headersSaw, , keptSaw] = await Promise.all(waits);
        clearInterval(trickle);
        expect(idleSaw).toMatch(/^(HTTP\/1\.1 408|$)/);
        expect(headersSaw).toMatch(/^(HTTP\/1\.1 408|$)/);
        expect(keptSaw).toMatch(/^HTTP\/1\.1 401/); // answered, then closed once idle
      } finally {
        await h.close();
      }
    },
  );

  it(
    '(e) refuses connections beyond maxConnections at once, and serves again when one is released',
    { timeout: 30_000 },
    async () => {
      const h = await openWebServerHarness({ limits: { maxConnections: 3 } });
      try {
        const port = h.web.port;
        const held = [await opened(port), await opened(port), await opened(port)];
        const heldClosed = held.map((s) => closed(s).then(() => true));
        // The server has accepted all three when it answers on one of them.
        held[0]?.write(`GET /missing.js HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
        await new Promise<void>((resolve) => held[0]?.once('data', () => resolve()));
        const surplus = await opened(port).catch(() => null);
        if (surplus) {
          surplus.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
          expect(await closed(surplus)).toBe('');
        }
        const stillHeld = await Promise.race([Promise.any(heldClosed), Promise.resolve(false)]);
        expect(stillHeld).toBe(false);
        held.forEach((s) => s.destroy());
        await Promise.all(heldClosed);
        await expect.poll(async () => (await raw(port, { path: '/missing.js' })).status).toBe(401);
      } finally {
        await h.close();
      }
    },
  );
});
