// Offline packaging check: electron-builder lays out release/linux-unpacked around a stand-in
// `electron` file (the real binary cannot be downloaded here), then we check app.asar's contents,
// the unpacked SQLite addon, the self-contained sandboxed preload, and the fuses as configured and as flipped.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
// Use the exact @electron/asar and @electron/fuses that electron-builder itself uses.
const builderRequire = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));
const asar = builderRequire('@electron/asar');
const fuses = builderRequire('@electron/fuses');

const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
};

const EXPECTED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  grantFileProtocolExtraPrivileges: false,
  enableCookieEncryption: true,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
};
// Fuse wire index of each option (@electron/fuses FuseV1Options).
const FUSE_INDEX = {
  runAsNode: 0,
  enableCookieEncryption: 1,
  enableNodeOptionsEnvironmentVariable: 2,
  enableNodeCliInspectArguments: 3,
  enableEmbeddedAsarIntegrityValidation: 4,
  onlyLoadAppFromAsar: 5,
  grantFileProtocolExtraPrivileges: 7,
};

/** The flat `key: value` pairs of one top-level block of electron-builder.yml. */
const yamlBlock = (text, name) => {
  const lines = text.split(/\r?\n/);
  const start = lines.indexOf(`${name}:`);
  const block = {};
  if (start < 0) return block;
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const match = /^\s+([\w-]+):\s*(.+?)\s*$/.exec(line);
    if (match) block[match[1]] = match[2];
  }
  return block;
};

const staticConfigChecks = () => {
  const config = readFileSync(join(repo, 'electron-builder.yml'), 'utf8');
  const configured = yamlBlock(config, 'electronFuses');
  for (const [name, value] of Object.entries(EXPECTED_FUSES)) {
    check(configured[name] === String(value), `electron-builder.yml electronFuses.${name} is ${value}`);
  }
  check(/^asar: true$/m.test(config), 'electron-builder.yml packs into asar');
};

/**
 * A shell script standing in for the Electron binary. It carries Electron's fuse sentinel and a
 * v1 wire in Electron's default state, so electron-builder's fuse step really flips something and we
 * can read the result back, exactly as `npx @electron/fuses read` would on a real build.
 */
const makeStandIn = (dir) => {
  const defaults = '10110001'; // runAsNode on, cookies off, NODE_OPTIONS on, inspect on, … file:// extra on
  const body = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "Electron stand-in for the packaging check; not runnable."\nexit 1\n# '),
    Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
    Buffer.from([1, defaults.length]),
    Buffer.from(`${defaults}\n`),
  ]);
  const path = join(dir, 'electron');
  writeFileSync(path, body);
  chmodSync(path, 0o755);
};

const ensureBuilt = () => {
  const needed = ['out/main/main.js', 'out/preload/preload.cjs', 'out/renderer/index.html'];
  if (needed.every((p) => existsSync(join(repo, p)))) return;
  console.log('out/ is incomplete; running `npm run build` first');
  const build = spawnSync('npm', ['run', 'build'], { cwd: repo, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
};

const runBuilder = (electronDist) => {
  rmSync(join(repo, 'release', 'linux-unpacked'), { recursive: true, force: true });
  const args = [
    'electron-builder',
    '--linux',
    'dir',
    '--dir',
    '-c.npmRebuild=false',
    `-c.electronDist=${electronDist}`,
  ];
  console.log(`$ npx ${args.join(' ')}`);
  const run = spawnSync('npx', args, { cwd: repo, stdio: 'inherit', timeout: 600_000 });
  check(run.status === 0, `electron-builder exited 0 (got ${run.status})`);
};

/**
 * Bare package names imported by a bundle (ESM `from "x"` and CJS `require("x")`). The specifier must look like
 * an npm name, so a string that merely follows the word "from" in the code (`words("from", …)`) is not taken for one.
 */
const SPECIFIER = String.raw`((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w.\/-]*)?|node:[\w\/]+)`;
const IMPORT = new RegExp(String.raw`(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']${SPECIFIER}["']`, 'g');
const importedPackages = (code) => {
  const names = new Set();
  for (const match of code.matchAll(IMPORT)) {
    const spec = match[1];
    if (spec.startsWith('node:') || spec === 'electron') continue;
    const parts = spec.split('/');
    names.add(spec.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]);
  }
  return [...names];
};

const packagedChecks = () => {
  const resources = join(repo, 'release', 'linux-unpacked', 'resources');
  const archive = join(resources, 'app.asar');
  check(existsSync(archive), 'release/linux-unpacked/resources/app.asar exists');
  if (!existsSync(archive)) return;

  const files = new Set(asar.listPackage(archive, {}).map((p) => p.split('\\').join('/')));
  for (const p of [
    '/package.json',
    '/out/main/main.js',
    '/out/preload/preload.cjs',
    '/out/renderer/index.html',
    '/assets/icons/icon.png',
  ]) {
    check(files.has(p), `app.asar contains ${p}`);
  }
  const leaked = [...files].filter(
    (p) => /^\/(electron|shared|renderer|test|\.ci|src)\//.test(p) || p.endsWith('.map'),
  );
  check(
    leaked.length === 0,
    `app.asar holds no sources, tests or source maps${leaked.length ? `: ${leaked.slice(0, 5).join(', ')}` : ''}`,
  );

  const addon = join(
    resources,
    'app.asar.unpacked',
    'node_modules',
    'better-sqlite3-multiple-ciphers',
    'build',
    'Release',
    'better_sqlite3.node',
  );
  check(existsSync(addon), 'better_sqlite3.node is unpacked next to app.asar');

  // Every package the main bundle leaves external must be in the archive, or the app dies at start.
  const mainCode = asar.extractFile(archive, 'out/main/main.js').toString('utf8');
  for (const name of importedPackages(mainCode)) {
    check(files.has(`/node_modules/${name}/package.json`), `main.js dependency ${name} is packaged`);
  }
  // A sandboxed preload can require nothing but electron (and a few built-ins): it must be bundled.
  const preloadCode = asar.extractFile(archive, 'out/preload/preload.cjs').toString('utf8');
  const preloadDeps = importedPackages(preloadCode).filter((n) => !['events', 'timers', 'url'].includes(n));
  check(
    preloadDeps.length === 0,
    `preload.cjs is self-contained for sandbox: true${preloadDeps.length ? ` (requires ${preloadDeps.join(', ')})` : ''}`,
  );
};

const flippedFuseChecks = async () => {
  const binary = join(repo, 'release', 'linux-unpacked', 'privacy-desk');
  if (!existsSync(binary)) return check(false, 'release/linux-unpacked/privacy-desk exists');
  const wire = await fuses.getCurrentFuseWire(binary);
  const ENABLE = 49;
  const DISABLE = 48;
  for (const [name, value] of Object.entries(EXPECTED_FUSES)) {
    const state = wire[FUSE_INDEX[name]];
    check(state === (value ? ENABLE : DISABLE), `packaged fuse ${name} was flipped to ${value}`);
  }
};

const main = async () => {
  staticConfigChecks();
  ensureBuilt();
  const dist = mkdtempSync(join(tmpdir(), 'pd-electron-dist-'));
  try {
    makeStandIn(dist);
    runBuilder(dist);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
  packagedChecks();
  await flippedFuseChecks();
  if (failures.length > 0) {
    console.error(`\npackaging check failed (${failures.length}):\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\npackaging check passed');
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
