// Work is never lost, walked in Chromium: a half-typed notice draft survives a lock-screen sign-out (auth.logout
// carries it and the core saves it before the session ends), and reloading the tab with unsaved text asks first.
// The page clock is installed, so the editor's own autosave never fires before the test acts.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotOnFailure, type WebHarness } from '../support/web-harness';
import {
  ADMIN,
  closeIfOpened,
  completeSetupWizard,
  shot,
  signIn,
  waitForSignedIn,
  openSetupScreen,
} from './ui-helpers';

const TYPED = 'Typed just before the screen locked';

describe('unsaved work in Chromium', () => {
  let h: WebHarness;
  let page: Page;
  screenshotOnFailure(() => page);

  beforeAll(async () => {
    h = await openSetupScreen({ wide: true, pageClock: true });
    page = h.page;
  });
  afterAll(() => closeIfOpened(h as WebHarness | undefined));
  afterEach(() => {
    expect(h.consoleErrors).toEqual([]);
  });

  const title = () => page.locator('#edit-intro').getByRole('textbox', { name: 'Title' });

  it('reloading with unsaved text asks first', async () => {
    await completeSetupWizard(page);
    await waitForSignedIn(page);
    await page.getByRole('link', { name: 'Notices' }).click();
    await page.getByRole('button', { name: 'New draft' }).first().click();
    await page.getByRole('heading', { name: 'English notice — draft' }).waitFor();
    // Hold the editor's own saves (autosave two seconds after typing) unanswered, so the work stays unsaved
    // however slow the machine is; only the sign-out below may save it.
    await page.route('**/api/notices.updateDraft', () => undefined);
    await title().click();
    await title().fill('Half typed');
    const asked = new Promise<string>((resolve) => {
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss(); // stay
      });
    });
    void page.reload().catch(() => undefined);
    expect(await asked).toBe('beforeunload');
    expect(await title().inputValue()).toBe('Half typed');
  });

  it('a lock-screen sign-out saves the half-typed draft, found again after signing in', async () => {
    await title().fill(TYPED);
    await page.getByRole('banner').getByRole('button', { name: 'Lock' }).click();
    const lock = page.getByRole('dialog', { name: `Locked — ${ADMIN.fullName}` });
    await lock.getByText('Signing out saves your unsaved draft first').waitFor();
    await shot(page, 'unsaved-lock-sign-out', false);
    await lock.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.unroute('**/api/notices.updateDraft');

    await signIn(page, ADMIN.username, ADMIN.password);
    await waitForSignedIn(page);
    await page.getByRole('link', { name: 'Notices' }).click();
    // A second "New draft" opens the existing one.
    await page.getByRole('button', { name: /draft/i }).first().click();
    await page.getByRole('heading', { name: 'English notice — draft' }).waitFor();
    await expect.poll(() => title().inputValue()).toBe(TYPED);
  });
});
