// The JS the sign-in screen loads, as browser mode sends it: every script and module preload the page names,
// raw and gzip-compressed (electron/web/compression.ts), from the last build in out/renderer.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const rendererDir = resolve('out', 'renderer');

/** One line for the bench report; says what to do when there is no build to measure. */
export const signInBundleLine = (): string => {
  const index = join(rendererDir, 'index.html');
  if (!existsSync(index)) return 'sign-in route JS: not measured (no out/renderer; run `npm run build` first)';
  const html = readFileSync(index, 'utf8');
  // The sign-in screen is the first route, so what the page loads up front is what sign-in needs.
  const paths = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.js)"/g)]
    .map((m) => m[1] ?? '')
    .filter((p) => p !== '');
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const path of paths) {
    const body = readFileSync(join(rendererDir, path));
    rawBytes += body.length;
    gzipBytes += gzipSync(body).length;
  }
  const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
  return `sign-in route JS: ${paths.length} file(s), ${kib(gzipBytes)} gzip (${kib(rawBytes)} raw), from out/renderer`;
};
