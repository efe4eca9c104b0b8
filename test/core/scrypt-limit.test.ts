// The cap on concurrent scrypt work (issue 6 item 8): at most SCRYPT_CONCURRENCY (2) derivations run at once per
// process, the rest wait their turn in order; 20 parallel sign-ins once starved each other for over 30 s.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../electron/core/auth/password';
import { createPassphraseVault } from '../../electron/core/keys/passphrase-vault';
import { newDatabaseKeys } from '../../electron/core/keys/key-file';
import { SCRYPT_CONCURRENCY, scryptWork } from '../../electron/core/keys/scrypt';
import { openHarness, type Harness } from '../support/core-harness';

const COST = { ln: 12, r: 8, p: 1 };

let h: Harness;

beforeAll(async () => {
  h = await openHarness({ setup: true });
});

afterAll(() => h.close());

describe('concurrent scrypt work', () => {
  it('runs 2 derivations at once and queues the rest, which all finish correctly', async () => {
    expect(SCRYPT_CONCURRENCY).toBe(2);
    scryptWork.resetPeak();
    const passwords = Array.from({ length: 8 }, (_, i) => `parallel-password-${i}`);
    const hashing = passwords.map((p) => hashPassword(p, COST));
    expect(scryptWork.activity).toEqual({ running: 2, waiting: 6, peak: 2 });
    const hashes = await Promise.all(hashing);
    expect(scryptWork.activity).toEqual({ running: 0, waiting: 0, peak: 2 });
    const checks = await Promise.all(hashes.map((hash, i) => verifyPassword(passwords[i] ?? '', hash, COST)));
    expect(checks.every((c) => c.valid)).toBe(true);
    expect(scryptWork.activity.peak).toBe(2);
  });

  it('counts the passphrase vault in the same queue', async () => {
    scryptWork.resetPeak();
    const keys = newDatabaseKeys();
    const sealing = Array.from({ length: 4 }, () =>
      createPassphraseVault('a vault passphrase for the queue', COST).seal(keys),
    );
    const hashing = hashPassword('one more in the queue', COST);
    expect(scryptWork.activity).toMatchObject({ running: 2, waiting: 3 });
    await Promise.all([...sealing, hashing]);
    expect(scryptWork.activity).toEqual({ running: 0, waiting: 0, peak: 2 });
  });

  it('keeps a failing derivation from holding its slot', async () => {
    const bad = Array.from({ length: 3 }, () =>
      verifyPassword('x', '$scrypt$ln=40,r=8,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g'),
    );
    await Promise.allSettled(bad);
    expect(scryptWork.activity).toMatchObject({ running: 0, waiting: 0 });
    expect((await verifyPassword('fine', await hashPassword('fine', COST), COST)).valid).toBe(true);
  });

  it('holds through dispatch: 12 sign-ins at once all succeed with no more than 2 derivations at a time', async () => {
    const users = Array.from({ length: 12 }, (_, i) => ({ username: `crowd-${i}`, password: `crowd-password-${i}-x` }));
    for (const u of users) await h.value('users.create', { ...u, fullName: u.username, role: 'front_desk' });
    scryptWork.resetPeak();
    const results = await Promise.all(users.map((u) => h.call('auth.login', u, `test:${u.username}`)));
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(scryptWork.activity.peak).toBeLessThanOrEqual(2);
    expect(scryptWork.activity.peak).toBeGreaterThan(0);
  });
});
