// Issue 4's export figures: the whole premises list and the whole clients list downloaded as .xlsx
// over real HTTP (the file read as it streams and thrown away): seconds, rows/s, file size and the
// serving process's memory. On PostgreSQL each export is served by a fresh process holding only
// the app (bench/server-process.ts), so its maxRSS is the export's peak and the server's alone
// (issue 16); on PGlite the bench process serves it and its maxRSS includes the data generation.
import { loadavg } from 'node:os';
import type { DomovoyApp } from '../apps/server/src/app';
import { seconds } from './report';
import type { ServedDatabase } from './server-process';

export type ExportFigures = {
  path: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  bytes: number;
  /** Which process served it: a server process of its own, or the bench process (PGlite). */
  servedBy: ServedDatabase['process'];
  /** The serving process's RSS once it listened, before the request. */
  rssBeforeMb: number;
  /** RSS sampled every 25 ms in the serving process, and V8's heap and Buffers at that sample. */
  rssPeakDuringMb: number;
  heapAtPeakMb: number;
  externalAtPeakMb: number;
  /** process.resourceUsage().maxRSS of the serving process after the download: the figure. */
  maxRssMb: number;
  /** The machine's 1-, 5- and 15-minute load averages when the download began. */
  loadAverage: number[];
};

async function download(
  served: ServedDatabase,
  token: string,
  path: string,
  rows: number,
): Promise<ExportFigures> {
  const before = await served.memory();
  const loadAverage = loadavg().map((n) => Math.round(n * 100) / 100);
  const started = performance.now();
  let bytes = 0;
  const response = await fetch(`${served.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200 || !response.body) throw new Error(`${path}: ${response.status}`);
  for await (const chunk of response.body) bytes += chunk.byteLength;
  const elapsed = (performance.now() - started) / 1000;
  const after = await served.memory();
  return {
    path,
    rows,
    seconds: Math.round(elapsed * 100) / 100,
    rowsPerSecond: Math.round(rows / elapsed),
    bytes,
    servedBy: served.process,
    rssBeforeMb: before.rssMb,
    rssPeakDuringMb: after.sampledPeakMb,
    heapAtPeakMb: after.heapAtPeakMb,
    externalAtPeakMb: after.externalAtPeakMb,
    maxRssMb: after.maxRssMb,
    loadAverage,
  };
}

/** The number of rows of a list (its `total`), which is what its export writes. */
async function total(app: DomovoyApp, token: string, list: string): Promise<number> {
  const response = await app.inject({
    url: `${list}?pageSize=1`,
    headers: { authorization: `Bearer ${token}` },
  });
  return response.json().total;
}

/**
 * Downloads GET /api/premises/export.xlsx and, when there are clients, GET /api/clients/export.xlsx,
 * each from a server `serve` starts for it (and closes after).
 */
export async function measureExports(
  app: DomovoyApp,
  token: string,
  serve: () => Promise<ServedDatabase>,
): Promise<ExportFigures[]> {
  const figures: ExportFigures[] = [];
  for (const list of ['/api/premises', '/api/clients']) {
    const rows = await total(app, token, list);
    if (rows === 0) continue;
    const served = await serve();
    try {
      figures.push(await download(served, token, `${list}/export.xlsx`, rows));
    } finally {
      await served.close();
    }
  }
  return figures;
}

export function printExportFigures(figures: readonly ExportFigures[]) {
  console.log(
    'Export (issue 4): the whole list as .xlsx over real HTTP, streamed and discarded by the client',
  );
  for (const f of figures) {
    console.log(
      `  GET ${f.path.padEnd(26)} ${String(f.rows).padStart(8)} rows in ${seconds(f.seconds * 1000)} = ` +
        `${f.rowsPerSecond} rows/s, ${(f.bytes / 1024 / 1024).toFixed(1)} MB; ${f.servedBy}: RSS ${f.rssBeforeMb} MB ` +
        `before, peak (maxRSS) ${f.maxRssMb} MB (sampled ${f.rssPeakDuringMb} MB: V8 heap ${f.heapAtPeakMb} MB, ` +
        `external ${f.externalAtPeakMb} MB); load average ${f.loadAverage.join(' ')}`,
    );
  }
  console.log(
    'Issue 4 target (reported, not asserted): ≥ 10,000 rows/s and peak RSS under 400 MB on PostgreSQL.',
  );
}
