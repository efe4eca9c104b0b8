// Benchmark 6, on the practice's PostgreSQL server (issue 9): when PostgreSQL's binaries are on this machine, a
// throwaway loopback cluster holds the same patients as a SQLite fixture of the same size, and three things
// are timed: the signed-in PHI round trip (patients.get) and a patient search through dispatch, each on
// PostgreSQL against SQLite and against bare pg doing the same statements; then audited writes per second from
// 1 and from 5 workstations, each its own process with its own core, and the one audit chain verified after.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { CompiledQuery, KyselyPlugin } from 'kysely';
import type pg from 'pg';
import { GENESIS_MAC, macOf } from '../../electron/core/audit/chain';
import { signHead } from '../../electron/core/audit/head';
import { anchorPath } from '../../electron/core/audit/anchor';
import type { OpenedCore } from '../../electron/core/create-core';
import { CHANGES_CHANNEL } from '../../electron/core/live/change-listener';
import type { HandlerContext } from '../../electron/core/handlers';
import { keyFilePath } from '../../electron/core/keys/key-file';
import { handlers } from '../../electron/core/services/index';
import { findPostgres } from '../support/system-tools';
import { startPostgres, type PostgresServer } from '../support/postgres-server';
import { ADMIN_PASSWORD, buildFixture, openBenchCore, SESSION, type Fixture } from './fixture';
import { directContext, idSequence } from './floors';
import { benchLiveDelivery } from './live-bench';
import { buildPgFixture, type PgFixture } from './pg-fixture';
import { compare, fmtDuration, statsOf, type Row, type Stats } from './stats';
import type { FromWriter, ToWriter, WriterArgs } from './workstation-writer';

export interface PostgresPlan {
  patients: number;
  callRuns: number;
  callWarmup: number;
  searchRuns: number;
  searchWarmup: number;
  writeSeconds: number;
}

export interface PostgresResult {
  rows: Row[];
  /** The fixture line and the workstation table, printed after the main table. */
  text: string;
}

const expectOk = (r: { ok: boolean }): void => {
  if (!r.ok) throw new Error(`call failed: ${JSON.stringify(r)}`);
};

interface AuditEntry {
  actorId: number | null;
  action: string;
  entityId: string | null;
  subjectIds: string | null;
}

/**
 * The statements one audited call issues through the core (as PostgreSQL's log_statement shows them), with bare
 * pg on one connection as named prepared statements: dispatch's two reads (the session's standing, the idle-lock
 * setting), then in one transaction the audit head row lock, the call's own read, the last entry, the new entry,
 * the head check and move, and the change notice to the other workstations: 12 with BEGIN and COMMIT. (The core
 * then reads the head again in the background to update its copy beside the database; the floor does not.)
 */
const pgFloor = (client: pg.Client, auditKey: Buffer, at: string) => {
  const q = (name: string, text: string, values: unknown[]) => client.query({ name, text, values });
  const notice = JSON.stringify({ from: randomUUID(), areas: ['audit'] });
  const audit = async (e: AuditEntry): Promise<void> => {
    const last = (await q('pd_last', 'SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1', [])).rows[0] as
      { seq: number; mac: string } | undefined;
    const base = {
      seq: (last?.seq ?? 0) + 1,
      at,
      actor_id: e.actorId,
      action: e.action,
      entity: 'patient',
      entity_id: e.entityId,
      prev_mac: last?.mac ?? GENESIS_MAC,
      ...(e.subjectIds === null ? {} : { subject_ids: e.subjectIds }),
    };
    const mac = macOf(auditKey, base);
    await q(
      'pd_insert',
      'INSERT INTO audit_log (seq, at, actor_id, action, entity, entity_id, prev_mac, mac, subject_ids) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      [base.seq, at, e.actorId, e.action, 'patient', e.entityId, base.prev_mac, mac, e.subjectIds],
    );
    const head = (await q('pd_head', 'SELECT seq, mac, sig FROM audit_head WHERE id = 1', [])).rows[0] as {
      seq: number;
    };
    await q('pd_mac_at', 'SELECT mac FROM audit_log WHERE seq = $1', [head.seq]);
    const moved = signHead(auditKey, { seq: base.seq, mac });
    await q('pd_move', 'UPDATE audit_head SET seq = $1, mac = $2, sig = $3 WHERE id = 1', [
      moved.seq,
      moved.mac,
      moved.sig,
    ]);
    await q('pd_notify', 'SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, notice]);
  };
  return async <T>(userId: number, body: () => Promise<{ rows: T[]; entry: Omit<AuditEntry, 'actorId'> }>) => {
    await q('pd_standing', 'SELECT active, session_generation, must_change_password FROM users WHERE id = $1', [
      userId,
    ]);
    await q('pd_setting', 'SELECT value FROM settings WHERE key = $1', ['security']);
    await client.query('BEGIN');
    try {
      await q('pd_lock', 'SELECT id FROM audit_head WHERE id = 1 FOR UPDATE', []);
      const { rows, entry } = await body();
      await audit({ ...entry, actorId: userId });
      await client.query('COMMIT');
      return rows;
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    }
  };
};

const signedInUser = (core: OpenedCore): number => {
  const id = core.env.sessions.get(SESSION)?.user.id;
  if (id === undefined) throw new Error('no signed-in session');
  return id;
};

/** 6a: patients.get on PostgreSQL against SQLite and against bare pg. */
const benchGetPg = async (pgFx: PgFixture, sqlite: OpenedCore, plan: PostgresPlan, section: string): Promise<Row[]> => {
  const { core, client, patients } = pgFx;
  const userId = signedInUser(core);
  const at = core.env.clock.now().toISOString();
  const floor = pgFloor(client, core.env.store.open.keys.auditKey, at);
  const ids = Object.fromEntries(
    ['floor', 'minimal', 'pg', 'sqlite'].map((k) => [k, idSequence(4096, patients)]),
  ) as Record<string, () => number>;
  const getRow = (id: number) =>
    client.query({ name: 'pd_get', text: 'SELECT * FROM patients WHERE id = $1', values: [id] });

  // What a hand-written pg app would do for the same guarantees: the head row's lock returns the head itself.
  const notice = JSON.stringify({ from: randomUUID(), areas: ['audit'] });
  const minimal = async (id: number): Promise<void> => {
    const key = core.env.store.open.keys.auditKey;
    await client.query('BEGIN');
    const head = (
      await client.query({ name: 'pd_lock_head', text: 'SELECT seq, mac FROM audit_head WHERE id = 1 FOR UPDATE' })
    ).rows[0] as { seq: number; mac: string };
    await getRow(id);
    const base = {
      seq: head.seq + 1,
      at,
      actor_id: userId,
      action: 'patients.read',
      entity: 'patient',
      entity_id: String(id),
      prev_mac: head.mac,
    };
    const mac = macOf(key, base);
    await client.query({
      name: 'pd_insert_min',
      text: 'INSERT INTO audit_log (seq, at, actor_id, action, entity, entity_id, prev_mac, mac) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      values: [base.seq, at, userId, base.action, 'patient', base.entity_id, base.prev_mac, mac],
    });
    const moved = signHead(key, { seq: base.seq, mac });
    await client.query({
      name: 'pd_move',
      text: 'UPDATE audit_head SET seq = $1, mac = $2, sig = $3 WHERE id = 1',
      values: [moved.seq, moved.mac, moved.sig],
    });
    await client.query({ name: 'pd_notify', text: 'SELECT pg_notify($1, $2)', values: [CHANGES_CHANNEL, notice] });
    await client.query('COMMIT');
  };

  const r = await compare(
    {
      floor: () =>
        floor(userId, async () => {
          const id = ids.floor!();
          const { rows } = await getRow(id);
          if (rows.length !== 1) throw new Error('missing patient');
          return { rows, entry: { action: 'patients.read', entityId: String(id), subjectIds: null } };
        }),
      minimal: () => minimal(ids.minimal!()),
      pg: async () => expectOk(await core.dispatch(SESSION, 'patients.get', { id: ids.pg!() })),
      sqlite: async () => expectOk(await sqlite.dispatch(SESSION, 'patients.get', { id: ids.sqlite!() })),
    },
    { runs: plan.callRuns, warmup: plan.callWarmup, block: 10 },
  );
  return [
    {
      section,
      name: 'floor: bare pg, the same 12 statements as the core, prepared',
      stats: r.floor,
    },
    { section, name: 'dispatch patients.get on PostgreSQL', stats: r.pg, floor: r.floor },
    { section, name: 'dispatch patients.get on SQLite', stats: r.sqlite },
    {
      section,
      name: 'info: PostgreSQL dispatch against SQLite dispatch (floor = SQLite)',
      stats: r.pg,
      floor: r.sqlite,
    },
    {
      section,
      name: 'info: bare pg, minimal (the lock returns the head; 7 statements)',
      stats: r.minimal,
      floor: r.floor,
    },
  ];
};

/**
 * The search statement the core issues for `input`, whatever patients.ts and the dialect make of it today: the
 * handler runs once outside dispatch with a Kysely that compiles and records each query, and the first SELECT on
 * patients is it, with its parameters. The floor then sends exactly that text through bare pg.
 */
const coreSearchStatement = async (
  core: OpenedCore,
  input: { query: string; limit: number },
): Promise<{ sql: string; parameters: readonly unknown[] }> => {
  const { kysely } = core.env.store.open;
  const seen: CompiledQuery[] = [];
  const recorder: KyselyPlugin = {
    transformQuery: ({ node, queryId }) => {
      seen.push(kysely.getExecutor().compileQuery(node, queryId));
      return node;
    },
    transformResult: ({ result }) => Promise.resolve(result),
  };
  const ctx: HandlerContext<'patients.search'> = {
    ...directContext<'patients.search'>(core.env, SESSION, input),
    tx: (fn) => fn({ db: kysely.withPlugin(recorder), audit: () => Promise.resolve() }),
  };
  await handlers['patients.search'](ctx);
  const search = seen.find((q) => /^\s*select\b[\s\S]*\bfrom "patients"/i.test(q.sql));
  if (!search) throw new Error(`no search statement among: ${seen.map((q) => q.sql).join('; ')}`);
  return { sql: search.sql, parameters: search.parameters };
};

/** 6b: patients.search through dispatch on PostgreSQL against SQLite and against bare pg. */
const benchSearchPg = async (
  pgFx: PgFixture,
  sqlite: OpenedCore,
  plan: PostgresPlan,
  search: { query: string; limit: number; what: string },
  sectionOf: (search: string) => string,
): Promise<{ rows: Row[]; sql: string }> => {
  const { core, client } = pgFx;
  const userId = signedInUser(core);
  const floor = pgFloor(client, core.env.store.open.keys.auditKey, core.env.clock.now().toISOString());
  const input = { query: search.query, limit: search.limit };
  const statement = await coreSearchStatement(core, input);
  // One prepared statement per distinct text (the query's shape follows its words).
  const name = `pd_search_${createHash('sha1').update(statement.sql).digest('hex').slice(0, 12)}`;
  const select = () => client.query({ name, text: statement.sql, values: [...statement.parameters] });
  let shown = 0;
  const r = await compare(
    {
      floor: () =>
        floor(userId, async () => {
          const { rows } = await select();
          shown = rows.length;
          const subjectIds = JSON.stringify(rows.map((p: { id: number }) => p.id));
          return { rows, entry: { action: 'patients.search', entityId: null, subjectIds } };
        }),
      select,
      pg: async () => expectOk(await core.dispatch(SESSION, 'patients.search', input)),
      sqlite: async () => expectOk(await sqlite.dispatch(SESSION, 'patients.search', input)),
    },
    { runs: plan.searchRuns, warmup: plan.searchWarmup, block: 5 },
  );
  const section = sectionOf(`"${search.query}", limit ${search.limit} (${search.what}; ${shown} shown)`);
  const rows: Row[] = [
    {
      section,
      name: 'floor: bare pg, the same 12 statements as the core, prepared',
      stats: r.floor,
    },
    { section, name: 'dispatch patients.search on PostgreSQL', stats: r.pg, floor: r.floor },
    { section, name: 'dispatch patients.search on SQLite', stats: r.sqlite },
    {
      section,
      name: 'info: PostgreSQL dispatch against SQLite dispatch (floor = SQLite)',
      stats: r.pg,
      floor: r.sqlite,
    },
    {
      section,
      name: 'info: bare pg, the search SELECT alone (no tx, no audit)',
      stats: r.select,
      floor: r.floor,
    },
  ];
  return { rows, sql: statement.sql };
};

interface WorkstationRun {
  workstations: number;
  windowMs: number;
  writes: number;
  perStation: number[];
  failures: string[];
  latency: Stats;
}

const WRITER = join(import.meta.dirname, 'workstation-writer.ts');

/** Starts `count` workstation processes, lets them write for `seconds` at once, and collects what they did. */
const runWorkstations = async (
  pgFx: PgFixture,
  count: number,
  seconds: number,
  tag: string,
  children: Set<ChildProcess>,
): Promise<WorkstationRun> => {
  const started = Array.from({ length: count }, (_, i) => {
    const dir = join(pgFx.dbPath, '..', `${tag}-${i + 1}`);
    mkdirSync(dir, { recursive: true });
    const dbPath = join(dir, 'practice.db');
    // As enrolment will leave them: the practice's sealed keys and the newest head this workstation has seen.
    copyFileSync(keyFilePath(pgFx.dbPath), keyFilePath(dbPath));
    copyFileSync(anchorPath(pgFx.dbPath), anchorPath(dbPath));
    const args: WriterArgs = { url: pgFx.url, dbPath, name: `${tag}${i + 1}`, warmup: 10 };
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, PD_BENCH_WRITER: JSON.stringify(args) },
    });
    children.add(child);
    child.once('exit', () => children.delete(child));
    const messages: FromWriter[] = [];
    const waiters: ((m: FromWriter) => void)[] = [];
    child.on('message', (m) => {
      const w = waiters.shift();
      if (w) w(m as FromWriter);
      else messages.push(m as FromWriter);
    });
    const gone = (): Error =>
      new Error(`workstation ${args.name} exited (${child.exitCode ?? child.signalCode}) early`);
    // A workstation that dies or hangs fails the section instead of stalling the benchmark.
    const next = (timeoutMs: number): Promise<FromWriter> =>
      new Promise((resolve, reject) => {
        const queued = messages.shift();
        if (queued) return resolve(queued);
        if (child.exitCode !== null || child.signalCode !== null) return reject(gone());
        const timer = setTimeout(
          () => reject(new Error(`workstation ${args.name} silent for ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push((m) => {
          clearTimeout(timer);
          resolve(m);
        });
        child.once('exit', () => {
          clearTimeout(timer);
          reject(gone());
        });
      });
    return { child, next, name: args.name };
  });
  const expect = async <K extends FromWriter['kind']>(
    w: (typeof started)[number],
    kind: K,
    timeoutMs: number,
  ): Promise<Extract<FromWriter, { kind: K }>> => {
    const m = await w.next(timeoutMs);
    if (m.kind === 'error') throw new Error(`workstation ${w.name}: ${m.message}`);
    if (m.kind !== kind) throw new Error(`workstation ${w.name}: expected ${kind}, got ${m.kind}`);
    return m as Extract<FromWriter, { kind: K }>;
  };
  await Promise.all(started.map((w) => expect(w, 'ready', 120_000)));
  const go: ToWriter = { kind: 'go', untilMs: performance.timeOrigin + performance.now() + seconds * 1000 };
  for (const w of started) w.child.send(go);
  const done = await Promise.all(started.map((w) => expect(w, 'done', seconds * 1000 + 60_000)));
  await Promise.all(
    started.map((w) =>
      w.child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => w.child.once('exit', resolve)),
    ),
  );
  const windowMs = Math.max(...done.map((d) => d.endMs)) - Math.min(...done.map((d) => d.startMs));
  return {
    workstations: count,
    windowMs,
    writes: done.reduce((n, d) => n + d.writes, 0),
    perStation: done.map((d) => (d.writes * 1000) / (d.endMs - d.startMs)),
    failures: done.flatMap((d) => d.failures),
    latency: statsOf(done.flatMap((d) => d.latencies)),
  };
};

const countOf = async (client: pg.Client, text: string): Promise<number> =>
  Number(((await client.query(text)).rows[0] as { n: string }).n);

/** 6c: audited writes per second from 1 and from 5 workstations, then the chain verified with its entry count. */
const benchWorkstations = async (pgFx: PgFixture, plan: PostgresPlan, children: Set<ChildProcess>): Promise<string> => {
  const before = await countOf(pgFx.client, 'SELECT coalesce(max(seq), 0) AS n FROM audit_log');
  const runs: WorkstationRun[] = [];
  for (const count of [1, 5]) runs.push(await runWorkstations(pgFx, count, plan.writeSeconds, `WS${count}x`, children));
  const warmups = 10 * (1 + 5);
  const written = runs.reduce((n, r) => n + r.writes, 0) + warmups;
  const created = await countOf(pgFx.client, "SELECT count(*) AS n FROM patients WHERE mrn LIKE 'WS%'");
  const createEntries = await countOf(
    pgFx.client,
    `SELECT count(*) AS n FROM audit_log WHERE seq > ${before} AND action = 'patients.create'`,
  );
  const inLog = await countOf(pgFx.client, 'SELECT count(*) AS n FROM audit_log');
  const verify = await pgFx.core.dispatch(SESSION, 'audit.verify', {});
  if (!verify.ok) throw new Error(`audit.verify failed: ${JSON.stringify(verify.error)}`);
  const report = verify.value as { ok: boolean; entries: number; problems: { message: string }[] };

  const header = [
    'workstations',
    'seconds',
    'writes',
    'writes/s total',
    'writes/s per workstation',
    'median',
    'p95',
    'refused',
  ];
  const body = runs.map((r) => [
    String(r.workstations),
    (r.windowMs / 1000).toFixed(1),
    r.writes.toLocaleString('en-US'),
    Math.round((r.writes * 1000) / r.windowMs).toLocaleString('en-US'),
    r.perStation.map((x) => Math.round(x)).join(' / '),
    fmtDuration(r.latency.median),
    fmtDuration(r.latency.p95),
    String(r.failures.length),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
  return [
    '6c. Audited writes on PostgreSQL: patients.create (one patient + one audit entry per transaction), each workstation its own process and core, all signed in as the admin; median/p95 = one write as its workstation waits for it',
    line(header),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...body.map(line),
    `patients written ${created.toLocaleString('en-US')}, patients.create audit entries ${createEntries.toLocaleString('en-US')} ` +
      `(expected ${written.toLocaleString('en-US')} each, incl. ${warmups} warm-up writes; each workstation also logged its unseal and sign-in)`,
    `audit.verify afterwards: ${report.ok ? 'ok' : 'PROBLEMS'}, ${report.entries.toLocaleString('en-US')} entries verified of ${inLog.toLocaleString('en-US')} in the log, ` +
      (report.problems.length === 0 ? 'no problems' : report.problems.map((p) => p.message).join('; ')),
  ].join('\n');
};

/** Benchmark 6, or a line saying why it was skipped. Stops the cluster and removes every temp file, also on failure. */
export const benchPostgres = async (plan: PostgresPlan): Promise<PostgresResult> => {
  const sectionStart = performance.now();
  const load = (): string =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  const loadAtStart = load();
  const found = findPostgres();
  if (!found.ok) return { rows: [], text: `6. PostgreSQL benchmarks skipped: ${found.message}` };
  let server: PostgresServer | null = null;
  let sqliteFx: Fixture | null = null;
  let sqlite: OpenedCore | null = null;
  let pgFx: PgFixture | null = null;
  const children = new Set<ChildProcess>();
  // run.ts exits on Ctrl+C; the cluster and the workstations must not outlive it.
  const onExit = (): void => {
    for (const c of children) c.kill();
    server?.stop();
    sqliteFx?.remove();
  };
  process.once('exit', onExit);
  const rows: Row[] = [];
  try {
    sqliteFx = await buildFixture(plan.patients);
    sqlite = await openBenchCore(sqliteFx.dbPath, false);
    expectOk(await sqlite.dispatch(SESSION, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD }));
    // The test cluster runs with fsync=off and synchronous_commit=off: compare with SQLite without its fsync too.
    sqlite.env.store.open.raw.pragma('synchronous = NORMAL');
    const t0 = performance.now();
    server = await startPostgres();
    const startMs = performance.now() - t0;
    pgFx = await buildPgFixture(server, sqlite.env.store.open.raw);
    const version = (
      (await pgFx.client.query('SHOW server_version')).rows[0] as { server_version: string }
    ).server_version.split(' ')[0];
    const n = pgFx.patients.toLocaleString('en-US');
    rows.push(
      ...(await benchGetPg(
        pgFx,
        sqlite,
        plan,
        `6a. One PHI call (patients.get, admin signed in, ${n} patients) on PostgreSQL ${version} (loopback, fsync=off) vs SQLite (synchronous=NORMAL) vs bare pg`,
      )),
    );
    const searches = [
      { query: 'nguy', limit: 25, what: 'a last name’s first letters, 1 in 16 patients match' },
      { query: 'MRN0001234', limit: 25, what: 'an MRN typed from the card' },
    ];
    const statements: string[] = [];
    for (const [i, search] of searches.entries()) {
      const sectionOf = (label: string): string =>
        `6b${i + 1}. Patient search ${label}, ${n} patients: PostgreSQL vs SQLite vs bare pg`;
      const result = await benchSearchPg(pgFx, sqlite, plan, search, sectionOf);
      rows.push(...result.rows);
      statements.push(
        `the core's search statement in 6b${i + 1} (the floor's too): ${result.sql.replace(/\s+/g, ' ')}`,
      );
    }
    rows.push(
      ...(await benchLiveDelivery(pgFx, {
        runs: plan.searchRuns,
        warmup: plan.searchWarmup,
        section: '6d. A change at one workstation until another workstation’s core hears it (live updates)',
      })),
    );
    const writers = await benchWorkstations(pgFx, plan, children);
    const text = [
      `PostgreSQL ${version} from ${found.path}: cluster started in ${(startMs / 1000).toFixed(1)} s; ` +
        `${n} patients copied in ${pgFx.insertMs.toFixed(0)} ms (INSERT … SELECT FROM unnest, 5,000 a statement); ` +
        `setup + copy ${(pgFx.buildMs / 1000).toFixed(1)} s; load avg ${loadAtStart} at the start of section 6, ${load()} at its end`,
      ...statements,
      writers,
      `section 6 took ${((performance.now() - sectionStart) / 1000).toFixed(1)} s`,
    ].join('\n');
    return { rows, text };
  } catch (err) {
    // The sections before this one have their figures: print them, and fail the run.
    process.exitCode = 1;
    const why = err instanceof Error ? (err.stack ?? err.message) : String(err);
    return {
      rows,
      text: `6. PostgreSQL benchmarks stopped by an error; the rows of section 6 above were taken before it.\n${why}`,
    };
  } finally {
    for (const c of children) c.kill();
    try {
      await pgFx?.close();
      await sqlite?.close();
    } finally {
      sqliteFx?.remove();
      sqliteFx = null;
      process.removeListener('exit', onExit);
      server?.stop();
    }
  }
};
