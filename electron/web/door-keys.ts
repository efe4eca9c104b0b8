// Browser mode's credentials and their renewal: the one-time launch token, the browser's session cookie and each
// tab's key. An API call needs the cookie and the key of a tab bound to it: cookies ignore ports, but the key lives
// in the tab's sessionStorage, which another port's page cannot read. All in memory: a restart admits no one.
import { randomBytes, timingSafeEqual } from 'node:crypto';

const mint = (): string => randomBytes(24).toString('base64url');

export const sameSecret = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export interface Tab {
  /** Names the tab's core session; sent with the secret, but worthless without it. */
  readonly id: string;
  readonly secret: string;
  /** The cookie of the browser the tab is in; it moves when that browser's cookie is renewed. */
  cookie: string;
}

/** The key the tab sends in the `X-Privacy-Desk-Tab` header. */
export const keyOf = (tab: Tab): string => `${tab.id}.${tab.secret}`;

/** The core session key of a tab: one session per tab, kept across reloads of that tab. */
export const sessionKeyOf = (tab: Tab): string => `http:${tab.id}`;

export class DoorKeys {
  private launchToken: string;
  private readonly cookies = new Set<string>();
  private readonly tabs = new Map<string, Tab>();

  constructor(firstLaunchToken: string = mint()) {
    this.launchToken = firstLaunchToken;
  }

  /** The launch token the next printed link carries. */
  get token(): string {
    return this.launchToken;
  }

  /** Spends the launch token if `offered` is it, and mints the next one: each link admits one tab, once. */
  spendToken(offered: string): boolean {
    if (!sameSecret(offered, this.launchToken)) return false;
    this.launchToken = mint();
    return true;
  }

  isCookie(cookie: string): boolean {
    return this.cookies.has(cookie);
  }

  /**
   * A fresh cookie for a browser. The tabs bound to its previous cookie (if that was one of ours) move to the new
   * one and the previous one stops working, so no id known before a sign-in (fixation) survives it.
   */
  renewCookie(previous: string | null): string {
    const next = mint();
    this.cookies.add(next);
    if (previous !== null && this.cookies.delete(previous)) {
      for (const tab of this.tabs.values()) if (tab.cookie === previous) tab.cookie = next;
    }
    return next;
  }

  openTab(cookie: string): Tab {
    const tab: Tab = { id: mint(), secret: mint(), cookie };
    this.tabs.set(tab.id, tab);
    return tab;
  }

  /** The tab that a `<id>.<secret>` key opens together with this cookie, or null. */
  tabFor(key: string | undefined, cookie: string): Tab | null {
    const [id, secret, extra] = (key ?? '').split('.');
    if (id === undefined || secret === undefined || extra !== undefined) return null;
    const tab = this.tabs.get(id);
    if (!tab) return null;
    // Both compared, always, in constant time: no early answer tells which of the two was wrong.
    const secretOk = sameSecret(secret, tab.secret);
    const cookieOk = sameSecret(cookie, tab.cookie);
    return secretOk && cookieOk ? tab : null;
  }

  /** Replaces a tab by a fresh one (new id and secret) on the same cookie; the old key stops working. */
  renewTab(tab: Tab): Tab {
    this.tabs.delete(tab.id);
    return this.openTab(tab.cookie);
  }
}
