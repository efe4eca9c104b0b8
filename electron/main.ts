// Electron main process entry: single instance, the app:// scheme, the core, IPC, one secure window,
// and locking on OS lock/suspend. Kept thin; the logic lives in platform/, ipc/ and core/.
import { app, BrowserWindow, dialog, ipcMain, powerMonitor, protocol, safeStorage, session } from 'electron';
import { join } from 'node:path';
import type { Core } from './core/core-api';
import { openCore } from './core/create-core';
import { APP_DIR_NAME, namesDatabase, resolveDatabase } from './core/paths';
import { registerIpc } from './ipc/register';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './platform/app-protocol';
import { createSafeStorageVault } from './platform/safe-storage-vault';
import { askBeforeUnload } from './platform/unload-prompt';
import { createSecureWindow, guardWebContents, hardenSession } from './platform/window';

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
let closing = false;

const openMainWindow = async (): Promise<void> => {
  mainWindow = createSecureWindow({
    preloadPath: join(app.getAppPath(), 'out', 'preload', 'preload.cjs'),
    devTools: !app.isPackaged,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  // Unsaved work in the page asks before the window closes or reloads.
  askBeforeUnload(mainWindow, app.getLocale());
  await mainWindow.loadURL(APP_ENTRY_URL);
};

const start = async (): Promise<void> => {
  hardenSession(session.defaultSession);
  // Only the built renderer is served, through the CSP-adding handler; never a file URL (checklist 18).
  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(app.getAppPath(), 'out', 'renderer')));
  const userData = app.getPath('userData');
  const opened = await openCore({
    ...resolveDatabase(process.argv, process.env, userData),
    // The server password setup takes is sealed with the keys, by this OS key store and the passphrase.
    osVault: createSafeStorageVault(safeStorage, process.platform),
    workstation: { dir: userData, isDefault: !namesDatabase(process.argv) },
  });
  core = opened;
  registerIpc(ipcMain, opened);
  // Walking away from a locked or sleeping machine must not leave PHI one keypress away.
  powerMonitor.on('lock-screen', () => opened.lockAll());
  powerMonitor.on('suspend', () => opened.lockAll());
  await openMainWindow();
};

const fail = (error: unknown): void => {
  console.error('[privacy-desk] start-up failed', error);
  dialog.showErrorBox('Privacy Desk could not start', 'Privacy Desk could not start. Details are in the log.');
  app.exit(1);
};

// Renderer debugging ports give full control of the page; a packaged build refuses them outright.
const debuggingRequested =
  app.commandLine.hasSwitch('remote-debugging-port') || app.commandLine.hasSwitch('remote-debugging-pipe');

// The same folder the CLI and browser mode use (core/paths.ts), in development too, where Electron
// would otherwise name it after package.json's `name`. Before the single-instance lock, which lives there.
app.setPath('userData', join(app.getPath('appData'), APP_DIR_NAME));

if (app.isPackaged && debuggingRequested) {
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same database file; hand over to the first one instead.
  app.quit();
} else {
  // Both must happen before `ready`.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
  app.enableSandbox();

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('activate', () => {
    if (core !== null && mainWindow === null) openMainWindow().catch(fail);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (core === null || closing) return;
    // Close the database cleanly (WAL checkpoint) before the process goes away.
    event.preventDefault();
    closing = true;
    const current = core;
    core = null;
    current
      .close()
      .catch((error: unknown) => console.error('[privacy-desk] close failed', error))
      .finally(() => app.quit());
  });

  app.whenReady().then(start).catch(fail);
}
