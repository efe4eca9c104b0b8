// The sandboxed preload: exposes `window.privacyDesk` with exactly one function per contract method, and
// `window.privacyDeskChanges.subscribe` for the changes other workstations commit (one channel, listen only).
// No ipcRenderer, no generic invoke(channel): the renderer can reach nothing the contract does not name.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { METHOD_NAMES } from '../shared/contract';
import { ipcChannel, type PrivacyDeskApi } from '../shared/contract/api';
import { asLiveChange, LIVE_CHANGES_CHANNEL, type LiveChange } from '../shared/live-changes';

const api = Object.fromEntries(
  // Exactly one argument is forwarded, so a caller cannot smuggle extra values to the handler.
  METHOD_NAMES.map((method) => [method, (input: unknown) => ipcRenderer.invoke(ipcChannel(method), input)]),
) as unknown as PrivacyDeskApi;

contextBridge.exposeInMainWorld('privacyDesk', api);

contextBridge.exposeInMainWorld('privacyDeskChanges', {
  subscribe: (listener: (change: LiveChange) => void): (() => void) => {
    // The event itself stays here: its `sender` is ipcRenderer, which the page must never hold.
    const forward = (_event: IpcRendererEvent, change: unknown): void => {
      const checked = asLiveChange(change);
      if (checked) listener(checked);
    };
    ipcRenderer.on(LIVE_CHANGES_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(LIVE_CHANGES_CHANNEL, forward);
    };
  },
});
