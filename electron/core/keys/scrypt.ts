// scrypt with the OWASP parameters (RELIABILITY.md §6: N=2^17, r=8, p=1), shared by passwords and the passphrase vault.
// At most SCRYPT_CONCURRENCY derivations run at once per process: each holds ~128 MiB and a core for ~0.4 s, and
// 20 parallel sign-ins left unqueued starved each other (and every other call) for over 30 s.
import { scrypt as scryptCb, type ScryptOptions } from 'node:crypto';
import { WorkLimit } from './work-limit';

export interface ScryptParams {
  ln: number; // log2 of N
  r: number;
  p: number;
}

export const SCRYPT_POLICY: ScryptParams = { ln: 17, r: 8, p: 1 };

export const SCRYPT_CONCURRENCY = 2;

/** The process-wide queue every scrypt derivation goes through (exported so tests can watch the cap). */
export const scryptWork = new WorkLimit(SCRYPT_CONCURRENCY);

export const scrypt = (secret: string | Buffer, salt: Buffer, keylen: number, params: ScryptParams): Promise<Buffer> =>
  scryptWork.run(
    () =>
      new Promise((resolve, reject) => {
        const N = 2 ** params.ln;
        // Node's default maxmem (32 MiB) is below the 128*N*r bytes N=2^17 needs.
        const options: ScryptOptions = { N, r: params.r, p: params.p, maxmem: 256 * N * params.r + 1024 * 1024 };
        scryptCb(secret, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key)));
      }),
  );
