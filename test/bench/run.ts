// `npm run bench`: builds the 200k-patient encrypted fixture once, runs the open, dispatch, audit and
// notice-PDF benchmarks, and prints one table of medians, p95s, raw floors and ratios. Figures only, no assertions.
import Database from 'better-sqlite3-multiple-ciphers';
import { cpus, loadavg, tmpdir } from 'node:os';
import { benchAudit, verifyAuditChain } from './audit-bench';
import { benchAuditList } from './audit-list';
import { signInBundleLine } from './bundle-size';
import { firstScreenLine } from './first-screen';
import { benchGet, benchStatus } from './dispatch-bench';
import { ADMIN_PASSWORD, buildFixture, openBenchCore, SESSION, type Fixture } from './fixture';
import { noticePdfRows } from './notice-pdf';
import { benchOpen } from './open-bench';
import { benchPostgres } from './pg-bench';
import { renderTable, type Row } from './stats';

const QUICK = process.env.BENCH_QUICK === '1'; // smoke run of the harness itself
const PATIENTS = Number(process.env.BENCH_PATIENTS ?? 200_000);
const AUDIT_ENTRIES = Number(process.env.BENCH_AUDIT_ENTRIES ?? (QUICK ? 50_000 : 1_000_000));
const plan = QUICK
  ? { openRuns: 3, scryptRuns: 1, callRuns: 200, callWarmup: 20 }
  : { openRuns: 15, scryptRuns: 5, callRuns: 2_000, callWarmup: 200 };
// Section 6 (PostgreSQL, when its binaries are here) builds its own SQLite twin of the same size.
const pgPlan = {
  patients: QUICK ? Math.min(PATIENTS, 10_000) : PATIENTS,
  callRuns: plan.callRuns,
  callWarmup: plan.callWarmup,
  searchRuns: QUICK ? 20 : 300,
  searchWarmup: QUICK ? 3 : 30,
  writeSeconds: Number(process.env.BENCH_WRITE_SECONDS ?? (QUICK ? 2 : 10)),
};

const sqliteVersion = (): string => {
  const db = new Database(':memory:');
  try {
    return `SQLite ${String(db.prepare('SELECT sqlite_version() AS v').pluck().get())}`;
  } finally {
    db.close();
  }
};

const main = async (): Promise<void> => {
  const started = performance.now();
  console.log(
    `Privacy Desk benchmarks — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${sqliteVersion()}, temp dir ${tmpdir()}, load avg ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `median and p95 over n runs after warm-up; "floor" = the same work with bare better-sqlite3-multiple-ciphers calls (section 6: bare pg); ratio = ours/floor of the medians.${QUICK ? ' QUICK MODE.' : ''}\n`,
  );

  let fx: Fixture | null = null;
  const rows: Row[] = [];
  let chain = '';
  const cleanup = (): void => fx?.remove();
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    fx = await buildFixture(PATIENTS);
    console.log(
      `fixture: ${fx.patients.toLocaleString('en-US')} patients, ${(fx.fileBytes / 2 ** 20).toFixed(1)} MiB encrypted file; ` +
        `bulk insert ${fx.insertMs.toFixed(0)} ms, whole build (setup incl. 2× scrypt) ${(fx.buildMs / 1000).toFixed(1)} s\n`,
    );

    rows.push(...(await benchOpen(fx, { runs: plan.openRuns, scryptRuns: plan.scryptRuns })));

    const core = await openBenchCore(fx.dbPath, false); // production setting: outputs not re-validated
    try {
      const login = await core.dispatch(SESSION, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
      if (!login.ok) throw new Error(`login failed: ${JSON.stringify(login.error)}`);
      const calls = { runs: plan.callRuns, warmup: plan.callWarmup };
      const n = fx.patients.toLocaleString('en-US');
      rows.push(
        ...(await benchGet(core, fx.patients, {
          ...calls,
          section: `2a. One PHI call, durable: dispatch vs handler vs raw floor (admin signed in, ${n} patients; synchronous=FULL, every commit fsyncs)`,
        })),
      );
      rows.push(
        ...(await benchStatus(core, {
          ...calls,
          section: '2b. One cheap call: app.status (read-only, no transaction)',
        })),
      );
      rows.push(
        ...(await benchAudit(core, fx.patients, {
          ...calls,
          section: '3a. Audit appends, durable (one append per transaction, synchronous=FULL; per s = appends/s)',
        })),
      );

      // The commit's fsync costs 0.15–5 ms on this VM's shared disk and swamps the software overhead, so the
      // same calls run once more with synchronous=NORMAL (WAL: no fsync per commit) — not the production setting.
      const { raw } = core.env.store.open;
      raw.pragma('synchronous = NORMAL');
      rows.push(
        ...(await benchGet(core, fx.patients, {
          ...calls,
          section: '4a. The PHI call again, CPU cost only (synchronous=NORMAL for this section: no per-commit fsync)',
        })),
      );
      rows.push(
        ...(await benchAudit(core, fx.patients, {
          ...calls,
          section: '4b. Audit appends again, CPU cost only (synchronous=NORMAL; per s = appends/s)',
        })),
      );
      raw.pragma('synchronous = FULL');
      chain = verifyAuditChain(core);
      // Last on this database: it bulk-inserts entries outside the MAC chain, which was verified just above.
      rows.push(
        ...(await benchAuditList(core, fx.patients, {
          entries: AUDIT_ENTRIES,
          runs: QUICK ? 20 : 200,
          warmup: QUICK ? 2 : 10,
          section: `5. Audit log page of 50 at ${AUDIT_ENTRIES.toLocaleString('en-US')}+ entries: audit.list vs bare SELECT`,
        })),
      );
    } finally {
      await core.close();
    }
  } finally {
    cleanup();
  }
  rows.push(...(await noticePdfRows(QUICK ? { runs: 5, warmup: 2 } : { runs: 40, warmup: 5 })));
  const postgres = await benchPostgres(pgPlan);
  rows.push(...postgres.rows);

  console.log(renderTable(rows));
  console.log(`\n${postgres.text}`);
  console.log(`\n${chain}`);
  console.log(signInBundleLine());
  console.log(await firstScreenLine());
  console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s; temp files removed`);
};

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
