// One workstation of the audited-writes benchmark (pg-bench.ts), run as its own process with
// `node --import tsx`: its own core on the practice's PostgreSQL database, a copy of the first workstation's key
// file beside its own base path, unsealed with the passphrase and signed in as the admin. It then creates
// patients (an audited write each, unique MRNs) from the parent's "go" until the deadline, and reports back.
import { openPgCore } from './pg-fixture';
import { parseServerUrl } from '../../electron/core/db/server-url';
import { ADMIN_PASSWORD, PASSPHRASE } from '../support/core-harness';

export interface WriterArgs {
  url: string;
  /** This workstation's base path; `<dbPath>.keys.json` is already there. */
  dbPath: string;
  /** MRN prefix, unique per workstation. */
  name: string;
  warmup: number;
}

export type ToWriter = { kind: 'go'; untilMs: number };
export type FromWriter =
  | { kind: 'ready' }
  | {
      kind: 'done';
      writes: number;
      /** Calls refused or failed (expected 0); each refusal is still one audit entry. */
      failures: string[];
      /** Latency of each timed write, ns. */
      latencies: number[];
      /** performance.timeOrigin-based wall times of the first start and last end, ms. */
      startMs: number;
      endMs: number;
    }
  | { kind: 'error'; message: string };

const SESSION = 'bench:workstation';
const send = (m: FromWriter): Promise<void> =>
  new Promise((resolve) => (process.send ? process.send(m, () => resolve()) : resolve()));
const wallMs = (): number => performance.timeOrigin + performance.now();

const main = async (): Promise<void> => {
  const args = JSON.parse(process.env['PD_BENCH_WRITER'] ?? '') as WriterArgs;
  const core = await openPgCore(args.dbPath, parseServerUrl(args.url));
  let i = 0;
  const write = () =>
    core.dispatch(SESSION, 'patients.create', {
      mrn: `${args.name}-${++i}`,
      firstName: 'Wren',
      lastName: `Station ${args.name}`,
      dateOfBirth: '1980-01-01',
    });
  try {
    for (const [method, input] of [
      ['app.unseal', { passphrase: PASSPHRASE }],
      ['auth.login', { username: 'admin', password: ADMIN_PASSWORD }],
    ] as const) {
      const r = await core.dispatch(SESSION, method, input);
      if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
    }
    for (let w = 0; w < args.warmup; w++) {
      const r = await write();
      if (!r.ok) throw new Error(`warm-up write failed: ${JSON.stringify(r.error)}`);
    }
    const goes = new Promise<ToWriter>((resolve) => process.once('message', (m) => resolve(m as ToWriter)));
    await send({ kind: 'ready' });
    const go = await goes;
    const latencies: number[] = [];
    const failures: string[] = [];
    const startMs = wallMs();
    while (wallMs() < go.untilMs) {
      const t0 = process.hrtime.bigint();
      const r = await write();
      latencies.push(Number(process.hrtime.bigint() - t0));
      if (!r.ok) failures.push(r.error.code);
    }
    const endMs = wallMs();
    await core.env.store.open.witness.settled();
    await send({ kind: 'done', writes: latencies.length, failures, latencies, startMs, endMs });
  } finally {
    await core.close();
  }
};

let finished = false;
// Orphaned (the benchmark stopped or failed): stop too.
process.on('disconnect', () => {
  if (!finished) process.exit(1);
});
main()
  .catch(async (err: unknown) => {
    process.exitCode = 1;
    await send({ kind: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  })
  .finally(() => {
    finished = true;
    process.disconnect();
  });
