// main.ts wiring under a mocked electron and core: single-instance lock, the privileged app scheme,
// the CSP-adding protocol handler, IPC, lock on OS lock/suspend, the window, and the DB path rules.
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../shared/contract';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake());

// Hoisted with the mocks, so the create-core factory can hand out this fake core.
const { fakeCore, openCore } = vi.hoisted(() => {
  const fakeCore = {
    dispatch: vi.fn(() => Promise.resolve({ ok: true as const, value: null })),
    endSession: vi.fn(),
    lockAll: vi.fn(),
    close: vi.fn(() => Promise.resolve()),
  };
  const openCore = vi.fn<
    (options: { dbPath: string; osVault: unknown; workstation?: unknown }) => Promise<typeof fakeCore>
  >(() => Promise.resolve(fakeCore));
  return { fakeCore, openCore };
});
vi.mock('../../electron/core/create-core', () => ({ openCore }));

const fake = await import('./electron-fake');
await import('../../electron/main'); // runs the start-up wiring against the fake electron module
const { resolveDbPath } = await import('../../electron/core/paths');

// Start-up opens the core before the window: wait for the window, with a bound generous enough for a loaded machine.
const settle = (): Promise<void> =>
  vi.waitFor(() => expect(fake.captured.windows.length).toBeGreaterThan(0), { timeout: 30_000, interval: 5 });

describe('main process start-up', async () => {
  await settle();

  it('keeps user data in the same "Privacy Desk" folder as the CLI and browser mode', () => {
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', join('/home/user/.config', 'Privacy Desk'));
    expect(fake.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(
      fake.app.requestSingleInstanceLock.mock.invocationCallOrder[0] ?? 0,
    );
  });

  it('takes the single-instance lock and enables the sandbox for every renderer', () => {
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(fake.app.enableSandbox).toHaveBeenCalledTimes(1);
  });

  it('registers app:// as a standard, secure scheme that neither bypasses CSP nor allows CORS', () => {
    expect(fake.captured.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the renderer through protocol.handle("app") with the CSP header', async () => {
    const handler = fake.captured.protocolHandlers.get('app');
    expect(handler).toBeDefined();
    const res = (await handler?.(new Request('app://privacy-desk/%2e%2e/package.json'))) as Response;
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
  });

  it('denies permissions on the default session', () => {
    expect(fake.defaultSession.permissionCheckHandler?.(null, 'media', 'app://privacy-desk', {})).toBe(false);
  });

  it('opens the core at the default per-user path with the OS vault', () => {
    expect(openCore).toHaveBeenCalledTimes(1);
    const options = openCore.mock.calls[0]?.[0];
    expect(options?.dbPath).toBe(join('/home/user/.config/Privacy Desk', 'privacy-desk.db'));
    expect(options?.osVault).toMatchObject({ kind: 'os' });
    // No --db: setup may choose the practice's server for this computer, and it becomes the default.
    expect(options?.workstation).toEqual({ dir: '/home/user/.config/Privacy Desk', isDefault: true });
  });

  it('registers one IPC handler per contract method', () => {
    expect(fake.captured.ipcHandlers.size).toBe(METHOD_NAMES.length);
  });

  it('locks every session on screen lock and on suspend', () => {
    fake.powerMonitor.emit('lock-screen');
    expect(fakeCore.lockAll).toHaveBeenCalledTimes(1);
    fake.powerMonitor.emit('suspend');
    expect(fakeCore.lockAll).toHaveBeenCalledTimes(2);
  });

  it('opens one secure window on the app origin with the bundled preload, never a file', () => {
    expect(fake.captured.windows).toHaveLength(1);
    const win = fake.captured.windows[0];
    expect(win?.loadURL).toHaveBeenCalledExactlyOnceWith('app://privacy-desk/index.html');
    expect(win?.loadFile).not.toHaveBeenCalled();
    expect(win?.options['webPreferences'].preload).toBe(join('/opt/privacy-desk', 'out', 'preload', 'preload.cjs'));
    expect(win?.options['webPreferences'].sandbox).toBe(true);
  });

  it('guards every webContents created later, not only the main window', () => {
    const contents = new fake.FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    const event = { url: 'https://evil.test/', preventDefault: vi.fn() };
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.test/' })).toEqual({ action: 'deny' });
  });

  it('closes the core before quitting', async () => {
    const event = { preventDefault: vi.fn() };
    fake.app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(fakeCore.close).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled(), { timeout: 30_000 });
    fake.app.emit('will-quit', { preventDefault: vi.fn() });
    expect(fakeCore.close).toHaveBeenCalledTimes(1);
  });
});

describe('resolveDbPath', () => {
  const userData = '/home/user/.config/Privacy Desk';

  it('defaults to privacy-desk.db in userData', () => {
    expect(resolveDbPath(['electron', '.'], {}, userData)).toBe(join(userData, 'privacy-desk.db'));
  });

  it('takes PRIVACY_DESK_DB from the environment', () => {
    expect(resolveDbPath([], { PRIVACY_DESK_DB: '/srv/pd/practice.db' }, userData)).toBe('/srv/pd/practice.db');
  });

  it('lets --db=PATH win over the environment, resolved against the working directory', () => {
    const argv = ['electron', '.', '--db=data/practice.db'];
    expect(resolveDbPath(argv, { PRIVACY_DESK_DB: '/srv/x.db' }, userData)).toBe(resolve('data/practice.db'));
  });

  it('accepts the two-word form --db PATH, as the CLI does', () => {
    expect(resolveDbPath(['--db', '/srv/a.db'], {}, userData)).toBe('/srv/a.db');
  });

  it('ignores empty values', () => {
    expect(resolveDbPath(['--db='], { PRIVACY_DESK_DB: '' }, userData)).toBe(join(userData, 'privacy-desk.db'));
  });
});
