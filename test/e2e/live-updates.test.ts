// Live updates across workstations in real Chromium (issue 9 item 7): two workstations in browser mode, each its own
// core, share one PostgreSQL database. A draft started on one page appears in the other page's notices list by
// itself: no reload, no click.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type OpenedCore } from '../../electron/core/create-core';
import { parseServerUrl } from '../../electron/core/db/server-url';
import { silentLogger } from '../../electron/core/logger';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { startPostgres, type PostgresServer } from '../support/postgres-server';
import { chromiumPath } from '../support/system-tools';
import { CHROMIUM_ARGS } from '../support/web-harness';
import { ADMIN, openApp, PASSPHRASE, PRACTICE, shot, signIn } from './ui-helpers';

describe('two workstations on one PostgreSQL server', () => {
  let pg: PostgresServer | undefined;
  let dir: string;
  const cores: OpenedCore[] = [];
  const webs: WebServer[] = [];
  let browser: Browser | undefined;
  let front: Page; // workstation A: where the draft is started
  let office: Page; // workstation B: only watches
  const consoleErrors: string[] = [];

  /** A workstation: its own core on the shared database, in browser mode. */
  const workstation = async (
    dbPath: string,
    server: ReturnType<typeof parseServerUrl>,
  ): Promise<{ core: OpenedCore; web: WebServer }> => {
    const core = await openCore({ dbPath, server, osVault: null, logger: silentLogger, checkOutputs: true });
    cores.push(core);
    const web = await startWebServer({ core, rendererDir: resolve('out', 'renderer') });
    webs.push(web);
    return { core, web };
  };

  const signedInPage = async (web: WebServer): Promise<Page> => {
    // A context each: two browsers on two computers, sharing no cookies.
    if (!browser) throw new Error('Chromium is not running');
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
    page.on('console', (m) => (m.type() === 'error' ? consoleErrors.push(m.text()) : undefined));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await openApp(page, web.url, 'Sign in');
    await signIn(page, ADMIN.username, ADMIN.password);
    // waitFor, not expect.poll (waitForSignedIn): this runs in beforeAll, outside any test.
    const notices = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notices' });
    await notices.waitFor({ timeout: 15_000 });
    await notices.click();
    await page.getByRole('button', { name: 'New draft' }).first().waitFor();
    return page;
  };

  beforeAll(async () => {
    pg = await startPostgres();
    const server = parseServerUrl(await pg.createDatabase('live_updates_e2e'));
    dir = mkdtempSync(join(tmpdir(), 'pd-e2e-live-'));
    const dbPath = join(dir, 'practice.db'); // both workstations' key files: one folder stands for both computers
    const a = await workstation(dbPath, server);
    const setup = await a.core.dispatch('e2e:setup', 'setup.initialize', {
      practice: PRACTICE,
      admin: ADMIN,
      passphrase: PASSPHRASE,
    });
    expect(setup.ok, JSON.stringify(setup)).toBe(true);
    const b = await workstation(dbPath, server); // opened after setup: its store finds the key file
    expect((await b.core.dispatch('e2e:unseal', 'app.unseal', { passphrase: PASSPHRASE })).ok).toBe(true);
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    front = await signedInPage(a.web);
    office = await signedInPage(b.web);
  });

  afterAll(async () => {
    await browser?.close();
    for (const web of webs) await web.close();
    for (const core of cores) await core.close();
    pg?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows a draft started at one workstation in the other’s notices list, without a reload', async () => {
    const drafts = office.getByRole('row', { name: /Draft/ });
    expect(await drafts.count()).toBe(0);
    // Marks this page load: a reload would lose it.
    await office.evaluate(() => ((window as unknown as { loadMark: string }).loadMark = 'first load'));

    await front.getByRole('button', { name: 'New draft' }).first().click();
    await front.getByRole('heading', { name: 'English notice — draft' }).waitFor();

    await expect.poll(() => drafts.count(), { timeout: 15_000 }).toBe(1);
    await shot(office, '90-live-update-draft-from-another-workstation');
    expect(await office.evaluate(() => (window as unknown as { loadMark?: string }).loadMark)).toBe('first load');
    expect(consoleErrors).toEqual([]);
  });
});
