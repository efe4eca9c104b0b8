// The app:// scheme: the path resolver never leaves out/renderer, served responses always carry the
// strict CSP, and origins are compared by parsed origin (Node says "null" for app: URLs).
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  createStaticFileHandler,
  resolveAppPath,
  STYLE_NONCE_PLACEHOLDER,
} from '../../electron/core/static-files';
import { createAppProtocolHandler, isAppUrl, originOf } from '../../electron/platform/app-protocol';

const root = mkdtempSync(join(tmpdir(), 'pd-renderer-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Privacy Desk</title>');
writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
writeFileSync(
  join(root, 'page.html'),
  `<meta content="${STYLE_NONCE_PLACEHOLDER}"><style nonce="${STYLE_NONCE_PLACEHOLDER}"></style>`,
);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const directives = (csp: string): Map<string, string[]> =>
  new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== undefined && words[0] !== '')
      .map(([name, ...values]) => [name as string, values]),
  );

describe('resolveAppPath', () => {
  it.each([
    ['app://privacy-desk/', 'index.html'],
    ['app://privacy-desk', 'index.html'],
    ['app://privacy-desk/index.html', 'index.html'],
    ['app://privacy-desk/index.html#/patients/3', 'index.html'],
    ['app://privacy-desk/assets/index-abc.js?v=2', join('assets', 'index-abc.js')],
    ['app://privacy-desk/assets/name%20with%20space.png', join('assets', 'name with space.png')],
  ])('%s resolves inside the root', (url, rel) => {
    expect(resolveAppPath(root, url)).toBe(join(root, rel));
  });

  it.each([
    'app://privacy-desk/../../etc/passwd',
    'app://privacy-desk/assets/../../../etc/passwd',
    'app://privacy-desk/assets/../index.html',
    'app://privacy-desk/./index.html',
    'app://privacy-desk/%2e%2e/%2e%2e/etc/passwd',
    'app://privacy-desk/%2E%2E/secret',
    'app://privacy-desk/.%2e/secret',
    'app://privacy-desk/%2e./secret',
    'app://privacy-desk/..%5c..%5cetc%5cpasswd',
    'app://privacy-desk/assets%5c..%5c..%5csecret',
    'app://privacy-desk/..\\..\\secret',
    'app://privacy-desk/assets%2f..%2f..%2fsecret',
    'app://privacy-desk/%252e%252e/secret',
    'app://privacy-desk/index.html%00.png',
    'app://privacy-desk//etc/passwd',
    'app://privacy-desk/C:/Windows/win.ini',
    'app://privacy-desk/c:%5cwindows',
    'app:///etc/passwd',
    'app:/etc/passwd',
    'app://evil.test/index.html',
    'app://privacy-desk.evil.test/index.html',
    'app://user@privacy-desk/index.html',
    'https://privacy-desk/index.html',
    'file:///etc/passwd',
    'app://privacy-desk/%E0%A4%A',
    'not a url',
  ])('%s gives null (404)', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('never returns a path outside the root, however the pieces are combined', () => {
    const piece = fc.constantFrom('a', '.', '/', '%2e', '%2E', '%2f', '%5c', '\\', '..', 'etc', '%00', ':', '%25');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.string({ maxLength: 12 }), (pieces, tail) => {
        const resolved = resolveAppPath(root, `app://privacy-desk/${pieces.join('')}${tail}`);
        return resolved === null || resolved.startsWith(root + sep);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('createAppProtocolHandler', () => {
  const handler = createAppProtocolHandler(root);

  it('is the static file handler browser mode serves with, so both doors send the same files and CSP', () => {
    expect(createAppProtocolHandler).toBe(createStaticFileHandler);
  });

  it('serves a file with the strict CSP and its content type', async () => {
    const res = await handler(new Request('app://privacy-desk/assets/index-abc.js'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await res.text()).toBe('console.log(1)');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves index.html for the root URL', async () => {
    const res = await handler(new Request('app://privacy-desk/'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('gives each load of the page a fresh style nonce, the same in its CSP header and in the page', async () => {
    const page = async () => {
      const res = await handler(new Request('app://privacy-desk/page.html'));
      const nonce = /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
      return { nonce, html: await res.text() };
    };
    const first = await page();
    const second = await page();
    expect(first.nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(second.nonce).not.toBe(first.nonce);
    expect(first.html).toBe(`<meta content="${first.nonce}"><style nonce="${first.nonce}"></style>`);
    expect(first.html).not.toContain(STYLE_NONCE_PLACEHOLDER);
  });

  it.each([
    'app://privacy-desk/%2e%2e/%2e%2e/etc/passwd',
    'app://privacy-desk/missing.js',
    'app://privacy-desk/assets/',
    'app://evil.test/index.html',
  ])('answers %s with 404, still with the CSP', async (url) => {
    const res = await handler(new Request(url));
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await handler(new Request('app://privacy-desk/index.html', { method: 'POST', body: 'x' }));
    expect(res.status).toBe(405);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it("defaults to 'none' and allows scripts from the app only, with nothing unsafe", () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe|unsafe-hashes|strict-dynamic/);
  });

  it('closes base-uri, form-action, frame-ancestors and object-src and allows nothing remote', () => {
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    for (const [name, values] of csp) {
      for (const value of values) {
        expect(value, name).not.toMatch(/^(https?:|wss?:|\*|blob:|filesystem:)/);
        if (value === 'data:') expect(['img-src', 'font-src']).toContain(name);
      }
    }
  });

  it("allows no inline style or script without a nonce, in the served policy and in the page's own meta policy", () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(csp.get('style-src')).toEqual(["'self'"]);
    const html = readFileSync(join(import.meta.dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1] ?? '';
    expect(meta).not.toContain('unsafe-inline');
    expect(meta).toContain(`style-src 'self' 'nonce-${STYLE_NONCE_PLACEHOLDER}'`);
    expect(html).toContain(`<meta name="pd-style-nonce" content="${STYLE_NONCE_PLACEHOLDER}" />`);
  });
});

describe('originOf / isAppUrl', () => {
  it('builds the app origin that Node reports as "null"', () => {
    expect(new URL('app://privacy-desk/index.html').origin).toBe('null');
    expect(originOf('app://privacy-desk/index.html#/x')).toBe(APP_ORIGIN);
  });

  it.each([
    ['https://evil.test/', 'https://evil.test'],
    ['app://privacy-desk.evil.test/', 'app://privacy-desk.evil.test'],
    ['file:///etc/passwd', null],
    ['app:///x', null],
    ['app://user:pw@privacy-desk/', null],
    ['garbage', null],
  ])('%s has origin %s', (url, origin) => {
    expect(originOf(url)).toBe(origin);
  });

  it('never treats two opaque ("null") origins as equal', () => {
    expect(isAppUrl('file:///etc/passwd', 'null')).toBe(false);
    expect(isAppUrl('data:text/html,x', 'null')).toBe(false);
  });
});
