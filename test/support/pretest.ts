// `npm test`'s pretest step: finds what the tests need from the system (test/support/system-tools.ts) and, on a
// machine with apt-get where we run as root, installs what is missing; elsewhere it stops with one line saying
// what to install. .ci/run relies on this step instead of installing packages itself.
import { spawnSync } from 'node:child_process';
import { machineCanApt, planSystemTools, toolsFor } from './system-tools';

const stop = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

const apt = (args: string[]): void => {
  const run = spawnSync('apt-get', args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (run.status !== 0)
    stop(
      `apt-get ${args.join(' ')} failed (exit ${run.status ?? run.signal}); install the package by hand and run npm test again.`,
    );
};

const tools = toolsFor();
let plan = planSystemTools(tools, process.env, { canApt: machineCanApt() });
if (plan.kind === 'install') {
  process.stdout.write(`pretest: installing ${plan.packages.join(', ')} with apt-get\n`);
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', ...plan.packages]);
  // Installed once; whatever is still missing now is reported, not retried.
  plan = planSystemTools(tools, process.env, { canApt: false });
}
if (plan.kind === 'stop') stop(plan.message);
if (plan.kind === 'ready') {
  for (const [name, path] of Object.entries(plan.found)) process.stdout.write(`pretest: ${name} at ${path}\n`);
}
