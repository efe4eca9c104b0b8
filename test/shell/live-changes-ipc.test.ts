// Live updates through the desktop door: the main process sends the core's change events (area names only) to the
// windows that have called it and still show the app, never to another page; the preload hands the page the change
// alone (never the IPC event, whose `sender` is ipcRenderer), drops malformed ones, and stops on unsubscribe.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcChannel } from '../../shared/contract/api';
import { LIVE_CHANGES_CHANNEL, type LiveChange } from '../../shared/live-changes';
import type { Result } from '../../shared/result';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake());

const fake = await import('./electron-fake');
const { registerIpc } = await import('../../electron/ipc/register');

type Listener = (...args: unknown[]) => unknown;

/** A window's webContents as far as the forwarding needs: what it was sent, where it is, whether it is gone. */
class Contents extends fake.FakeWebContents {
  url = 'app://privacy-desk/index.html#/notices';
  destroyed = false;
  readonly sent: [string, unknown][] = [];
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getURL(): string {
    return this.url;
  }
}

describe('main process: change events to the app windows', () => {
  let emit: (change: LiveChange) => void = () => undefined;
  const unsubscribe = vi.fn();
  const core = {
    dispatch: vi.fn(() => Promise.resolve<Result<unknown>>({ ok: true, value: null })),
    endSession: vi.fn(),
    onChange: vi.fn((listener: (change: LiveChange) => void) => {
      emit = listener;
      return unsubscribe;
    }),
  };
  let unregister: () => void;
  const call = (contents: Contents, url = 'app://privacy-desk/index.html') =>
    (fake.captured.ipcHandlers.get(ipcChannel('app.status')) as Listener)(
      { senderFrame: { url, parent: null }, sender: contents },
      {},
    );

  beforeAll(() => {
    unregister = registerIpc(fake.ipcMain, core);
  });

  it('sends each change, areas only, to every window that has called and still shows the app', async () => {
    const first = new Contents();
    const second = new Contents();
    const silent = new Contents(); // never called: not known to be the app
    await call(first);
    await call(second);
    emit({ areas: ['notices', 'audit'], extra: 'dropped' } as LiveChange);
    const expected = [[LIVE_CHANGES_CHANNEL, { areas: ['notices', 'audit'] }]];
    expect(first.sent).toEqual(expected);
    expect(second.sent).toEqual(expected);
    expect(silent.sent).toEqual([]);
  });

  it('skips a window that is gone or shows another page, and one whose call was refused', async () => {
    const gone = new Contents();
    const elsewhere = new Contents();
    const refused = new Contents();
    await call(gone);
    await call(elsewhere);
    await call(refused, 'https://evil.test/');
    gone.destroyed = true;
    elsewhere.url = 'https://evil.test/';
    emit({ areas: ['patients'] });
    expect([gone.sent, elsewhere.sent, refused.sent]).toEqual([[], [], []]);
  });

  it('stops listening to the core when the handlers are removed', () => {
    unregister();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});

describe('preload: window.privacyDeskChanges', () => {
  const listeners = new Map<string, Listener[]>();
  beforeAll(async () => {
    Object.assign(fake.ipcRenderer, {
      on: vi.fn((channel: string, fn: Listener) => listeners.set(channel, [...(listeners.get(channel) ?? []), fn])),
      removeListener: vi.fn((channel: string, fn: Listener) =>
        listeners.set(
          channel,
          (listeners.get(channel) ?? []).filter((f) => f !== fn),
        ),
      ),
    });
    await import('../../electron/preload');
  });
  const push = (payload: unknown) => {
    for (const fn of listeners.get(LIVE_CHANGES_CHANNEL) ?? []) fn({ sender: fake.ipcRenderer }, payload);
  };

  it('offers only subscribe, which hands the page each well-formed change and nothing of the IPC event', () => {
    const exposed = fake.captured.exposed.get('privacyDeskChanges') as {
      subscribe: (l: (...args: unknown[]) => void) => () => void;
    };
    expect(Object.keys(exposed)).toEqual(['subscribe']);
    const heard: unknown[][] = [];
    const stop = exposed.subscribe((...args) => heard.push(args));
    push({ areas: ['users'] });
    push({ areas: ['no spaces allowed'] });
    push('not a change');
    expect(heard).toEqual([[{ areas: ['users'] }]]);
    stop();
    push({ areas: ['users'] });
    expect(heard).toHaveLength(1);
    expect(listeners.get(LIVE_CHANGES_CHANNEL)).toEqual([]);
  });
});
