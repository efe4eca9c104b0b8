// The only place that calls `shell.openExternal`: https links to an allowlist of HHS hosts, nothing else.
// A compromised renderer must not be able to launch arbitrary URLs or local handlers (file:, smb:, ms-…:).
import { shell } from 'electron';

/** Hosts a user may be sent to from the app (HHS privacy pages and the OCR complaint portal). */
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set(['www.hhs.gov', 'ocrportal.hhs.gov']);

const MAX_URL_LENGTH = 2048;

/**
 * The normalised URL to open, or null. Accepts only `https:` on the default port with no
 * credentials and an exactly allowlisted hostname; the parsed href is what gets opened, so odd raw
 * spellings (backslashes, tabs, mixed case) cannot mean one thing here and another to the OS.
 */
export const allowedExternalUrl = (raw: unknown): string | null => {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.port !== '') return null;
  if (url.username !== '' || url.password !== '') return null;
  if (!EXTERNAL_HOSTS.has(url.hostname)) return null;
  return url.href;
};

/** Opens the link in the user's browser when allowed; returns whether it did. Never throws. */
export const openExternalLink = async (raw: unknown): Promise<boolean> => {
  const href = allowedExternalUrl(raw);
  if (href === null) return false;
  try {
    await shell.openExternal(href, { activate: true });
    return true;
  } catch {
    return false;
  }
};
