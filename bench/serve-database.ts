// The child of bench/server-process.ts: one bench database on the PostgreSQL of the URL it is
// given, served by the app on a local port and nothing else in the process (no generator, no
// measuring client), so that its memory is the server's (issue 16). `--crm` serves the built CRM
// too. It answers the parent's 'memory' with its RSS and peaks, and closes on 'close'.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config';
import { openPostgres } from '../apps/server/src/db/database';
import { localFileStorage } from '../apps/server/src/platform/storage';
import type { ServerMemory, ServerMessage } from './server-process';

const [databaseUrl, ...flags] = process.argv.slice(2);
if (!databaseUrl || !process.send) throw new Error('started by bench/server-process.ts only');
const send = (message: ServerMessage) => process.send?.(message);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

const database = openPostgres(databaseUrl);
const filesDir = await mkdtemp(path.join(tmpdir(), 'domovoy-bench-server-'));
const crmDir = fileURLToPath(new URL('../apps/crm/dist', import.meta.url));
const app = await buildApp({
  config: loadConfig({ DATA_DIR: filesDir, LOG_LEVEL: 'silent' }),
  db: database.db,
  storage: localFileStorage(path.join(filesDir, 'files')),
  ...(flags.includes('--crm') ? { crmDir } : {}),
});
const url = await app.listen({ port: 0, host: '127.0.0.1' });

// The kernel's maxRSS is the figure; the sampled peak only tells where it is (heap or Buffers).
let peak = process.memoryUsage();
const sampler = setInterval(() => {
  if (process.memoryUsage.rss() > peak.rss) peak = process.memoryUsage();
}, 25);
sampler.unref();

const memory = (): ServerMemory => ({
  rssMb: mb(process.memoryUsage.rss()),
  heapUsedMb: mb(process.memoryUsage().heapUsed),
  maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  sampledPeakMb: mb(peak.rss),
  heapAtPeakMb: mb(peak.heapTotal),
  externalAtPeakMb: mb(peak.external),
});

process.on('message', async (message: unknown) => {
  if (message === 'memory') {
    globalThis.gc?.();
    send({ memory: memory() });
  } else if (message === 'close') {
    clearInterval(sampler);
    await app.close();
    await database.close();
    await rm(filesDir, { recursive: true, force: true });
    process.disconnect();
  }
});
send({ url });
