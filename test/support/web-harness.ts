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

export interface WebHarness {
  dir: string;
  clock: FakeClock;
  core: OpenedCore;
  web: WebServer;
  browser: Browser;
  page: Page;
  /** Console errors and page errors seen so far (the UI must produce none). */
  consoleErrors: string[];
  close(): Promise<void>;
}

export const openWebHarness = async (): Promise<WebHarness> => {
  const dir = mkdtempSync(join(tmpdir(), 'pd-e2e-'));
  const clock = new FakeClock(Date.now());
  const core = await openCore({ dbPath: join(dir, 'practice.db'), osVault: null, clock, logger: silentLogger, checkOutputs: true });
  const web = await startWebServer({ core, rendererDir: resolve('out', 'renderer') });
  mkdirSync(join(dir, 'chromium'), { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, `--user-data-dir=${join(dir, 'chromium')}`] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const consoleErrors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  return {
    dir,
    clock,
    core,
    web,
    browser,
    page,
    consoleErrors,
    async close() {
      await browser.close();
      await web.close();
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

/** Saves a full-page screenshot to test-results/ for every failed test of the file. */
export const screenshotOnFailure = (page: () => Page | undefined): void => {
  afterEach(async (ctx) => {
    const p = page();
    if (ctx.task.result?.state !== 'fail' || !p) return;
    mkdirSync('test-results', { recursive: true });
    await p.screenshot({ path: join('test-results', `${ctx.task.name.replace(/[^a-z0-9]+/gi, '-')}.png`), fullPage: true }).catch(() => undefined);
  });
};
