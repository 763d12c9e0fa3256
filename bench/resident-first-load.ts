// `npm run bench:resident` (issue 12): the resident app's first load on a phone network. Builds the
// app if needed, starts the real server on a fresh embedded database with the demo organisation
// (the browser tests' starter), and opens /app/demo/ in Debian's Chromium as the browser tests'
// phone (390×844, touch) on DevTools' «Fast 3G» (bench/phone-network.ts), each run in a new browser
// context (cold cache, no service worker): the sign-in screen of a new device, and the profile of a
// signed-in one (its session in localStorage). Then, in the same context, a warm load: the service
// worker installed (unthrottled meanwhile), the same network again. Prints medians and maxima next
// to the targets; asserts nothing. Options: --runs N (5), --cpu 1,4 (CPU slowdowns to run: 1 = none,
// 4 = Lighthouse's mobile), --no-warm.
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createApiClient } from '@domovoy/api-client';
import { startServer } from '../apps/crm/scripts/start-server';
import { launchBrowser } from '../apps/resident/e2e/browser';
import { ensureResidentBuild } from '../apps/resident/scripts/ensure-build';
import { FAST_3G } from './phone-network';
import { type FirstScreen, type Load, measureLoad } from './resident-load';
import { writeResults } from './results-file';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    cpu: { type: 'string', default: '1,4' },
    'no-warm': { type: 'boolean', default: false },
  },
});
const runs = Number(args.runs);
const cpuRates = args.cpu.split(',').map(Number);
if (!Number.isInteger(runs) || runs < 1 || cpuRates.some((rate) => !(rate >= 1)))
  throw new Error('--runs: an integer ≥ 1; --cpu: slowdowns ≥ 1, comma-separated');

const TARGET_JS_KB = 170;
const TARGET_INTERACTIVE_MS = 3000;
const ORGANIZATION = 'demo';
/** The demo resident of the README, an owner in «УК Демо». */
const PHONE = '+79990000001';
const ADMIN_PASSWORD = 'bench-admin-password';

/** A device session of the demo resident: a code asked, read in the SMS outbox, verified. */
async function signInDemoResident(baseUrl: string): Promise<string> {
  const resident = createApiClient({ baseUrl });
  const asked = await resident.POST('/api/resident/v1/auth/code', {
    body: { phone: PHONE, organization: ORGANIZATION },
  });
  if (!asked.response.ok) throw new Error(`auth/code: ${asked.response.status}`);
  const login = await createApiClient({ baseUrl }).POST('/api/auth/login', {
    body: { login: 'admin', password: ADMIN_PASSWORD },
  });
  const admin = createApiClient({ baseUrl, token: login.data?.token });
  const { data: outbox } = await admin.GET('/api/sms-messages', { params: { query: { pageSize: 20 } } });
  const code = /\b(\d{6})\b/.exec(outbox?.items.find((m) => m.phone === PHONE)?.text ?? '')?.[1];
  if (!code) throw new Error(`no code for ${PHONE} in the outbox`);
  const { data } = await resident.POST('/api/resident/v1/auth/verify', {
    body: {
      phone: PHONE,
      organization: ORGANIZATION,
      code,
      device: { name: 'Bench phone', platform: 'android', appVersion: 'bench' },
    },
  });
  if (!data) throw new Error('auth/verify refused the code');
  return data.token;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const s = (ms: number) => (ms / 1000).toFixed(2);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const cell = (values: number[], format: (v: number) => string) =>
  `${format(median(values))} / ${format(Math.max(...values))}`;

function printRow(label: string, loads: Load[]) {
  const row = [
    label.padEnd(26),
    cell(
      loads.map((l) => l.fcpMs),
      s,
    ).padStart(13),
    cell(
      loads.map((l) => l.interactiveMs),
      s,
    ).padStart(13),
    cell(
      loads.map((l) => l.jsBytes),
      kb,
    ).padStart(15),
    cell(
      loads.map((l) => l.allBytes),
      kb,
    ).padStart(15),
    String(Math.round(median(loads.map((l) => l.requests)))).padStart(9),
  ];
  console.log(row.join('  '));
}

await ensureResidentBuild();
const server = await startServer({ adminPassword: ADMIN_PASSWORD });
const browser = await launchBrowser();
try {
  const token = await signInDemoResident(server.url);
  const me = await fetch(`${server.url}/api/resident/v1/me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const meBody = await me.text();
  const premises = (JSON.parse(meBody) as { premises: unknown[] }).premises.length;
  console.log(`Resident app first load — Chromium ${browser.version()}, 390×844 touch phone, cold cache`);
  // The CPU figures depend on what else the machine runs: its load is printed with them.
  const load = () => loadavg()[0]?.toFixed(1);
  console.log(`Machine: ${cpus().length} cores, load average ${load()} at the start`);
  console.log(
    `Network: DevTools «Fast 3G» through CDP on the page and its service worker — ${FAST_3G.latency} ms ` +
      `latency per request, ${(FAST_3G.downloadThroughput * 8) / 1e6} Mbit/s down ` +
      `(${FAST_3G.downloadThroughput} B/s), ${(FAST_3G.uploadThroughput * 8) / 1000} kbit/s up`,
  );
  console.log(
    `Data: the demo organisation of a fresh server; the demo resident ${PHONE} with ${premises} premises ` +
      `(GET /me: ${kb(meBody.length)} KB). Runs of each: ${runs}; figures are median / max.`,
  );
  console.log(
    "Interactive: from the navigation's start until the screen is painted with — sign-in: the phone field " +
      "rendered and enabled (then typed into, to check); profile: the resident's name from GET /me. JS: " +
      'the bodies of the scripts as received (Brotli/gzip); all: every byte the page received, headers ' +
      'included — both until no request of the page had been loading for 1 s after that (the service ' +
      "worker's precache not counted).\n",
  );
  const figures: Record<string, Load[]> = {};
  for (const cpuRate of cpuRates) {
    console.log(
      `CPU ${cpuRate === 1 ? 'not slowed' : `slowed ${cpuRate}× (Emulation.setCPUThrottlingRate)`}:`,
    );
    console.log(
      `${'screen'.padEnd(26)}  ${'FCP s'.padStart(13)}  ${'interactive s'.padStart(13)}  ${'JS KB'.padStart(15)}  ` +
        `${'all KB'.padStart(15)}  ${'requests'.padStart(9)}`,
    );
    for (const screen of ['sign-in', 'profile'] as FirstScreen[]) {
      const cold: Load[] = [];
      const warm: Load[] = [];
      for (let run = 0; run < runs; run++) {
        const loads = await measureLoad(browser, {
          url: `${server.url}/app/${ORGANIZATION}/`,
          screen,
          session: screen === 'profile' ? { organization: ORGANIZATION, token } : undefined,
          cpuRate,
          warm: !args['no-warm'],
        });
        cold.push(loads.cold);
        if (loads.warm) warm.push(loads.warm);
      }
      printRow(`${screen}, cold`, cold);
      if (warm.length > 0) printRow(`${screen}, warm (service worker)`, warm);
      figures[`${screen}-cpu${cpuRate}-cold`] = cold;
      if (warm.length > 0) figures[`${screen}-cpu${cpuRate}-warm`] = warm;
    }
    console.log('');
  }
  const coldJs = Object.entries(figures)
    .filter(([key]) => key.endsWith('cold'))
    .flatMap(([, loads]) => loads.map((l) => l.jsBytes));
  console.log(
    `Targets: ≤ ${TARGET_JS_KB} KB of JS (gzip) for the first screen — at most ${kb(Math.max(...coldJs))} KB ` +
      `received; interactive in < ${TARGET_INTERACTIVE_MS / 1000} s on Fast 3G.`,
  );
  console.log(`Load average ${load()} at the end.`);
  const file = await writeResults('resident-first-load', { conditions: FAST_3G, runs, figures });
  console.log(`Figures written to ${file}`);
} finally {
  await browser.close();
  await server.stop();
}
