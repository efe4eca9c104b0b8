#!/usr/bin/env node
// The `privacy-desk` command (package.json `bin`): runs the CLI that `npm run build` puts in out/cli/main.js, which
// needs only the package's dependencies. In a source checkout that has not been built it runs the TypeScript
// through tsx (a dev dependency) instead. `npm run cli --` always runs the source.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../../out/cli/main.js', import.meta.url);

const loadCli = async () => {
  if (existsSync(fileURLToPath(built))) return import(built.href);
  try {
    const { register } = await import('tsx/esm/api');
    register();
  } catch {
    console.error('privacy-desk: the command line is not built and tsx is not installed: run `npm run build` first.');
    process.exit(1);
  }
  return import('./main.ts');
};

const { runCli } = await loadCli();
process.exitCode = await runCli(process.argv.slice(2));
