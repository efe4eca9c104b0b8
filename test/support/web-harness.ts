// End-to-end harness: the real core on a temp encrypted database, browser mode on 127.0.0.1, and a headless
// Debian Chromium driven by playwright-core. The clock is the only fake, shared by server and page.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { chromiumPath } from './system-tools';
import { afterEach } from 'vitest';
import { openCore, type OpenedCore } from '../../electron/core/create-core';
import { silentLogger } from '../../electron/core/logger';
import { startWebServer, type ServerLimits, type WebServer } from '../../electron/web/server';
import { TAB_FRAGMENT_KEY, TAB_HEADER } from '../../shared/web-door';
import { FakeClock } from './core-harness';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The real core on a temp encrypted database behind browser mode, without a browser (HTTP-level tests). */
export interface WebServerHarness {
  dir: string;
  dbPath: string;
  clock: FakeClock;
  core: OpenedCore;
  web: WebServer;
  close(): Promise<void>;
}

export interface WebServerHarnessOptions {
  /** Shorter timeouts or fewer connections than production, for the tests of those limits. */
  limits?: Partial<ServerLimits>;
}

export const openWebServerHarness = async (options: WebServerHarnessOptions = {}): Promise<WebServerHarness> => {
  const dir = mkdtempSync(join(tmpdir(), 'pd-e2e-'));
  const dbPath = join(dir, 'practice.db');
  const clock = new FakeClock(Date.now());
  const core = await openCore({ dbPath, osVault: null, clock, logger: silentLogger, checkOutputs: true });
  const web = await startWebServer({
    core,
    rendererDir: resolve('out', 'renderer'),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  return {
    dir,
    dbPath,
    clock,
    core,
    web,
    async close() {
      await web.close();
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

/** What one browser tab holds after following a launch link: the session cookie and its tab key. */
export interface AdmittedTab {
  /** `pd_session=…`, ready for a Cookie header. */
  cookie: string;
  tabKey: string;
  /** Headers for an API call from this tab: cookie, tab key, the page's Origin and JSON. */
  headers: Record<string, string>;
}

/** Follows the current launch link as a browser would (without running the page) and returns what the tab keeps. */
export const admitTab = async (web: WebServer, cookie?: string): Promise<AdmittedTab> => {
  const admitted = await fetch(web.url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
  if (admitted.status !== 303) throw new Error(`the launch link answered ${admitted.status}, not 303`);
  const fresh = (admitted.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const fragment = new URL(admitted.headers.get('location') ?? '', web.url).hash;
  const tabKey = new URLSearchParams(fragment.slice(1)).get(TAB_FRAGMENT_KEY) ?? '';
  return { cookie: fresh, tabKey, headers: apiHeaders(web, fresh, tabKey) };
};

export const apiHeaders = (web: WebServer, cookie: string, tabKey: string): Record<string, string> => ({
  cookie,
  [TAB_HEADER]: tabKey,
  origin: `http://127.0.0.1:${web.port}`,
  'content-type': 'application/json',
});

export interface WebHarness extends WebServerHarness {
  browser: Browser;
  page: Page;
  /** Console errors and page errors seen so far (the UI must produce none). */
  consoleErrors: string[];
}

export interface WebHarnessOptions {
  /** The page's time zone; a US zone makes the setup wizard preselect it (headless Chromium defaults to the machine's). */
  timezoneId?: string;
}

export const openWebHarness = async (options: WebHarnessOptions = {}): Promise<WebHarness> => {
  const server = await openWebServerHarness();
  // playwright-core refuses `--user-data-dir` in launch(); it gives every launch a fresh temp profile itself
  // and deletes it on close, which is what the fresh-profile rule in STACK.md asks for.
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  // A context of its own (not browser.newPage), so a test can open more tabs that share the page's cookies.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  return {
    ...server,
    browser,
    page,
    consoleErrors,
    async close() {
      await browser.close();
      await server.close();
    },
  };
};

/** Saves a full-page screenshot to test-results/ for every failed test of the file. */
export const screenshotOnFailure = (page: () => Page | undefined): void => {
  afterEach(async (ctx) => {
    const p = page();
    // An `it.fails` test records a failure on purpose; no screenshot for that.
    if (ctx.task.result?.state !== 'fail' || ctx.task.fails === true || !p) return;
    mkdirSync('test-results', { recursive: true });
    await p
      .screenshot({ path: join('test-results', `${ctx.task.name.replace(/[^a-z0-9]+/gi, '-')}.png`), fullPage: true })
      .catch(() => undefined);
  });
};
