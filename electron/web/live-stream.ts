// Browser mode's live updates: each tab holds one stream of server-sent events (a POST from the page, so it passes
// the API's cookie, tab key and Origin checks), all fed by one subscription to the core. The events name areas
// only (shared/live-changes.ts); a tab whose key is renewed loses its stream and opens the next with the new key.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '../core/core-api';
import { securityHeaders } from '../core/static-files';
import type { LiveChange } from '../../shared/live-changes';

/** A comment line now and then, so a client gone without a word is noticed (the write fails) and pruned. */
const HEARTBEAT_MS = 25_000;

export class LiveStreams {
  private readonly streams = new Map<ServerResponse, string>();
  private readonly unsubscribe: () => void;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(private readonly core: Pick<Core, 'onChange' | 'hearsOthers'>) {
    this.unsubscribe = core.onChange((change) => this.send(change));
    this.heartbeat = setInterval(() => this.write(': still here\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Answers with the stream for the tab `tabId`; it stays open until the tab goes, its key changes or we close. */
  serve(req: IncomingMessage, res: ServerResponse, tabId: string): void {
    req.resume(); // nothing to read; let any body drain
    if (!this.core.hearsOthers) {
      // A SQLite file has no other workstation: no stream to hold a connection open for ever ("204: none here").
      res.writeHead(204, securityHeaders('text/plain; charset=utf-8'));
      res.end();
      return;
    }
    res.writeHead(200, { ...securityHeaders('text/event-stream; charset=utf-8'), Connection: 'keep-alive' });
    res.write(': listening\n\n'); // the headers go out now: the page knows the stream is open
    this.streams.set(res, tabId);
    res.on('close', () => this.streams.delete(res));
  }

  /** Ends the streams opened with a tab key that no longer works. */
  endTab(tabId: string): void {
    for (const [res, id] of this.streams) if (id === tabId) this.end(res);
  }

  close(): void {
    this.unsubscribe();
    clearInterval(this.heartbeat);
    for (const res of this.streams.keys()) this.end(res);
  }

  private send(change: LiveChange): void {
    this.write(`data: ${JSON.stringify({ areas: change.areas })}\n\n`);
  }

  private write(chunk: string): void {
    for (const res of this.streams.keys()) res.write(chunk);
  }

  private end(res: ServerResponse): void {
    this.streams.delete(res);
    res.end();
  }
}
