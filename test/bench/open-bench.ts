// Benchmark 1: opening the encrypted 200k-patient database — our open path and the full core open
// against a bare better-sqlite3-multiple-ciphers open with quick_check; the scrypt unwrap on its own line.
import Database from 'better-sqlite3-multiple-ciphers';
import { scrypt as scryptCb, type ScryptOptions } from 'node:crypto';
import { openDatabase } from '../../electron/core/db/open';
import { readKeyFile } from '../../electron/core/keys/key-file';
import { createPassphraseVault } from '../../electron/core/keys/passphrase-vault';
import { SCRYPT_POLICY } from '../../electron/core/keys/scrypt';
import { silentLogger } from '../../electron/core/logger';
import { Store } from '../../electron/core/store';
import { openBenchCore, PASSPHRASE, type Fixture } from './fixture';
import { compare, type Row } from './stats';

export const benchOpen = async (fx: Fixture, opts: { runs: number; scryptRuns: number }): Promise<Row[]> => {
  const SECTION = `1. Open the encrypted database (${fx.patients.toLocaleString('en-US')} patients, warm page cache; every variant closes again)`;
  const keyPragma = `key="x'${fx.keys.dbKey.toString('hex')}'"`;
  const rawOpen = (quickCheck: boolean): void => {
    const db = new Database(fx.dbPath);
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(keyPragma);
    if (quickCheck) {
      if (db.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('quick_check failed');
    } else {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    }
    db.close();
  };

  const open = await compare(
    {
      floor: () => rawOpen(true),
      ours: () => openDatabase(fx.dbPath, fx.keys.dbKey, { create: false }).close(),
      core: async () => (await openBenchCore(fx.dbPath, false)).close(),
      noCheck: () => rawOpen(false),
    },
    { runs: opts.runs, warmup: 2 },
  );

  // scrypt is the passphrase's brute-force cost, paid once per unseal by design.
  const keyFile = await readKeyFile(fx.dbPath);
  if (!keyFile) throw new Error('fixture has no key file');
  const vault = createPassphraseVault(PASSPHRASE);
  const N = 2 ** SCRYPT_POLICY.ln;
  const scryptOptions: ScryptOptions = {
    N,
    r: SCRYPT_POLICY.r,
    p: SCRYPT_POLICY.p,
    maxmem: 256 * N * SCRYPT_POLICY.r + 1024 * 1024,
  };
  const salt = Buffer.alloc(16, 7);
  const kdf = await compare(
    {
      floor: () =>
        new Promise<void>((resolve, reject) =>
          scryptCb(PASSPHRASE, salt, 32, scryptOptions, (e) => (e ? reject(e) : resolve())),
        ),
      ours: async () => {
        const keys = await vault.unseal(keyFile.passphrase);
        if (!keys.dbKey.equals(fx.keys.dbKey)) throw new Error('unwrapped the wrong key');
      },
      unseal: async () => {
        const store = new Store(fx.dbPath, null, silentLogger);
        await store.unseal(PASSPHRASE);
        await store.close();
      },
    },
    { runs: opts.scryptRuns, warmup: 1 },
  );

  return [
    { section: SECTION, name: 'floor: raw open, cipher+legacy+key, quick_check, close', stats: open.floor },
    {
      section: SECTION,
      name: 'openDatabase(): key, probe, quick_check, 4 pragmas, close',
      stats: open.ours,
      floor: open.floor,
    },
    {
      section: SECTION,
      name: 'openCore() via OS-vault path (key file, open, Kysely, migrations check) + close',
      stats: open.core,
      floor: open.floor,
    },
    {
      section: SECTION,
      name: 'info: raw open with probe only, no quick_check',
      stats: open.noCheck,
      floor: open.floor,
    },
    { section: SECTION, name: 'floor: bare crypto.scrypt N=2^17 r=8 p=1', stats: kdf.floor },
    { section: SECTION, name: 'passphrase vault unwrap (scrypt + AES-GCM)', stats: kdf.ours, floor: kdf.floor },
    {
      section: SECTION,
      name: 'info: Store.unseal(passphrase) end to end + close',
      stats: kdf.unseal,
      floor: kdf.floor,
    },
  ];
};
