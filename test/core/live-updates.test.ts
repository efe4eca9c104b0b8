// Live updates across workstations (issue 9 item 7): two cores on one PostgreSQL database, as two workstations of
// the practice. What one commits reaches the other's listener with the areas it touched, never its own; a rolled-back
// write tells no one; an audited read says only that the log grew; and a listening connection that the server ends
// comes back by itself, reports that anything may have changed, and delivers again.
// Skipped on SQLite: one process per database file, so there is no other workstation to hear (the write path
// there is the unchanged one every other core test runs).
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCore, type OpenedCore } from '../../electron/core/create-core';
import { writeTransaction } from '../../electron/core/db/transaction';
import { LiveUpdates } from '../../electron/core/live/live-updates';
import { silentLogger } from '../../electron/core/logger';
import { ALL_AREAS, type LiveChange } from '../../shared/live-changes';
import { ADMIN_PASSWORD, onPostgres, openHarness, PASSPHRASE, type Harness } from '../support/core-harness';

/** Generous: a bound on a loaded machine, not a timing claim (the 2-second figure is the benchmark's). */
const WITHIN = { timeout: 10_000, interval: 20 };
const B_SESSION = 'b:admin';

describe.skipIf(!onPostgres)('live updates between two workstations on one PostgreSQL database', () => {
  let h: Harness; // workstation A
  let other: OpenedCore; // workstation B
  let heardAtA: LiveChange[] = [];
  let heardAtB: LiveChange[] = [];
  let n = 0;

  const newPatient = () => {
    n += 1;
    return { mrn: `LIVE-${n}`, firstName: 'Ada', lastName: `Quinn${n}`, dateOfBirth: '1970-05-01' };
  };

  /** The cores' listening connections that the server currently holds. */
  const listening = async (): Promise<number> =>
    Number(
      (
        await h.sql<{ n: string }>(
          sql`SELECT count(*) AS n FROM pg_stat_activity
              WHERE datname = current_database() AND application_name = 'privacy-desk live updates'
                AND query LIKE 'LISTEN%'`,
        )
      )[0]?.n,
    );

  beforeAll(async () => {
    h = await openHarness({ setup: true });
    other = await openCore({
      dbPath: h.dbPath,
      server: h.server,
      osVault: null,
      clock: h.clock,
      logger: silentLogger,
      checkOutputs: true,
      scryptCost: h.scryptCost,
    });
    expect((await other.dispatch('b:unseal', 'app.unseal', { passphrase: PASSPHRASE })).ok).toBe(true);
    const login = await other.dispatch(B_SESSION, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    expect(login.ok).toBe(true);
    h.core.onChange((change) => heardAtA.push(change));
    other.onChange((change) => heardAtB.push(change));
    await vi.waitFor(async () => expect(await listening()).toBe(2), WITHIN);
  });

  beforeEach(() => {
    heardAtA = [];
    heardAtB = [];
  });

  afterAll(async () => {
    await other.close();
    await h.close();
  });

  it('tells B what A committed, with the areas it touched, and A hears nothing of its own', async () => {
    await h.value('patients.create', newPatient());
    await expect.poll(() => heardAtB, WITHIN).toEqual([{ areas: ['audit', 'patients'] }]);
    // A write at B now: A hears it, and since notifications arrive in commit order, A's own would have come first.
    const saved = await other.dispatch(B_SESSION, 'patients.create', newPatient());
    expect(saved.ok).toBe(true);
    await expect.poll(() => heardAtA, WITHIN).toEqual([{ areas: ['audit', 'patients'] }]);
    expect(heardAtB).toHaveLength(1);
  });

  it('says that a practice detail changed where the notices and settings show it', async () => {
    const practice = await h.value('practice.get', {});
    await h.value('practice.update', { ...practice, phone: '(512) 555-0199' });
    await expect.poll(() => heardAtB, WITHIN).toHaveLength(1);
    expect(heardAtB[0]?.areas).toEqual(expect.arrayContaining(['practice', 'notices', 'settings', 'audit']));
  });

  it('tells B only that the audit log grew when A merely looked (a search is audited but changes nothing)', async () => {
    // Were the search's area named, B's open search would refresh, be audited, and tell A to refresh in turn.
    await h.value('patients.search', { query: 'Quinn', limit: 5 });
    await expect.poll(() => heardAtB, WITHIN).toEqual([{ areas: ['audit'] }]);
  });

  it('tells no one about the reads that screens refresh on a change, so two workstations never refresh each other', async () => {
    // Were one of these to write (audit.list audited, say), a change would make both workstations' screens read
    // again, each read would tell the other, and they would go on refreshing each other for ever.
    await h.value('users.list', {});
    await h.value('practice.get', {});
    await h.value('settings.get', {});
    await h.value('notices.list', {});
    await h.value('audit.list', {});
    await h.value('app.status', {});
    await h.value('patients.create', newPatient()); // the marker: heard after anything sent before it
    await expect.poll(() => heardAtB, WITHIN).toEqual([{ areas: ['audit', 'patients'] }]);
  });

  it('sends nothing for a write that rolls back, though it notified before failing', async () => {
    const voice = new LiveUpdates(h.core.env.store, silentLogger); // a third workstation's write path
    await expect(
      writeTransaction(h.core.env.store.open.kysely, async (tx) => {
        const watched = voice.watch(tx);
        if (!watched) throw new Error('no watch on a server database');
        await watched.db.updateTable('settings').set({ value: '"x"' }).where('key', '=', 'no-such-key').execute();
        await watched.announce();
        throw new Error('the handler failed after its writes');
      }),
    ).rejects.toThrow('the handler failed');
    // A marker committed after it: once B has heard the marker, it would have heard the rolled-back one first.
    await h.value('patients.create', newPatient());
    await expect.poll(() => heardAtB, WITHIN).toEqual([{ areas: ['audit', 'patients'] }]);
  });

  it('listens again after the server ends its connection, reports that anything may have changed, and delivers', async () => {
    await h.sql(
      sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND query LIKE 'LISTEN%'`,
    );
    // Notifications sent while no one listened are lost, so each core refreshes everything once it is back.
    await expect.poll(() => heardAtB, WITHIN).toEqual([{ areas: [...ALL_AREAS] }]);
    await expect.poll(() => heardAtA, WITHIN).toEqual([{ areas: [...ALL_AREAS] }]);
    await expect.poll(listening, WITHIN).toBe(2);
    heardAtB = [];
    await h.value('patients.create', newPatient());
    await expect.poll(() => heardAtB, WITHIN).toEqual([{ areas: ['audit', 'patients'] }]);
  });

  it('closes its listening connection with the core', async () => {
    const third = await openCore({
      dbPath: h.dbPath,
      server: h.server,
      osVault: null,
      logger: silentLogger,
      scryptCost: h.scryptCost,
    });
    expect((await third.dispatch('c:unseal', 'app.unseal', { passphrase: PASSPHRASE })).ok).toBe(true);
    third.onChange(() => undefined);
    await expect.poll(listening, WITHIN).toBe(3);
    await third.close();
    await expect.poll(listening, WITHIN).toBe(2);
  });
});
