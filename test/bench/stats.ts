// Timing for the benchmarks: hrtime samples taken round-robin across variants (so drift and page-cache
// warmth hit ours and the floor alike), medians and p95s, and the printed table.
export type Variant = () => unknown;

export interface Stats {
  n: number;
  median: number; // ns
  p95: number; // ns
}

export const statsOf = (samples: readonly number[]): Stats => {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
  return { n: s.length, median, p95: at(0.95) };
};

/**
 * Runs every variant `warmup` times, then `runs` timed calls each, in blocks of `block` calls per variant,
 * alternating variants block by block. Async variants are awaited; each call is timed on its own.
 */
export const compare = async <K extends string>(
  variants: Record<K, Variant>,
  opts: { runs: number; warmup: number; block?: number },
): Promise<Record<K, Stats>> => {
  const names = Object.keys(variants) as K[];
  const samples = Object.fromEntries(names.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  const block = opts.block ?? 1;
  for (const k of names) for (let i = 0; i < opts.warmup; i++) await variants[k]();
  for (let done = 0; done < opts.runs; done += block) {
    const size = Math.min(block, opts.runs - done);
    for (const k of names) {
      const fn = variants[k];
      const out = samples[k];
      for (let i = 0; i < size; i++) {
        const t0 = process.hrtime.bigint();
        const r = fn();
        if (r instanceof Promise) await r;
        out.push(Number(process.hrtime.bigint() - t0));
      }
    }
  }
  return Object.fromEntries(names.map((k) => [k, statsOf(samples[k])])) as Record<K, Stats>;
};

export interface Row {
  section: string;
  name: string;
  stats: Stats;
  /** Median of the raw floor this row compares with; omitted for the floor itself and informational rows. */
  floor?: Stats;
}

export const fmtDuration = (ns: number): string => {
  if (!Number.isFinite(ns)) return '—';
  if (ns < 1e3) return `${ns.toFixed(0)} ns`;
  if (ns < 1e6) return `${(ns / 1e3).toFixed(ns < 1e4 ? 2 : 1)} µs`;
  if (ns < 1e9) return `${(ns / 1e6).toFixed(ns < 1e7 ? 2 : 1)} ms`;
  return `${(ns / 1e9).toFixed(2)} s`;
};

const fmtRatio = (x: number): string => (Number.isFinite(x) ? `${x >= 0.1 ? x.toFixed(2) : x.toPrecision(2)}×` : '—');

const fmtRate = (ns: number): string => {
  const perSec = 1e9 / ns;
  return perSec >= 100 ? Math.round(perSec).toLocaleString('en-US') : perSec.toFixed(1);
};

/** One table for all sections: median, p95, the floor's median, ours/floor and calls per second (from the median). */
export const renderTable = (rows: readonly Row[]): string => {
  const header = ['benchmark', 'n', 'median', 'p95', 'floor median', 'ours/floor', 'per s'];
  const body: string[][] = [];
  let section = '';
  const sectionLines = new Set<number>();
  for (const r of rows) {
    if (r.section !== section) {
      section = r.section;
      sectionLines.add(body.length);
      body.push([section, '', '', '', '', '', '']);
    }
    body.push([
      `  ${r.name}`,
      String(r.stats.n),
      fmtDuration(r.stats.median),
      fmtDuration(r.stats.p95),
      r.floor ? fmtDuration(r.floor.median) : '',
      r.floor ? fmtRatio(r.stats.median / r.floor.median) : '',
      fmtRate(r.stats.median),
    ]);
  }
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.filter((_, j) => !sectionLines.has(j)).map((b) => (b[i] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  const out = [line(header), rule];
  body.forEach((b, j) => out.push(sectionLines.has(j) ? `${j === 0 ? '' : '\n'}${b[0]}` : line(b)));
  return out.join('\n');
};
