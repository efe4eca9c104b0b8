// A test workstation that keeps writing: one long-lived process that opens the core the CLI's way (openCli and
// signIn, so one unseal and one sign-in entry), then loops dispatch calls until told to stop or its time is up,
// and prints what it did as JSON lines on stdout. Process start-up (tsx, scrypt) costs seconds, so a loop per
// workstation writes hundreds of times where one CLI process per write would manage a handful.
//
//   node --import tsx test/support/workstation-loop.ts '<LoopOptions as JSON>'
//   stdin:  "go" starts the loop, "stop" ends it after the write in flight
//   stdout: {"event":"ready"} once signed in; {"event":"failing",...} / {"event":"ok"} when calls start failing or
//           succeed again; {"event":"result",...LoopResult} at the end
// The secrets come from the variables the CLI reads: PD_PASSPHRASE and PD_ADMIN_PW.
import { createInterface } from 'node:readline';
import type { MethodName } from '../../shared/contract';
import type { AppError } from '../../shared/result';
import { parseCommandLine } from '../../electron/cli/args';
import { SESSION_KEY, signIn } from '../../electron/cli/session';

export interface LoopOptions {
  db: string;
  /** Names this workstation's own MRNs and usernames (W<n>-<i>, w<n>u<i>). */
  workstation: number;
  /** Stop by itself after this long once started; otherwise only on "stop". */
  seconds?: number;
  /** Every this many ms, try the MRN every workstation tries in that time slot (S-<slot>): one of them wins. */
  sharedEveryMs?: number;
  /** Every this many ms, publish an English notice version (when no other workstation's draft is open). */
  noticeEveryMs?: number;
  /**
   * Beside the writes, a second lane of calls, as a second person at the same workstation: a sign-in (a new
   * session), then a user added, alternately, this long apart. Each costs a production scrypt (~0.4 s of a core),
   * so they run beside the writes instead of stalling them.
   */
  accountsEveryMs?: number;
}

export interface LoopFailure {
  method: MethodName;
  code: string;
  rule?: string;
  message: string;
}

export interface LoopResult {
  workstation: number;
  /** MRNs this workstation added (its own, W<n>-<i>). */
  created: string[];
  /** MRNs whose create failed with no answer from the database (it went away): committed or not, unknown. */
  uncertain: string[];
  sharedWon: string[];
  sharedRefused: string[];
  users: string[];
  signIns: number;
  /** English versions this workstation published ({number, effectiveDate}). */
  published: { number: number; effectiveDate: string }[];
  /** Drafts discarded after a refused publication (each one audit entry). */
  discarded: number;
  /** Times the English draft was another workstation's, mid-publication: nothing written. */
  noticeBusy: number;
  failures: LoopFailure[];
  ms: number;
}

const options = JSON.parse(process.argv[2] ?? '{}') as LoopOptions;
const NEW_USER_PASSWORD = 'loop-user-first-password-1';

const nextDay = (date: string): string => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

const emit = (event: string, body: object = {}): void => {
  process.stdout.write(`${JSON.stringify({ event, ...body })}\n`);
};

const main = async (): Promise<void> => {
  /** The global options exactly as the CLI reads them for `--db URL` signed in as the administrator. */
  const { global } = parseCommandLine(
    [
      '--db',
      options.db,
      '--passphrase-env',
      'PD_PASSPHRASE',
      '--user',
      'admin',
      '--password-env',
      'PD_ADMIN_PW',
      'workstation',
    ],
    () => ({}),
  );
  const cli = await signIn(global);
  const { core } = cli;
  const n = options.workstation;
  const result: LoopResult = {
    workstation: n,
    created: [],
    uncertain: [],
    sharedWon: [],
    sharedRefused: [],
    users: [],
    signIns: 0,
    published: [],
    discarded: 0,
    noticeBusy: 0,
    failures: [],
    ms: 0,
  };
  let failing = false;
  /** One dispatch call as the signed-in CLI session; a failure is recorded unless `expected` says it may happen. */
  const call = async (
    method: MethodName,
    input: unknown,
    expected?: (e: AppError) => boolean,
    sessionKey = SESSION_KEY,
  ): Promise<{ ok: true; value: unknown } | { ok: false; error: AppError }> => {
    const r = await core.dispatch(sessionKey, method, input);
    if (r.ok) {
      if (failing) emit('ok', { method });
      failing = false;
    } else if (!expected?.(r.error)) {
      const { code, rule, message } = r.error;
      result.failures.push({ method, code, ...(rule ? { rule } : {}), message });
      if (!failing) emit('failing', { method, code, rule, message });
      failing = true;
    }
    return r;
  };
  /** A failure that did not come from the core's answer (the database went away mid-call) leaves it unknown. */
  const noAnswer = (e: AppError): boolean => e.rule === 'db.serverUnreachable' || e.code === 'INTERNAL';

  const publishNotice = async (): Promise<void> => {
    const draft = await call('notices.createDraft', { language: 'en', from: 'template' });
    if (!draft.ok) return;
    const { draft: version, existing } = draft.value as { draft: { id: number }; existing: boolean };
    // One draft per language: this one is another workstation's, between its createDraft and its publish.
    if (existing) {
      result.noticeBusy += 1;
      return;
    }
    const list = await call('notices.list', {});
    const dates = list.ok
      ? (list.value as { language: string; number: number | null; effectiveDate: string | null }[])
          .filter((v) => v.language === 'en' && v.number !== null && v.effectiveDate !== null)
          .map((v) => v.effectiveDate as string)
      : [];
    // The day after the newest version's (the draft is ours, so no one else publishes English meanwhile);
    // the first version takes effect tomorrow, which is after the practice's today in any time zone.
    const effectiveDate = nextDay(dates.sort().at(-1) ?? new Date().toISOString().slice(0, 10));
    const published = await call('notices.publish', {
      id: version.id,
      effectiveDate,
      changeSummary: `Revision from workstation ${n}`,
      materialChange: false,
    });
    if (published.ok) {
      result.published.push({ number: (published.value as { number: number }).number, effectiveDate });
    } else if ((await call('notices.discardDraft', { id: version.id })).ok) {
      result.discarded += 1;
    }
  };

  emit('ready');
  const lines = createInterface({ input: process.stdin });
  let stopped = false;
  await new Promise<void>((resolve) => {
    lines.on('line', (line) => {
      if (line.trim() === 'go') resolve();
      if (line.trim() === 'stop') stopped = true;
    });
    lines.on('close', () => {
      stopped = true;
      resolve();
    });
  });
  const started = Date.now();
  const deadline = options.seconds === undefined ? Infinity : started + options.seconds * 1000;
  const running = (): boolean => !stopped && Date.now() < deadline;

  const writes = async (): Promise<void> => {
    let lastNotice = started;
    let lastSharedSlot = -1;
    for (let i = 1; running(); i++) {
      const mrn = `W${n}-${i}`;
      const created = await call(
        'patients.create',
        { mrn, firstName: `Pat${i}`, lastName: `Station${n}`, dateOfBirth: '1970-01-01' },
        noAnswer,
      );
      if (created.ok) result.created.push(mrn);
      else if (noAnswer(created.error)) {
        result.uncertain.push(mrn);
        if (!failing)
          emit('failing', { method: 'patients.create', code: created.error.code, rule: created.error.rule });
        failing = true;
        // Pacing, as a person retrying would: without it a loop with no server fails thousands of times a second.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      if (options.sharedEveryMs !== undefined) {
        const slot = Math.floor(Date.now() / options.sharedEveryMs);
        if (slot !== lastSharedSlot) {
          lastSharedSlot = slot;
          const shared = `S-${slot}`;
          const r = await call(
            'patients.create',
            { mrn: shared, firstName: 'Shared', lastName: `Slot${slot}`, dateOfBirth: '1980-01-01' },
            (e) => e.rule === 'patients.mrnTaken',
          );
          if (r.ok) result.sharedWon.push(shared);
          else if (r.error.rule === 'patients.mrnTaken') result.sharedRefused.push(shared);
        }
      }
      if (options.noticeEveryMs !== undefined && Date.now() - lastNotice >= options.noticeEveryMs) {
        lastNotice = Date.now();
        await publishNotice();
      }
    }
  };

  const accounts = async (every: number): Promise<void> => {
    for (let i = 1; running(); i++) {
      // Pacing of a load generator, not a wait for a condition: the lane's calls are this far apart, and the
      // workstations' lanes are spread over the interval so that their scrypt work does not all fall at once.
      const pause = i === 1 ? (every * (n % 5)) / 5 + every / 10 : every;
      await new Promise((resolve) => setTimeout(resolve, pause));
      if (!running()) break;
      if (i % 2 === 1) {
        const key = `loop-sign-in:${i}`;
        const password = process.env.PD_ADMIN_PW ?? '';
        if ((await call('auth.login', { username: 'admin', password }, undefined, key)).ok) result.signIns += 1;
        core.endSession(key);
      } else {
        const username = `w${n}u${i}`;
        const r = await call('users.create', {
          username,
          fullName: `Loop User ${n}-${i}`,
          role: 'front_desk',
          password: NEW_USER_PASSWORD,
        });
        if (r.ok) result.users.push(username);
      }
    }
  };

  await Promise.all([writes(), options.accountsEveryMs === undefined ? null : accounts(options.accountsEveryMs)]);
  result.ms = Date.now() - started;
  lines.close();
  await core.close();
  emit('result', result);
};

await main();
