// The enrolment file: what another workstation needs to join the practice's server (connection details, the
// practice id, the audit head it may expect, and the keys with the server password). The secrets are wrapped by
// the passphrase vault with the practice passphrase; the readable rest is bound to them by a MAC under the audit
// key, so a file edited to point at another server is refused rather than handed the password.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ServerSettings } from '../../../shared/contract/server-settings';
import type { SignedHead } from '../audit/head';
import { KeyVaultError, type DatabaseKeys } from '../keys/key-vault';
import { createPassphraseVault } from '../keys/passphrase-vault';
import type { ScryptParams } from '../keys/scrypt';

export const ENROLMENT_FORMAT = 'privacy-desk-enrolment';

export interface Enrolment {
  practiceId: string;
  /** The server as setup's fields name it, never with a password. */
  server: ServerSettings;
  /** The newest audit entry when the file was made: the joining workstation's first copy of the head. */
  head: SignedHead | null;
  exportedAt: string;
  /** The database and audit keys and the server password (sealed in the file). */
  keys: DatabaseKeys;
}

export class EnrolmentError extends Error {
  constructor(
    readonly kind: 'not-an-enrolment' | 'wrong-passphrase',
    message: string,
  ) {
    super(message);
    this.name = 'EnrolmentError';
  }
}

const Head = z.object({ seq: z.number().int().nonnegative(), mac: z.string(), sig: z.string() });
const Sealed = z.object({
  kind: z.literal('passphrase'),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  blob: z.string(),
});
const EnrolmentFile = z.object({
  format: z.literal(ENROLMENT_FORMAT),
  version: z.literal(1),
  practiceId: z.uuid(),
  exportedAt: z.string(),
  server: ServerSettings,
  head: Head.nullable(),
  keys: Sealed,
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});

/** The readable part, in a fixed order, as the MAC covers it. */
const readable = (e: Omit<Enrolment, 'keys'>): string => {
  const { host, port, database, user, tls, ca } = e.server;
  const server = { host, port, database, user, tls, ...(ca !== undefined ? { ca } : {}) };
  const head = e.head && { seq: e.head.seq, mac: e.head.mac, sig: e.head.sig };
  return JSON.stringify({ practiceId: e.practiceId, exportedAt: e.exportedAt, server, head });
};

const macOf = (auditKey: Buffer, e: Omit<Enrolment, 'keys'>): string =>
  createHmac('sha256', auditKey)
    .update(`enrolment:${readable(e)}`)
    .digest('hex');

/** The file's text: JSON a person can read (which server, which practice), the secrets sealed. */
export const sealEnrolment = async (e: Enrolment, passphrase: string, cost: ScryptParams): Promise<string> => {
  const readablePart: Omit<Enrolment, 'keys'> = {
    practiceId: e.practiceId,
    exportedAt: e.exportedAt,
    server: e.server,
    head: e.head,
  };
  const file = {
    format: ENROLMENT_FORMAT,
    version: 1,
    ...(JSON.parse(readable(readablePart)) as object),
    keys: await createPassphraseVault(passphrase, cost).seal(e.keys),
    mac: macOf(e.keys.auditKey, readablePart),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
};

const notAnEnrolment = (): EnrolmentError =>
  new EnrolmentError('not-an-enrolment', 'That file is not a Privacy Desk enrolment file.');

/** Reads and opens a file; throws EnrolmentError for anything that is not a genuine file this passphrase opens. */
export const openEnrolment = async (text: string, passphrase: string, cost: ScryptParams): Promise<Enrolment> => {
  let file: z.infer<typeof EnrolmentFile>;
  try {
    file = EnrolmentFile.parse(JSON.parse(text));
  } catch {
    throw notAnEnrolment();
  }
  let keys: DatabaseKeys;
  try {
    keys = await createPassphraseVault(passphrase, cost).unseal(file.keys);
  } catch (err) {
    if (err instanceof KeyVaultError && err.kind === 'wrong-passphrase')
      throw new EnrolmentError('wrong-passphrase', 'That passphrase does not open this enrolment file.');
    throw notAnEnrolment();
  }
  const e: Omit<Enrolment, 'keys'> = {
    practiceId: file.practiceId,
    exportedAt: file.exportedAt,
    server: file.server,
    head: file.head,
  };
  const expected = Buffer.from(macOf(keys.auditKey, e), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(file.mac, 'hex'))) throw notAnEnrolment();
  return { ...e, keys };
};
