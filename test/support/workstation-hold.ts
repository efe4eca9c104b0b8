// A test workstation caught in the middle of a write: it opens the core the CLI's way, then adds a patient
// through dispatch with a test-only Kysely plugin on its connection that, once the audit entry is inserted (the
// patient row, its entry and the audit head lock all held by the open transaction), prints where it stopped and
// holds the transaction there. The test then kills the process (SIGKILL), as a power cut would, or restarts the
// server under it and lets it go on.
//
//   node --import tsx test/support/workstation-hold.ts '{"db":"postgres://...","mrn":"HELD-1","then":"NEXT-1"}'
//   stdout: {"event":"ready"}, then {"event":"holding","mrn":...} with the transaction open
//   stdin:  "release" lets the held write go on (after a server restart, to see how it ends): it prints
//           {"event":"answered","mrn":...,"result":...}, then adds the patient `then` the same way, and exits
// Nothing in the app waits like this: the plugin is added here, to this process's database handle only.
import { createInterface } from 'node:readline';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryId } from 'kysely';
import { parseCommandLine } from '../../electron/cli/args';
import { SESSION_KEY, signIn } from '../../electron/cli/session';

const { db, mrn, then } = JSON.parse(process.argv[2] ?? '{}') as { db: string; mrn: string; then?: string };
const released = new Promise<void>((resolve) => {
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim() === 'release') resolve();
  });
});

const emit = (event: string, body: object = {}): void => {
  process.stdout.write(`${JSON.stringify({ event, ...body })}\n`);
};

/** Holds the first INSERT INTO audit_log's result, after announcing it, until released: the transaction stays open. */
class HoldAfterAuditInsert implements KyselyPlugin {
  private readonly auditInserts = new Set<QueryId>();
  private held = false;

  transformQuery(args: PluginTransformQueryArgs): PluginTransformQueryArgs['node'] {
    const { node } = args;
    if (node.kind === 'InsertQueryNode' && node.into?.table.identifier.name === 'audit_log')
      this.auditInserts.add(args.queryId);
    return node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<PluginTransformResultArgs['result']> {
    if (this.held || !this.auditInserts.has(args.queryId)) return args.result;
    this.held = true;
    emit('holding', { mrn });
    await released; // killed here, or released to go on
    return args.result;
  }
}

/** The global options exactly as the CLI reads them for `--db URL` signed in as the administrator. */
const { global } = parseCommandLine(
  ['--db', db, '--passphrase-env', 'PD_PASSPHRASE', '--user', 'admin', '--password-env', 'PD_ADMIN_PW', 'workstation'],
  () => ({}),
);
const { core } = await signIn(global);
emit('ready');
const open = core.env.store.open;
open.kysely = open.kysely.withPlugin(new HoldAfterAuditInsert());
const add = async (which: string): Promise<void> => {
  const result = await core.dispatch(SESSION_KEY, 'patients.create', {
    mrn: which,
    firstName: 'Half',
    lastName: 'Written',
    dateOfBirth: '1960-01-01',
  });
  emit('answered', { mrn: which, result });
};
await add(mrn);
if (then !== undefined) await add(then);
process.stdin.destroy();
await core.close();
