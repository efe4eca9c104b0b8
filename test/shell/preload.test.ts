// The preload exposes `privacyDesk`, with exactly the contract's methods as functions, each invoking its own
// pd:<method> channel with the single input argument, and `privacyDeskChanges` (live updates from other
// workstations, test/shell/live-changes-ipc.test.ts); nothing else.
import { describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../shared/contract';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake());

const fake = await import('./electron-fake');
await import('../../electron/preload');

describe('preload', () => {
  const exposed = fake.captured.exposed.get('privacyDesk') as Record<string, unknown>;

  it('exposes privacyDesk and privacyDeskChanges, and nothing else', () => {
    expect([...fake.captured.exposed.keys()]).toEqual(['privacyDesk', 'privacyDeskChanges']);
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(2);
  });

  it('has exactly the contract method names as keys, every value a function', () => {
    expect(Object.keys(exposed).sort()).toEqual([...METHOD_NAMES].sort());
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function');
  });

  it('offers no ipcRenderer, no generic invoke/send/on', () => {
    for (const key of ['ipcRenderer', 'invoke', 'send', 'on', 'sendSync', 'postMessage']) {
      expect(exposed).not.toHaveProperty(key);
    }
    for (const value of Object.values(exposed)) expect(value).not.toBe(fake.ipcRenderer.invoke);
  });

  it('sends each method to its own channel with one argument only', async () => {
    for (const method of METHOD_NAMES) {
      const fn = exposed[method] as (...args: unknown[]) => Promise<unknown>;
      await fn({ probe: method }, 'extra', 'args');
      expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(`pd:${method}`, { probe: method });
    }
  });
});
