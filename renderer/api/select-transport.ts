// Picks the door at start-up: IPC when the Electron preload is present, otherwise HTTP (browser mode).
import type { Transport } from './client';
import { httpTransport } from './http-transport';
import { ipcLiveChanges, ipcTransport, type Bridge } from './ipc-transport';

// Read without augmenting `Window`, so this never clashes with the preload's own declaration.
export const findBridge = (win: object): Bridge | null => {
  const bridge = (win as { privacyDesk?: unknown }).privacyDesk;
  return typeof bridge === 'object' && bridge !== null ? (bridge as Bridge) : null;
};

export const selectTransport = (win: object = window): Transport => {
  const bridge = findBridge(win);
  if (!bridge) return httpTransport();
  const subscribe = ipcLiveChanges((win as { privacyDeskChanges?: unknown }).privacyDeskChanges);
  const call = ipcTransport(bridge);
  return subscribe ? Object.assign(call, { subscribe }) : call;
};
