// Password storage and sign-in (RELIABILITY.md §6 P1–P3, P5): scrypt PHC strings at the OWASP policy
// with fresh salts, one generic refusal for a wrong password or an unknown user, weaker stored hashes
// upgraded at sign-in, 12–1,024 characters, NFC normalisation. The other tests run at the harness's cheap
// scrypt cost; the first test here sets up a practice at the production cost and checks that is what is stored.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../electron/core/auth/password';
import { readKeyFile } from '../../electron/core/keys/key-file';
import { SCRYPT_POLICY } from '../../electron/core/keys/scrypt';
import { ADMIN_PASSWORD, openHarness, PASSPHRASE, setupInput, type Harness } from '../support/core-harness';

const PHC = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

let h: Harness;
const hashOf = async (username: string, on: Harness = h): Promise<string | undefined> =>
  (await on.sql<{ password_hash: string }>(sql`SELECT password_hash FROM users WHERE username = ${username}`))[0]
    ?.password_hash;
const lastAudit = async () =>
  (await h.sql(sql`SELECT actor_id, action, entity, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1`))[0];
const insertLegacyUser = (username: string, fullName: string, passwordHash: string) =>
  h.sql(
    sql`INSERT INTO users (username, full_name, role, password_hash, created_at)
        VALUES (${username}, ${fullName}, 'front_desk', ${passwordHash}, ${h.clock.now().toISOString()})`,
  );
const userCount = async (username: string): Promise<number> =>
  Number((await h.sql<{ n: unknown }>(sql`SELECT count(*) AS n FROM users WHERE username = ${username}`))[0]?.n);

beforeAll(async () => {
  h = await openHarness({ setup: true });
});

afterAll(() => h.close());

describe('password hashes (P1)', () => {
  it('at the production cost, stores the admin password as a scrypt PHC string at N=2^17, r=8, p=1 with a 16-byte salt, and seals the keys at the same cost', async () => {
    expect(SCRYPT_POLICY).toEqual({ ln: 17, r: 8, p: 1 });
    const prod = await openHarness({ setup: true, scryptCost: SCRYPT_POLICY });
    try {
      const stored = (await hashOf('admin', prod)) ?? '';
      const m = PHC.exec(stored);
      expect(m).not.toBeNull();
      const [, ln, r, p, salt = '', hash = ''] = m ?? [];
      expect({ ln, r, p }).toEqual({ ln: '17', r: '8', p: '1' });
      expect(Buffer.from(salt, 'base64').length).toBeGreaterThanOrEqual(16);
      expect(Buffer.from(hash, 'base64').length).toBeGreaterThanOrEqual(32);
      expect(stored).not.toContain(ADMIN_PASSWORD);
      expect((await readKeyFile(prod.dbPath))?.passphrase.params).toMatchObject({ kdf: 'scrypt', ln: 17, r: 8, p: 1 });
      // And a production core opens it again with the passphrase, and signs the admin in.
      await prod.reopen();
      await prod.value('app.unseal', { passphrase: PASSPHRASE });
      expect(await prod.value('auth.login', { username: 'admin', password: ADMIN_PASSWORD })).toMatchObject({
        user: { username: 'admin' },
      });
    } finally {
      await prod.close();
    }
  });

  it("hashes at the cost the core was given (the harness's cheap one here), never below it", async () => {
    expect(PHC.exec((await hashOf('admin')) ?? '')?.slice(1, 4)).toEqual([
      String(h.scryptCost.ln),
      String(h.scryptCost.r),
      String(h.scryptCost.p),
    ]);
  });

  it('gives the same password two different hashes (fresh salt), both of which verify', async () => {
    const [a, b] = await Promise.all([
      hashPassword('same-password-twice', h.scryptCost),
      hashPassword('same-password-twice', h.scryptCost),
    ]);
    expect(a).not.toBe(b);
    expect(PHC.exec(a)?.[4]).not.toBe(PHC.exec(b)?.[4]);
    const weak = await hashPassword('same-password-twice', { ln: 10, r: 8, p: 1 });
    expect((await verifyPassword('same-password-twice', weak)).valid).toBe(true);
    expect((await verifyPassword('same-password-twicE', weak)).valid).toBe(false);
    expect(await verifyPassword('anything', 'not-a-phc-string')).toEqual({ valid: false, needsRehash: false });
  });
});

describe('sign-in refusals (P2)', () => {
  it('answers a wrong password and an unknown user with the same error', async () => {
    const wrong = await h.error('auth.login', { username: 'admin', password: 'wrong-password-000' }, 'test:p2');
    const unknown = await h.error('auth.login', { username: 'nobody-here', password: 'wrong-password-000' }, 'test:p2');
    expect(wrong).toEqual({ code: 'RULE', rule: 'auth.invalidCredentials', message: expect.any(String) });
    expect(unknown).toEqual(wrong);
    expect(await lastAudit()).toEqual({ actor_id: null, action: 'auth.login.failed', entity: 'user', entity_id: null });
    expect(h.core.env.sessions.get('test:p2')).toBeNull();
  });

  it('accepts the username in any case and with surrounding spaces', async () => {
    const session = await h.value('auth.login', { username: '  ADMIN ', password: ADMIN_PASSWORD }, 'test:case');
    expect(session.user.username).toBe('admin');
    expect(await lastAudit()).toMatchObject({ action: 'auth.login', entity: 'user' });
  });
});

describe('rehash on sign-in (P3)', () => {
  it('asks for a rehash of any hash cheaper than the cost in force, production included', async () => {
    const cheap = await hashPassword('legacy-user-password', { ln: 10, r: 8, p: 1 });
    expect(await verifyPassword('legacy-user-password', cheap, SCRYPT_POLICY)).toEqual({
      valid: true,
      needsRehash: true,
    });
    expect(await verifyPassword('legacy-user-password', cheap, { ln: 10, r: 8, p: 1 })).toEqual({
      valid: true,
      needsRehash: false,
    });
    expect(await verifyPassword('legacy-user-password', cheap, { ln: 10, r: 16, p: 1 })).toEqual({
      valid: true,
      needsRehash: true,
    });
    expect(await verifyPassword('legacy-user-password', cheap)).toEqual({ valid: true, needsRehash: true });
  });

  it('replaces a weaker stored hash with one at the cost in force after a successful sign-in', async () => {
    const weak = await hashPassword('legacy-user-password', { ...h.scryptCost, ln: h.scryptCost.ln - 2 });
    await insertLegacyUser('legacy', 'Lee Gacy', weak);
    await h.value('auth.login', { username: 'legacy', password: 'legacy-user-password' }, 'test:legacy');
    const upgraded = (await hashOf('legacy')) ?? '';
    expect(upgraded).not.toBe(weak);
    expect(upgraded).toMatch(new RegExp(`^\\$scrypt\\$ln=${h.scryptCost.ln},r=8,p=1\\$`));
    expect(await verifyPassword('legacy-user-password', upgraded, h.scryptCost)).toEqual({
      valid: true,
      needsRehash: false,
    });
  });

  it('does not touch a weaker hash when the password is wrong', async () => {
    const weak = await hashPassword('another-legacy-pass', { ...h.scryptCost, ln: h.scryptCost.ln - 2 });
    await insertLegacyUser('legacy2', 'Lee Two', weak);
    await h.error('auth.login', { username: 'legacy2', password: 'not-the-password' }, 'test:legacy2');
    expect(await hashOf('legacy2')).toBe(weak);
  });
});

describe('password rules (P5)', () => {
  const elevenChars = 'abcdefghijk';

  it('rejects an 11-character password on every path that sets one, naming the field', async () => {
    const create = await h.error('users.create', {
      username: 'shorty',
      fullName: 'Sho Rty',
      role: 'front_desk',
      password: elevenChars,
    });
    expect(create).toMatchObject({ code: 'VALIDATION', fields: [expect.objectContaining({ path: 'password' })] });
    const reset = await h.error('users.resetPassword', { userId: 1, newPassword: elevenChars });
    expect(reset).toMatchObject({ code: 'VALIDATION', fields: [expect.objectContaining({ path: 'newPassword' })] });
    const change = await h.error('auth.changePassword', { currentPassword: ADMIN_PASSWORD, newPassword: elevenChars });
    expect(change).toMatchObject({ code: 'VALIDATION', fields: [expect.objectContaining({ path: 'newPassword' })] });
    const setup = await h.error(
      'setup.initialize',
      setupInput({ admin: { username: 'x-admin', fullName: 'X', password: elevenChars } }),
    );
    expect(setup).toMatchObject({ code: 'VALIDATION', fields: [expect.objectContaining({ path: 'admin.password' })] });
    expect(await userCount('shorty')).toBe(0);
  });

  it('rejects 1,025 characters and counts length after NFC (12 code units that compose to 11 are too short)', async () => {
    const long = await h.error('users.create', {
      username: 'longy',
      fullName: 'Lon Gy',
      role: 'front_desk',
      password: 'x'.repeat(1025),
    });
    expect(long).toMatchObject({ code: 'VALIDATION', fields: [expect.objectContaining({ path: 'password' })] });
    const decomposed = 'abcdefghij' + 'e\u0301'; // 12 code units, 11 after NFC
    expect(decomposed.length).toBe(12);
    const short = await h.error('users.create', {
      username: 'nfcshort',
      fullName: 'N S',
      role: 'front_desk',
      password: decomposed,
    });
    expect(short).toMatchObject({ code: 'VALIDATION', fields: [expect.objectContaining({ path: 'password' })] });
  });

  it('accepts exactly 12 characters, and a password set with a composed é signs in typed with a decomposed one', async () => {
    const composed = 'caf\u00e9-cr\u00e8me-12'; // é and è as single code points
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const user = await h.value('users.create', {
      username: 'nfc',
      fullName: 'Noémie Fc',
      role: 'front_desk',
      password: composed,
    });
    expect(await h.value('auth.login', { username: 'nfc', password: decomposed }, 'test:nfc')).toMatchObject({
      user: { id: user.id },
    });
    await h.value('users.create', {
      username: 'twelve',
      fullName: 'Twel Ve',
      role: 'front_desk',
      password: 'abcdefghijkl',
    });
  });
});
