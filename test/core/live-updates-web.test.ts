// Browser mode's stream of live updates (issue 9 item 7), over HTTP from Node: a tab let in by the launch link gets
// the changes another workstation commits as server-sent events; a request without the cookie, without the tab key,
// from another page's origin, or not a POST gets nothing; a tab's stream ends when a sign-in renews its key.
// The two-workstation part is skipped on SQLite (one process per database file: no other workstation whose changes
// could arrive); there, the stream answers 204 so that a tab holds no connection open for nothing.
import { request, type IncomingMessage } from 'node:http';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openCore, type OpenedCore } from '../../electron/core/create-core';
import { silentLogger } from '../../electron/core/logger';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { LIVE_CHANGES_PATH } from '../../shared/live-changes';
import { raw } from '../support/raw-http';
import { admitTab, type AdmittedTab } from '../support/web-harness';
import { ADMIN_PASSWORD, onPostgres, openHarness, PASSPHRASE, type Harness } from '../support/core-harness';

const WITHIN = { timeout: 10_000, interval: 20 };

interface Stream {
  response: IncomingMessage;
  /** Everything received so far. */
  text(): string;
  ended(): boolean;
  close(): void;
}

/** Opens the stream as the page's fetch does: a POST carrying the tab's headers. */
const openStream = (port: number, headers: Record<string, string>): Promise<Stream> =>
  new Promise((resolveStream, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: LIVE_CHANGES_PATH,
        headers: { host: `127.0.0.1:${port}`, ...headers },
      },
      (response) => {
        let text = '';
        let ended = false;
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => (ended = true));
        response.on('close', () => (ended = true));
        resolveStream({ response, text: () => text, ended: () => ended, close: () => req.destroy() });
      },
    );
    req.on('error', reject);
    req.end();
  });

const eventsIn = (text: string): unknown[] =>
  text
    .split('\n')
    .filter((line) => line.startsWith('data: '))
    .map((line) => JSON.parse(line.slice('data: '.length)) as unknown);

describe.skipIf(!onPostgres)('browser mode streams other workstations’ changes to its own tabs only', () => {
  let h: Harness; // workstation A, where the change is made
  let other: OpenedCore; // workstation B, in browser mode
  let web: WebServer;
  let tab: AdmittedTab;

  beforeAll(async () => {
    h = await openHarness({ setup: true });
    other = await openCore({
      dbPath: h.dbPath,
      server: h.server,
      osVault: null,
      clock: h.clock,
      logger: silentLogger,
      checkOutputs: true,
      scryptCost: h.scryptCost,
    });
    web = await startWebServer({ core: other, rendererDir: resolve('out', 'renderer') });
    tab = await admitTab(web);
    const unseal = await raw(web.port, {
      method: 'POST',
      path: '/api/app.unseal',
      headers: tab.headers,
      body: JSON.stringify({ passphrase: PASSPHRASE }),
    });
    expect(JSON.parse(unseal.body)).toMatchObject({ ok: true });
  });

  afterAll(async () => {
    await web.close();
    await other.close();
    await h.close();
  });

  it('delivers what A commits to a tab let in at B, naming areas only', async () => {
    const stream = await openStream(web.port, tab.headers);
    expect(stream.response.statusCode).toBe(200);
    expect(stream.response.headers['content-type']).toMatch(/^text\/event-stream/);
    // B's core listens once the store is open and someone subscribed; a first change may race that, so repeat.
    await vi.waitFor(async () => {
      await h.value('patients.create', {
        mrn: `WEB-${Date.now()}`,
        firstName: 'Rosa',
        lastName: 'Lindqvist',
        dateOfBirth: '1981-02-03',
      });
      expect(eventsIn(stream.text())).toContainEqual({ areas: ['audit', 'patients'] });
    }, WITHIN);
    expect(stream.text()).not.toContain('Lindqvist');
    stream.close();
  });

  it('refuses a stream without the cookie, without the tab key, from another origin, or by GET', async () => {
    const { cookie, origin } = tab.headers as { cookie: string; origin: string };
    const tabHeader = Object.keys(tab.headers).find((k) => k.toLowerCase().startsWith('x-privacy-desk')) ?? '';
    const attempts: [string, { method?: string; headers: Record<string, string> }, number, string][] = [
      ['no cookie', { headers: { [tabHeader]: tab.tabKey, origin } }, 401, 'http.noSession'],
      ['no tab key', { headers: { cookie, origin } }, 401, 'http.noTabSecret'],
      ['another page', { headers: { ...tab.headers, origin: 'http://127.0.0.1:1' } }, 403, 'http.badOrigin'],
      ['GET', { method: 'GET', headers: tab.headers }, 405, 'http.method'],
    ];
    for (const [what, opts, status, rule] of attempts) {
      const answer = await raw(web.port, {
        method: opts.method ?? 'POST',
        path: LIVE_CHANGES_PATH,
        headers: opts.headers,
      });
      expect(answer.status, what).toBe(status);
      expect(JSON.parse(answer.body), what).toMatchObject({ ok: false, error: { rule } });
    }
  });

  it('ends a tab’s stream when signing in renews its key', async () => {
    const stream = await openStream(web.port, tab.headers);
    expect(stream.response.statusCode).toBe(200);
    const login = await raw(web.port, {
      method: 'POST',
      path: '/api/auth.login',
      headers: tab.headers,
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    expect(JSON.parse(login.body)).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(stream.ended()).toBe(true), WITHIN);
  });
});

describe.skipIf(onPostgres)('browser mode on a SQLite file', () => {
  it('answers the stream with 204: nothing can arrive, so no connection is held open', async () => {
    const h = await openHarness({ setup: true });
    const web = await startWebServer({ core: h.core, rendererDir: resolve('out', 'renderer') });
    try {
      const tab = await admitTab(web);
      const answer = await raw(web.port, { method: 'POST', path: LIVE_CHANGES_PATH, headers: tab.headers });
      expect(answer.status).toBe(204);
      expect(answer.body).toBe('');
    } finally {
      await web.close();
      await h.close();
    }
  });
});
