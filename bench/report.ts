// How the benchmark prints: generator lines and the latency table of measured requests.
import { formatTable, ms } from './measure';
import type { QueryResult } from './queries';
import type { TableLoad } from './table-load';

export const seconds = (millis: number) => `${(millis / 1000).toFixed(1)} s`;
export const rate = (rows: number, millis: number) => (millis > 0 ? Math.round((rows * 1000) / millis) : 0);

export const loadLine = (name: string, load: TableLoad) =>
  `  ${name.padEnd(17)}${String(load.rows).padStart(9)} rows: INSERT ${seconds(load.insertMs)} = ` +
  `${rate(load.rows, load.insertMs)} rows/s; with building the rows in JS ` +
  `${rate(load.rows, load.insertMs + load.buildMs)} rows/s`;

export function printMeasured(measured: readonly QueryResult[], path: string) {
  const header = ['query', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'results min/median/max'];
  const rows = measured.map((m) => {
    const { p50, p95, p99, max } = m.latency;
    const { min, median, max: most } = m.results;
    return [m.title, ms(p50), ms(p95), ms(p99), ms(max), `${min} / ${median} / ${most}`];
  });
  console.log(formatTable(header, rows));
  console.log('\nOne request of each:');
  for (const m of measured) console.log(`  ${m.title.padEnd(32)} GET ${path}${m.example}`);
}

/** Issue 16's line: the queries over p95 < `p95` ms or p99 < `p99` ms, or «none». */
export function overListTargets(measured: readonly QueryResult[], p95: number, p99: number): string {
  const over = measured
    .filter((m) => m.latency.p95 >= p95 || m.latency.p99 >= p99)
    .map((m) => `${m.title.split(' ')[0]} (p95 ${ms(m.latency.p95)}, p99 ${ms(m.latency.p99)})`);
  return over.length > 0 ? over.join(', ') : 'none';
}

/** The numbers of the queries whose p95 is at or over the target, or «none». */
export function overTarget(measured: readonly QueryResult[], target: number): string {
  const over = measured.filter((m) => m.latency.p95 >= target).map((m) => m.title.split(' ')[0]);
  return over.length > 0 ? `queries ${over.join(', ')}` : 'none';
}

/** Prints «N done, t s» about every tenth of `total`, timed from `started`. */
export function progress(what: string, total: number, started: number) {
  let reported = 0;
  return (done: number) => {
    if (done - reported < total / 10 && done < total) return;
    reported = done;
    console.log(`  ${done} ${what}, ${seconds(performance.now() - started)}`);
  };
}

export function printLoads(loads: Record<string, TableLoad>, analyzeMs: number, totalMs: number) {
  for (const [name, load] of Object.entries(loads)) console.log(loadLine(name, load));
  console.log(`  VACUUM ANALYZE ${seconds(analyzeMs)}; total generation time ${seconds(totalMs)}`);
}
