// The only file that touches ipcMain: one handler per contract method, all behind one wrapper that
// checks the sender frame (top frame, app origin) before anything reaches the core.
// Sessions are keyed by webContents id and ended when that webContents is destroyed. Changes other workstations
// commit go to the windows that have called (so passed the sender check), while they still show the app.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { METHOD_NAMES, type MethodName } from '../../shared/contract';
import { ipcChannel } from '../../shared/contract/api';
import { LIVE_CHANGES_CHANNEL } from '../../shared/live-changes';
import type { Result } from '../../shared/result';
import type { Core } from '../core/core-api';
import { APP_ORIGIN, originOf } from '../platform/app-protocol';

type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;
type CoreLike = Pick<Core, 'dispatch' | 'endSession'> & Partial<Pick<Core, 'onChange'>>;

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
  const tracked = new Map<number, Pick<WebContents, 'send' | 'isDestroyed' | 'getURL'>>();

  // The first call from a webContents arranges for its session to end with it, so a closed window
  // never leaves a signed-in session behind in the core.
  const track = (event: IpcMainInvokeEvent): void => {
    const id = event.sender.id;
    if (tracked.has(id)) return;
    tracked.set(id, event.sender);
    event.sender.once('destroyed', () => {
      tracked.delete(id);
      core.endSession(`ipc:${id}`);
    });
  };

  // Only area names cross (never ids or PHI), and only to a page that is still the app's own.
  const unsubscribe = core.onChange?.((change) => {
    for (const contents of tracked.values()) {
      if (!contents.isDestroyed() && originOf(contents.getURL()) === appOrigin)
        contents.send(LIVE_CHANGES_CHANNEL, { areas: change.areas });
    }
  });

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
    unsubscribe?.();
    for (const method of METHOD_NAMES) ipcMain.removeHandler(ipcChannel(method));
  };
};
