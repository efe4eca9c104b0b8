// Secondary security scan: runs Doyensec Electronegativity over electron/ (sources) and out/ (the
// bundles, with the renderer's HTML) and fails on any HIGH finding. The tool itself exits 0 whatever
// it finds, so this script reads its CSV. It is unmaintained upstream; the shell tests are the gate.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
// Told explicitly: it cannot detect the version from sources and would otherwise assume v0.1.0.
const electronVersion = pkg.devDependencies.electron;
const toolDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const toolBin = join(toolDir, JSON.parse(readFileSync(join(toolDir, 'package.json'), 'utf8')).bin.electronegativity);

/** RFC 4180-ish: quoted fields with doubled quotes; the tool writes one finding per line. */
const parseCsvLine = (line) => {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (fields.push(field.trim()), (field = ''));
    else field += ch;
  }
  fields.push(field.trim());
  return fields;
};

const scan = (input, outDir) => {
  const csv = join(outDir, `${input.replace(/\W+/g, '_')}.csv`);
  const run = spawnSync(
    process.execPath,
    [toolBin, '-i', resolve(repo, input), '-o', csv, '-r', '-v', 'false', '-e', electronVersion],
    { cwd: repo, encoding: 'utf8', timeout: 300_000 },
  );
  if (run.status !== 0 || !existsSync(csv)) {
    console.error(run.stdout, run.stderr);
    throw new Error(`electronegativity failed on ${input} (exit ${run.status})`);
  }
  const [header, ...rows] = readFileSync(csv, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const names = parseCsvLine(header ?? '').map((h) => h.toLowerCase());
  return rows.map((row) => {
    const values = parseCsvLine(row);
    const finding = Object.fromEntries(names.map((name, i) => [name, values[i] ?? '']));
    return { input, ...finding };
  });
};

const main = () => {
  // Directories may be given on the command line (e.g. to check the gate itself on a fixture).
  const requested = process.argv.slice(2);
  const inputs = (requested.length > 0 ? requested : ['electron', 'out']).filter((dir) =>
    existsSync(resolve(repo, dir)),
  );
  if (requested.length === 0 && !inputs.includes('out')) {
    console.warn('out/ not found: run `npm run build` to scan the bundles too.');
  }
  if (inputs.length === 0) throw new Error('nothing to scan');
  const outDir = mkdtempSync(join(tmpdir(), 'pd-electronegativity-'));
  let findings;
  try {
    findings = inputs.flatMap((input) => scan(input, outDir));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  for (const f of findings) {
    console.log(
      `${f.severity.padEnd(13)} ${f.confidence.padEnd(10)} ${f.issue}  ${f.input}/${f.filename}:${f.location}  ${f.description}`,
    );
  }
  const high = findings.filter((f) => f.severity.toUpperCase() === 'HIGH');
  console.log(
    `electronegativity ${electronVersion}: ${findings.length} finding(s), ${high.length} HIGH, over ${inputs.join(', ')}`,
  );
  process.exit(high.length > 0 ? 1 : 0);
};

main();
