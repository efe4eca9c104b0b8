// End-to-end harness: the real core on a temp encrypted database, browser mode on 127.0.0.1, and a headless
// Debian Chromium driven by playwright-core. The clock is the only fake, shared by server and page.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { afterEach } from 'vitest';
import { openCore, type OpenedCore } from '../../electron/core/create-core';
import { silentLogger } from '../../electron/core/logger';
import { startWebServer, type WebServer } from '../../electron/web/server';
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

export const openWebServerHarness = async (): Promise<WebServerHarness> => {
  const dir = mkdtempSync(join(tmpdir(), 'pd-e2e-'));
  const dbPath = join(dir, 'practice.db');
  const clock = new FakeClock(Date.now());
  const core = await openCore({ dbPath, osVault: null, clock, logger: silentLogger, checkOutputs: true });
  const web = await startWebServer({ core, rendererDir: resolve('out', 'renderer') });
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
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const page = await browser.newPage({
    viewport: { width: 1280, height: 860 },
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
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
    await p.screenshot({ path: join('test-results', `${ctx.task.name.replace(/[^a-z0-9]+/gi, '-')}.png`), fullPage: true }).catch(() => undefined);
  });
};
