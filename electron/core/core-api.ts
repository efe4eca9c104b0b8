// What the doors (IPC, HTTP, CLI) see of the core: one dispatch function plus session lifecycle hooks.
import type { LiveChange } from '../../shared/live-changes';
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
  /**
   * Changes committed at other workstations of the practice's PostgreSQL server, as they commit (never on SQLite,
   * where this process is the only one); returns the unsubscribe function. A door subscribes once, not per window.
   */
  onChange(listener: (change: LiveChange) => void): () => void;
  /** Whether such changes can come at all: on the practice's server, not on a SQLite file. */
  readonly hearsOthers: boolean;
  close(): Promise<void>;
}
