// Keyboard-only walks through the setup wizard and the sign-in form: focus moves with Tab only, text is typed,
// steps are submitted with Enter, and every control reached shows a visible focus indicator. Each walk returns
// what it saw, so the caller can also hold the fields to the stricter outline/box-shadow rule.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import {
  ADMIN,
  OFFICER,
  PASSPHRASE,
  PRACTICE,
  focusIndicator,
  focusedName,
  shot,
  tabTo,
  withoutRing,
  type FocusIndicator,
} from './ui-helpers';

type Indicator = FocusIndicator;

/** Tabs to the field named `name`, records how its focus shows, then types `text`. */
const typeInto = async (page: Page, seen: Indicator[], name: string, text: string): Promise<void> => {
  await tabTo(page, name);
  seen.push(await focusIndicator(page));
  await page.keyboard.type(text);
};

/** Waits until the wizard shows the step whose first field is `field`. */
const waitForField = async (page: Page, field: string): Promise<void> => {
  await expect.poll(() => page.getByLabel(field, { exact: true }).isVisible()).toBe(true);
};

export const completeSetupByKeyboard = async (page: Page): Promise<Indicator[]> => {
  const seen: Indicator[] = [];
  await typeInto(page, seen, 'Practice name', PRACTICE.name);
  await typeInto(page, seen, 'Address line 1', PRACTICE.addressLine1);
  await typeInto(page, seen, 'City', PRACTICE.city);
  await tabTo(page, 'State');
  seen.push(await focusIndicator(page));
  // A native select picks the option whose label starts with what is typed.
  await page.keyboard.type(PRACTICE.state);
  expect(await page.getByLabel('State').inputValue()).toBe(PRACTICE.state);
  await typeInto(page, seen, 'ZIP code', PRACTICE.postalCode);
  await typeInto(page, seen, 'Phone', PRACTICE.phone);
  await shot(page, '02-setup-keyboard-practice');
  await page.keyboard.press('Enter');

  await waitForField(page, 'Privacy officer name');
  await typeInto(page, seen, 'Privacy officer name', OFFICER.name);
  await typeInto(page, seen, 'Privacy officer title', OFFICER.title);
  await typeInto(page, seen, 'Privacy officer phone', OFFICER.phone);
  await typeInto(page, seen, 'Privacy officer email', OFFICER.email);
  await page.keyboard.press('Enter');

  await waitForField(page, 'Full name');
  await typeInto(page, seen, 'Full name', ADMIN.fullName);
  await typeInto(page, seen, 'Username', ADMIN.username);
  await typeInto(page, seen, 'Password', ADMIN.password);
  await typeInto(page, seen, 'Confirm password', ADMIN.password);
  await shot(page, '03-setup-keyboard-admin');
  await page.keyboard.press('Enter');

  await waitForField(page, 'Database passphrase');
  await typeInto(page, seen, 'Database passphrase', PASSPHRASE);
  await typeInto(page, seen, 'Confirm database passphrase', PASSPHRASE);
  // The buttons get the same check: Tab on to "Create practice" and press Enter on it.
  await tabTo(page, 'Create practice');
  seen.push(await focusIndicator(page));
  await page.keyboard.press('Enter');
  expect(withoutRing(seen)).toEqual([]);
  return seen;
};

export const signInByKeyboard = async (page: Page): Promise<Indicator[]> => {
  const seen: Indicator[] = [];
  // The username field has autofocus: a keyboard user can type straight away.
  await expect.poll(() => focusedName(page)).toBe('Username');
  seen.push(await focusIndicator(page));
  await page.keyboard.type(ADMIN.username);
  await typeInto(page, seen, 'Password', ADMIN.password);
  await tabTo(page, 'Sign in');
  seen.push(await focusIndicator(page));
  await page.keyboard.press('Enter');
  expect(withoutRing(seen)).toEqual([]);
  return seen;
};
