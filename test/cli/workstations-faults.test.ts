// Faults with several workstations on one PostgreSQL server (issue 9, item 9). A workstation killed while its
// write transaction is open leaves nothing half-written, and the workstations waiting for its lock go on once the
// server aborts it. The server restarted while workstations write: their writes fail with an error while it is
// down, the same processes carry on once it is back, and every record kept is whole and counted in one chain.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ADMIN_PASSWORD, PASSPHRASE } from '../support/core-harness';
import type { PostgresServer } from '../support/postgres-server';
import {
  practiceOnServer,
  cli,
  startHolder,
  startLoop,
  stopScripts,
  type Run,
  type Workstation,
} from '../support/workstation';

const root = mkdtempSync(join(tmpdir(), 'pd-workstation-faults-'));
const secrets = { PD_ADMIN_PW: ADMIN_PASSWORD, PD_PASSPHRASE: PASSPHRASE };
let server: PostgresServer | undefined;
let url: string;
let stations: Workstation[];

const asAdmin = (): string[] => [
  '--db',
  url,
  '--passphrase-env',
  'PD_PASSPHRASE',
  '--user',
  'admin',
  '--password-env',
  'PD_ADMIN_PW',
];
const run = (ws: Workstation, ...args: string[]): Promise<Run> => cli(ws, secrets, [...asAdmin(), ...args]);

/** Rows of one query on the practice's database, from outside any workstation. */
const query = async <T>(text: string, values: unknown[] = []): Promise<T[]> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
};
const count = async (text: string, values: unknown[] = []): Promise<number> =>
  Number((await query<{ n: string }>(text, values))[0]?.n);

/** Patients whose create has no entry in the log, and create entries whose patient is not there. */
const halfWritten = async (): Promise<{ withoutEntry: string[]; entryWithoutPatient: string[] }> => ({
  withoutEntry: (
    await query<{ mrn: string }>(
      `SELECT mrn FROM patients p WHERE (SELECT count(*) FROM audit_log a
         WHERE a.action = 'patients.create' AND a.entity_id = p.id::text) <> 1`,
    )
  ).map((r) => r.mrn),
  entryWithoutPatient: (
    await query<{ entity_id: string }>(
      `SELECT entity_id FROM audit_log a WHERE a.action = 'patients.create'
         AND NOT EXISTS (SELECT 1 FROM patients p WHERE p.id::text = a.entity_id)`,
    )
  ).map((r) => r.entity_id),
});

const verify = async (ws: Workstation): Promise<{ ok: boolean; entries: number }> => {
  const r = await run(ws, '--json', 'audit', 'verify');
  expect(r.code, r.err).toBe(0);
  return (JSON.parse(r.out) as { value: { ok: boolean; entries: number } }).value;
};
const entries = (): Promise<number> => count('SELECT count(*) AS n FROM audit_log');
const mrnsLike = async (prefix: string): Promise<string[]> =>
  (await query<{ mrn: string }>('SELECT mrn FROM patients WHERE mrn LIKE $1 ORDER BY mrn', [`${prefix}%`])).map(
    (r) => r.mrn,
  );

beforeAll(async () => {
  ({ server, url, stations } = await practiceOnServer(root, 4, secrets));
}, 120_000);

// A test that failed midway leaves no workstation behind holding the lock for the next one.
afterEach(stopScripts);

afterAll(() => {
  server?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('faults with several workstations on one server', () => {
  it('a workstation killed mid-transaction leaves no half-written record, and the ones waiting for it go on', async () => {
    const [ws1, ws2, ws3, ws4] = stations as [Workstation, Workstation, Workstation, Workstation];
    const before = await entries();
    // The loop signs in first: its opening entries, too, would wait for the lock the holder is about to take.
    const loop = startLoop(ws3, secrets, { db: url, workstation: 3 });
    await loop.next((e) => e.event === 'ready');
    const holder = startHolder(ws2, secrets, { db: url, mrn: 'HELD-1' });
    await holder.next((e) => e.event === 'holding');
    // Workstation 2 now holds the audit head lock with the patient and its entry written but not committed.
    loop.go();
    const cliRun = run(
      ws4,
      'patients',
      'add',
      '--mrn',
      'AFTER-1',
      '--first-name',
      'Next',
      '--last-name',
      'InLine',
      '--date-of-birth',
      '1985-03-04',
    );
    // The others wait for the lock, each in its own session on the server: nothing of theirs is committed yet.
    await vi.waitFor(
      async () =>
        expect(await count(`SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'`)).toBe(2),
      { timeout: 60_000, interval: 100 },
    );
    expect(await count('SELECT count(*) AS n FROM patients')).toBe(0);

    holder.child.kill('SIGKILL');
    await holder.exited;
    const added = await cliRun;
    expect(added.code, added.err).toBe(0);
    expect(added.out).toContain('Added patient Next InLine, MRN AFTER-1');
    // The loop carries on writing.
    await vi.waitFor(async () => expect((await mrnsLike('W3-')).length).toBeGreaterThanOrEqual(20), {
      timeout: 60_000,
      interval: 100,
    });
    loop.stop();
    const result = await loop.result;
    expect(result.failures).toEqual([]);
    expect(result.uncertain).toEqual([]);

    // The killed write left nothing: no patient, no entry; every patient has its one entry.
    expect(await mrnsLike('HELD-')).toEqual([]);
    expect(await halfWritten()).toEqual({ withoutEntry: [], entryWithoutPatient: [] });
    expect(await mrnsLike('W3-')).toEqual([...result.created].sort());
    // The holder's opening (unseal, sign-in) committed before it held; the loop's and the CLI run's, each
    // with their patients; then the verify's own opening.
    const report = await verify(ws1);
    expect(report.ok).toBe(true);
    expect(report.entries).toBe(before + 2 + (2 + result.created.length) + 3 + 2);
  }, 90_000);

  it('a write in flight when the server restarts is not kept; the workstation stays up and its next write is', async () => {
    const before = await entries();
    const holder = startHolder(stations[1] as Workstation, secrets, { db: url, mrn: 'CUT-1', then: 'CUT-2' });
    await holder.next((e) => e.event === 'holding');
    // Its connection is checked out, between two statements of the transaction, when the server goes away.
    await (server as PostgresServer).restart();
    holder.release();
    const cut = await holder.next((e) => e.event === 'answered' && e.mrn === 'CUT-1');
    // Said in words, not as an internal failure: the server went away, nothing was saved.
    expect(cut.result).toMatchObject({ ok: false, error: { code: 'RULE', rule: 'db.serverUnreachable' } });
    const next = await holder.next((e) => e.event === 'answered' && e.mrn === 'CUT-2');
    expect(next.result).toMatchObject({ ok: true, value: { mrn: 'CUT-2' } });
    expect(await holder.exited).toBe(0);

    expect(await mrnsLike('CUT-')).toEqual(['CUT-2']);
    expect(await halfWritten()).toEqual({ withoutEntry: [], entryWithoutPatient: [] });
    const report = await verify(stations[0] as Workstation);
    expect(report.ok).toBe(true);
    expect(report.entries).toBe(before + 2 + 1 + 2); // its opening, CUT-2, the verify's opening
  }, 60_000);

  it('the server restarted mid-run: writes fail while it is down, then the same workstations carry on', async () => {
    const before = await entries();
    const loops = stations.map((ws) => startLoop(ws, secrets, { db: url, workstation: 10 + ws.n }));
    await Promise.all(loops.map((l) => l.next((e) => e.event === 'ready')));
    for (const l of loops) l.go();
    const writing = async (atLeast: number): Promise<void> => {
      for (const l of loops)
        await vi.waitFor(
          async () => expect((await mrnsLike(`W${10 + l.ws.n}-`)).length).toBeGreaterThanOrEqual(atLeast),
          { timeout: 60_000, interval: 100 },
        );
    };
    await writing(10);

    const down = Date.now();
    let outage = 0;
    await (server as PostgresServer).restart(async () => {
      // While it is down, every workstation's writes fail, and the processes stay up.
      const failing = await Promise.all(loops.map((l) => l.next((e) => e.event === 'failing')));
      for (const f of failing) expect(f).toMatchObject({ code: 'RULE', rule: 'db.serverUnreachable' });
      for (const l of loops) expect(l.child.exitCode).toBeNull();
      // A CLI run started meanwhile says why it cannot work.
      const meanwhile = await run(stations[0] as Workstation, 'patients', 'search', '--query', 'Station');
      expect(meanwhile.code).toBe(1);
      expect(meanwhile.err).toContain(
        `privacy-desk: The practice's database server postgres@127.0.0.1:${(server as PostgresServer).port}/practice cannot be reached`,
      );
      outage = Date.now() - down;
    });
    await Promise.all(loops.map((l) => l.next((e) => e.event === 'ok')));
    const afterRestart = await Promise.all(loops.map(async (l) => (await mrnsLike(`W${10 + l.ws.n}-`)).length));
    await writing(Math.max(...afterRestart) + 10);
    for (const l of loops) l.stop();
    const results = await Promise.all(loops.map((l) => l.result));

    const cutOff: number[] = [];
    for (const [i, r] of results.entries()) {
      expect(r.failures, `workstation ${r.workstation}`).toEqual([]);
      expect(r.uncertain.length, `workstation ${r.workstation} failed no write`).toBeGreaterThan(0);
      // What the practice's log says about those failures: the server could not be reached.
      expect(loops[i]?.stderr()).toMatch(/ECONNREFUSED|terminating connection|Connection terminated/);
      // Every write it was told succeeded is there; of the ones cut off, each is either whole or absent.
      const stored = await mrnsLike(`W${r.workstation}-`);
      const committedUncertain = r.uncertain.filter((m) => stored.includes(m));
      cutOff.push(committedUncertain.length);
      expect(stored).toEqual([...r.created, ...committedUncertain].sort());
    }
    expect(await halfWritten()).toEqual({ withoutEntry: [], entryWithoutPatient: [] });
    const kept = (await Promise.all(results.map((r) => mrnsLike(`W${r.workstation}-`)))).flat().length;
    const report = await verify(stations[0] as Workstation);
    expect(report.ok).toBe(true);
    // Each loop's opening, every patient kept with its one entry, and the verify's opening: nothing else.
    expect(report.entries).toBe(before + loops.length * 2 + kept + 2);
    console.info(
      `server restart: down ${outage} ms; ${results.map((r, i) => `#${r.workstation} ${r.created.length} kept, ${r.uncertain.length} failed while down (${cutOff[i] ?? 0} of them committed)`).join('; ')}; ${report.entries} audit entries`,
    );
  }, 120_000);
});
