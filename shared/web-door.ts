// Browser mode's per-tab key, named once for both ends: the server (electron/web) that issues and checks it, and
// the renderer's HTTP transport that keeps it in sessionStorage (per origin, so per port) and sends it on every call.

/** The request header carrying the tab key (`<tab id>.<secret>`); answers that renew the key carry the new one in it. */
export const TAB_HEADER = 'X-Privacy-Desk-Tab';

/** The fragment key of the launch redirect (`/#pd-tab=<key>`): fragments never reach a server. */
export const TAB_FRAGMENT_KEY = 'pd-tab';

/** After these succeed the server issues a fresh cookie and tab key (no session id survives a sign-in). */
export const KEY_RENEWING_METHODS: readonly string[] = ['auth.login', 'auth.unlock', 'setup.initialize'];
