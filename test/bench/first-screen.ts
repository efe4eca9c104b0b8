// Time to the first usable screen: headless Chromium (playwright-core) opens browser mode's launch link on a set-up
// database and waits for the sign-in form to take input. Measured in the page (performance.now() from the
// navigation's start, so the launch link's redirect counts), cold (a fresh browser profile) and warm (cached files).
// Printed, never asserted.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, openWebServerHarness } from '../support/web-harness';
import { setupInput } from '../support/core-harness';
import { chromiumPath } from '../support/system-tools';

/** One line for the bench report, or why it could not measure. */
export const firstScreenLine = async (): Promise<string> => {
  if (!existsSync(join(resolve('out', 'renderer'), 'index.html')))
    return 'time to first usable screen: not measured (no out/renderer; run `npm run build` first)';
  let executablePath: string;
  try {
    executablePath = chromiumPath();
  } catch {
    return 'time to first usable screen: not measured (no Chromium found; `npm test` installs it)';
  }
  const h = await openWebServerHarness();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const setup = await h.core.dispatch('bench:setup', 'setup.initialize', setupInput());
    if (!setup.ok) throw new Error(`setup failed: ${JSON.stringify(setup.error)}`);
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const times: number[] = [];
    for (let run = 0; run < 2; run++) {
      const page = await context.newPage();
      await page.goto(h.web.url, { waitUntil: 'commit' });
      const username = page.getByLabel('Username');
      await username.waitFor({ state: 'visible', timeout: 30_000 });
      // Usable: the field takes focus and typing (React has attached its handlers by the time it rendered).
      await username.fill('a');
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    await context.close();
    const [cold = 0, warm = 0] = times;
    return `time to first usable screen (sign-in form takes input, Chromium, 1366×768): cold ${cold.toFixed(0)} ms, warm ${warm.toFixed(0)} ms`;
  } finally {
    await browser.close();
    await h.close();
  }
};
