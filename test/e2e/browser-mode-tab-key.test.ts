// Browser mode's tab key in real Chromium: the launch link leaves the address bar clean, a reload keeps the tab
// signed in (its styles nonce'd, no 'unsafe-inline'), a page on another local port captures the session cookie
// (cookies ignore ports) yet cannot use it, and a second tab needs a link of its own without ending the first.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWebHarness, screenshotOnFailure, type WebHarness } from '../support/web-harness';
import { closeIfOpened, completeSetupWizard, openApp, waitForSignedIn } from './ui-helpers';

describe('browser mode: each tab holds its own key', () => {
  let h: WebHarness;
  let attacker: Server;
  let attackerPort = 0;
  const captured: string[] = [];

  beforeAll(async () => {
    h = await openWebHarness({ timezoneId: 'America/Chicago' });
    // The page a practice member might visit on another local port: its server records the cookies it is sent.
    attacker = createServer((req, res) => {
      captured.push(req.headers.cookie ?? '');
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>Local tool</title><p id="seen"></p>');
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerPort = (attacker.address() as AddressInfo).port;
  });
  afterAll(() => closeIfOpened(h as WebHarness | undefined));
  afterAll(
    () =>
      new Promise<void>((resolve) => ((attacker as Server | undefined) ? attacker.close(() => resolve()) : resolve())),
  );
  screenshotOnFailure(() => (h as WebHarness | undefined)?.page);

  it('takes the key out of the address bar, and a reload of the tab stays signed in', async () => {
    const link = h.web.url;
    await openApp(h.page, link, 'Set up Privacy Desk');
    expect(h.page.url()).not.toContain('pd-tab');
    expect(h.page.url()).not.toContain('token');
    await completeSetupWizard(h.page);
    await waitForSignedIn(h.page);
    const reloaded = await h.page.reload();
    await waitForSignedIn(h.page);
    // Styles without 'unsafe-inline': each <style> Mantine injected carries this load's nonce (a violation would be
    // a console error, and the page would look unstyled).
    expect(reloaded?.headers()['content-security-policy']).not.toContain('unsafe-inline');
    const styles = await h.page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.nonce));
    expect(styles.length).toBeGreaterThan(0);
    const nonce = /'nonce-([^']+)'/.exec(reloaded?.headers()['content-security-policy'] ?? '')?.[1];
    expect(styles.every((n) => n === nonce)).toBe(true);
    // The link that opened this tab is spent.
    const again = await h.page.context().newPage();
    const answer = await again.goto(link);
    expect(answer?.status()).toBe(403);
    expect(await again.textContent('body')).toContain('used already');
    await again.close();
    expect(h.consoleErrors).toEqual([]);
  });

  it('lets a page on another port capture the cookie, but the cookie alone reads nothing', async () => {
    const other = await h.page.context().newPage();
    await other.goto(`http://127.0.0.1:${attackerPort}/`);
    // sessionStorage is per origin: the other port's page has no key to find.
    expect(await other.evaluate(() => JSON.stringify(Object.entries(sessionStorage)))).toBe('[]');
    await other.close();
    const cookie = captured.at(-1) ?? '';
    expect(cookie).toMatch(/pd_session=/);
    // Replayed from outside the browser, with Origin and Host forged to look like the app's own page.
    const replay = await fetch(`http://127.0.0.1:${h.web.port}/api/app.status`, {
      method: 'POST',
      headers: { cookie, origin: `http://127.0.0.1:${h.web.port}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(replay.status).toBe(401);
    const body = await replay.text();
    expect(JSON.parse(body)).toMatchObject({ ok: false, error: { rule: 'http.noTabSecret' } });
    expect(body).not.toContain('admin');
    await waitForSignedIn(h.page);
  });

  it('asks a tab opened without a link for one, and admits a second tab by the next link without ending the first', async () => {
    const bare = await h.page.context().newPage();
    await bare.goto(`http://127.0.0.1:${h.web.port}/`);
    await bare.getByRole('heading', { name: 'Privacy Desk could not start' }).waitFor({ timeout: 15_000 });
    expect(await bare.textContent('body')).toContain('not signed in to Privacy Desk');
    await bare.close();

    const second = await h.page.context().newPage();
    await openApp(second, h.web.url, 'Sign in');
    await second.close();
    // The first tab's next calls carry the browser's new cookie with its own key: still signed in, still working.
    await h.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await h.page.getByRole('heading', { name: 'Settings' }).first().waitFor({ timeout: 15_000 });
    await waitForSignedIn(h.page);
  });
});
