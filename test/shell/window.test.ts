// createSecureWindow and the guards: window options, denied window.open, navigation limited to the
// app origin, no <webview>, and every permission request or check refused.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake());

const fake = await import('./electron-fake');
const { createSecureWindow, guardWebContents, hardenSession } = await import('../../electron/platform/window');

const navEvent = (url: string) => ({ url, preventDefault: vi.fn() });

const newWindow = (devTools = false) => {
  createSecureWindow({ preloadPath: '/opt/privacy-desk/out/preload/preload.cjs', devTools });
  const win = fake.captured.windows.at(-1);
  if (win === undefined) throw new Error('no BrowserWindow was created');
  return win;
};

beforeEach(() => {
  fake.shell.openExternal.mockClear();
});

describe('createSecureWindow', () => {
  it('sets the hardened webPreferences explicitly on every window it creates', () => {
    newWindow(false);
    newWindow(true);
    expect(fake.captured.windowOptions.length).toBeGreaterThanOrEqual(2);
    for (const options of fake.captured.windowOptions) {
      const prefs = options['webPreferences'] as Record<string, unknown>;
      expect(prefs['contextIsolation']).toBe(true);
      expect(prefs['sandbox']).toBe(true);
      expect(prefs['nodeIntegration']).toBe(false);
      expect(prefs['nodeIntegrationInWorker']).toBe(false);
      expect(prefs['nodeIntegrationInSubFrames']).toBe(false);
      expect(prefs['webSecurity']).toBe(true);
      expect(prefs['webviewTag']).toBe(false);
      expect(prefs['preload']).toBe('/opt/privacy-desk/out/preload/preload.cjs');
      for (const banned of ['allowRunningInsecureContent', 'experimentalFeatures', 'enableBlinkFeatures']) {
        expect(prefs, banned).not.toHaveProperty(banned);
      }
    }
  });

  it('offers DevTools only when asked to (development), and closes them if opened anyway', () => {
    const packaged = newWindow(false);
    expect(packaged.options['webPreferences'].devTools).toBe(false);
    packaged.webContents.emit('devtools-opened');
    expect(packaged.webContents.closeDevTools).toHaveBeenCalled();
    expect(newWindow(true).options['webPreferences'].devTools).toBe(true);
  });

  it('denies window.open, even for allowlisted links, which go to the OS browser instead', () => {
    const win = newWindow();
    const handler = win.webContents.windowOpenHandler;
    expect(handler).not.toBeNull();
    expect(handler?.({ url: 'https://evil.test/' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'app://privacy-desk/index.html' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'https://www.hhs.gov/hipaa/' })).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(fake.shell.openExternal.mock.calls[0]?.[0]).toBe('https://www.hhs.gov/hipaa/');
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s leaves the app origin never', (name) => {
    const win = newWindow();
    expect(win.webContents.count(name)).toBe(1);
    for (const url of [
      'https://evil.test',
      'file:///etc/passwd',
      'app://privacy-desk.evil.test/',
      'https://app.example.com.evil.test/',
      'app://privacy-desk@evil.test/',
      'app://user@privacy-desk/index.html',
      'http://privacy-desk/',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'not a url',
    ]) {
      const event = navEvent(url);
      win.webContents.emit(name, event, url);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    for (const url of [
      'app://privacy-desk/index.html#/x',
      'app://privacy-desk/',
      'app://privacy-desk/index.html?a=1',
    ]) {
      const event = navEvent(url);
      win.webContents.emit(name, event, url);
      expect(event.preventDefault, url).not.toHaveBeenCalled();
    }
  });

  it('prevents every <webview> from attaching', () => {
    const win = newWindow();
    const event = { preventDefault: vi.fn() };
    win.webContents.emit('will-attach-webview', event, {}, { src: 'app://privacy-desk/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('guards a webContents once, however often it is guarded', () => {
    const contents = new fake.FakeWebContents();
    guardWebContents(contents as never);
    guardWebContents(contents as never);
    expect(contents.count('will-navigate')).toBe(1);
  });
});

describe('hardenSession', () => {
  const ses = new fake.FakeSession();
  hardenSession(ses as never);
  const permissions = ['media', 'notifications', 'openExternal', 'geolocation', 'clipboard-read', 'hid', 'unknown'];

  it.each(permissions)('refuses a %s permission request', (permission) => {
    const callback = vi.fn();
    ses.permissionRequestHandler?.({}, permission, callback, { requestingUrl: 'app://privacy-desk/' });
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it.each(permissions)('answers false to a %s permission check', (permission) => {
    expect(ses.permissionCheckHandler?.(null, permission, 'app://privacy-desk', {})).toBe(false);
  });

  it('refuses device (HID/USB/serial) access', () => {
    expect(ses.devicePermissionHandler?.({ deviceType: 'usb', origin: 'app://privacy-desk' })).toBe(false);
  });
});
