// What the doors (IPC, HTTP, CLI) see of the core: one dispatch function plus session lifecycle hooks.
import type { Result } from '../../shared/result';

export interface Core {
  /**
   * Runs one contract method for the session identified by `sessionKey` (a door-chosen id:
   * `ipc:<webContentsId>`, `http:<cookie>`, `cli:<pid>`). Never throws.
   */
  dispatch(sessionKey: string, method: string, input: unknown): Promise<Result<unknown>>;
  /** Forget a session (window closed, browser tab gone). */
  endSession(sessionKey: string): void;
  /** Move a session to a new key, the old one no longer valid (a fresh id after sign-in, against fixation). */
  renameSession(from: string, to: string): void;
  /** Lock every session now (OS screen lock, suspend). */
  lockAll(): void;
  close(): Promise<void>;
}
