// How fast this machine runs JavaScript today, so that figures from different machines (or days)
// can be set side by side: a fixed piece of single-threaded work, timed. The 2-core machines the
// bench runs on have varied by ~3× between sessions for the same code (docs/decisions.md).
import { cpus, loadavg } from 'node:os';

/** Milliseconds of the reference work (an integer loop, then building, writing and reading JSON); best of 3. */
export function referenceWorkMs(): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round += 1) {
    const started = performance.now();
    let x = 0;
    for (let i = 0; i < 50_000_000; i += 1) x = (x * 31 + i) | 0;
    const rows = Array.from({ length: 200_000 }, (_, i) => ({ i, text: `строка ${i}`, x }));
    if (JSON.parse(JSON.stringify(rows)).length !== rows.length) throw new Error('reference work');
    best = Math.min(best, performance.now() - started);
  }
  return Math.round(best);
}

/** «Machine: 2 cores (AMD EPYC), reference work 812 ms (lower is faster), load average 1.2». */
export function machineLine(): string {
  const ms = referenceWorkMs();
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `Machine: ${cpus().length} cores (${model}), reference work ${ms.toLocaleString('en')} ms (bench/machine-speed.ts; lower is faster), load average ${loadavg()[0]?.toFixed(1)}`;
}
