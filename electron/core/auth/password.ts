// Password hashing: scrypt (N=2^17, r=8, p=1) in a PHC string, constant-time verification,
// and a rehash signal when a stored hash is weaker than the policy (RELIABILITY.md §6 P1–P3).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { scrypt, SCRYPT_POLICY, type ScryptParams } from '../keys/scrypt';

const KEYLEN = 32;

const b64 = (b: Buffer): string => b.toString('base64').replace(/=+$/, '');

export const hashPassword = async (password: string, params: ScryptParams = SCRYPT_POLICY): Promise<string> => {
  const salt = randomBytes(16);
  const hash = await scrypt(password.normalize('NFC'), salt, KEYLEN, params);
  return `$scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${b64(salt)}$${b64(hash)}`;
};

const parsePhc = (phc: string): { params: ScryptParams; salt: Buffer; hash: Buffer } | null => {
  const m = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(phc);
  if (!m) return null;
  return {
    params: { ln: Number(m[1]), r: Number(m[2]), p: Number(m[3]) },
    salt: Buffer.from(m[4] ?? '', 'base64'),
    hash: Buffer.from(m[5] ?? '', 'base64'),
  };
};

export interface Verification {
  valid: boolean;
  /** The stored hash uses weaker parameters than the policy: store a fresh hash. */
  needsRehash: boolean;
}

// A fixed hash to verify against for unknown usernames, so their timing matches a real account (P2).
let dummyHash: Promise<string> | null = null;

export const verifyPassword = async (password: string, phc: string | null): Promise<Verification> => {
  dummyHash ??= hashPassword('dummy-password-for-timing');
  const parsed = parsePhc(phc ?? (await dummyHash));
  if (!parsed) return { valid: false, needsRehash: false };
  const actual = await scrypt(password.normalize('NFC'), parsed.salt, parsed.hash.length, parsed.params);
  const valid = phc !== null && actual.length === parsed.hash.length && timingSafeEqual(actual, parsed.hash);
  const needsRehash = parsed.params.ln < SCRYPT_POLICY.ln || parsed.params.r < SCRYPT_POLICY.r;
  return { valid, needsRehash };
};
