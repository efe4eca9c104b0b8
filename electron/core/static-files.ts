// The renderer's static files, for both doors: the path resolver that keeps every request inside out/renderer,
// the strict CSP and security headers, and the GET/HEAD handler that serves files with them. Neutral on purpose:
// the desktop app:// scheme (platform/app-protocol.ts) and browser mode (web/server.ts) both build on it.
import { createHash, randomBytes } from 'node:crypto';
import { readFile as fsReadFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/** The desktop scheme's origin; browser mode maps its request paths onto it so one resolver serves both. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'privacy-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * In the served index.html, replaced by a fresh random nonce on every response (in its meta CSP and in the
 * `pd-style-nonce` meta the renderer hands to Mantine), so no style element can be planted in advance.
 */
export const STYLE_NONCE_PLACEHOLDER = '__PD_STYLE_NONCE__';

/**
 * Scripts only from the app itself, never inline. Styles from the app's stylesheet, and the `<style>` elements
 * Mantine injects at run time (theme variables, responsive props) only with the page's nonce: no 'unsafe-inline'.
 * Nothing is remote: every fetch, image and font comes from the app origin. `data:` is allowed for images and
 * fonts only (Vite inlines small assets), matching the renderer's own meta CSP, since a page is held to both.
 */
export const contentSecurityPolicy = (styleNonce?: string): string =>
  [
    "default-src 'none'",
    "script-src 'self'",
    styleNonce === undefined ? "style-src 'self'" : `style-src 'self' 'nonce-${styleNonce}'`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

/** The policy of every response that is not a page (files, API answers, errors): no inline style at all. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

// Dot segments in any spelling, backslashes, encoded separators, NUL and double encoding. The URL
// parser silently removes `../` and `%2e%2e/`, so the raw text is checked before it is parsed.
const DOT_SEGMENT = /(^|\/|\\)(\.|%2e){1,2}(\/|\\|$)/i;
const FORBIDDEN_RAW = /\\|%5c|%2f|%00|%25/i;

/**
 * Maps a request URL to a file under `rootDir`, or null (served as 404) when the URL is not ours or
 * the path could leave the root: `../`, `%2e%2e/`, `%5c`, `//abs`, `C:`, NUL, or anything resolving outside.
 */
export const resolveAppPath = (rootDir: string, requestUrl: string): string | null => {
  const rawPath = requestUrl.split(/[?#]/, 1)[0] ?? '';
  if (DOT_SEGMENT.test(rawPath) || FORBIDDEN_RAW.test(rawPath)) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  if (url.username !== '' || url.password !== '') return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (decoded === '' || decoded === '/') decoded = '/index.html';
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.slice(1).split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') return null;
    if (/^[a-z]:$/i.test(segment) || segment.includes(':')) return null;
  }
  const root = resolve(rootDir);
  const full = resolve(root, ...segments);
  const rel = relative(root, full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || !full.startsWith(root + sep)) return null;
  return full;
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers on every response, errors included, so no page from either door ever runs without the CSP. */
export const securityHeaders = (contentType: string, styleNonce?: string): Record<string, string> => ({
  'Content-Type': contentType,
  'Content-Security-Policy': contentSecurityPolicy(styleNonce),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
});

export type ReadFileFn = (path: string) => Promise<Uint8Array>;

const plain = (status: number, text: string): Response =>
  new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });

export interface StaticFileOptions {
  /**
   * Browser mode: every file but the page (fresh nonce each load) carries an ETag and must be revalidated, so a
   * browser that has it gets 304 and no body. The desktop scheme reads from disk anyway and keeps no-store.
   */
  revalidate?: boolean;
}

/** Weak, because browser mode sends the same file gzip- or brotli-encoded under the one tag. */
const etagOf = (body: Uint8Array): string =>
  `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** If-None-Match with the weak comparison RFC 9110 §13.1.2 prescribes for it: any listed tag, or `*`. */
const matchesTag = (ifNoneMatch: string | null, etag: string): boolean => {
  if (ifNoneMatch === null) return false;
  const opaque = (tag: string): string => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
};

/** GET/HEAD of files under `rootDir`, nothing else: the app:// handler main.ts installs, and browser mode's files. */
export const createStaticFileHandler =
  (rootDir: string, readFile: ReadFileFn = fsReadFile, options: StaticFileOptions = {}) =>
  async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const path = resolveAppPath(rootDir, request.url);
    if (path === null) return plain(404, 'Not found');
    let body: Uint8Array;
    try {
      body = await readFile(path);
    } catch {
      // Missing file, directory or unreadable: the renderer only ever asks for files the build wrote.
      return plain(404, 'Not found');
    }
    const type = CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
    let nonce: string | undefined;
    if (type.startsWith('text/html')) {
      const html = Buffer.from(body).toString('utf8');
      if (html.includes(STYLE_NONCE_PLACEHOLDER)) {
        nonce = randomBytes(18).toString('base64');
        body = Buffer.from(html.replaceAll(STYLE_NONCE_PLACEHOLDER, nonce), 'utf8');
      }
    }
    const headers = securityHeaders(type, nonce);
    if (options.revalidate === true && !type.startsWith('text/html')) {
      const etag = etagOf(body);
      headers['ETag'] = etag;
      headers['Cache-Control'] = 'no-cache'; // kept, but asked about each time: a rebuild changes the file
      if (matchesTag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
    }
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  };
