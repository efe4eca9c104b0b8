// `npm start`: builds, then runs the desktop app if an Electron runtime is installed, and otherwise
// falls back to browser mode (electron/web/start.ts) with the same arguments. Never downloads Electron.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const resolveFrom = createRequire(import.meta.url);
const args = process.argv.slice(2);
const isWindows = process.platform === 'win32';

/**
 * The Electron executable if it is already on disk, else null. Deliberately never loads the package:
 * its index.js starts a download when the binary is missing, which must never happen here.
 */
const electronRuntime = () => {
  try {
    const pkgDir = dirname(resolveFrom.resolve('electron/package.json'));
    const pathFile = join(pkgDir, 'path.txt');
    const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
    const overrideDir = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    if (overrideDir) {
      const exe = join(overrideDir, relative ?? (isWindows ? 'electron.exe' : 'electron'));
      return existsSync(exe) ? exe : null;
    }
    if (relative === null || relative === '') return null;
    const exe = join(pkgDir, 'dist', relative);
    return existsSync(exe) ? exe : null;
  } catch {
    return null;
  }
};

/** Runs a child with our terminal, passes Ctrl+C/termination on, and exits with its status. */
const runForwarding = (command, commandArgs, env = process.env) => {
  const child = spawn(command, commandArgs, { cwd: repo, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
};

const build = spawnSync('npm', ['run', 'build'], { cwd: repo, stdio: 'inherit', shell: isWindows });
if (build.status !== 0) {
  console.error('The build failed; not starting Privacy Desk.');
  process.exit(build.status ?? 1);
}

const electron = electronRuntime();
if (electron !== null) {
  // With ELECTRON_RUN_AS_NODE set, the binary would run our main bundle as plain Node; drop it.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  runForwarding(electron, [repo, ...args], env);
} else {
  console.log('Electron runtime not available here; starting Privacy Desk in browser mode instead.');
  const tsxCli = join(dirname(resolveFrom.resolve('tsx/package.json')), 'dist', 'cli.mjs');
  runForwarding(process.execPath, [tsxCli, join(repo, 'electron', 'web', 'start.ts'), ...args]);
}
