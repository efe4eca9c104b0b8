// The one listening connection of a core on the practice's PostgreSQL server: its own pg.Client (not one of the
// pool's, which come and go), LISTENing on the changes channel. A dropped connection (the server restarted, the
// backend was ended) is opened again with a growing pause; notifications sent meanwhile are lost, so a reconnect
// is reported as "anything may have changed".
import pg from 'pg';
import { connectionSettings } from '../db/open-server';
import type { ServerTarget } from '../db/server-url';
import type { Logger } from '../logger';

/** The channel every workstation of the practice notifies and listens on. */
export const CHANGES_CHANNEL = 'privacy_desk_changes';

export interface Backoff {
  firstMs: number;
  maxMs: number;
}

/** Quick after a blip (a restart takes seconds), at most every 10 s while the server stays away. */
export const DEFAULT_BACKOFF: Backoff = { firstMs: 250, maxMs: 10_000 };

export interface ChangeListenerOptions {
  target: ServerTarget;
  password: string | null;
  logger: Logger;
  /** A notification's payload, as sent (the caller checks it). */
  onPayload: (payload: string) => void;
  /** Listening again after the connection was lost (or never came up at first): events may have been missed. */
  onResumed: () => void;
  backoff?: Backoff;
}

export class ChangeListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private pauseMs: number;
  private timer: NodeJS.Timeout | null = null;
  private attempt: Promise<void> | null = null;
  private missed = false;
  private readonly backoff: Backoff;

  constructor(private readonly options: ChangeListenerOptions) {
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.pauseMs = this.backoff.firstMs;
  }

  start(): void {
    this.attempt = this.connect();
  }

  /** Ends the connection and any retry; nothing is reported after it resolves. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.attempt;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const { target, password } = this.options;
    const client = new pg.Client({
      ...connectionSettings(target, password),
      application_name: 'privacy-desk live updates',
      // A server that vanished without closing the connection (power cut, network gone) is noticed, not waited on.
      keepAlive: true,
    });
    // Without listeners an 'error' (the backend was ended) would crash the process.
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    client.on('notification', (message) => {
      if (this.client === client && message.channel === CHANGES_CHANNEL && message.payload)
        this.options.onPayload(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch (err) {
      await client.end().catch(() => undefined);
      if (!this.stopped) {
        this.options.logger.info(`live updates: cannot listen on the server (${(err as Error).message}); retrying`);
        this.missed = true;
        this.retry();
      }
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.pauseMs = this.backoff.firstMs;
    if (this.missed) {
      this.missed = false;
      this.options.logger.info('live updates: listening again');
      this.options.onResumed();
    }
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return; // a failed attempt, or a client already given up
    this.client = null;
    if (this.stopped) return;
    this.options.logger.info('live updates: connection to the server lost; reconnecting');
    this.missed = true;
    this.retry();
  }

  private retry(): void {
    if (this.stopped || this.timer) return;
    const pause = this.pauseMs;
    this.pauseMs = Math.min(this.pauseMs * 2, this.backoff.maxMs);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.stopped) this.attempt = this.connect();
    }, pause);
    this.timer.unref();
  }
}
