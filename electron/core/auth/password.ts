// Password hashing: scrypt in a PHC string (production cost N=2^17, r=8, p=1; the core can be given another),
// constant-time verification, and a rehash signal when a stored hash is weaker than the cost in force
// (RELIABILITY.md §6 P1–P3). Verification always reads the cost from the stored hash.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { scrypt, SCRYPT_POLICY, type ScryptParams } from '../keys/scrypt';

const KEYLEN = 32;

const b64 = (b: Buffer): string => b.toString('base64').replace(/=+$/, '');

export const hashPassword = async (password: string, cost: ScryptParams = SCRYPT_POLICY): Promise<string> => {
  const salt = randomBytes(16);
  const hash = await scrypt(password.normalize('NFC'), salt, KEYLEN, cost);
  return `$scrypt$ln=${cost.ln},r=${cost.r},p=${cost.p}$${b64(salt)}$${b64(hash)}`;
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
  /** The stored hash uses weaker parameters than the cost in force: store a fresh hash. */
  needsRehash: boolean;
}

// A fixed hash (per cost) to verify against for unknown usernames, so their timing matches a real account (P2).
const dummyHashes = new Map<string, Promise<string>>();
const dummyHash = (cost: ScryptParams): Promise<string> => {
  const key = `${cost.ln},${cost.r},${cost.p}`;
  let hash = dummyHashes.get(key);
  if (!hash) {
    hash = hashPassword('dummy-password-for-timing', cost);
    dummyHashes.set(key, hash);
  }
  return hash;
};

export const verifyPassword = async (
  password: string,
  phc: string | null,
  cost: ScryptParams = SCRYPT_POLICY,
): Promise<Verification> => {
  const parsed = parsePhc(phc ?? (await dummyHash(cost)));
  if (!parsed) return { valid: false, needsRehash: false };
  const actual = await scrypt(password.normalize('NFC'), parsed.salt, parsed.hash.length, parsed.params);
  const valid = phc !== null && actual.length === parsed.hash.length && timingSafeEqual(actual, parsed.hash);
  const needsRehash = parsed.params.ln < cost.ln || parsed.params.r < cost.r;
  return { valid, needsRehash };
};
