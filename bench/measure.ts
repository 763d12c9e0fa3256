// Latency sampling and percentiles for the benchmark (figures are printed, never asserted).

export type Stats = { count: number; mean: number; p50: number; p95: number; p99: number; max: number };

/** Nearest-rank percentile of an ascending list: the smallest value with at least p% at or below it. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    count: sorted.length,
    mean: sorted.length > 0 ? sum / sorted.length : Number.NaN,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

export type Measurement = {
  latency: Stats;
  /** The number of results (the list's `total`) per measured request. */
  results: { min: number; median: number; max: number };
};

/**
 * Runs `run` `warmup` times unmeasured, then `iterations` times one after another, timing each call.
 * `run` returns the number of results of that call.
 */
export async function measure(
  run: (iteration: number) => Promise<number>,
  options: { warmup: number; iterations: number },
): Promise<Measurement> {
  for (let i = 0; i < options.warmup; i++) await run(i);
  const times: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < options.iterations; i++) {
    const started = performance.now();
    const count = await run(options.warmup + i);
    times.push(performance.now() - started);
    counts.push(count);
  }
  const sortedCounts = [...counts].sort((a, b) => a - b);
  return {
    latency: summarize(times),
    results: {
      min: sortedCounts[0] ?? 0,
      median: percentile(sortedCounts, 50),
      max: sortedCounts[sortedCounts.length - 1] ?? 0,
    },
  };
}

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : '-');
