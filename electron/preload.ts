// The sandboxed preload: exposes `window.privacyDesk` with exactly one function per contract method.
// No ipcRenderer, no generic invoke(channel): the renderer can reach nothing the contract does not name.
import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES } from '../shared/contract';
import { ipcChannel, type PrivacyDeskApi } from '../shared/contract/api';

const api = Object.fromEntries(
  // Exactly one argument is forwarded, so a caller cannot smuggle extra values to the handler.
  METHOD_NAMES.map((method) => [method, (input: unknown) => ipcRenderer.invoke(ipcChannel(method), input)]),
) as unknown as PrivacyDeskApi;

contextBridge.exposeInMainWorld('privacyDesk', api);
