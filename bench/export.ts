// Issue 4's export figures: the whole premises list and the whole clients list downloaded as .xlsx
// over real HTTP (the app listening on a local port, the file read as it streams and thrown away):
// seconds, rows/s, file size and memory. maxRSS is the process's peak since it started (the data
// generation included); the RSS sampled while the file streams is the export's own figure.
import type { DomovoyApp } from '../apps/server/src/app';
import { seconds } from './report';

export type ExportFigures = {
  path: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  bytes: number;
  /** Resident set size sampled every 25 ms and at every received chunk while the file streamed. */
  rssPeakDuringMb: number;
  rssBeforeMb: number;
  /** V8's heap and the memory outside it (Buffers) at the RSS peak: where the peak is. */
  heapAtPeakMb: number;
  externalAtPeakMb: number;
  /** process.resourceUsage().maxRSS after the download: the process's lifetime peak. */
  maxRssMb: number;
};

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function baseUrl(app: DomovoyApp): Promise<string> {
  const address = app.server.address();
  if (address && typeof address === 'object') return `http://127.0.0.1:${address.port}`;
  return app.listen({ port: 0, host: '127.0.0.1' });
}

async function download(url: string, token: string, path: string, rows: number): Promise<ExportFigures> {
  globalThis.gc?.();
  const rssBefore = process.memoryUsage.rss();
  let peak = rssBefore;
  let atPeak = process.memoryUsage();
  const sample = () => {
    const rss = process.memoryUsage.rss();
    if (rss <= peak) return;
    peak = rss;
    atPeak = process.memoryUsage();
  };
  const timer = setInterval(sample, 25);
  const started = performance.now();
  let bytes = 0;
  try {
    const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (response.status !== 200 || !response.body) throw new Error(`${path}: ${response.status}`);
    for await (const chunk of response.body) {
      bytes += chunk.byteLength;
      sample();
    }
  } finally {
    clearInterval(timer);
  }
  const elapsed = (performance.now() - started) / 1000;
  return {
    path,
    rows,
    seconds: Math.round(elapsed * 100) / 100,
    rowsPerSecond: Math.round(rows / elapsed),
    bytes,
    rssPeakDuringMb: mb(peak),
    rssBeforeMb: mb(rssBefore),
    heapAtPeakMb: mb(atPeak.heapTotal),
    externalAtPeakMb: mb(atPeak.external),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
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

/** Downloads GET /api/premises/export.xlsx and, when there are clients, GET /api/clients/export.xlsx. */
export async function measureExports(app: DomovoyApp, token: string): Promise<ExportFigures[]> {
  const url = await baseUrl(app);
  const figures: ExportFigures[] = [];
  for (const list of ['/api/premises', '/api/clients']) {
    const rows = await total(app, token, list);
    if (rows > 0) figures.push(await download(url, token, `${list}/export.xlsx`, rows));
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
        `${f.rowsPerSecond} rows/s, ${(f.bytes / 1024 / 1024).toFixed(1)} MB; RSS ${f.rssBeforeMb} MB before, ` +
        `peak ${f.rssPeakDuringMb} MB while streaming (V8 heap ${f.heapAtPeakMb} MB, external ${f.externalAtPeakMb} MB); ` +
        `process maxRSS ${f.maxRssMb} MB`,
    );
  }
  console.log(
    'Issue 4 target (reported, not asserted): ≥ 10,000 rows/s and peak RSS under 400 MB on PostgreSQL.',
  );
}
