// Five workstations writing to the practice's PostgreSQL server at once (issue 9, item 9): workstation 1 creates
// the practice with `privacy-desk init`, an administrator there exports the enrolment file and the other four
// enrol with it (each its own computer: its own per-user folder), and for over 20 seconds five long-lived workstation
// processes add patients, race each other for the same MRNs, add users, sign in and publish notice versions, while
// real CLI runs at the same workstations add patients and users, publish the Spanish notice and sign in. Then
// every record is counted against what the processes say succeeded (nothing lost, nothing twice), two
// workstations adding the same MRN at once get one success and one CONFLICT, and `audit verify` finds one
// gapless chain with exactly the entries those successes and refusals append.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, PASSPHRASE } from '../support/core-harness';
import type { PostgresServer } from '../support/postgres-server';
import { practiceOnServer, cli, startLoop, stopScripts, type Run, type Workstation } from '../support/workstation';
import type { LoopResult } from '../support/workstation-loop';

const root = mkdtempSync(join(tmpdir(), 'pd-workstations-'));
const secrets = { PD_ADMIN_PW: ADMIN_PASSWORD, PD_PASSPHRASE: PASSPHRASE, PD_NEW_PW: 'first-password-for-staff-1' };
const LOOP_SECONDS = 20;
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
const addPatient = (ws: Workstation, mrn: string): Promise<Run> =>
  run(
    ws,
    '--json',
    'patients',
    'add',
    '--mrn',
    mrn,
    '--first-name',
    'Cli',
    '--last-name',
    `Ws${ws.n}`,
    '--date-of-birth',
    '1990-05-06',
  );

/** Rows of one query on the practice's database, as the server holds them. */
const query = async <T>(text: string): Promise<T[]> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
};

const dayAfter = (date: string, days: number): string => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

beforeAll(async () => {
  ({ server, url, stations } = await practiceOnServer(root, 5, secrets));
}, 120_000);

afterEach(stopScripts);

afterAll(() => {
  server?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('five workstations writing to one PostgreSQL server at once', () => {
  it('keeps every write exactly once, one winner per contested MRN, and one gapless chain of exactly the expected entries', async () => {
    const [ws1, ws2, ws3] = stations as [Workstation, Workstation, Workstation];
    const loops = stations.map((ws) =>
      startLoop(ws, secrets, {
        db: url,
        workstation: ws.n,
        seconds: LOOP_SECONDS,
        sharedEveryMs: 250,
        noticeEveryMs: 2000,
        accountsEveryMs: 6000,
      }),
    );
    await Promise.all(loops.map((l) => l.next((e) => e.event === 'ready')));
    const started = Date.now();
    for (const l of loops) l.go();
    const results = Promise.all(loops.map((l) => l.result));
    const loopsEnded = { value: false };
    void results.finally(() => (loopsEnded.value = true)).catch(() => undefined);

    // Meanwhile, real CLI runs at the workstations, in two lanes: each run opens (unseal) and signs in, then acts.
    // Each lane runs at least one of each of its kinds, and goes on while the loops write.
    type Kind = 'patient' | 'user' | 'publish' | 'signIn';
    const cliRuns: { kind: Kind; run: Run; name?: string }[] = [];
    let spanishDate = dayAfter(new Date().toISOString().slice(0, 10), 1);
    const cliJob = async (kind: Kind, k: number): Promise<void> => {
      const ws = stations[k % stations.length] as Workstation;
      if (kind === 'patient') cliRuns.push({ kind, run: await addPatient(ws, `C-${k}`) });
      if (kind === 'user') {
        const name = `cli${k}`;
        const args = ['--username', name, '--name', `Cli User ${k}`, '--role', 'front_desk'];
        cliRuns.push({ kind, name, run: await run(ws, 'users', 'add', ...args, '--new-password-env', 'PD_NEW_PW') });
      }
      if (kind === 'publish') {
        // Spanish, one run at a time in this lane, each a day after the last (the loops publish English).
        const file = join(root, `es-${k}.json`);
        const changeSummary = `Revisión ${k}`;
        writeFileSync(
          file,
          JSON.stringify({ language: 'es', effectiveDate: spanishDate, changeSummary, materialChange: false }),
        );
        spanishDate = dayAfter(spanishDate, 1);
        cliRuns.push({ kind, run: await run(ws, 'notice', 'publish', '--from', file) });
      }
      if (kind === 'signIn') cliRuns.push({ kind, run: await run(ws, 'notice', 'list') });
    };
    const lane = async (kinds: Kind[], first: number): Promise<void> => {
      for (let k = 0; k < kinds.length || !loopsEnded.value; k++)
        await cliJob(kinds[k % kinds.length] as Kind, first + 2 * k);
    };
    const [twins] = await Promise.all([
      (async () => {
        // The same new MRN from two workstations at once; then this lane's patients and users.
        const pair = await Promise.all([addPatient(ws2, 'TWIN-1'), addPatient(ws3, 'TWIN-1')]);
        await lane(['patient', 'user'], 1);
        return pair;
      })(),
      lane(['publish', 'signIn'], 0),
    ]);
    const loopResults: LoopResult[] = await results;
    const window = Date.now() - started;

    // Nothing refused that should have worked.
    for (const r of loopResults) expect(r.failures, `workstation ${r.workstation}`).toEqual([]);
    for (const { run: r } of cliRuns) expect(r.code, r.err).toBe(0);
    for (const r of loopResults) expect(r.ms).toBeGreaterThanOrEqual(LOOP_SECONDS * 1000);

    // The same MRN from two workstations at once: one added, one told it is taken.
    expect(twins.map((t) => t.code).sort()).toEqual([0, 1]);
    const refusedTwin = twins.find((t) => t.code === 1) as Run;
    expect(JSON.parse(refusedTwin.out)).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        rule: 'patients.mrnTaken',
        message: 'Another patient already has the MRN TWIN-1: nothing was added.',
      },
    });

    const sum = (f: (r: LoopResult) => number): number => loopResults.reduce((a, r) => a + f(r), 0);
    const cliCount = (kind: string): number => cliRuns.filter((c) => c.kind === kind).length;

    // Patients: exactly the MRNs the workstations were told were added, each once.
    const expectedMrns = [
      ...loopResults.flatMap((r) => [...r.created, ...r.sharedWon]),
      ...cliRuns
        .filter((c) => c.kind === 'patient')
        .map((c) => (JSON.parse(c.run.out) as { value: { mrn: string } }).value.mrn),
      'TWIN-1',
    ].sort();
    const stored = (await query<{ mrn: string }>('SELECT mrn FROM patients ORDER BY mrn')).map((r) => r.mrn);
    expect(stored.length).toBe(expectedMrns.length);
    expect(stored).toEqual(expectedMrns);
    // Every contested MRN went to exactly one workstation; the others were refused it.
    const won = loopResults.flatMap((r) => r.sharedWon);
    const refused = loopResults.flatMap((r) => r.sharedRefused);
    expect(new Set(won).size).toBe(won.length);
    for (const mrn of refused) expect(won).toContain(mrn);
    expect(refused.length).toBeGreaterThan(0); // the race was real: several workstations tried the same slot

    // Users and notices: exactly what was reported.
    const users = (await query<{ username: string }>('SELECT username FROM users ORDER BY username')).map(
      (r) => r.username,
    );
    const expectedUsers = [
      'admin',
      ...loopResults.flatMap((r) => r.users),
      ...cliRuns.filter((c) => c.kind === 'user').map((c) => c.name),
    ].sort();
    expect(users).toEqual(expectedUsers);
    const versions = await query<{ language: string; number: number | null; effective_date: string }>(
      'SELECT language, number, effective_date FROM notice_versions ORDER BY language, number',
    );
    const english = versions.filter((v) => v.language === 'en');
    const spanish = versions.filter((v) => v.language === 'es');
    const publishedEn = loopResults.flatMap((r) => r.published).sort((a, b) => a.number - b.number);
    expect(english.map((v) => [v.number, v.effective_date])).toEqual(
      publishedEn.map((p) => [p.number, p.effectiveDate]),
    );
    expect(publishedEn.map((p) => p.number)).toEqual(publishedEn.map((_, i) => i + 1)); // no number twice, none skipped
    expect(spanish.map((v) => v.number)).toEqual(Array.from({ length: cliCount('publish') }, (_, i) => i + 1));

    // The audit log: exactly the entries those runs append, no more, no fewer.
    const verify = await run(ws1, '--json', 'audit', 'verify');
    expect(verify.code, verify.err).toBe(0);
    const report = (JSON.parse(verify.out) as { value: { ok: boolean; entries: number; head: { seq: number } } }).value;
    expect(report.ok).toBe(true);
    // Every process opens (unseal) and signs in: the enrolment export, the loops, the CLI runs and the verify.
    const processes = 1 + loopResults.length + cliRuns.length + twins.length + 1;
    const publishedCli = cliCount('publish');
    const expected: Record<string, number> = {
      'setup.initialize': 1,
      'workstation.exportEnrolment': 1,
      'setup.enrol': stations.length - 1,
      'app.unseal': processes,
      'auth.login': processes + sum((r) => r.signIns),
      'patients.create': expectedMrns.length,
      'patients.create.refused': refused.length + 1,
      'users.create': expectedUsers.length - 1,
      'notices.createDraft': publishedEn.length + sum((r) => r.discarded) + publishedCli,
      'notices.publish': publishedEn.length + publishedCli,
      'audit.verify': 1,
    };
    if (sum((r) => r.discarded) > 0) expected['notices.discardDraft'] = sum((r) => r.discarded);
    const byAction = await query<{ action: string; n: string }>(
      'SELECT action, count(*) AS n FROM audit_log GROUP BY action',
    );
    expect(Object.fromEntries(byAction.map((r) => [r.action, Number(r.n)]))).toEqual(expected);
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    // The verify counts the log up to its own entry.
    expect(report.entries).toBe(total - 1);
    const [span] = await query<{ first: number; last: number; n: string }>(
      'SELECT min(seq) AS first, max(seq) AS last, count(*) AS n FROM audit_log',
    );
    expect([span?.first, span?.last, Number(span?.n)]).toEqual([1, total, total]); // no gap

    console.info(
      `workstations: ${window} ms of writing; loops ${loopResults.map((r) => `#${r.workstation} ${r.created.length} patients, ${r.sharedWon.length}/${r.sharedWon.length + r.sharedRefused.length} shared, ${r.users.length} users, ${r.signIns} sign-ins, ${r.published.length} notices (${r.noticeBusy} busy)`).join('; ')}; CLI runs ${cliRuns.length + twins.length} (${cliRuns.map((c) => `${c.kind} ${c.run.ms} ms`).join(', ')}); audit entries ${total}`,
    );
  }, 120_000);
});
