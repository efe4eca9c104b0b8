// Benchmark: live updates between two workstations on the practice's PostgreSQL server (issue 9 item 7 says a
// change shows at the others "within 2 seconds"). Times one audited write at workstation A (patients.create through
// dispatch) until workstation B's core hands the change to its doors, against the floor: a bare pg NOTIFY on one
// connection until a bare LISTENing connection receives it. The renderer's refetch comes on top (one query).
import pg from 'pg';
import { CHANGES_CHANNEL } from '../../electron/core/live/change-listener';
import { PASSPHRASE } from '../support/core-harness';
import { SESSION } from './fixture';
import { openPgCore, type PgFixture } from './pg-fixture';
import { statsOf, type Row } from './stats';

/** Resolves once `ready()` is true, checking every 20 ms for at most 10 s. */
const until = async (ready: () => Promise<boolean>): Promise<void> => {
  for (let waited = 0; !(await ready()); waited += 20) {
    if (waited > 10_000) throw new Error('live bench: the listening connections never came up');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

export const benchLiveDelivery = async (
  fx: PgFixture,
  opts: { runs: number; warmup: number; section: string },
): Promise<Row[]> => {
  const other = await openPgCore(fx.dbPath, fx.target);
  const listener = new pg.Client({ connectionString: fx.url });
  try {
    const unseal = await other.dispatch('bench:b', 'app.unseal', { passphrase: PASSPHRASE });
    if (!unseal.ok) throw new Error(`workstation B could not unseal: ${JSON.stringify(unseal.error)}`);
    let heardAtB: (() => void) | null = null;
    other.onChange(() => heardAtB?.());
    await listener.connect();
    await listener.query('LISTEN bench_floor');
    let heardBare: (() => void) | null = null;
    listener.on('notification', () => heardBare?.());
    await until(async () => {
      const r = await fx.client.query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE $1`,
        [`LISTEN ${CHANGES_CHANNEL}`],
      );
      return Number(r.rows[0]?.n) >= 1;
    });

    const ours: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < opts.warmup + opts.runs; i++) {
      const timed = i >= opts.warmup;
      let t0 = process.hrtime.bigint();
      const arrived = new Promise<void>((resolve) => (heardAtB = resolve));
      const saved = await fx.core.dispatch(SESSION, 'patients.create', {
        mrn: `LIVE-BENCH-${i}`,
        firstName: 'Bench',
        lastName: `Live${i}`,
        dateOfBirth: '1980-01-01',
      });
      if (!saved.ok) throw new Error(`patients.create failed: ${JSON.stringify(saved.error)}`);
      await arrived;
      if (timed) ours.push(Number(process.hrtime.bigint() - t0));

      t0 = process.hrtime.bigint();
      const bare = new Promise<void>((resolve) => (heardBare = resolve));
      await fx.client.query("SELECT pg_notify('bench_floor', '{}')");
      await bare;
      if (timed) floor.push(Number(process.hrtime.bigint() - t0));
    }
    const floorStats = statsOf(floor);
    return [
      {
        section: opts.section,
        name: 'write at A (patients.create) until B’s core hears it',
        stats: statsOf(ours),
        floor: floorStats,
      },
      { section: opts.section, name: 'floor: bare NOTIFY until a bare LISTEN hears it', stats: floorStats },
    ];
  } finally {
    await listener.end().catch(() => undefined);
    await other.close();
  }
};
