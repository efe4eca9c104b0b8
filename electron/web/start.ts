// `npm run start:web` (and `npm start` without an Electron runtime): opens the core and serves browser mode.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore } from '../core/create-core';
import { checkDbPath, pathWarning } from '../core/db/path-check';
import { resolveDbPath } from '../core/paths';
import { startWebServer } from './server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dbPath = resolveDbPath(process.argv.slice(2));
mkdirSync(dirname(dbPath), { recursive: true, mode: 0o700 }); // owner-only, as the core makes it (private-files.ts)

const core = await openCore({ dbPath, osVault: null });
const web = await startWebServer({
  core,
  rendererDir: resolve(root, 'out', 'renderer'),
  // Each link admits one tab, once; the next one is printed for a second tab, or after the first was closed.
  onLaunchTokenUsed: (nextUrl) => console.log(`For another tab or window, open: ${nextUrl}`),
});
console.log(`Privacy Desk (browser mode) — database: ${dbPath}`);
const warning = pathWarning(checkDbPath(dbPath));
if (warning) console.warn(`Warning: ${warning}`);
console.log(`Open this address in Chrome, Edge or Firefox on this computer (it works once): ${web.url}`);
console.log('Press Ctrl+C to stop.');

const stop = (): void => {
  void web
    .close()
    .then(() => core.close())
    .then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
