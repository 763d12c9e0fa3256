// One measured load of the resident app's first screen (bench/resident-first-load.ts): a new
// browser context — a phone with a cold cache and no service worker — throttled to Fast 3G, then,
// if asked, a warm load in the same context once the service worker has installed.
import type { Browser, Page } from 'playwright-core';
import { openPhone } from '../apps/resident/e2e/browser';
import { FAST_3G, type PhoneNetwork, phoneNetwork, type Transfer, UNTHROTTLED } from './phone-network';

export type FirstScreen = 'sign-in' | 'profile';

export type Load = {
  /** first-contentful-paint, from the navigation's start. */
  fcpMs: number;
  /** When the screen could be used (see `isInteractive`), from the navigation's start. */
  interactiveMs: number;
  /** The load event, from the navigation's start. */
  loadMs: number;
  /** The scripts' bodies as received (compressed); allBytes: everything, headers included. */
  jsBytes: number;
  allBytes: number;
  requests: number;
  /** What was received, in order, in ms from the first request. */
  waterfall: { url: string; bytes: number; startMs: number; endMs: number }[];
};

// What the functions run in the page use (the bench's TypeScript has no DOM types).
type Element = { disabled?: boolean; textContent: string | null; getClientRects(): { length: number } };
declare const document: { querySelector(selector: string): Element | null };
declare const navigator: {
  serviceWorker: { ready: Promise<unknown>; controller: object | null };
};

/**
 * When the first screen can be used: run in the page on every animation frame, `performance.now()`
 * once it can, else false.
 */
function interactiveAt(screen: FirstScreen): number | false {
  if (screen === 'sign-in') {
    // The phone field rendered by React (its handlers are live from the root's creation), shown, enabled.
    const input = document.querySelector('input[aria-label="Номер телефона"]');
    return input && !input.disabled && input.getClientRects().length > 0 ? performance.now() : false;
  }
  // The profile: the resident's name from GET /me.
  return document.querySelector('.profile-name')?.textContent ? performance.now() : false;
}

function paintAndLoad() {
  const entries = performance as unknown as { getEntriesByType(type: string): { loadEventStart?: number }[] };
  const navigation = entries.getEntriesByType('navigation')[0];
  return {
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    load: navigation?.loadEventStart ?? Number.NaN,
  };
}

/** A device session in localStorage before the app's first script runs. */
const sessionScript = (organization: string, token: string) =>
  `if (location.pathname.startsWith('/app/')) localStorage.setItem(${JSON.stringify(
    `domovoy.resident.session.${organization}`,
  )}, ${JSON.stringify(token)});`;

const pathOf = (url: string) => (URL.canParse(url) ? new URL(url).pathname : url);
const isScript = (t: Transfer) => t.type === 'Script' || /\.m?js$/.test(pathOf(t.url));

function waterfall(transfers: Transfer[]): Load['waterfall'] {
  const first = Math.min(...transfers.map((t) => t.startMs));
  return transfers
    .map((t) => ({
      url: pathOf(t.url),
      bytes: t.bytes,
      startMs: Math.round(t.startMs - first),
      endMs: Math.round(t.endMs - first),
    }))
    .sort((a, b) => a.startMs - b.startMs);
}

/** Waits until no request of the page has been loading for `quietMs` (at most 30 s). */
async function settle(network: PhoneNetwork, quietMs = 1000) {
  const until = Date.now() + 30_000;
  let quietSince = Date.now();
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (network.pending() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
  }
}

async function loadOnce(page: Page, network: PhoneNetwork, url: string, screen: FirstScreen): Promise<Load> {
  network.reset();
  await page.goto(url, { waitUntil: 'commit' });
  const ready = await page.waitForFunction(interactiveAt, screen, {
    polling: 'raf',
    timeout: 90_000,
  });
  const interactiveMs = (await ready.jsonValue()) as number;
  await page.waitForLoadState('load');
  await settle(network);
  const timing = await page.evaluate(paintAndLoad);
  const transfers = network.transfers();
  const scripts = transfers.filter(isScript);
  return {
    fcpMs: timing.fcp,
    // Usable once also painted: the check runs before the frame's paint.
    interactiveMs: Math.max(interactiveMs, timing.fcp),
    loadMs: timing.load,
    jsBytes: scripts.reduce((sum, t) => sum + t.bodyBytes, 0),
    allBytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
    requests: transfers.length,
    waterfall: waterfall(transfers),
  };
}

export async function measureLoad(
  browser: Browser,
  options: {
    url: string;
    screen: FirstScreen;
    /** A device session to find in localStorage (the profile of a signed-in device). */
    session?: { organization: string; token: string };
    cpuRate: number;
    warm: boolean;
  },
): Promise<{ cold: Load; warm?: Load }> {
  const { context, page, consoleErrors } = await openPhone(browser);
  try {
    if (options.session)
      await context.addInitScript(sessionScript(options.session.organization, options.session.token));
    const network = await phoneNetwork(context, page, options.cpuRate);
    await network.set(FAST_3G);
    const cold = await loadOnce(page, network, options.url, options.screen).catch((error: Error) => {
      // A screen that never came: what the page said is the likeliest why.
      throw new Error(`${error.message}\nconsole errors: ${consoleErrors.join('; ') || 'none'}`);
    });
    if (options.screen === 'sign-in') {
      // It does take input: the mask formats the typed digits.
      const phone = page.getByRole('textbox', { name: 'Номер телефона' });
      await phone.fill('9990000001');
      if ((await phone.inputValue()) !== '+7 (999) 000-00-01')
        throw new Error('the phone field took no input');
    }
    if (consoleErrors.length > 0) console.warn(`  console errors: ${consoleErrors.join('; ')}`);
    if (!options.warm) return { cold };
    // The service worker installs (precaching the shell) off the clock, then the same network again.
    await network.set(UNTHROTTLED);
    await page.waitForFunction(async () => {
      await navigator.serviceWorker.ready;
      return navigator.serviceWorker.controller !== null;
    });
    await network.set(FAST_3G);
    const warm = await loadOnce(page, network, options.url, options.screen);
    return { cold, warm };
  } finally {
    await context.close();
  }
}
