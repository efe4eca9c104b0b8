// Shared steps for the end-to-end suite: the first-run setup wizard, sign-in, keyboard focus checks and
// review screenshots (saved to /tmp/e2e-shots for a human to look at; never compared automatically).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { PRACTICE } from '../support/practice-fixture';
import { openWebHarness, type WebHarness } from '../support/web-harness';

export { PRACTICE };
export const OFFICER = PRACTICE.privacyOfficer;
export const ADMIN = { fullName: 'Alex Admin', username: 'admin', password: 'admin-password-123' };
export const PASSPHRASE = 'correct horse battery staple';
export const AREAS = ['Front desk', 'Patients', 'Notices', 'Requests', 'Reports', 'Settings'];

const SHOTS = '/tmp/e2e-shots';

/**
 * A screenshot for review; the suite never asserts on pixels. Full page by default; pass `fullPage: false` for
 * screens with fixed overlays (the lock screen), which a full-page capture would show cut off at the viewport.
 */
export const shot = async (page: Page, name: string, fullPage = true): Promise<void> => {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
};

/** Opens the launch URL (token → cookie → app) and waits for the first screen's heading. */
export const openApp = async (page: Page, url: string, heading: string): Promise<void> => {
  await page.goto(url);
  // waitFor, not expect.poll: this also runs in beforeAll, outside any test.
  await page.getByRole('heading', { name: heading }).waitFor({ state: 'visible', timeout: 15_000 });
};

/**
 * A fresh practice's app in Chromium (America/Chicago), opened on the setup wizard. `wide` sets the 1366×768
 * window the issues' walk-throughs use; `pageClock` installs the page clock before the app loads, so the idle
 * timer and autosave run on a clock the test moves.
 */
export const openSetupScreen = async (options: { wide?: boolean; pageClock?: boolean } = {}): Promise<WebHarness> => {
  const h = await openWebHarness({ timezoneId: 'America/Chicago' });
  if (options.wide) await h.page.setViewportSize({ width: 1366, height: 768 });
  if (options.pageClock) await h.page.clock.install();
  await openApp(h.page, h.web.url, 'Set up Privacy Desk');
  return h;
};

const next = (page: Page): Promise<void> => page.getByRole('button', { name: 'Next' }).click();

/** Fills the four setup steps with the mouse and `fill`, then creates the practice. */
export const completeSetupWizard = async (page: Page): Promise<void> => {
  const form = page.getByRole('form', { name: 'Practice setup' });
  await form.getByLabel('Practice name').fill(PRACTICE.name);
  await form.getByLabel('Address line 1').fill(PRACTICE.addressLine1);
  await form.getByLabel('City').fill(PRACTICE.city);
  await form.getByLabel('State').selectOption(PRACTICE.state);
  await form.getByLabel('ZIP code').fill(PRACTICE.postalCode);
  await form.getByLabel('Phone').fill(PRACTICE.phone);
  await form.getByLabel('Time zone').selectOption('America/Chicago');
  await next(page);
  await form.getByLabel('Privacy officer name').fill(OFFICER.name);
  await form.getByLabel('Privacy officer title').fill(OFFICER.title);
  await form.getByLabel('Privacy officer phone').fill(OFFICER.phone);
  await form.getByLabel('Privacy officer email').fill(OFFICER.email);
  await next(page);
  await form.getByLabel('Full name').fill(ADMIN.fullName);
  await form.getByLabel('Username').fill(ADMIN.username);
  await form.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await form.getByLabel('Confirm password').fill(ADMIN.password);
  await next(page);
  await form.getByLabel('Database passphrase', { exact: true }).fill(PASSPHRASE);
  await form.getByLabel('Confirm database passphrase').fill(PASSPHRASE);
  await shot(page, '04-setup-passphrase');
  await page.getByRole('button', { name: 'Create practice' }).click();
};

/** The main navigation's links, in order. */
export const navAreas = async (page: Page): Promise<string[]> =>
  (await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts()).map((t) => t.trim());

export const waitForSignedIn = async (page: Page): Promise<void> => {
  await expect.poll(() => navAreas(page), { timeout: 15_000 }).toEqual(AREAS);
};

export const signIn = async (page: Page, username: string, password: string): Promise<void> => {
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Username').fill(username);
  await form.getByLabel('Password', { exact: true }).fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
};

/** The focused element's accessible-ish name: its label, aria-label or text. */
export const focusedName = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const input = el as HTMLInputElement;
    const label = input.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent;
    return label.trim();
  });

/** Presses Tab until the focused element is named `name` (at most `max` presses), like a keyboard user would. */
export const tabTo = async (page: Page, name: string, max = 40): Promise<void> => {
  for (let i = 0; i < max; i += 1) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${name}" (last focus: "${await focusedName(page)}")`);
};

export interface FocusIndicator {
  tag: string;
  name: string;
  /** The ring drawn around the focused control (or, for PasswordInput, around its visible box). */
  outline: string | null;
  shadow: string | null;
}

/** How the focused element shows focus: the outline and box-shadow of the control or of the box drawn around it. */
export const focusIndicator = (page: Page): Promise<FocusIndicator> =>
  page.evaluate(async () => {
    const el = document.activeElement as HTMLElement;
    // PasswordInput draws its box on a wrapper around the real <input>.
    const box = el.className.includes('innerInput') && el.parentElement ? el.parentElement : el;
    await Promise.all(box.getAnimations().map((a) => a.finished.catch(() => undefined)));
    const ring = (node: HTMLElement) => {
      const s = getComputedStyle(node);
      return {
        outline:
          s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
            ? `${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}`
            : null,
        shadow: s.boxShadow && s.boxShadow !== 'none' ? s.boxShadow : null,
      };
    };
    const own = ring(el);
    const drawn = own.outline === null && own.shadow === null ? ring(box) : own;
    const name = (
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.getAttribute('aria-label') ??
      el.textContent
    ).trim();
    return { tag: el.tagName.toLowerCase(), name, ...drawn };
  });

/** Controls whose focus shows no outline or box-shadow ring (WCAG 2.4.7 / 1.4.11: a visible focus indicator). */
export const withoutRing = (seen: readonly FocusIndicator[]): string[] =>
  seen.filter((f) => f.outline === null && f.shadow === null).map((f) => `<${f.tag}> "${f.name}"`);

/** For afterAll: closes what beforeAll opened, if it got that far. */
export const closeIfOpened = async (opened: { close(): Promise<void> } | undefined): Promise<void> => {
  await opened?.close();
};

/** The value of a field found by label inside `scope`. */
export const valueOf = (scope: Locator, label: string): Promise<string> =>
  scope.getByLabel(label, { exact: true }).inputValue();
