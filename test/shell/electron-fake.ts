// A stand-in for the `electron` module that records what the shell registers (windows, handlers,
// IPC channels, exposed preload keys), for `vi.mock('electron', …)` in the shell tests.
import { vi } from 'vitest';

type Listener = (...args: any[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, fn: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
    return this;
  }
  once(name: string, fn: Listener): this {
    return this.on(name, fn);
  }
  emit(name: string, ...args: unknown[]): void {
    for (const fn of this.listeners.get(name) ?? []) fn(...args);
  }
  count(name: string): number {
    return this.listeners.get(name)?.length ?? 0;
  }
}

let nextContentsId = 1;

export class FakeWebContents extends Emitter {
  readonly id = nextContentsId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly closeDevTools = vi.fn();
  setWindowOpenHandler(fn: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = fn;
  }
}

export class FakeSession {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  devicePermissionHandler: Listener | null = null;
  setPermissionRequestHandler(fn: Listener): void {
    this.permissionRequestHandler = fn;
  }
  setPermissionCheckHandler(fn: Listener): void {
    this.permissionCheckHandler = fn;
  }
  setDevicePermissionHandler(fn: Listener): void {
    this.devicePermissionHandler = fn;
  }
}

/** Everything the shell did to the fake, inspected by the tests. */
export const captured = {
  windows: [] as FakeBrowserWindow[],
  windowOptions: [] as Record<string, any>[],
  ipcHandlers: new Map<string, Listener>(),
  ipcOn: [] as string[],
  exposed: new Map<string, unknown>(),
  protocolHandlers: new Map<string, Listener>(),
  privilegedSchemes: [] as unknown[],
};

export class FakeBrowserWindow extends Emitter {
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
  readonly loadFile = vi.fn<(path: string) => Promise<void>>(() => Promise.resolve());
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  constructor(readonly options: Record<string, any>) {
    super();
    captured.windows.push(this);
    captured.windowOptions.push(options);
  }
}

export const defaultSession = new FakeSession();

export const app = Object.assign(new Emitter(), {
  isPackaged: false,
  requestSingleInstanceLock: vi.fn(() => true),
  whenReady: vi.fn(() => Promise.resolve()),
  getAppPath: vi.fn(() => '/opt/privacy-desk'),
  paths: new Map<string, string>([['appData', '/home/user/.config']]),
  getLocale: vi.fn(() => 'en-US'),
  getPath: vi.fn((name: string): string => app.paths.get(name) ?? `/fake/${name}`),
  setPath: vi.fn((name: string, value: string) => app.paths.set(name, value)),
  enableSandbox: vi.fn(),
  quit: vi.fn(),
  exit: vi.fn(),
  commandLine: { hasSwitch: vi.fn<(name: string) => boolean>(() => false) },
});

export const ipcMain = {
  handle: vi.fn((channel: string, fn: Listener) => {
    if (captured.ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
    captured.ipcHandlers.set(channel, fn);
  }),
  removeHandler: vi.fn((channel: string) => captured.ipcHandlers.delete(channel)),
  on: vi.fn((channel: string) => captured.ipcOn.push(channel)),
};

export const ipcRenderer = {
  invoke: vi.fn<(channel: string, input: unknown) => Promise<unknown>>(() =>
    Promise.resolve({ ok: true, value: null }),
  ),
};

export const contextBridge = {
  exposeInMainWorld: vi.fn((key: string, value: unknown) => captured.exposed.set(key, value)),
};

export const protocol = {
  registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => captured.privilegedSchemes.push(...schemes)),
  handle: vi.fn((scheme: string, fn: Listener) => captured.protocolHandlers.set(scheme, fn)),
};

export const powerMonitor = new Emitter();
export const shell = {
  openExternal: vi.fn<(url: string, options?: unknown) => Promise<void>>(() => Promise.resolve()),
};
export const dialog = {
  showErrorBox: vi.fn(),
  /** Answers with the button index a test sets (0 by default). */
  showMessageBoxSync: vi.fn<(win: unknown, options: { buttons: string[] }) => number>(() => 0),
};
export const safeStorage = {
  isEncryptionAvailable: vi.fn(() => true),
  isAsyncEncryptionAvailable: vi.fn(() => Promise.resolve(true)),
  getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
  encryptStringAsync: vi.fn((s: string) => Promise.resolve(Buffer.from(s))),
  decryptStringAsync: vi.fn((b: Buffer) => Promise.resolve({ shouldReEncrypt: false, result: b.toString() })),
};

/** The module object handed to `vi.mock('electron', …)`. */
export const electronFake = () => {
  const mod = {
    app,
    BrowserWindow: FakeBrowserWindow,
    contextBridge,
    dialog,
    ipcMain,
    ipcRenderer,
    powerMonitor,
    protocol,
    safeStorage,
    session: { defaultSession },
    shell,
  };
  return { ...mod, default: mod };
};
