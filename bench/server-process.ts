// Issue 16: the bench database served the way a deployment serves it — by a process of its own
// (bench/serve-database.ts) that holds only the app — so that the peak RSS of an export is the
// server's and not the bench process's, which also holds the generator and the measuring client.
// On PGlite (one process owns the database) the bench process's own app listens instead, and its
// figures say so.
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { DomovoyApp } from '../apps/server/src/app';

export type ServerMemory = {
  rssMb: number;
  /** V8's live heap now (after a full GC when the process runs with --expose-gc). */
  heapUsedMb: number;
  /** process.resourceUsage().maxRSS: the serving process's peak since it started. */
  maxRssMb: number;
  /** RSS sampled every 25 ms, with V8's heap and the memory outside it (Buffers) at that peak. */
  sampledPeakMb: number;
  heapAtPeakMb: number;
  externalAtPeakMb: number;
};
export type ServerMessage = { url: string } | { memory: ServerMemory };

export type ServedDatabase = {
  url: string;
  /**
   * «server process» (a child holding only the app, with its V8 heap option if given) or «bench
   * process» (PGlite: the app in this one).
   */
  process: string;
  memory(): Promise<ServerMemory>;
  close(): Promise<void>;
};

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function reply<T>(child: ChildProcess, pick: (m: ServerMessage) => T | undefined): Promise<T> {
  for (;;) {
    const [message] = (await once(child, 'message')) as [ServerMessage];
    const value = pick(message);
    if (value !== undefined) return value;
  }
}

/**
 * The V8 heap size `npm start` gives the server (its --max-old-space-size), read from the root
 * package.json so that the bench serves as the server is started.
 */
export async function startHeapMb(): Promise<number | undefined> {
  const root = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const found = /--max-old-space-size=(\d+)/.exec(root.scripts.start ?? '');
  return found ? Number(found[1]) : undefined;
}

/**
 * A fresh process serving `databaseUrl` (with the built CRM when `crm`); `heapMb`, V8's
 * --max-old-space-size for it, to measure what a deployment's heap setting does to the peak.
 */
export async function serveInChild(
  databaseUrl: string,
  { crm = false, heapMb }: { crm?: boolean; heapMb?: number } = {},
): Promise<ServedDatabase> {
  const heap = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
  const child = fork(
    fileURLToPath(new URL('./serve-database.ts', import.meta.url)),
    [databaseUrl, ...(crm ? ['--crm'] : [])],
    { execArgv: [...process.execArgv, ...heap], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const exited = once(child, 'exit');
  const url = await Promise.race([
    reply(child, (m) => ('url' in m ? m.url : undefined)),
    exited.then(([code]) => {
      throw new Error(`the server process exited with ${code} before listening`);
    }),
  ]);
  return {
    url,
    process: heapMb ? `server process (${heap[0]})` : 'server process',
    async memory() {
      child.send('memory');
      return reply(child, (m) => ('memory' in m ? m.memory : undefined));
    },
    async close() {
      child.send('close');
      await exited;
    },
  };
}

/** The bench process's own app on a local port (PGlite). */
export async function serveInProcess(app: DomovoyApp): Promise<ServedDatabase> {
  const address = app.server.address();
  const url =
    address && typeof address === 'object'
      ? `http://127.0.0.1:${address.port}`
      : await app.listen({ port: 0, host: '127.0.0.1' });
  let peak = process.memoryUsage();
  const sampler = setInterval(() => {
    if (process.memoryUsage.rss() > peak.rss) peak = process.memoryUsage();
  }, 25);
  sampler.unref();
  return {
    url,
    process: 'bench process',
    async memory() {
      globalThis.gc?.();
      return {
        rssMb: mb(process.memoryUsage.rss()),
        heapUsedMb: mb(process.memoryUsage().heapUsed),
        maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        sampledPeakMb: mb(peak.rss),
        heapAtPeakMb: mb(peak.heapTotal),
        externalAtPeakMb: mb(peak.external),
      };
    },
    async close() {
      clearInterval(sampler);
    },
  };
}
