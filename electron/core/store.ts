// The database's lifecycle: new → sealed → open. Finds the key file, unseals the keys (OS vault first,
// else the practice passphrase), opens the encrypted file and runs migrations.
import type { Kysely } from 'kysely';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DatabaseState } from '../../shared/contract/app';
import { anchorPath, readAnchor, writeAnchor } from './audit/anchor';
import { ensureHead, type SignedHead } from './audit/head';
import { AuditWitness } from './audit/witness';
import { APP_OLDER_MESSAGE, migrateTo } from './db/migrate';
import { checkDbPath, pathWarning } from './db/path-check';
import { DbOpenError, openDatabase, sqliteKysely, type SqliteDb } from './db/open';
import { openServer, serverPasswordFromEnv } from './db/open-server';
import { describeServer, type ServerTarget } from './db/server-url';
import { writeTransaction } from './db/transaction';
import type { DB } from './db/schema';
import { keyFilePath, newDatabaseKeys, readKeyFile, writeKeyFile } from './keys/key-file';
import { KeyVaultError, type DatabaseKeys, type KeyVault } from './keys/key-vault';
import { createPassphraseVault } from './keys/passphrase-vault';
import { SCRYPT_POLICY, type ScryptParams } from './keys/scrypt';
import type { Logger } from './logger';
import { ensurePrivateDir, tightenMode } from './private-files';

export interface OpenDatabase {
  kysely: Kysely<DB>;
  /** The SQLite handle (bulk work, tests); reading it on the practice's PostgreSQL server throws. */
  readonly raw: SqliteDb;
  keys: DatabaseKeys;
  /** Keeps the audit head copy beside the database level with the head inside it. */
  witness: AuditWitness;
  /**
   * The database has migrations this app does not know (another workstation runs a newer Privacy Desk): it is
   * open only so that app.status can say "update it"; dispatch refuses every other call and nothing is written.
   */
  readOnly: boolean;
}

/** A database's place: a SQLite file, or a server and the base path of this workstation's own files for it. */
export interface DatabaseTarget {
  dbPath: string;
  server: ServerTarget | null;
}

export class Store {
  private current: OpenDatabase | null = null;
  private fileExists: boolean;
  /** Why the OS key store could not open the keys at start-up, if it failed (the passphrase then re-seals it). */
  private osUnsealFailure: string | null = null;
  /** Opening and creating run one at a time: two setups at once must not both write a key file. */
  private queue: Promise<unknown> = Promise.resolve();

  /** Where the database is: the SQLite file, or the server with this workstation's own files' base path. */
  private target: DatabaseTarget;

  constructor(
    /**
     * The SQLite file; with a `server`, this workstation's own files' base path instead (the key file and the
     * audit head copy sit beside it, as they sit beside a SQLite file).
     */
    dbPath: string,
    private readonly osVault: KeyVault | null,
    private readonly logger: Logger,
    /** The scrypt cost new key files are sealed with (cheaper in tests). */
    private readonly scryptCost: ScryptParams = SCRYPT_POLICY,
    /** The practice's PostgreSQL server, when the practice shares one between workstations. */
    server: ServerTarget | null = null,
  ) {
    this.target = { dbPath, server };
    this.fileExists = existsSync(this.localMarker);
  }

  get dbPath(): string {
    return this.target.dbPath;
  }

  get server(): ServerTarget | null {
    return this.target.server;
  }

  /** Where the file sits is checked once per place: reading the mount table on every status call costs more. */
  get pathWarning(): string | null {
    if (this.target.server) return null;
    this.checkedPath ??= { dbPath: this.dbPath, warning: pathWarning(checkDbPath(this.dbPath)) };
    return this.checkedPath.warning;
  }

  private checkedPath: { dbPath: string; warning: string | null } | null = null;

  /** What says this workstation has a database: the SQLite file, or the key file that opens the server's. */
  private get localMarker(): string {
    return this.server ? keyFilePath(this.dbPath) : this.dbPath;
  }

  /**
   * Runs `fn` with the store pointed at `at` (setup choosing the practice's server); the store stays there only
   * if `fn` succeeds, so a failed connection leaves "This computer only" as it was.
   */
  private async at(at: DatabaseTarget | undefined, fn: () => Promise<void>): Promise<void> {
    if (!at) return fn();
    const before = { target: this.target, fileExists: this.fileExists, checkedPath: this.checkedPath };
    this.target = at;
    this.checkedPath = null;
    this.fileExists = existsSync(this.localMarker);
    try {
      await fn();
    } catch (err) {
      Object.assign(this, before);
      throw err;
    }
  }

  get state(): DatabaseState {
    if (this.current) return 'open';
    return this.fileExists ? 'sealed' : 'new';
  }

  get open(): OpenDatabase {
    if (!this.current) throw new Error('database is not open');
    return this.current;
  }

  /** A note for the practice when the OS key store could not open the database at start-up. */
  get osKeyWarning(): string | null {
    return this.osUnsealFailure;
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Opens without a passphrase when the OS key store holds a copy of the keys. Any failure (keyring backend
   * changed, damaged copy) leaves the database sealed for the passphrase instead of stopping the app; no new
   * key is ever minted (RELIABILITY.md K3).
   */
  tryOsUnseal(): Promise<void> {
    return this.exclusive(async () => {
      if (this.current || !this.fileExists || !this.osVault?.isAvailable()) return;
      const file = await readKeyFile(this.dbPath).catch(() => null);
      if (!file?.os) return;
      try {
        await this.attach(await this.osVault.unseal(file.os), false);
      } catch (err) {
        const kind = err instanceof KeyVaultError || err instanceof DbOpenError ? err.kind : 'error';
        this.osUnsealFailure = `This computer's key store could not open the database (${kind}). Enter the practice passphrase to open it.`;
        this.logger.info(`OS key store unseal failed: ${kind}`);
      }
    });
  }

  /** Opens with the practice passphrase (recovery path), then (re)stores an OS-wrapped copy where possible. */
  unseal(passphrase: string): Promise<void> {
    return this.exclusive(async () => {
      if (this.current) return;
      const file = await readKeyFile(this.dbPath);
      if (!file) throw new KeyVaultError('damaged', `The key file ${keyFilePath(this.dbPath)} is missing.`);
      const keys = await createPassphraseVault(passphrase, this.scryptCost).unseal(file.passphrase);
      await this.attach(keys, false);
      if ((!file.os || this.osUnsealFailure !== null) && this.osVault?.isAvailable()) {
        await writeKeyFile(this.dbPath, file.passphrase, await this.osVault.seal(keys));
        this.osUnsealFailure = null;
      }
    });
  }

  /**
   * First run: new random keys, wrapped by the passphrase (and the OS vault), then a new encrypted file, or the
   * practice's new database on its server (`at`, with the server password sealed with the keys).
   * Throws DbOpenError('exists') without touching anything when a database is already there.
   */
  create(passphrase: string, options: { at?: DatabaseTarget; serverPassword?: string | null } = {}): Promise<void> {
    return this.exclusive(() =>
      this.at(options.at, async () => {
        if (this.current || existsSync(this.localMarker))
          throw new DbOpenError('exists', `A database already exists at ${this.dbPath}.`);
        ensurePrivateDir(dirname(this.dbPath)); // a folder made for the database is owner-only (0700)
        // An anchor left by an earlier database at this path would never match the new log.
        await rm(anchorPath(this.dbPath), { force: true });
        const keys = newDatabaseKeys();
        const password = this.server ? (options.serverPassword ?? serverPasswordFromEnv()) : null;
        if (password) keys.serverPassword = password;
        await this.writeKeys(keys, passphrase);
        try {
          await this.attach(keys, true);
        } catch (err) {
          await this.discardNew();
          throw err;
        }
        this.fileExists = true;
      }),
    );
  }

  /**
   * Joins the practice's server with an enrolment's keys (`at`: the server and this workstation's files for it).
   * `check` confirms the database is the enrolment's practice before anything is kept; the head copy from the
   * enrolment is this workstation's first record of the newest entry, so a log cut below it is caught here too.
   */
  join(
    keys: DatabaseKeys,
    head: SignedHead | null,
    passphrase: string,
    at: DatabaseTarget,
    check: (db: Kysely<DB>) => Promise<void>,
  ): Promise<void> {
    return this.exclusive(() =>
      this.at(at, async () => {
        if (this.current || existsSync(this.localMarker))
          throw new DbOpenError(
            'exists',
            `This workstation has already joined ${describeServer(at.server as ServerTarget)}.`,
          );
        ensurePrivateDir(dirname(this.dbPath));
        if (head) await writeAnchor(this.dbPath, head);
        else await rm(anchorPath(this.dbPath), { force: true });
        try {
          await this.attach(keys, false, check);
        } catch (err) {
          await this.discardNew();
          throw err;
        }
        await this.writeKeys(keys, passphrase);
        this.fileExists = true;
      }),
    );
  }

  private async writeKeys(keys: DatabaseKeys, passphrase: string): Promise<void> {
    const sealed = await createPassphraseVault(passphrase, this.scryptCost).seal(keys);
    const os = this.osVault?.isAvailable() ? await this.osVault.seal(keys) : null;
    await writeKeyFile(this.dbPath, sealed, os);
  }

  /** Removes the database this store created moments ago, whose setup then failed, so a retry starts clean. */
  async discardNew(): Promise<void> {
    await this.close();
    for (const suffix of ['', '-wal', '-shm', '.keys.json', '.audit-head.json']) {
      // Files only: anything else in the way (a folder) is left for the user to see.
      await rm(`${this.dbPath}${suffix}`, { force: true }).catch(() => undefined);
    }
    this.fileExists = false;
  }

  private async attach(keys: DatabaseKeys, create: boolean, check?: (db: Kysely<DB>) => Promise<void>): Promise<void> {
    const raw = this.server ? null : openDatabase(this.dbPath, keys.dbKey, { create });
    const kysely = raw
      ? sqliteKysely(raw)
      : await openServer(this.server as ServerTarget, {
          create,
          password: keys.serverPassword ?? serverPasswordFromEnv(),
        });
    let readOnly = false;
    try {
      await check?.(kysely);
      readOnly = (await migrateTo(kysely as Kysely<unknown>, 'latest')) === 'app-older';
      if (readOnly && create) throw new DbOpenError('app-older', APP_OLDER_MESSAGE);
      const file = await readAnchor(this.dbPath);
      if (!readOnly)
        await writeTransaction(kysely, (db) => ensureHead(db, keys.auditKey, file.kind === 'read' ? file.head : null));
    } catch (err) {
      await kysely.destroy();
      throw err;
    }
    for (const file of [keyFilePath(this.dbPath), anchorPath(this.dbPath)]) tightenMode(file); // as open does for the database's own
    if (this.server) this.logger.info(`connected to the practice's database server ${describeServer(this.server)}`);
    const witness = new AuditWitness(this.dbPath, kysely, keys.auditKey, this.logger);
    await witness.sync(); // a copy left behind by a crash after the last commit catches up now
    const server = this.server;
    this.current = {
      kysely,
      get raw(): SqliteDb {
        if (!raw)
          throw new Error(`No SQLite handle: the database is on the server ${describeServer(server as ServerTarget)}.`);
        return raw;
      },
      keys,
      witness,
      readOnly,
    };
    this.logger.info(`database opened (${create ? 'created' : 'existing'})`);
  }

  async close(): Promise<void> {
    if (!this.current) return;
    const { kysely, witness } = this.current;
    this.current = null;
    await witness.settled(); // the last head copy is written before the connection goes
    await kysely.destroy(); // closes the better-sqlite3 handle too
  }
}
