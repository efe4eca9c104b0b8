// The `app://privacy-desk` scheme's Electron side: its privileges, its entry URL and origin comparison.
// Files, CSP and the path resolver live in core/static-files.ts (browser mode serves the same ones).
// No `electron` import: main.ts registers the scheme; this module stays testable under plain Node.
import { APP_ORIGIN } from '../core/static-files';

export {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  createStaticFileHandler as createAppProtocolHandler,
} from '../core/static-files';
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Passed to `protocol.registerSchemesAsPrivileged`. `standard` gives the scheme real origins and
 * relative URLs, `secure` a secure context. `corsEnabled` and `bypassCSP` stay off on purpose: the
 * first would let other origins read our responses, the second would switch our CSP off.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

/**
 * The origin of a URL, or null. Node's WHATWG `URL.origin` is the string "null" for every scheme it
 * does not know (app:, file:), which would make two different app URLs compare equal; so for
 * non-special schemes the origin is rebuilt from scheme and host, and credentials disqualify a URL.
 */
export const originOf = (raw: string): string | null => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '') return null;
  if (url.origin !== 'null') return url.origin;
  if (url.protocol === 'file:' || url.host === '') return null;
  return `${url.protocol}//${url.host}`;
};

/** True only for URLs whose parsed origin is exactly the app's (never a prefix comparison). */
export const isAppUrl = (raw: string, appOrigin: string = APP_ORIGIN): boolean => originOf(raw) === appOrigin;
