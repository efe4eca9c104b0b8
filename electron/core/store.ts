// The database's lifecycle: new → sealed → open. Finds the key file, unseals the keys (OS vault first,
// else the practice passphrase), opens the encrypted file and runs migrations.
import { Kysely, SqliteDialect } from 'kysely';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { DatabaseState } from '../../shared/contract/app';
import { migrateTo } from './db/migrate';
import { openDatabase, type SqliteDb } from './db/open';
import type { DB } from './db/schema';
import { keyFilePath, newDatabaseKeys, readKeyFile, writeKeyFile } from './keys/key-file';
import { KeyVaultError, type DatabaseKeys, type KeyVault } from './keys/key-vault';
import { createPassphraseVault } from './keys/passphrase-vault';
import type { Logger } from './logger';

export interface OpenDatabase {
  kysely: Kysely<DB>;
  raw: SqliteDb;
  keys: DatabaseKeys;
}

export class Store {
  private current: OpenDatabase | null = null;
  private fileExists: boolean;

  constructor(
    readonly dbPath: string,
    private readonly osVault: KeyVault | null,
    private readonly logger: Logger,
  ) {
    this.fileExists = existsSync(dbPath);
  }

  get state(): DatabaseState {
    if (this.current) return 'open';
    return this.fileExists ? 'sealed' : 'new';
  }

  get open(): OpenDatabase {
    if (!this.current) throw new Error('database is not open');
    return this.current;
  }

  /** Opens without a passphrase when the OS key store holds a copy of the keys; otherwise stays sealed. */
  async tryOsUnseal(): Promise<void> {
    if (!this.fileExists || !this.osVault?.isAvailable()) return;
    const file = await readKeyFile(this.dbPath);
    if (!file?.os) return;
    await this.attach(await this.osVault.unseal(file.os), false);
  }

  /** Opens with the practice passphrase (recovery path), then stores an OS-wrapped copy where possible. */
  async unseal(passphrase: string): Promise<void> {
    const file = await readKeyFile(this.dbPath);
    if (!file) throw new KeyVaultError('damaged', `The key file ${keyFilePath(this.dbPath)} is missing.`);
    const keys = await createPassphraseVault(passphrase).unseal(file.passphrase);
    await this.attach(keys, false);
    if (!file.os && this.osVault?.isAvailable()) {
      await writeKeyFile(this.dbPath, file.passphrase, await this.osVault.seal(keys));
    }
  }

  /** First run: new random keys, wrapped by the passphrase (and the OS vault), then a new encrypted file. */
  async create(passphrase: string): Promise<void> {
    const keys = newDatabaseKeys();
    const sealed = await createPassphraseVault(passphrase).seal(keys);
    const os = this.osVault?.isAvailable() ? await this.osVault.seal(keys) : null;
    await writeKeyFile(this.dbPath, sealed, os);
    try {
      await this.attach(keys, true);
    } catch (err) {
      await this.discardNew();
      throw err;
    }
    this.fileExists = true;
  }

  /** Removes a database created moments ago whose setup failed, so the next attempt starts clean. */
  async discardNew(): Promise<void> {
    await this.close();
    for (const suffix of ['', '-wal', '-shm', '.keys.json']) {
      // Only files this attempt made; anything else in the way (a folder) is left for the user to see.
      await rm(`${this.dbPath}${suffix}`, { force: true }).catch(() => undefined);
    }
    this.fileExists = false;
  }

  private async attach(keys: DatabaseKeys, create: boolean): Promise<void> {
    const raw = openDatabase(this.dbPath, keys.dbKey, { create });
    const kysely = new Kysely<DB>({ dialect: new SqliteDialect({ database: raw }) });
    try {
      await migrateTo(kysely as Kysely<unknown>, 'latest');
    } catch (err) {
      await kysely.destroy();
      throw err;
    }
    this.current = { kysely, raw, keys };
    this.logger.info(`database opened (${create ? 'created' : 'existing'})`);
  }

  async close(): Promise<void> {
    if (!this.current) return;
    const { kysely } = this.current;
    this.current = null;
    await kysely.destroy(); // closes the better-sqlite3 handle too
  }
}
