// `npm start`: builds when the sources changed since the last build (or with --rebuild), then runs the desktop
// app if an Electron runtime is installed, and otherwise falls back to browser mode (electron/web/start.ts) with
// the same arguments. Never downloads Electron.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const resolveFrom = createRequire(import.meta.url);
const REBUILD_FLAG = '--rebuild';
const args = process.argv.slice(2).filter((arg) => arg !== REBUILD_FLAG);
const forceRebuild = args.length !== process.argv.length - 2;
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

// What the build reads. Folder mtimes count too, so deleting or renaming a file also means "changed".
const BUILD_INPUTS = [
  'electron',
  'renderer',
  'shared',
  'assets',
  'package.json',
  'package-lock.json',
  'electron.vite.config.ts',
  'tsconfig.json',
];
/** Written after each successful build: the newest input mtime seen just before it started. */
const stamp = join(repo, 'out', '.build-stamp');

/** The newest mtime (ms) under `path`; 0 when it does not exist. */
const newestMtime = (path) => {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  let newest = stat.mtimeMs;
  if (stat.isDirectory()) {
    for (const entry of readdirSync(path)) {
      if (entry === 'node_modules') continue;
      newest = Math.max(newest, newestMtime(join(path, entry)));
    }
  }
  return newest;
};

// Compared with the stamp's own record rather than its mtime, so a file dated ahead of the clock does not make
// every start rebuild, and an edit made during a build (newer than what was seen) still counts.
const sourcesMtime = Math.max(...BUILD_INPUTS.map((input) => newestMtime(join(repo, input))));
const builtFrom = () => {
  try {
    return Number(readFileSync(stamp, 'utf8').trim());
  } catch {
    return Number.NaN; // never built through `npm start`, or out/ was removed
  }
};

// The page every start serves; gone means out/ was cleaned by hand, whatever the stamp says.
const builtPage = join(repo, 'out', 'renderer', 'index.html');

if (!forceRebuild && sourcesMtime <= builtFrom() && existsSync(builtPage)) {
  console.log(`The build is up to date; starting (use \`npm start -- ${REBUILD_FLAG}\` to build anyway).`);
} else {
  rmSync(stamp, { force: true }); // a build that fails half-way must not leave the old stamp vouching for out/
  const build = spawnSync('npm', ['run', 'build'], { cwd: repo, stdio: 'inherit', shell: isWindows });
  if (build.status !== 0) {
    console.error('The build failed; not starting Privacy Desk.');
    process.exit(build.status ?? 1);
  }
  try {
    writeFileSync(stamp, `${sourcesMtime}\n`);
  } catch {
    // No out/ folder after the build: nothing to mark, and the next start simply builds again.
  }
}

const electron = electronRuntime();
if (electron !== null) {
  // With ELECTRON_RUN_AS_NODE set, the binary would run our main bundle as plain Node; drop it.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  runForwarding(electron, [repo, ...args], env);
} else {
  console.log('Starting Privacy Desk in your web browser: the desktop window is not available on this computer.');
  const tsxCli = join(dirname(resolveFrom.resolve('tsx/package.json')), 'dist', 'cli.mjs');
  runForwarding(process.execPath, [tsxCli, join(repo, 'electron', 'web', 'start.ts'), ...args]);
}
