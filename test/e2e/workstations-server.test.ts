// Two workstations, one practice on a real PostgreSQL server, through browser mode in Chromium: the first sets up
// with "Connect to the practice's server" (127.0.0.1, unencrypted on loopback), an administrator exports an
// enrolment file in Settings › Workstations, and a second workstation (its own per-user folder, its own core and
// browser profile) joins with that file in its setup screen and signs in. Screenshots of each new screen, in
// English and Spanish, go to /tmp/s6-shots for review (never compared).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type OpenedCore } from '../../electron/core/create-core';
import { silentLogger } from '../../electron/core/logger';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { TEST_SCRYPT_COST } from '../support/core-harness';
import { startPostgres, type PostgresServer } from '../support/postgres-server';
import { chromiumPath } from '../support/system-tools';
import { CHROMIUM_ARGS, screenshotOnFailure } from '../support/web-harness';
import { auditScreen, type A11yFinding } from './axe';
import {
  ADMIN,
  PASSPHRASE,
  PRACTICE,
  completeSetupWizard,
  focusedName,
  openApp,
  openSetupScreen,
  signIn,
  tabTo,
  waitForSignedIn,
} from './ui-helpers';

const SHOTS = '/tmp/s6-shots';
const DATABASE = 'pd_s6_practice';

/** One workstation: its own per-user folder, core, browser-mode server and browser profile. */
interface Workstation {
  dir: string;
  core: OpenedCore;
  web: WebServer;
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  close(): Promise<void>;
}

const openWorkstation = async (browser: Browser): Promise<Workstation> => {
  const dir = mkdtempSync(join(tmpdir(), 'pd-workstation-'));
  // As browser mode starts without --db: the default database in the per-user folder, which setup may point at
  // the practice's server instead.
  const core = await openCore({
    dbPath: join(dir, 'practice.db'),
    osVault: null,
    logger: silentLogger,
    checkOutputs: true,
    scryptCost: TEST_SCRYPT_COST,
    workstation: { dir, isDefault: true },
  });
  const web = await startWebServer({ core, rendererDir: resolve('out', 'renderer') });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, timezoneId: 'America/Chicago' });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  return {
    dir,
    core,
    web,
    context,
    page,
    consoleErrors,
    async close() {
      await context.close();
      await web.close();
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

const shot = async (page: Page, name: string): Promise<void> => {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
};

/** The language picker of the screens before sign-in. */
const pickLanguage = async (page: Page, name: 'English' | 'Español'): Promise<void> => {
  await page.getByTestId('language-select').click();
  await page.getByRole('option', { name }).click();
};

/** Screenshots a screen in English, then in Spanish once `spanishHeading` shows, and goes back to English. */
const shotBoth = async (page: Page, name: string, spanishHeading: string, englishHeading: string): Promise<void> => {
  await shot(page, `${name}-en`);
  await pickLanguage(page, 'Español');
  await page.getByRole('heading', { name: spanishHeading }).waitFor();
  await shot(page, `${name}-es`);
  await pickLanguage(page, 'English');
  await page.getByRole('heading', { name: englishHeading }).waitFor();
};

/** Tabs until the focused field's label starts with `label` (a required field's label ends with its asterisk). */
const tabToField = async (page: Page, label: string): Promise<void> => {
  for (let i = 0; i < 20; i += 1) {
    if ((await focusedName(page)).startsWith(label)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${label}" (last focus: "${await focusedName(page)}")`);
};

/** Waits until the export button has finished its loading state, so the screenshot shows it at rest. */
const exportButtonSettled = async (page: Page, name: string): Promise<void> => {
  const button = page.getByRole('button', { name });
  await expect.poll(() => button.getAttribute('data-loading')).toBeNull();
  await button.evaluate((el) =>
    Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined))),
  );
};

describe('two workstations on the practice’s PostgreSQL server', () => {
  let pg: PostgresServer | undefined;
  let browser: Browser | undefined;
  const opened: Workstation[] = [];
  let current: Page | undefined;
  screenshotOnFailure(() => current);

  beforeAll(async () => {
    pg = await startPostgres();
    await pg.createDatabase(DATABASE);
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    for (const w of opened.reverse()) await w.close().catch(() => undefined);
    await browser?.close();
    pg?.stop();
  });

  it('sets up on the server, exports an enrolment file, and a second workstation joins with it', async () => {
    if (!pg || !browser) throw new Error('beforeAll did not finish');
    const first = await openWorkstation(browser);
    opened.push(first);
    let page = first.page;
    current = page;

    // 1. The first workstation: "Connect to the practice's server".
    await openApp(page, first.web.url, 'Set up Privacy Desk');
    expect(await page.getByRole('radio', { name: 'This computer only' }).isChecked()).toBe(true);
    await shotBoth(page, '01-setup-choice', 'Configurar Privacy Desk', 'Set up Privacy Desk');
    const form = page.getByRole('form', { name: 'Practice setup' });
    await page.getByRole('radio', { name: "Connect to the practice's server" }).check();
    await page.getByRole('heading', { name: 'Step 1 of 5: Server' }).waitFor();

    // Another computer: only the encrypted connection is offered.
    await form.getByLabel('Server name or address').fill('db.lakeside.example');
    expect(await page.getByRole('radio', { name: /^Not encrypted/ }).isDisabled()).toBe(true);
    const found: A11yFinding[] = [];
    found.push(...(await auditScreen(page, 'setup: choice and server (remote host)')));
    await shotBoth(page, '02-setup-server-remote', 'Paso 1 de 5: Servidor', 'Step 1 of 5: Server');

    await form.getByLabel('Server name or address').fill('127.0.0.1');
    await form.getByLabel('Port').fill(String(pg.port));
    await form.getByLabel('Database', { exact: true }).fill(DATABASE);
    await form.getByLabel('Database user').fill('postgres');
    await page.getByRole('radio', { name: /^Not encrypted/ }).check();
    await shotBoth(page, '03-setup-server-local', 'Paso 1 de 5: Servidor', 'Step 1 of 5: Server');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Step 2 of 5: Practice' }).waitFor();
    await completeSetupWizard(page);
    await waitForSignedIn(page);

    // 2. Settings › Workstations: export the enrolment file.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('tab', { name: 'Workstations' }).click();
    await page.getByRole('heading', { name: 'Workstations' }).waitFor();
    await shot(page, '04-settings-workstations-en');
    await page.getByLabel('Practice passphrase').fill(PASSPHRASE);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export an enrolment file…' }).click();
    const file = join(first.dir, 'downloaded-enrolment.json');
    await (await download).saveAs(file);
    expect((await download).suggestedFilename()).toBe(`privacy-desk-enrolment-${DATABASE}.json`);
    await page
      .getByRole('status')
      .getByText(/first-time setup/)
      .waitFor();
    await exportButtonSettled(page, 'Export an enrolment file…');
    found.push(...(await auditScreen(page, 'settings: workstations (exported)')));
    await shot(page, '05-settings-workstations-exported-en');
    expect(readFileSync(file, 'utf8')).not.toContain(PASSPHRASE);

    // The same tab in Spanish (the administrator's own language choice).
    await page.getByRole('tab', { name: 'My account' }).click();
    await page.getByLabel('Language of the screens').selectOption('es');
    await page.getByRole('tab', { name: 'Estaciones de trabajo' }).click();
    await page.getByRole('heading', { name: 'Estaciones de trabajo' }).waitFor();
    await page.getByLabel('Frase de contraseña del consultorio').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Exportar un archivo de inscripción…' }).click();
    await page
      .getByRole('status')
      .getByText(/configuración inicial/)
      .waitFor();
    await exportButtonSettled(page, 'Exportar un archivo de inscripción…');
    await shot(page, '06-settings-workstations-exported-es');
    expect(first.consoleErrors).toEqual([]);

    // 3. The second workstation joins with the file through its own setup screen, then signs in.
    const second = await openWorkstation(browser);
    opened.push(second);
    page = second.page;
    current = page;
    await openApp(page, second.web.url, 'Set up Privacy Desk');
    // With the keyboard alone: the choice is a radio group (arrow keys), the file picker a button (Enter).
    await tabTo(page, 'This computer only');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(
      await page.getByRole('radio', { name: "Join the practice's server with an enrolment file" }).isChecked(),
    ).toBe(true);
    const join_ = page.getByRole('form', { name: "Join the practice's server" });
    await join_.waitFor();
    found.push(...(await auditScreen(page, 'setup: join')));
    await shotBoth(page, '07-setup-join', 'Unirse al servidor del consultorio', "Join the practice's server");
    await tabToField(page, 'Enrolment file');
    const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
    await page.keyboard.press('Space');
    await (await chooser).setFiles(file);
    await join_.getByText('downloaded-enrolment.json').waitFor();
    await tabToField(page, 'Practice passphrase');
    await page.keyboard.type(PASSPHRASE);
    await shot(page, '08-setup-join-filled-en');
    await page.keyboard.press('Enter');

    await page.getByRole('form', { name: 'Sign in' }).waitFor({ timeout: 30_000 });
    await shot(page, '09-joined-sign-in-en');
    await signIn(page, ADMIN.username, ADMIN.password);
    // The same account, from the server: the Spanish the administrator chose on the first workstation follows.
    await page.getByRole('link', { name: 'Recepción' }).waitFor({ timeout: 15_000 });
    await shot(page, '10-second-workstation-signed-in-es');
    await expect.poll(() => page.getByRole('banner').innerText()).toContain(PRACTICE.name);
    expect(second.consoleErrors).toEqual([]);
    expect(found).toEqual([]);
  });

  it('on a practice kept on this computer only, the Workstations tab says there is nothing to join', async () => {
    const h = await openSetupScreen();
    const page = h.page;
    current = page;
    try {
      await completeSetupWizard(page);
      await waitForSignedIn(page);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('tab', { name: 'Workstations' }).click();
      await page.getByLabel('Practice passphrase').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Export an enrolment file…' }).click();
      await page.getByText("This practice's data is on this computer only").waitFor();
      expect(await page.getByRole('button', { name: 'Export an enrolment file…' }).count()).toBe(0);
      await shot(page, '11-settings-workstations-local-en');
      expect(await auditScreen(page, 'settings: workstations (this computer only)')).toEqual([]);
      expect(h.consoleErrors).toEqual([]);
    } finally {
      await h.close();
    }
  });
});
