// A practice manager publishes the default notice in real Chromium against the real core, with nothing
// typed but the setup: new draft from the template, the checklist complete, publish with the confirmation
// that states the effective date, then the full notice saved as a PDF whose text carries the header.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../shared/domain/dates';
import { formatDate } from '../../renderer/i18n/format';
import { HEADER_STATEMENT_EN } from '../../shared/domain/notice-elements';
import { openWebHarness, screenshotOnFailure, type WebHarness } from '../support/web-harness';
import { closeIfOpened, completeSetupWizard, openApp, OFFICER, shot, waitForSignedIn } from './ui-helpers';

describe('publishing the notice in the app', () => {
  let h: WebHarness;
  let page: Page;
  screenshotOnFailure(() => page);

  beforeAll(async () => {
    h = await openWebHarness({ timezoneId: 'America/Chicago' });
    page = h.page;
  });
  afterAll(() => closeIfOpened(h as WebHarness | undefined));
  afterEach(() => {
    expect(h.consoleErrors).toEqual([]);
  });

  it('publishes the default English template on a fresh practice, effective today', async () => {
    await openApp(page, h.web.url, 'Set up Privacy Desk');
    await completeSetupWizard(page);
    await waitForSignedIn(page);
    await page.getByRole('link', { name: 'Notices' }).click();
    await page.getByRole('button', { name: 'New draft' }).first().click();
    await page.getByRole('heading', { name: 'English notice — draft' }).waitFor();
    // Typing is saved by itself a moment later, with nothing else pressed.
    const title = page.locator('#edit-intro').getByRole('textbox', { name: 'Title' });
    await title.fill('Our Notice of Privacy Practices');
    await page.getByTestId('save-state').getByText('Unsaved changes', { exact: true }).waitFor();
    await page.getByTestId('save-state').getByText('Saved', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish the English notice' });
    await dialog.getByRole('button', { name: 'Continue' }).click();
    const today = localDate(h.clock.now(), 'America/Chicago');
    await dialog.getByText(`Version 1 of the English notice will take effect on ${formatDate(today, 'en')}`).waitFor();
    await shot(page, '20-publish-confirm');
    await dialog.getByRole('button', { name: 'Publish version 1' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Notices' }).click();
    const row = page.getByRole('row', { name: /Version 1/ }).first();
    await row.getByText('In effect', { exact: false }).waitFor();
    expect(await row.textContent()).toMatch(/In effect/i);
  });

  it('saves the full notice as a PDF whose text has the header statement and the privacy officer', async () => {
    await page.getByRole('link', { name: 'Notices' }).click();
    await page.getByRole('button', { name: 'PDFs of Version 1 (English)' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: /Full notice/ }).click();
    const file = await (await download).path();
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(file))), {
      mergePages: true,
    });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(HEADER_STATEMENT_EN);
    expect(flat).toContain(OFFICER.name);
    expect((await download).suggestedFilename()).toBe('notice-full-en-v1.pdf');
  });

  it('prints the waiting-room poster on tabloid from the version page: an 11 × 17 in page', async () => {
    await page.getByRole('link', { name: 'Notices' }).click();
    await page.getByRole('link', { name: /^Open Version 1/ }).click();
    await page.getByRole('heading', { name: 'Print and save' }).waitFor();
    await page.getByText('Tabloid (11 × 17 in)', { exact: true }).click();
    await shot(page, '21-print-panel-tabloid');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save PDF: Waiting-room poster on tabloid paper' }).click();
    const file = await (await download).path();
    const proxy = await getDocumentProxy(new Uint8Array(readFileSync(file)));
    expect(proxy.numPages).toBe(1);
    expect((await proxy.getPage(1)).view).toEqual([0, 0, 792, 1224]);
    expect((await download).suggestedFilename()).toBe('notice-poster-tabloid-en-v1.pdf');
  });
});
