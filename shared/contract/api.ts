// The typed surface the renderer calls: one async function per contract method, whatever the transport.
import type { Result } from '../result';
import type { MethodInput, MethodName, MethodOutput } from './index';

export type PrivacyDeskApi = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
};

/** IPC channel for a method; the preload and the main process both derive channels from this. */
export const ipcChannel = (method: MethodName): string => `pd:${method}`;
