// The only file that touches ipcMain: one handler per contract method, all behind one wrapper that
// checks the sender frame (top frame, app origin) before anything reaches the core.
// Sessions are keyed by webContents id and ended when that webContents is destroyed.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, type MethodName } from '../../shared/contract';
import { ipcChannel } from '../../shared/contract/api';
import type { Result } from '../../shared/result';
import type { Core } from '../core/core-api';
import { APP_ORIGIN, originOf } from '../platform/app-protocol';

type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;
type CoreLike = Pick<Core, 'dispatch' | 'endSession'>;

const FORBIDDEN: Result<never> = {
  ok: false,
  error: {
    code: 'FORBIDDEN',
    rule: 'ipc.untrustedSender',
    message: 'This request did not come from the Privacy Desk window.',
  },
};

const INTERNAL: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Something went wrong. Please try again.' },
};

/**
 * Trusted means: the frame still exists, it is the top frame (no iframe, even a same-origin one)
 * and its URL's parsed origin equals the app origin exactly.
 */
export const isTrustedSender = (event: IpcMainInvokeEvent, appOrigin: string = APP_ORIGIN): boolean => {
  const frame = event.senderFrame;
  if (frame === null) return false;
  if (frame.parent !== null) return false;
  return originOf(frame.url) === appOrigin;
};

export const sessionKeyFor = (event: IpcMainInvokeEvent): string => `ipc:${event.sender.id}`;

/** Registers every contract method; returns a function that removes them again (tests, shutdown). */
export const registerIpc = (ipcMain: IpcMainLike, core: CoreLike, appOrigin: string = APP_ORIGIN): (() => void) => {
  const tracked = new Set<number>();

  // The first call from a webContents arranges for its session to end with it, so a closed window
  // never leaves a signed-in session behind in the core.
  const track = (event: IpcMainInvokeEvent): void => {
    const id = event.sender.id;
    if (tracked.has(id)) return;
    tracked.add(id);
    event.sender.once('destroyed', () => {
      tracked.delete(id);
      core.endSession(`ipc:${id}`);
    });
  };

  const handle = (method: MethodName): void => {
    ipcMain.handle(ipcChannel(method), async (event, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, appOrigin)) return FORBIDDEN;
      try {
        track(event);
        return await core.dispatch(sessionKeyFor(event), method, input);
      } catch {
        // dispatch never throws by contract; if it ever does, nothing (stack, PHI) crosses the door.
        return INTERNAL;
      }
    });
  };

  for (const method of METHOD_NAMES) handle(method);

  return () => {
    for (const method of METHOD_NAMES) ipcMain.removeHandler(ipcChannel(method));
  };
};
