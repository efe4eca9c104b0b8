// Browser mode's files over the wire: JS and CSS compressed (brotli when accepted, else gzip) with an ETag, and a
// 304 without a body when the browser already has them; the page itself is compressed too but never cached, since
// each load carries a fresh style nonce.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raw, type Answer } from '../support/raw-http';
import { admitTab, openWebServerHarness, type WebServerHarness } from '../support/web-harness';

describe('browser mode static files', () => {
  let h: WebServerHarness;
  let cookie = '';
  let script = '';
  let stylesheet = '';
  const get = (path: string, headers: Record<string, string> = {}): Promise<Answer> =>
    raw(h.web.port, { path, headers: { cookie, ...headers } });
  const onDisk = (path: string): Buffer => readFileSync(join(resolve('out', 'renderer'), path));

  beforeAll(async () => {
    h = await openWebServerHarness();
    cookie = (await admitTab(h.web)).cookie;
    const html = onDisk('index.html').toString('utf8');
    script = /<script[^>]+src="\.?(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
    stylesheet = /<link[^>]+href="\.?(\/assets\/[^"]+\.css)"/.exec(html)?.[1] ?? '';
    expect(script).not.toBe('');
    expect(stylesheet).not.toBe('');
  });
  afterAll(() => h.close());

  it('sends JS brotli-compressed when accepted, gzip otherwise, and plain to a client that asks for neither', async () => {
    const file = onDisk(script);
    const br = await get(script, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(br.bytes.length).toBeLessThan(file.length / 2);
    expect(brotliDecompressSync(br.bytes).equals(file)).toBe(true);

    const gz = await get(script, { 'accept-encoding': 'br;q=0, gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.bytes).equals(file)).toBe(true);

    const plain = await get(script);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.equals(file)).toBe(true);
    // The CSP and the other security headers stay on compressed files.
    expect(br.headers['content-security-policy']).toBe(plain.headers['content-security-policy']);
    expect(br.headers['x-content-type-options']).toBe('nosniff');
  });

  it('tags JS and CSS with one ETag for every encoding and answers If-None-Match with 304 and no body', async () => {
    for (const path of [script, stylesheet]) {
      const first = await get(path, { 'accept-encoding': 'br' });
      const etag = String(first.headers['etag'] ?? '');
      expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
      expect(first.headers['cache-control']).toBe('no-cache');
      expect((await get(path, { 'accept-encoding': 'gzip' })).headers['etag']).toBe(etag);

      const again = await get(path, { 'accept-encoding': 'br', 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.bytes.length).toBe(0);
      expect(again.headers['etag']).toBe(etag);
      // A browser holding another version gets the file.
      const stale = await get(path, { 'accept-encoding': 'br', 'if-none-match': 'W/"older-build"' });
      expect(stale.status).toBe(200);
      expect(brotliDecompressSync(stale.bytes).equals(onDisk(path))).toBe(true);
    }
  });

  it('serves the page compressed but uncached, with a fresh nonce that matches its CSP on every load', async () => {
    const nonces: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const page = await get('/', { 'accept-encoding': 'gzip' });
      expect(page.status).toBe(200);
      expect(page.headers['etag']).toBeUndefined();
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.headers['content-encoding']).toBe('gzip');
      const html = gunzipSync(page.bytes).toString('utf8');
      const nonce = /'nonce-([^']+)'/.exec(String(page.headers['content-security-policy']))?.[1] ?? '';
      expect(nonce).not.toBe('');
      expect(html).toContain(nonce);
      nonces.push(nonce);
      // Even with a tag sent, the page is never answered 304.
      expect((await get('/', { 'if-none-match': '*' })).status).toBe(200);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('needs the session cookie for files as before', async () => {
    const refused = await raw(h.web.port, { path: script, headers: { 'accept-encoding': 'br' } });
    expect(refused.status).toBe(401);
  });
});
