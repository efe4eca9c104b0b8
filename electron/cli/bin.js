#!/usr/bin/env node
// The `privacy-desk` command (package.json `bin`): registers tsx so the TypeScript CLI runs straight
// after `npm ci`, with no build step, then hands the command line to electron/cli/main.ts.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./main.ts');
process.exitCode = await runCli(process.argv.slice(2));
