// Every screen and dialog a practice meets, audited with axe-core (WCAG 2.0/2.1 A and AA) in real Chromium, in
// the light and the dark colour scheme (the app follows the OS), and the main screens again in Spanish. One
// browser and one practice walk the app in order: setup, the signed-in areas, a draft published, the idle lock,
// a second version (compare, withdraw) that a day later supersedes the first (retire), Settings, sign-in, Spanish,
// and the unseal screen of a second start. A test fails on any serious or critical violation and lists each one
// with its screen, scheme, rule, impact and target selectors.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { resolve } from 'node:path';
import { openCore } from '../../electron/core/create-core';
import { silentLogger } from '../../electron/core/logger';
import { startWebServer } from '../../electron/web/server';
import { screenshotOnFailure, type WebHarness } from '../support/web-harness';
import { auditScreen, describeFindings, emulateScheme, type A11yFinding } from './axe';
import {
  ADMIN,
  closeIfOpened,
  completeSetupWizard,
  openApp,
  shot,
  signIn,
  waitForSignedIn,
  openSetupScreen,
} from './ui-helpers';

const LANGUAGE_KEY = 'privacy-desk.language';
// A bound, not a wait: each walk ends as soon as its screens are audited; axe on the editor takes seconds per scheme.
const WALK = { timeout: 300_000 };

describe('every screen and dialog passes axe in light and dark, English and Spanish', () => {
  let h: WebHarness;
  let page: Page;
  screenshotOnFailure(() => page);

  beforeAll(async () => {
    // The size the walk-through uses (the wizard's step bar must fit it), and the idle timer on the page clock.
    h = await openSetupScreen({ wide: true, pageClock: true });
    page = h.page;
  });
  afterAll(() => closeIfOpened(h as WebHarness | undefined));
  // Not asserted here (the refused setup call logs a failed request on purpose), but shown: a screen that crashed
  // leaves the rest of the walk on a blank page, and its error is the first thing to read.
  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail' && h.consoleErrors.length > 0) console.error(h.consoleErrors.join('\n'));
  });

  /** Audits the page as it stands under `screen`'s name; the caller has waited for what the screen shows. */
  const audit = async (found: A11yFinding[], screen: string): Promise<void> => {
    found.push(...(await auditScreen(page, screen)));
  };

  /** Screenshots for review (light and dark) of the screen as it stands; never compared automatically. */
  const shots = async (name: string, fullPage = true): Promise<void> => {
    await emulateScheme(page, 'dark');
    await shot(page, `a11y-${name}-dark`, fullPage);
    await emulateScheme(page, 'light');
    await shot(page, `a11y-${name}-light`, fullPage);
  };

  const heading = (name: string | RegExp, level = 1): Locator => page.getByRole('heading', { name, level });
  const nav = (area: string): Promise<void> =>
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area, exact: true }).click();
  const dialog = (name: string | RegExp): Locator => page.getByRole('dialog', { name });
  /** Closes a dialog the way a keyboard user does (its buttons' words differ and are being translated). */
  const closeDialog = async (d: Locator): Promise<void> => {
    await page.keyboard.press('Escape');
    await d.waitFor({ state: 'detached' });
  };

  it('the setup wizard: each step, empty, with errors, and after a failed submit', WALK, async () => {
    const found: A11yFinding[] = [];
    const form = page.getByRole('form', { name: 'Practice setup' });
    await audit(found, 'setup: practice (empty)');
    await shots('setup-practice', false);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => form.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
    await audit(found, 'setup: practice (errors)');
    await shots('setup-practice-errors', false);

    // The practice is not created yet: its creation is refused once, so the wizard stays on the last step with
    // everything typed, and the earlier steps can be audited filled in on the way back.
    await page.route('**/api/setup.initialize', (route) => route.abort('connectionfailed'));
    await completeSetupWizard(page);
    await page.getByTestId('error-alert').waitFor();
    await audit(found, 'setup: passphrase (submit failed)');
    for (const step of ['Administrator', 'Privacy officer', 'Practice']) {
      await page.getByRole('button', { name: new RegExp(`^${step}`) }).click();
      await page.getByRole('button', { name: 'Next' }).waitFor();
      await audit(found, `setup: ${step.toLowerCase()} (filled)`);
      if (step === 'Administrator') await shots('setup-administrator', false);
    }
    await page.unroute('**/api/setup.initialize');
    for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Create practice' }).click();
    await waitForSignedIn(page);
    expect(describeFindings(found)).toEqual([]);
  });

  it('the signed-in areas: front desk, patients, requests, reports', WALK, async () => {
    const found: A11yFinding[] = [];
    for (const area of ['Front desk', 'Patients', 'Requests', 'Reports']) {
      await nav(area);
      await heading(area).waitFor();
      await audit(found, area.toLowerCase());
    }
    await nav('Front desk');
    await heading('Front desk').waitFor();
    await shots('front-desk');
    expect(describeFindings(found)).toEqual([]);
  });

  it(
    'notices: the empty list, the draft editor, its preview, discard and publish dialogs, the PDF menu',
    WALK,
    async () => {
      const found: A11yFinding[] = [];
      await nav('Notices');
      await heading('Notices').waitFor();
      await audit(found, 'notices list (empty)');
      await page.getByRole('button', { name: 'New draft' }).first().click();
      await heading('English notice — draft').waitFor();
      await audit(found, 'draft editor');
      await shots('draft-editor', false);

      await page.getByRole('tab', { name: 'Preview and print' }).click();
      await page.getByRole('tabpanel').waitFor();
      await audit(found, 'draft editor: preview');
      await page.getByRole('tab', { name: 'Edit' }).click();

      await page.getByRole('button', { name: 'Discard draft' }).click();
      const discard = dialog('Discard this draft?');
      await discard.waitFor();
      await audit(found, 'discard draft dialog');
      await closeDialog(discard);

      await page.getByRole('button', { name: 'Publish…' }).click();
      const publish = dialog('Publish the English notice');
      await publish.getByRole('button', { name: 'Continue' }).waitFor();
      await audit(found, 'publish dialog: details');
      await shots('publish-details', false);
      await publish.getByRole('button', { name: 'Continue' }).click();
      await publish.getByRole('button', { name: 'Publish version 1' }).waitFor();
      await audit(found, 'publish dialog: confirm');
      await publish.getByRole('button', { name: 'Publish version 1' }).click();
      await publish.waitFor({ state: 'detached' });

      await nav('Notices');
      await page
        .getByRole('row', { name: /Version 1/ })
        .first()
        .waitFor();
      await audit(found, 'notices list (version 1 in effect)');
      await shots('notices-list');
      await page.getByRole('button', { name: 'PDFs of Version 1 (English)' }).click();
      await page.getByRole('menu').waitFor();
      await audit(found, 'PDF menu');
      await page.keyboard.press('Escape');
      await page.getByRole('menu').waitFor({ state: 'detached' });
      expect(describeFindings(found)).toEqual([]);
    },
  );

  const lockScreen = (): Locator => dialog(`Locked — ${ADMIN.fullName}`);

  /** `minutes` pass on the core's clock and the page's (always forward), then the page's idle timer fires: locked. */
  const idleFor = async (minutes: number): Promise<void> => {
    h.clock.advanceMinutes(minutes);
    await page.clock.setSystemTime(h.clock.now());
    await page.clock.fastForward('11:00');
    await lockScreen().waitFor({ timeout: 15_000 });
  };

  const unlock = async (): Promise<void> => {
    await lockScreen().getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await lockScreen().getByRole('button', { name: 'Unlock' }).click();
    await lockScreen().waitFor({ state: 'detached' });
  };

  it('the lock screen after the idle time, and unlocking', WALK, async () => {
    const found: A11yFinding[] = [];
    await idleFor(11);
    const lock = lockScreen();
    await audit(found, 'lock screen');
    await shots('lock-screen', false);
    await lock.getByLabel('Password', { exact: true }).fill('not-the-password-123');
    await lock.getByRole('button', { name: 'Unlock' }).click();
    await lock.getByTestId('error-alert').waitFor();
    await audit(found, 'lock screen (wrong password)');
    await unlock();
    expect(describeFindings(found)).toEqual([]);
  });

  it('a second version: the version page, compare, the withdraw and retire dialogs', WALK, async () => {
    const found: A11yFinding[] = [];
    await nav('Notices');
    await page
      .getByRole('link', { name: /Version 1/ })
      .first()
      .click();
    await heading(/English notice — version 1/i).waitFor();
    await audit(found, 'version page (version 1)');
    await shots('version-page');

    await page.getByRole('button', { name: 'New draft', exact: true }).click();
    await heading('English notice — draft').waitFor();
    // A changed title, so that the comparison shows removed and added words in their colours.
    await page.getByLabel('Title', { exact: true }).fill('Notice of Privacy Practices (revised)');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Save', exact: true }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Publish…' }).click();
    const publish = dialog('Publish the English notice');
    await publish.getByLabel('What changed').fill('Clearer wording of the rights section.');
    await publish.getByRole('radio', { name: 'No' }).check();
    await publish.getByRole('button', { name: 'Continue' }).click();
    await publish.getByRole('button', { name: 'Publish version 2' }).click();
    await publish.waitFor({ state: 'detached' });

    await nav('Notices');
    await page
      .getByRole('link', { name: /Version 2/ })
      .first()
      .click();
    await heading(/English notice — version 2/i).waitFor();
    await page.getByRole('link', { name: /Compare with version 1/i }).click();
    await page.getByLabel('Older version').waitFor();
    await page.locator('main ins').first().waitFor();
    await audit(found, 'compare versions');
    await shots('compare');

    // Version 2 takes effect tomorrow (one version per day): until then it can be withdrawn.
    await nav('Notices');
    await page
      .getByRole('link', { name: /Version 2/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Withdraw', exact: true }).click();
    const withdraw = dialog(/Withdraw/);
    await withdraw.getByRole('button').last().waitFor();
    await audit(found, 'withdraw dialog');
    await closeDialog(withdraw);

    // A day later version 2 is in effect and version 1, superseded, can be retired.
    await idleFor(24 * 60);
    await unlock();
    await nav('Notices');
    await page
      .getByRole('link', { name: /Version 1/ })
      .first()
      .click();
    await heading(/English notice — version 1/i).waitFor();
    await page.getByRole('button', { name: 'Retire', exact: true }).click();
    const retire = dialog(/Retire/);
    await retire.waitFor();
    await audit(found, 'retire dialog');
    await closeDialog(retire);
    expect(describeFindings(found)).toEqual([]);
  });

  it('settings: practice, security, users, add user, reset password, audit log, my account', WALK, async () => {
    const found: A11yFinding[] = [];
    await nav('Settings');
    await page.getByRole('form', { name: 'Practice details' }).waitFor();
    await audit(found, 'settings: practice');
    await shots('settings-practice');
    await page.getByRole('tab', { name: 'Security' }).click();
    await page.getByLabel('Lock after (minutes)').waitFor();
    await audit(found, 'settings: security');

    await page.getByRole('tab', { name: 'Users' }).click();
    await page.getByRole('row').filter({ hasText: ADMIN.username }).first().waitFor();
    await audit(found, 'settings: users');
    await page.getByRole('button', { name: 'Add user' }).click();
    const add = dialog('Add user');
    await add.getByLabel('Full name').waitFor();
    await add.getByRole('button', { name: 'Create user' }).click();
    await expect.poll(() => add.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
    await audit(found, 'add user dialog (errors)');
    await shots('add-user-errors', false);
    await closeDialog(add);
    await page.getByRole('button', { name: `Reset password for ${ADMIN.username}` }).click();
    const reset = dialog(/Reset password for/);
    await reset.getByLabel('New password', { exact: true }).waitFor();
    await audit(found, 'reset password dialog');
    await closeDialog(reset);

    await page.getByRole('tab', { name: 'Audit log' }).click();
    await page.getByRole('button', { name: 'Verify audit log' }).click();
    await page.getByRole('status').filter({ hasText: 'Audit log verified' }).waitFor({ timeout: 15_000 });
    await audit(found, 'settings: audit log (verified)');
    await shots('settings-audit');

    await page.getByRole('tab', { name: 'My account' }).click();
    await page.waitForURL(/#\/settings\/account/);
    await page.locator('main input[type="password"]').first().waitFor();
    await audit(found, 'settings: my account');
    expect(describeFindings(found)).toEqual([]);
  });

  it('sign-in: the form, a refused password', WALK, async () => {
    const found: A11yFinding[] = [];
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await heading('Sign in').waitFor();
    await audit(found, 'sign in');
    await shots('sign-in', false);
    await signIn(page, ADMIN.username, 'not-the-password-123');
    await page.getByTestId('error-alert').waitFor();
    await audit(found, 'sign in (refused)');
    expect(describeFindings(found)).toEqual([]);
  });

  it('in Spanish: sign-in and every area, with a version page', WALK, async () => {
    const found: A11yFinding[] = [];
    await page.evaluate((key) => localStorage.setItem(key, 'es'), LANGUAGE_KEY);
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
    const form = page.locator('form');
    await form.locator('input[autocomplete="username"]').waitFor();
    await audit(found, 'es: sign in');
    await shots('es-sign-in', false);
    // Found by what they are, not by their (now Spanish) labels.
    await form.locator('input[autocomplete="username"]').fill(ADMIN.username);
    await form.locator('input[autocomplete="current-password"]').fill(ADMIN.password);
    await form.locator('button[type="submit"]').click();
    const areas = page.locator('nav a[href^="#/"]');
    await areas.first().waitFor({ timeout: 15_000 });
    for (const area of ['front-desk', 'patients', 'notices', 'requests', 'reports', 'settings']) {
      await page.locator(`nav a[href="#/${area}"]`).click();
      await page.waitForURL(new RegExp(`#/${area}`));
      await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
      await audit(found, `es: ${area}`);
      if (area === 'notices') {
        await page.getByRole('table').first().getByRole('link').first().click();
        await page.waitForURL(/#\/notices\/./);
        await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
        await audit(found, 'es: version page');
        await shots('es-version-page');
      }
    }
    expect(describeFindings(found)).toEqual([]);
  });

  it('unseal: a second start of the app asks for the passphrase', WALK, async () => {
    const found: A11yFinding[] = [];
    // A second process on the same database (as after a restart on a computer without an OS key vault): its core
    // holds no key yet, so the app opens on the unseal screen. Its own port, so its own origin.
    const core = await openCore({ dbPath: h.dbPath, osVault: null, clock: h.clock, logger: silentLogger });
    const web = await startWebServer({ core, rendererDir: resolve('out', 'renderer') });
    try {
      await openApp(page, web.url, 'Unlock database');
      await audit(found, 'unseal');
      await shots('unseal', false);
      await page.locator('input[type="password"]').fill('not the passphrase at all');
      await page.locator('button[type="submit"]').click();
      await page.getByTestId('error-alert').waitFor();
      await audit(found, 'unseal (wrong passphrase)');
    } finally {
      await web.close();
      await core.close();
    }
    expect(describeFindings(found)).toEqual([]);
  });
});
