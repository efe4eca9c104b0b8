// registerIpc: one handler per contract method, all behind the sender check. Untrusted senders get
// FORBIDDEN with zero core calls; the app window reaches dispatch with its `ipc:<id>` session key.
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../shared/contract';
import { ipcChannel } from '../../shared/contract/api';
import type { Result } from '../../shared/result';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake());

const fake = await import('./electron-fake');
const { registerIpc } = await import('../../electron/ipc/register');

type Handler = (event: unknown, input?: unknown) => Promise<Result<unknown>>;

const core = {
  dispatch: vi.fn<(key: string, method: string, input: unknown) => Promise<Result<unknown>>>(() =>
    Promise.resolve({ ok: true, value: 'dispatched' }),
  ),
  endSession: vi.fn<(key: string) => void>(),
};

const frame = (url: string, parent: unknown = null) => ({ url, parent });
const sender = new fake.FakeWebContents();
const eventFrom = (senderFrame: unknown, contents = sender) => ({ senderFrame, sender: contents });

const handlerFor = (method: string): Handler => {
  const handler = fake.captured.ipcHandlers.get(ipcChannel(method as never));
  if (handler === undefined) throw new Error(`no handler for ${method}`);
  return handler as Handler;
};

const unregister = registerIpc(fake.ipcMain, core);

beforeEach(() => {
  core.dispatch.mockClear();
  core.endSession.mockClear();
});

describe('registerIpc', () => {
  it('registers exactly one handler per contract method, on its pd:<method> channel', () => {
    expect([...fake.captured.ipcHandlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => `pd:${m}`).sort());
    expect(fake.ipcMain.handle).toHaveBeenCalledTimes(METHOD_NAMES.length);
    expect(fake.captured.ipcOn).toEqual([]);
  });

  const untrusted: [string, unknown][] = [
    ['a null senderFrame', null],
    ['an https page', frame('https://evil.test/')],
    ['a look-alike host', frame('app://privacy-desk.evil.test/index.html')],
    ['a file URL', frame('file:///etc/passwd')],
    ['credentials in the URL', frame('app://x@privacy-desk/index.html')],
    ['a garbage URL', frame('not a url')],
    ['an empty URL', frame('')],
    ['an app-origin iframe', frame('app://privacy-desk/index.html', frame('app://privacy-desk/index.html'))],
  ];

  it.each(untrusted)('answers every method from %s with FORBIDDEN and no core call', async (_name, senderFrame) => {
    for (const method of METHOD_NAMES) {
      const result = await handlerFor(method)(eventFrom(senderFrame), {});
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', rule: 'ipc.untrustedSender' } });
    }
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('rejects any input from an untrusted frame without reaching the core', async () => {
    const handler = handlerFor(METHOD_NAMES[0] as string);
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.webUrl(), async (input, url) => {
        const result = await handler(eventFrom(frame(url)), input);
        return !result.ok && result.error.code === 'FORBIDDEN';
      }),
    );
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('passes a call from the app window to dispatch with the ipc:<webContents id> key', async () => {
    for (const method of METHOD_NAMES) {
      const input = { probe: method };
      const result = await handlerFor(method)(eventFrom(frame('app://privacy-desk/index.html#/home')), input);
      expect(result).toEqual({ ok: true, value: 'dispatched' });
      expect(core.dispatch).toHaveBeenLastCalledWith(`ipc:${sender.id}`, method, input);
    }
    expect(core.dispatch).toHaveBeenCalledTimes(METHOD_NAMES.length);
  });

  it('ends the session when the sending webContents is destroyed, once', async () => {
    const contents = new fake.FakeWebContents();
    const handler = handlerFor(METHOD_NAMES[0] as string);
    await handler(eventFrom(frame('app://privacy-desk/index.html'), contents), {});
    await handler(eventFrom(frame('app://privacy-desk/index.html'), contents), {});
    expect(contents.count('destroyed')).toBe(1);
    contents.emit('destroyed');
    expect(core.endSession).toHaveBeenCalledExactlyOnceWith(`ipc:${contents.id}`);
  });

  it('turns a throwing dispatch into INTERNAL without leaking the error', async () => {
    core.dispatch.mockRejectedValueOnce(new Error('SECRET stack detail'));
    const result = await handlerFor(METHOD_NAMES[0] as string)(eventFrom(frame('app://privacy-desk/')), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('SECRET');
  });

  it('honours a different app origin when given one', async () => {
    unregister();
    expect(fake.captured.ipcHandlers.size).toBe(0);
    registerIpc(fake.ipcMain, core, 'app://other');
    const handler = handlerFor(METHOD_NAMES[0] as string);
    expect(await handler(eventFrom(frame('app://privacy-desk/')), {})).toMatchObject({ ok: false });
    expect(await handler(eventFrom(frame('app://other/index.html')), {})).toMatchObject({ ok: true });
  });
});
