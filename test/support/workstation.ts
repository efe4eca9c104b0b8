// Workstations for the multi-workstation tests (issue 9): each is its own computer's copy of Privacy Desk, with
// its own per-user folder (XDG_CONFIG_HOME) holding its key file and audit head copy, run as separate processes:
// real CLI runs (`privacy-desk ...`), a long-lived writing loop (workstation-loop.ts) and a writer that holds its
// transaction open (workstation-hold.ts).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { initArgs } from './cli-runner';
import { setupInput } from './core-harness';
import { startPostgres, type PostgresServer } from './postgres-server';
import type { LoopOptions, LoopResult } from './workstation-loop';

const repo = join(import.meta.dirname, '..', '..');

export interface Workstation {
  n: number;
  /** Its XDG_CONFIG_HOME: `Privacy Desk/servers/<host>-<port>-<db>.keys.json` and `.audit-head.json` live under it. */
  configHome: string;
}

export interface Run {
  code: number | null;
  out: string;
  err: string;
  ms: number;
}

export const workstation = (root: string, n: number): Workstation => {
  const configHome = join(root, `workstation-${n}`);
  mkdirSync(configHome, { recursive: true });
  return { n, configHome };
};

const tsx = (ws: Workstation, script: string, args: string[], env: Record<string, string>) =>
  spawn(process.execPath, ['--import', 'tsx', join(repo, script), ...args], {
    cwd: repo,
    env: { ...process.env, ...env, XDG_CONFIG_HOME: ws.configHome },
  });

/** One run of the real CLI at this workstation, as its user would type it. */
export const cli = (ws: Workstation, env: Record<string, string>, args: string[]): Promise<Run> =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = tsx(ws, 'electron/cli/main.ts', args, env);
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out, err, ms: Date.now() - started }));
  });

/**
 * Joins `others` to the practice `first` created, as the practice would: an administrator at `first` exports the
 * enrolment file (`privacy-desk enrolment export`), and each other workstation enrols with it at once
 * (`privacy-desk enrol FILE`), the practice passphrase read from PD_PASSPHRASE. The file is deleted after.
 * Appends the export run's opening (unseal, sign-in), its `workstation.exportEnrolment` and one `setup.enrol`
 * per workstation to the audit log.
 */
export const joinWorkstations = async (
  first: Workstation,
  others: readonly Workstation[],
  env: Record<string, string>,
  db: string,
): Promise<void> => {
  const file = join(first.configHome, 'enrolment.json');
  const admin = ['--passphrase-env', 'PD_PASSPHRASE', '--user', 'admin', '--password-env', 'PD_ADMIN_PW'];
  const exported = await cli(first, env, ['--db', db, ...admin, 'enrolment', 'export', '--out', file]);
  if (exported.code !== 0) throw new Error(`enrolment export failed: ${exported.err}`);
  try {
    const joined = await Promise.all(
      others.map((ws) => cli(ws, env, ['--passphrase-env', 'PD_PASSPHRASE', 'enrol', file])),
    );
    for (const [i, r] of joined.entries())
      if (r.code !== 0) throw new Error(`workstation ${others[i]?.n} could not enrol: ${r.err}`);
  } finally {
    rmSync(file, { force: true });
  }
};

/**
 * A practice on a fresh throwaway cluster: workstation 1 creates it with `init`, the others (`count` in all)
 * join with the enrolment file. Secrets come from PD_ADMIN_PW and PD_PASSPHRASE in `env`.
 */
export const practiceOnServer = async (
  root: string,
  count: number,
  env: Record<string, string>,
): Promise<{ server: PostgresServer; url: string; stations: Workstation[] }> => {
  const server = await startPostgres();
  const url = await server.createDatabase('practice');
  const stations = Array.from({ length: count }, (_, i) => workstation(root, i + 1));
  const practiceFile = join(root, 'practice.json');
  writeFileSync(practiceFile, JSON.stringify(setupInput().practice));
  const [first, ...others] = stations as [Workstation, ...Workstation[]];
  const init = await cli(first, env, initArgs(url, practiceFile, 'PD_ADMIN_PW', 'PD_PASSPHRASE'));
  if (init.code !== 0) throw new Error(`init failed: ${init.err}`);
  await joinWorkstations(first, others, env, url);
  return { server, url, stations };
};

type Event = { event: string; [k: string]: unknown };

/** A test-support script running at a workstation, printing JSON lines (events) on stdout. */
export interface Script {
  ws: Workstation;
  /** Every JSON line it printed so far. */
  events: Event[];
  /** Resolves with the first event (already printed or still to come) that `match` accepts; rejects if it ends first. */
  next(match: (e: Event) => boolean): Promise<Event>;
  child: ChildProcessWithoutNullStreams;
  /** Resolves when the process has ended (its exit code, or null when killed). */
  exited: Promise<number | null>;
  stderr(): string;
}

/** The scripts started and not yet ended, for stopScripts. */
const running = new Set<ChildProcessWithoutNullStreams>();

/** Kills (SIGKILL) every script still running, e.g. after a failed test, and waits for them to end. */
export const stopScripts = async (): Promise<void> => {
  const left = [...running];
  await Promise.all(
    left.map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('close', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
};

const startScript = (ws: Workstation, script: string, options: object, env: Record<string, string>): Script => {
  const child = tsx(ws, script, [JSON.stringify(options)], env);
  running.add(child);
  child.stdin.on('error', () => undefined); // a line written to a process that already ended: its end is reported
  child.once('close', () => running.delete(child));
  const events: Event[] = [];
  const waiters: { match: (e: Event) => boolean; resolve: (e: Event) => void }[] = [];
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (!line.startsWith('{')) return;
    const event = JSON.parse(line) as Event;
    events.push(event);
    for (const w of waiters.filter((x) => x.match(event))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(event);
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const next = (match: (e: Event) => boolean): Promise<Event> => {
    const seen = events.find(match);
    if (seen) return Promise.resolve(seen);
    return Promise.race([
      new Promise<Event>((resolve) => waiters.push({ match, resolve })),
      exited.then(
        () => events.find(match) ?? Promise.reject(new Error(`${script} at workstation ${ws.n} ended:\n${err}`)),
      ),
    ]);
  };
  return { ws, events, next, child, exited, stderr: () => err };
};

export interface Loop extends Script {
  go(): void;
  stop(): void;
  /** What it did, once it has stopped; rejects if it ended without saying (a crash), with its stderr. */
  result: Promise<LoopResult>;
}

/** Starts a writing loop at `ws` (workstation-loop.ts); wait for its "ready" event before `go()`. */
export const startLoop = (ws: Workstation, env: Record<string, string>, options: LoopOptions): Loop => {
  const script = startScript(ws, 'test/support/workstation-loop.ts', options, env);
  const result = script.next((e) => e.event === 'result').then((e) => e as unknown as LoopResult);
  result.catch(() => undefined); // reported where it is awaited
  return {
    ...script,
    go: () => script.child.stdin.write('go\n'),
    stop: () => script.child.stdin.write('stop\n'),
    result,
  };
};

export interface Holder extends Script {
  /** Lets the held write go on (it then answers, adds `then` if given, and exits). */
  release(): void;
}

/** Starts a write that holds its transaction open at `ws` (workstation-hold.ts), to kill or release. */
export const startHolder = (
  ws: Workstation,
  env: Record<string, string>,
  options: { db: string; mrn: string; then?: string },
): Holder => {
  const script = startScript(ws, 'test/support/workstation-hold.ts', options, env);
  return { ...script, release: () => script.child.stdin.write('release\n') };
};
