// `npm run start:web` (and `npm start` without an Electron runtime): opens the core and serves browser mode.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore } from '../core/create-core';
import { checkDbPath, pathWarning } from '../core/db/path-check';
import { describeServer, ServerUrlError } from '../core/db/server-url';
import { defaultUserDataDir, namesDatabase, resolveDatabase, type DatabaseChoice } from '../core/paths';
import { startWebServer, type WebServer } from './server';
import { readWebPort, saveWebPort } from './web-port';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const userData = defaultUserDataDir();
let database: DatabaseChoice;
try {
  database = resolveDatabase(argv, process.env, userData);
} catch (error) {
  if (!(error instanceof ServerUrlError)) throw error;
  console.error(`Privacy Desk cannot start: ${error.message}`);
  process.exit(2);
}
const { dbPath, server } = database;
mkdirSync(dirname(dbPath), { recursive: true, mode: 0o700 }); // owner-only, as the core makes it (private-files.ts)

const workstation = { dir: userData, isDefault: !namesDatabase(argv) };
const core = await openCore({ dbPath, server, osVault: null, workstation });
const startOn = (port: number): Promise<WebServer> =>
  startWebServer({
    core,
    rendererDir: resolve(root, 'out', 'renderer'),
    port,
    // Each link admits one tab, once; the next one is printed for a second tab, or after the first was closed.
    onLaunchTokenUsed: (nextUrl) => console.log(`For another tab or window, open: ${nextUrl}`),
  });
const savedPort = readWebPort(dbPath);
let web: WebServer;
try {
  web = await startOn(savedPort ?? 0);
} catch (error) {
  if (savedPort === null || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
  web = await startOn(0); // something else has the usual port today; any free one will do
}
// A port taken just this once is not forgotten: the bookmarked address works again once it is free.
if (savedPort === null) await saveWebPort(dbPath, web.port);

console.log(`Privacy Desk (browser mode) — database: ${server ? `the server ${describeServer(server)}` : dbPath}`);
const warning = server ? null : pathWarning(checkDbPath(dbPath));
if (warning) console.warn(`Warning: ${warning}`);
if (savedPort !== null && web.port !== savedPort) {
  console.log(
    `The usual port ${savedPort} is in use by another program, so this time Privacy Desk uses port ${web.port}.`,
  );
}
console.log('Press Ctrl+C to stop.');
// The address last, on its own line, so it is easy to find and copy.
console.log('Open this address in Chrome, Edge or Firefox on this computer (it works once):');
console.log(web.url);

const stop = (): void => {
  void web
    .close()
    .then(() => core.close())
    .then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
