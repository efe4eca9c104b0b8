// The foundation walked in real Chromium against browser mode and the real core: first-run setup, the signed-in
// frame, sign-out and sign-in, the idle lock (page and core clocks both advanced) keeping typed work, Settings ›
// Users and › Audit log, and setup and sign-in done with the keyboard alone with a visible focus ring.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotOnFailure, type WebHarness } from '../support/web-harness';
import {
  ADMIN,
  AREAS,
  closeIfOpened,
  completeSetupWizard,
  navAreas,
  shot,
  signIn,
  valueOf,
  waitForSignedIn,
  withoutRing,
  type FocusIndicator,
  openSetupScreen,
} from './ui-helpers';
import { completeSetupByKeyboard, signInByKeyboard } from './keyboard-flows';

describe('a practice manager sets up and uses Privacy Desk', () => {
  let h: WebHarness;
  let page: Page;
  screenshotOnFailure(() => page);

  beforeAll(async () => {
    // The page clock is installed before the app loads, so the renderer's idle timer runs on a clock the test moves.
    h = await openSetupScreen({ pageClock: true });
    page = h.page;
  });
  afterAll(() => closeIfOpened(h as WebHarness | undefined));
  afterEach(() => {
    expect(h.consoleErrors).toEqual([]);
  });

  it('first-run setup creates the practice and signs the administrator in to every area', async () => {
    await shot(page, '01-setup-practice');
    await completeSetupWizard(page);
    await waitForSignedIn(page);
    expect(await navAreas(page)).toEqual(AREAS);
    await expect.poll(() => page.getByTestId('signed-in-user').innerText()).toBe(ADMIN.fullName);
    await expect.poll(() => page.getByRole('banner').innerText()).toContain('Lakeview Family Medicine');
    await shot(page, '05-admin-home');
  });

  it('after signing out, a wrong password is refused with the invalid-credentials message and the right one signs in', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Sign in' }).isVisible()).toBe(true);
    await signIn(page, ADMIN.username, 'not-the-password-123');
    const alert = page.getByTestId('error-alert');
    await expect.poll(() => alert.innerText()).toContain('Username or password is incorrect.');
    // A rejected password is never left in the field.
    expect(await valueOf(page.getByRole('form', { name: 'Sign in' }), 'Password')).toBe('');
    await shot(page, '06-login-wrong-password');
    await signIn(page, ADMIN.username, ADMIN.password);
    await waitForSignedIn(page);
  });

  it('idle past the 10-minute default locks the app, and a half-typed Settings form survives unlocking', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    const form = page.getByRole('form', { name: 'Practice details' });
    const line2 = form.getByLabel('Address line 2');
    await line2.fill('Suite 300, typed before the lock');

    h.clock.advanceMinutes(11);
    await page.clock.fastForward('11:00');
    const lock = page.getByRole('dialog', { name: `Locked — ${ADMIN.fullName}` });
    await expect.poll(() => lock.isVisible(), { timeout: 10_000 }).toBe(true);
    // The app beneath is inert while locked: nothing in it can be focused or clicked.
    expect(await page.locator('#root > div[inert]').count()).toBe(1);
    await shot(page, '07-lock-screen', false);

    await lock.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await lock.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => lock.count()).toBe(0);
    expect(await page.locator('#root div[inert]').count()).toBe(0);
    expect(await line2.inputValue()).toBe('Suite 300, typed before the lock');
    await shot(page, '08-settings-practice-after-unlock');
  });

  it('an administrator adds a front-desk user in Settings › Users', async () => {
    await page.getByRole('tab', { name: 'Users' }).click();
    await page.getByRole('button', { name: 'Add user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add user' });
    await dialog.getByLabel('Full name').fill('Fran Desk');
    await dialog.getByLabel('Username').fill('fran');
    expect(await dialog.getByLabel('Role').inputValue()).toBe('front_desk');
    await dialog.getByLabel('First password').fill('front-desk-pass-1');
    await dialog.getByLabel('Confirm password').fill('front-desk-pass-1');
    await shot(page, '09-add-user-dialog');
    await dialog.getByRole('button', { name: 'Create user' }).click();

    await expect
      .poll(() => page.getByRole('status').first().innerText())
      .toContain('Added Fran Desk (fran). They choose their own password at their first sign-in.');
    const row = page.getByRole('row').filter({ hasText: 'Fran Desk' });
    await expect
      .poll(() => row.getByRole('cell').allTextContents())
      .toEqual([
        'fran',
        'Fran Desk',
        'Front desk',
        'ActiveChooses a password at next sign-in',
        'EditReset passwordDeactivate',
      ]);
    await shot(page, '10-users');
  });

  it('Settings › Audit log verifies the chain as intact', async () => {
    await page.getByRole('tab', { name: 'Audit log' }).click();
    await page.getByRole('button', { name: 'Verify audit log' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Audit log verified' });
    await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(/All \d+ entries are intact\./);
    await shot(page, '11-audit-verified');
  });
});

describe('setup and sign-in work with the keyboard alone', () => {
  let h: WebHarness;
  let page: Page;
  const seen: FocusIndicator[] = [];
  screenshotOnFailure(() => page);

  beforeAll(async () => {
    h = await openSetupScreen();
    page = h.page;
  });
  afterAll(() => closeIfOpened(h as WebHarness | undefined));
  afterEach(() => {
    expect(h.consoleErrors).toEqual([]);
  });

  it('the setup wizard is completed with Tab, typing and Enter, with a visible focus ring throughout', async () => {
    seen.push(...(await completeSetupByKeyboard(page)));
    await waitForSignedIn(page);
  });

  it('the sign-in form is completed with Tab, typing and Enter', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Sign in' }).isVisible()).toBe(true);
    seen.push(...(await signInByKeyboard(page)));
    await waitForSignedIn(page);
  });

  // Mantine's Input alone only recolours its 1px border on focus (about 2.4:1, under WCAG 1.4.11's 3:1).
  it('every focused text field shows an outline or box-shadow ring, not only a recoloured border', () => {
    expect(seen.length).toBeGreaterThan(0);
    expect(withoutRing(seen)).toEqual([]);
  });
});
