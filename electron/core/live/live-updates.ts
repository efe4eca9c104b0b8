// Live updates across workstations (issue 9 item 7): a commit at one workstation reaches the others' screens.
// On the practice's PostgreSQL server each write transaction notifies, inside itself (PostgreSQL delivers a
// NOTIFY at COMMIT and drops it on ROLLBACK), which areas its writes touched and which core sent it; every core
// listens on its own connection, ignores what it sent itself, and tells its doors. On SQLite there is nothing to
// hear (one process per file) and nothing here runs.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { ALL_AREAS, asLiveChange, type LiveChange } from '../../../shared/live-changes';
import { serverPasswordFromEnv } from '../db/open-server';
import type { DB } from '../db/schema';
import type { Logger } from '../logger';
import type { Store } from '../store';
import { areasWritten } from './areas';
import { ChangeListener, CHANGES_CHANNEL, type Backoff } from './change-listener';
import { WrittenTables } from './written-tables';

export type ChangeListenerFn = (change: LiveChange) => void;

/** One write transaction, watched: run its queries on `db`, then `announce()` just before COMMIT. */
export interface WatchedTransaction {
  db: Kysely<DB>;
  announce(): Promise<void>;
}

/** The wire format: the sending core's id and the areas, nothing else (a NOTIFY payload is readable by any listener). */
interface Notice {
  from: string;
  areas: string[];
}

export class LiveUpdates {
  /** This core's id on the channel, new each start: it hears its own notifications and skips them. */
  readonly workstation = randomUUID();
  private readonly listeners = new Set<ChangeListenerFn>();
  private listener: ChangeListener | null = null;
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly backoff?: Backoff,
  ) {}

  /** For dispatch's write transactions: null on SQLite, where no other process is listening. */
  watch(tx: Kysely<DB>): WatchedTransaction | null {
    if (!this.store.server) return null;
    const written = new WrittenTables();
    return {
      db: tx.withPlugin(written),
      announce: async () => {
        if (written.tables.size === 0) return; // read in a transaction, wrote nothing
        const notice: Notice = { from: this.workstation, areas: areasWritten(written.tables) };
        await sql`SELECT pg_notify(${CHANGES_CHANNEL}, ${JSON.stringify(notice)})`.execute(tx);
      },
    };
  }

  /** Tells `listener` about every change committed by another workstation; returns the unsubscribe function. */
  onChange(listener: ChangeListenerFn): () => void {
    this.listeners.add(listener);
    this.follow();
    return () => {
      this.listeners.delete(listener);
      this.follow();
    };
  }

  /**
   * Opens or ends the listening connection to match the store (open, on a server) and the subscribers (the CLI
   * has none, and opens no connection for them). Called after anything that may open the store.
   */
  follow(): void {
    const server = this.store.server;
    const wanted = !this.closed && server !== null && this.store.state === 'open' && this.listeners.size > 0;
    if (wanted && !this.listener) {
      const { keys } = this.store.open;
      this.listener = new ChangeListener({
        target: server,
        password: keys.serverPassword ?? serverPasswordFromEnv(),
        logger: this.logger,
        onPayload: (payload) => this.heard(payload),
        onResumed: () => this.emit({ areas: [...ALL_AREAS] }),
        ...(this.backoff ? { backoff: this.backoff } : {}),
      });
      this.listener.start();
    } else if (!wanted && this.listener) {
      void this.listener.stop();
      this.listener = null;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const listener = this.listener;
    this.listener = null;
    await listener?.stop();
  }

  private heard(payload: string): void {
    let notice: unknown;
    try {
      notice = JSON.parse(payload);
    } catch {
      return; // not ours: anyone who may connect to the database may NOTIFY on the channel
    }
    if ((notice as Partial<Notice> | null)?.from === this.workstation) return;
    const change = asLiveChange(notice);
    if (change && change.areas.length > 0) this.emit(change);
  }

  private emit(change: LiveChange): void {
    for (const listener of [...this.listeners]) {
      try {
        listener({ areas: [...change.areas] });
      } catch (err) {
        this.logger.error(randomUUID(), err); // one door's failure must not keep the news from the others
      }
    }
  }
}
