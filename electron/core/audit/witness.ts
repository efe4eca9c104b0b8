// Keeps the anchor file beside the database level with the head in the database. It runs after commit (and at
// open), in the background and coalesced: a save never waits on it and never fails because of it. What goes
// wrong is logged and shown by app.status; what looks like tampering is left in place as evidence.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Logger } from '../logger';
import { anchorPath, readAnchor, writeAnchor } from './anchor';
import { isGenuine, logMacAt, readDbHead } from './head';

/** What the practice can do about every problem below (a privacy officer or administrator may verify). */
const VERIFY = 'Ask a privacy officer or administrator to run “Verify audit log” (Settings › Audit log).';

export class AuditWitness {
  private running: Promise<void> | null = null;
  private again = false;
  private problem: string | null = null;
  /** The warning of the write failure in progress: logged once when it starts, not on every commit after. */
  private failure: string | null = null;
  /** This process's own write failed while the file was missing: retrying it is catching up, not re-creating. */
  private owed = false;

  constructor(
    private readonly dbPath: string,
    private readonly db: Kysely<DB>,
    private readonly auditKey: Buffer,
    private readonly logger: Logger,
  ) {}

  /** Why the copy beside the database is not level with the database head, or null when it is. */
  get warning(): string | null {
    return this.problem;
  }

  /** Brings the file up to the database head. Calls during a run join it and cause one more run. Never rejects. */
  sync(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = async (): Promise<void> => {
      await this.once();
      while (this.takeAgain()) await this.once();
    };
    this.running = run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Resolves once no write is in flight (before verify reads the file, before status, before close). */
  settled(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  private takeAgain(): boolean {
    const again = this.again;
    this.again = false;
    return again;
  }

  private async once(): Promise<void> {
    const copy = `The audit head copy beside the database (${anchorPath(this.dbPath)})`;
    let missing = false;
    try {
      // The file first, then the database (through Kysely, so between transactions: committed heads only).
      const file = await readAnchor(this.dbPath);
      missing = file.kind === 'missing';
      const head = await readDbHead(this.db);
      if (!head || !isGenuine(this.auditKey, head) || (await logMacAt(this.db, head.seq)) !== head.mac) {
        return this.report(
          `${copy} was not updated: the audit head in the database is missing or does not match the log. ${VERIFY}`,
        );
      }
      if (file.kind === 'missing') {
        // Once the log has entries, a missing copy is evidence (a rolled-back database with its anchor deleted).
        if (head.seq > 0 && !this.owed)
          return this.report(
            `${copy} is missing. It is not re-created automatically: restore it from a backup of this folder. ${VERIFY}`,
          );
      } else if (file.kind === 'unreadable') {
        return this.report(`${copy} cannot be read (${file.reason}); it was left as it is. ${VERIFY}`);
      } else if (!isGenuine(this.auditKey, file.head)) {
        return this.report(`${copy} is not genuine; it was left as evidence. ${VERIFY}`);
      } else if (file.head.seq >= head.seq) {
        if (file.head.seq === head.seq && file.head.mac === head.mac) return this.report(null);
        return this.report(`${copy} names entries the database does not hold; it was left as evidence. ${VERIFY}`);
      } else if ((await logMacAt(this.db, file.head.seq)) !== file.head.mac) {
        return this.report(`${copy} names an entry the log no longer holds; it was left as evidence. ${VERIFY}`);
      }
      await writeAnchor(this.dbPath, head);
      this.owed = false;
      this.report(null);
    } catch (err) {
      if (missing) this.owed = true;
      if (this.failure === null) {
        const correlationId = randomUUID();
        this.logger.error(correlationId, err);
        const code = (err as NodeJS.ErrnoException).code ?? 'error';
        this.failure = `${copy} could not be written (${code}; log reference ${correlationId}). Saving still works; check the folder's free space and permissions.`;
      }
      this.problem = this.failure;
    }
  }

  private report(problem: string | null): void {
    if (problem !== null && problem !== this.problem) this.logger.info(`audit head copy: ${problem}`);
    this.problem = problem;
    this.failure = null;
  }
}
