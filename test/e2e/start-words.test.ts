// The start screens in both languages at 1366×768, in real Chromium against browser mode: the setup wizard's
// step bar fits, the administrator lands on their home (Settings), the lock screen says "Password is incorrect",
// and the language switches in place from the header and from the sign-in screen. Screenshots go to
// /tmp/e2e-shots for a person to look at (never compared).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotOnFailure, type WebHarness } from '../support/web-harness';
import {
  ADMIN,
  closeIfOpened,
  completeSetupWizard,
  OFFICER,
  PRACTICE,
  shot,
  waitForSignedIn,
  openSetupScreen,
} from './ui-helpers';

/** Whether the wizard's step bar shows every step on one row, inside the page, without scrolling sideways. */
const stepBarFits = (page: Page) =>
  page.evaluate(() => {
    const steps = [...document.querySelectorAll<HTMLElement>('.mantine-Stepper-step')];
    const tops = new Set(steps.map((s) => Math.round(s.getBoundingClientRect().top)));
    const inside = steps.every((s) => s.getBoundingClientRect().right <= document.documentElement.clientWidth);
    return {
      steps: steps.length,
      oneRow: tops.size === 1,
      inside,
      noScroll: document.documentElement.scrollWidth <= innerWidth,
    };
  });

const pickLanguage = async (page: Page, name: string) => {
  await page.getByTestId('language-select').click();
  await page.getByRole('option', { name }).click();
};

describe('start screens in English and Spanish', () => {
  let h: WebHarness;
  let page: Page;
  screenshotOnFailure(() => page);

  beforeAll(async () => {
    h = await openSetupScreen({ wide: true });
    page = h.page;
  });
  afterAll(() => closeIfOpened(h as WebHarness | undefined));
  afterEach(() => {
    expect(h.consoleErrors).toEqual([]);
  });

  it('fits the wizard’s step bar at 1366 px in both languages', async () => {
    expect(await stepBarFits(page)).toEqual({ steps: 4, oneRow: true, inside: true, noScroll: true });
    await shot(page, 'words-setup-step1-en', false);
    await page.evaluate(() => localStorage.setItem('privacy-desk.language', 'es'));
    try {
      await page.reload();
      await page.getByRole('heading', { name: 'Configurar Privacy Desk' }).waitFor();
      await shot(page, 'words-setup-step1-es', false);
      expect(await stepBarFits(page)).toEqual({ steps: 4, oneRow: true, inside: true, noScroll: true });
    } finally {
      await page.evaluate(() => localStorage.removeItem('privacy-desk.language'));
      await page.reload();
      await page.getByRole('heading', { name: 'Set up Privacy Desk' }).waitFor();
    }
  });

  it('shows every wizard step in both languages, switched from the wizard itself', async () => {
    const form = page.getByRole('form', { name: 'Practice setup' });
    const both = async (name: string) => {
      await shot(page, `words-setup-${name}-en`, false);
      await pickLanguage(page, 'Español');
      await page.getByRole('heading', { name: 'Configurar Privacy Desk' }).waitFor();
      expect(await stepBarFits(page)).toEqual({ steps: 4, oneRow: true, inside: true, noScroll: true });
      await shot(page, `words-setup-${name}-es`, false);
      await pickLanguage(page, 'English');
      await page.getByRole('heading', { name: 'Set up Privacy Desk' }).waitFor();
    };
    await form.getByLabel('Practice name').fill(PRACTICE.name);
    await form.getByLabel('Address line 1').fill(PRACTICE.addressLine1);
    await form.getByLabel('City').fill(PRACTICE.city);
    await form.getByLabel('State').selectOption(PRACTICE.state);
    await form.getByLabel('ZIP code').fill(PRACTICE.postalCode);
    await form.getByLabel('Phone').fill(PRACTICE.phone);
    await page.getByRole('button', { name: 'Next' }).click();
    // Focus is on the new step's heading.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Step 2 of 4: Privacy officer');
    await both('step2');
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await form.getByLabel('Privacy officer name').fill(OFFICER.name);
    await form.getByLabel('Privacy officer title').fill(OFFICER.title);
    await form.getByLabel('Privacy officer phone').fill(OFFICER.phone);
    await form.getByLabel('Privacy officer email').fill(OFFICER.email);
    await page.getByRole('button', { name: 'Next' }).click();
    await both('step3');
    await form.getByLabel('Full name').fill(ADMIN.fullName);
    await form.getByLabel('Username').fill(ADMIN.username);
    await form.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await form.getByLabel('Confirm password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Next' }).click();
    await both('step4');
    // Back to the first step, so the shared helper can walk the wizard from the start.
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Back' }).click();
  });

  it('completes setup and signs the administrator in', async () => {
    await completeSetupWizard(page);
    await waitForSignedIn(page);
  });

  it('lands the administrator on Settings, their home', async () => {
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'Practice', selected: true }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/settings/practice');
    await shot(page, 'words-admin-home-en', false);
  });

  it('says "Password is incorrect" on the lock screen, in English and in Spanish', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Lock' }).click();
    const lock = page.getByRole('dialog', { name: `Locked — ${ADMIN.fullName}` });
    await lock.waitFor();
    await shot(page, 'words-lock-en', false);
    await lock.getByLabel('Password', { exact: true }).fill('not-the-password-1');
    await lock.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => lock.getByTestId('error-alert').innerText()).toContain('Password is incorrect.');
    await shot(page, 'words-lock-wrong-en', false);
    await lock.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await lock.getByRole('button', { name: 'Unlock' }).click();
    await lock.waitFor({ state: 'detached' });

    await pickLanguage(page, 'Español');
    await page.getByRole('heading', { name: 'Configuración', level: 1 }).waitFor();
    await page.getByRole('banner').getByRole('button', { name: 'Bloquear' }).click();
    const bloqueo = page.getByRole('dialog', { name: `Bloqueado — ${ADMIN.fullName}` });
    await bloqueo.waitFor();
    await bloqueo.getByLabel('Contraseña', { exact: true }).fill('not-the-password-1');
    await bloqueo.getByRole('button', { name: 'Desbloquear' }).click();
    await expect.poll(() => bloqueo.getByTestId('error-alert').innerText()).toContain('La contraseña no es correcta.');
    await shot(page, 'words-lock-wrong-es', false);
  });

  it('signs out from the lock screen to this computer’s language, and switches the sign-in at once', async () => {
    // The header's choice went to the administrator's profile; the sign-in screen speaks this computer's language.
    await page.getByRole('dialog').getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/');
    await shot(page, 'words-sign-in-en', false);
    await pickLanguage(page, 'Español');
    await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await shot(page, 'words-sign-in-es', false);
  });
});
