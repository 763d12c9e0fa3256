// A phone's network for the resident app's first-load bench: DevTools' «Fast 3G» applied through
// CDP to the page and to every service worker it starts (a worker is a target of its own, and the
// page's throttling does not reach its fetches: the precache, and every request it answers from
// the network once it controls the page), plus the bytes each of them received.
import type { BrowserContext, Page } from 'playwright-core';

export type NetworkConditions = {
  offline: boolean;
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
};

/**
 * Chrome DevTools' «Fast 3G» preset, as its source defines it (Puppeteer's
 * PredefinedNetworkConditions['Fast 3G'] is the same): 1.6 Mbit/s down and 750 kbit/s up, each
 * × 0.9 = 1.44 Mbit/s = 180,000 B/s and 675 kbit/s = 84,375 B/s, latency 150 ms × 3.75 = 562.5 ms
 * added to every request. (Lighthouse's «slow 4G» mobile profile has the same latency with 1,024-based
 * units: 1,474.56 kbit/s ≈ 1.51 Mbit/s down, a little faster.)
 */
export const FAST_3G: NetworkConditions = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1000 * 1000 * 0.9) / 8,
  uploadThroughput: (750 * 1000 * 0.9) / 8,
};
export const UNTHROTTLED: NetworkConditions = {
  offline: false,
  latency: 0,
  downloadThroughput: -1,
  uploadThroughput: -1,
};

/**
 * One response the page or a worker received over the network: `bytes` as sent (compressed,
 * headers included), `bodyBytes` the body alone; `startMs`/`endMs` on the browser's monotonic
 * clock, for a waterfall.
 */
export type Transfer = {
  url: string;
  type: string;
  bytes: number;
  bodyBytes: number;
  from: 'page' | 'worker';
  startMs: number;
  endMs: number;
};

type WorkerEvent = { method?: string; params?: Record<string, unknown> };

export type PhoneNetwork = {
  /** Applies conditions to the page and to its service workers, those running and those to come. */
  set(conditions: NetworkConditions): Promise<void>;
  /** Responses finished since the last reset; answers the page got from its service worker are left out. */
  transfers(): Transfer[];
  /** Requests of the page still loading. */
  pending(): number;
  reset(): void;
};

/** Throttles the page (and the CPU by `cpuRate`, 1 = none) and watches what it receives. */
export async function phoneNetwork(
  context: BrowserContext,
  page: Page,
  cpuRate: number,
): Promise<PhoneNetwork> {
  const cdp = await context.newCDPSession(page);
  let conditions = UNTHROTTLED;
  let transfers: Transfer[] = [];
  type Request = { url: string; type: string; viaWorker: boolean; startMs: number; headerBytes: number };
  const types = new Map<string, Request>();
  const workers = new Set<string>();
  let messageId = 0;
  const toWorker = (sessionId: string, method: string, params: object = {}) =>
    cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: ++messageId, method, params }),
    });

  cdp.on('Network.requestWillBeSent', (e) => {
    types.set(e.requestId, {
      url: e.request.url,
      type: e.type ?? 'Other',
      viaWorker: false,
      startMs: e.timestamp * 1000,
      headerBytes: 0,
    });
  });
  cdp.on('Network.responseReceived', (e) => {
    const request = types.get(e.requestId);
    // The response's encodedDataLength so far: its headers.
    if (request)
      Object.assign(request, {
        type: e.type,
        viaWorker: e.response.fromServiceWorker === true,
        headerBytes: e.response.encodedDataLength,
      });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const request = types.get(e.requestId);
    types.delete(e.requestId);
    if (request && !request.viaWorker)
      transfers.push({
        url: request.url,
        type: request.type,
        bytes: e.encodedDataLength,
        bodyBytes: e.encodedDataLength - request.headerBytes,
        from: 'page',
        startMs: request.startMs,
        endMs: e.timestamp * 1000,
      });
  });
  cdp.on('Network.loadingFailed', (e) => types.delete(e.requestId));

  // A service worker, attached (unflattened: this session speaks to it through messages) while it
  // waits at its start, gets the page's conditions before its first request.
  cdp.on('Target.attachedToTarget', async (e) => {
    if (e.targetInfo.type === 'service_worker') {
      workers.add(e.sessionId);
      await toWorker(e.sessionId, 'Network.enable');
      await toWorker(e.sessionId, 'Network.emulateNetworkConditions', conditions);
    }
    await toWorker(e.sessionId, 'Runtime.runIfWaitingForDebugger');
  });
  cdp.on('Target.detachedFromTarget', (e) => {
    if (e.sessionId) workers.delete(e.sessionId);
  });
  const workerRequests = new Map<string, { url: string; startMs: number }>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const { method, params } = JSON.parse(e.message) as WorkerEvent;
    if (!params) return;
    const id = String(params.requestId);
    const at = Number(params.timestamp) * 1000;
    if (method === 'Network.requestWillBeSent')
      workerRequests.set(id, {
        url: String((params.request as { url?: string } | undefined)?.url),
        startMs: at,
      });
    if (method === 'Network.loadingFinished') {
      const { url, startMs } = workerRequests.get(id) ?? { url: '', startMs: at };
      workerRequests.delete(id);
      const bytes = Number(params.encodedDataLength);
      transfers.push({
        url,
        type: 'Worker fetch',
        bytes,
        bodyBytes: bytes,
        from: 'worker',
        startMs,
        endMs: at,
      });
    }
  });

  await cdp.send('Network.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });

  return {
    async set(next) {
      conditions = next;
      await cdp.send('Network.emulateNetworkConditions', next);
      for (const sessionId of workers) await toWorker(sessionId, 'Network.emulateNetworkConditions', next);
    },
    transfers: () => [...transfers],
    pending: () => types.size,
    reset() {
      transfers = [];
    },
  };
}
