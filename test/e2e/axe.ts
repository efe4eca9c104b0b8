// Accessibility audits for the end-to-end suite: axe-core (WCAG 2.0/2.1 A and AA rules) run on the page as it
// stands, in the light and the dark colour scheme, with the serious and critical findings collected per screen
// so one walk through the app reports every problem at once instead of stopping at the first.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export type ColorScheme = 'light' | 'dark';
export const SCHEMES: readonly ColorScheme[] = ['light', 'dark'];

/** One serious or critical axe violation, with where it was met. */
export interface A11yFinding {
  screen: string;
  scheme: ColorScheme;
  rule: string;
  impact: string;
  targets: string[];
  /** axe's own summary of the first failing node ("Element has insufficient color contrast of 3.2 …"). */
  summary: string;
  /** The first failing node's markup, to find it in the source. */
  html: string;
}

const BLOCKING = new Set(['serious', 'critical']);

/**
 * Switches the OS colour scheme the page sees and waits until Mantine has applied it (the app follows the OS:
 * `defaultColorScheme="auto"`), so the audit never measures a half-switched page.
 */
export const emulateScheme = async (page: Page, scheme: ColorScheme): Promise<void> => {
  await page.emulateMedia({ colorScheme: scheme });
  await page.waitForFunction((s) => document.documentElement.getAttribute('data-mantine-color-scheme') === s, scheme);
};

/**
 * Lets transitions (modal fade-in, menu pop-up) end: axe measures contrast on what is painted now. A loader's
 * spinning never ends, so only animations with an end are awaited.
 */
const settle = (page: Page): Promise<void> =>
  page.evaluate(async () => {
    const ending = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(ending.map((a) => a.finished.catch(() => undefined)));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });

const auditNow = async (page: Page, screen: string, scheme: ColorScheme): Promise<A11yFinding[]> => {
  await settle(page);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map((v) => ({
      screen,
      scheme,
      rule: v.id,
      impact: v.impact ?? '',
      targets: v.nodes.map((n) => n.target.join(' ')),
      summary: (v.nodes[0]?.failureSummary ?? v.help).replace(/\s+/g, ' ').trim(),
      html: (v.nodes[0]?.html ?? '').replace(/\s+/g, ' ').slice(0, 300),
    }));
};

/**
 * Audits the screen as it is now in both colour schemes, then puts the page back in the light scheme.
 * The caller waits for the screen (a heading, a dialog) before calling.
 */
export const auditScreen = async (page: Page, screen: string): Promise<A11yFinding[]> => {
  const found: A11yFinding[] = [];
  for (const scheme of SCHEMES) {
    await emulateScheme(page, scheme);
    found.push(...(await auditNow(page, screen, scheme)));
  }
  await emulateScheme(page, 'light');
  return found;
};

/** One line per finding, readable in a test failure: screen, scheme, rule, impact, the first targets, the why. */
export const describeFindings = (found: readonly A11yFinding[]): string[] =>
  found.map(
    (f) =>
      `${f.screen} [${f.scheme}] ${f.rule} (${f.impact}) at ${f.targets.slice(0, 4).join(' | ')}` +
      `${f.targets.length > 4 ? ` (+${f.targets.length - 4} more)` : ''} — ${f.summary.slice(0, 240)} — ${f.html}`,
  );
