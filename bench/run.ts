// `npm run bench` (issues 2–4, 11): premise and client list latency through the real app on a
// generated data set, exports, the integration API's items/s, a resident's sign-in by code and
// `GET /api/resident/v1/me`. Prints figures and writes them to bench/results/<engine>-<N>.json;
// asserts nothing. Options: --premises N (100000), --accounts-per-premise K (1), --clients C (100000; 0: none),
// --links M (1.5 × C), --iterations I (200 per query), --warmup W (20), --keep (keep the bench
// database), --explain (EXPLAIN premise queries 1–3 and the client queries), --import-rows R
// (100000; 0: no import figures), --jobs J (1000; 0: no job queue figures, bench/job-queue.ts),
// --requests Q (1000000; 0: no issue 13 figures) and --activity-actions A (10000: the actions of the
// premise whose «Активность» is measured, bench/activity.ts), --mailings M (100000; 0: no
// issue 14 mailing figures, bench/mailings.ts), --monitor-residents R (100000; 0: no monitor
// figures, bench/monitor.ts), --first-rows F (5: the CRM's premises and clients screens opened F
// times each in Chromium until their first row, bench/crm-first-rows.ts; 0: not measured) and
// --server-heap-mb H (the serving process's --max-old-space-size; by default the one `npm start`
// gives the server; 0: V8's default).
// DATABASE_URL set: a fresh database domovoy_bench_<timestamp> on that server; otherwise PGlite.
// The exports and the CRM are served by a process of their own on PostgreSQL (bench/server-process.ts).
// It ends with issue 16's targets: every figure of its «done when» measured in this run, beside
// its target (bench/issue16-targets.ts), also written to the results file.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildApp, type DomovoyApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config';
import { organizationsService } from '../apps/server/src/modules/organizations/organizations.service';
import { localFileStorage } from '../apps/server/src/platform/storage';
import { type ActivityFigures, generateActivity, measureActivity, printActivity } from './activity';
import { openBenchDatabase } from './bench-database';
import { clientQuerySpecs, explainClientList } from './client-queries';
import { type CrmFirstRows, measureFirstRows, printFirstRows } from './crm-first-rows';
import { datasetLine, datasetSize, vacuumAnalyze } from './dataset';
import { deepCursors } from './deep-cursors';
import { explainList } from './explain';
import { measureExports, printExportFigures } from './export';
import { generateClients } from './generate-clients';
import { generatePremises } from './generate-premises';
import { measureIntegrationBatches, printBatchFigures } from './integration-batches';
import { type Issue16Summary, issue16Summary, printIssue16Summary } from './issue16-targets';
import { machineLine } from './machine-speed';
import {
  explainQueries,
  lister,
  loginToken,
  measureQueries,
  type QueryExplain,
  type QueryResult,
  querySpecs,
} from './queries';
import { overListTargets, overTarget, printLoads, printMeasured, progress, rate } from './report';
import { measureResidentAuth, printResidentAuth, type ResidentAuthFigures } from './resident-auth';
import { writeResults } from './results-file';
import { type ServedDatabase, serveInChild, serveInProcess, startHeapMb } from './server-process';

const { values: args } = parseArgs({
  options: {
    premises: { type: 'string', default: '100000' },
    'accounts-per-premise': { type: 'string', default: '1' },
    clients: { type: 'string', default: '100000' },
    links: { type: 'string' },
    iterations: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
    keep: { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
    'import-rows': { type: 'string', default: '100000' },
    jobs: { type: 'string', default: '1000' },
    requests: { type: 'string', default: '1000000' },
    'activity-actions': { type: 'string', default: '10000' },
    mailings: { type: 'string', default: '100000' },
    'monitor-residents': { type: 'string', default: '100000' },
    'first-rows': { type: 'string', default: '5' },
    'server-heap-mb': { type: 'string' },
  },
});
const int = (name: string, raw: string, min: number): number => {
  const value = Number(raw.replaceAll('_', ''));
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name}: expected an integer ≥ ${min}`);
  return value;
};
const N = int('premises', args.premises, 1);
const accountsPerPremise = int('accounts-per-premise', args['accounts-per-premise'], 0);
const clientCount = int('clients', args.clients, 0);
const linkCount = args.links === undefined ? Math.round(clientCount * 1.5) : int('links', args.links, 0);
const iterations = int('iterations', args.iterations, 1);
const warmup = int('warmup', args.warmup, 0);
const requestCount = int('requests', args.requests, 0);
const activityActions = int('activity-actions', args['activity-actions'], 2);
const firstRowsRuns = int('first-rows', args['first-rows'], 0);
/** As `npm start` starts the server unless asked otherwise (0: V8's own default). */
const serverHeapMb =
  args['server-heap-mb'] === undefined
    ? await startHeapMb()
    : int('server-heap-mb', args['server-heap-mb'], 0) || undefined;
const LOGIN = 'bench-admin';
const PASSWORD = 'bench-password-1';
/** The premise queries --explain explains: 1–3 (all client queries are). */
const EXPLAINED = ['address', 'account', 'object', 'deep', 'deep-cursor', '-area-cursor'];

// Built before the app is (on PGlite the bench process's app serves it), and before any data.
if (firstRowsRuns > 0) await ensureCrmBuild();
const bench = await openBenchDatabase(process.env.DATABASE_URL || undefined);
const filesDir = await mkdtemp(path.join(tmpdir(), 'domovoy-bench-files-'));
let app: DomovoyApp | undefined;
let summary: Issue16Summary | undefined;
try {
  const db = bench.database.db;
  await bench.database.migrate();
  const [versionRow] = await bench.raw('select version() as version');
  const version = String(versionRow?.version ?? '');
  const engineName = bench.engine === 'pglite' ? 'PGlite' : 'PostgreSQL';
  console.log(`Domovoy premises and clients benchmark — ${engineName}: ${version}`);
  console.log(`Bench database: ${bench.location} (${args.keep ? 'kept' : 'deleted'} at the end)\n`);

  const organizations = organizationsService({ db });
  const organization = await organizations.create('УК Бенчмарк');
  const admin = await organizations.createAdmin({
    organizationId: organization.id,
    login: LOGIN,
    password: PASSWORD,
    fullName: 'Администратор Бенчмарка',
  });

  console.log(machineLine());
  console.log(`Generating ${N} premises with ${accountsPerPremise} account(s) each, in chunks of 10,000…`);
  let started = performance.now();
  const generated = await generatePremises({
    db,
    organizationId: organization.id,
    staffId: admin.id,
    premises: N,
    accountsPerPremise,
    onProgress: progress('premises', N, started),
  });
  const tables = ['premises', 'personal_accounts', 'premise_tags', 'objects', 'tags', 'legal_entities'];
  const analyzeMs = await vacuumAnalyze(bench, tables);
  const totalMs = performance.now() - started;
  console.log(
    '\nGenerator: INSERT … SELECT FROM unnest($1::uuid[], …), array parameters through drizzle `sql`',
  );
  const { premises, accounts, premiseTags } = generated;
  printLoads({ premises, accounts, premise_tags: premiseTags }, analyzeMs, totalMs);

  console.log(
    `\nGenerating ${clientCount} clients with ${linkCount} links to premises, in chunks of 10,000…`,
  );
  started = performance.now();
  const people = await generateClients({
    db,
    organizationId: organization.id,
    clients: clientCount,
    links: linkCount,
    onProgress: progress('clients', clientCount, started),
  });
  const clientAnalyzeMs = await vacuumAnalyze(bench, ['resident_accounts', 'clients', 'premise_links']);
  const clientTotalMs = performance.now() - started;
  const { accounts: residentAccounts, clients, links } = people;
  printLoads(
    { resident_accounts: residentAccounts, clients, premise_links: links },
    clientAnalyzeMs,
    clientTotalMs,
  );

  const dataset = await datasetSize(bench);
  console.log(`\n${datasetLine(dataset, generated.objects, generated.legalEntities)}\n`);

  const config = loadConfig({ DATA_DIR: filesDir, LOG_LEVEL: 'silent' });
  const crmDir = fileURLToPath(new URL('../apps/crm/dist', import.meta.url));
  app = await buildApp({
    config,
    db,
    storage: localFileStorage(path.join(filesDir, 'files')),
    ...(firstRowsRuns > 0 && bench.engine === 'pglite' ? { crmDir } : {}),
  });
  const inProcess = app;
  /** A server for the exports and the CRM: a process of its own on PostgreSQL, this one on PGlite. */
  const serve = (crm = false): Promise<ServedDatabase> =>
    bench.url ? serveInChild(bench.url, { crm, heapMb: serverHeapMb }) : serveInProcess(inProcess);
  const token = await loginToken(app, LOGIN, PASSWORD);
  const specs = querySpecs(generated.samples, {
    byAddress: await deepCursors(db, organization.id, { premises: 'address' }),
    byAreaDesc: await deepCursors(db, organization.id, { premises: '-area' }),
  });
  const clientSpecs =
    clientCount > 0
      ? clientQuerySpecs(people.samples, {
          byName: await deepCursors(db, organization.id, { clients: 'name' }),
          byVisitDesc: await deepCursors(db, organization.id, { clients: '-lastVisit' }),
        })
      : [];
  console.log(
    `${engineName} ${version.split(' ')[1] ?? ''}: measured through the real app, buildApp + app.inject`,
  );
  console.log('with a Bearer token (routing, session check, validation, SQL — page of 20 + total count —');
  console.log(
    `and serialisation; no socket). ${warmup} warm-up + ${iterations} measured requests per query.\n`,
  );
  const options = { warmup, iterations };
  const measured = await measureQueries(specs, lister(app, token, '/api/premises'), options);
  printMeasured(measured, '/api/premises');
  const target = bench.engine === 'pglite' ? 20 : 30;
  console.log(
    `Issue 2 target (reported, not asserted): p95 < ${target} ms (${engineName}, ` +
      `${bench.engine === 'pglite' ? '100,000' : '1,000,000'} premises). Over it: ${overTarget(measured, target)}.\n`,
  );
  let clientMeasured: QueryResult[] = [];
  if (clientSpecs.length > 0) {
    clientMeasured = await measureQueries(clientSpecs, lister(app, token, '/api/clients'), options);
    printMeasured(clientMeasured, '/api/clients');
    console.log(
      'Issue 3 target (reported, not asserted): p95 < 30 ms on PostgreSQL at 1,000,000 clients. ' +
        `Over 30 ms in this run: ${overTarget(clientMeasured, 30)}.`,
    );
  }

  console.log(
    `Issue 16 target (reported, not asserted): every list p95 < 30 ms and p99 < 60 ms at 1,000,000 premises and clients (PostgreSQL). Over it: ${overListTargets([...measured, ...clientMeasured], 30, 60)}.`,
  );

  let activity: ActivityFigures | undefined;
  if (requestCount > 0) {
    console.log(`\nGenerating ${requestCount} requests and a premise with ${activityActions} actions…`);
    const data = await generateActivity(bench, organization.id, {
      requests: requestCount,
      hotActions: activityActions,
    });
    activity = await measureActivity(app, token, data, options);
    printActivity(activity, engineName);
  }

  console.log('');
  const exports = await measureExports(app, token, serve);
  printExportFigures(exports);

  let crm: CrmFirstRows | undefined;
  if (firstRowsRuns > 0) {
    console.log('');
    const served = await serve(true);
    try {
      const screens = await measureFirstRows(served.url, {
        login: LOGIN,
        password: PASSWORD,
        runs: firstRowsRuns,
      });
      crm = { servedBy: served.process, screens };
    } finally {
      await served.close();
    }
    printFirstRows(crm);
  }

  console.log('');
  const integration = await measureIntegrationBatches(app, token);
  printBatchFigures(integration);

  let residents: ResidentAuthFigures | undefined;
  if (clientCount > 0) {
    console.log('');
    residents = await measureResidentAuth(app, db, organization.slug, clientCount, options);
    printResidentAuth(residents);
  }

  let explained: QueryExplain[] = [];
  if (args.explain) {
    console.log('\nEXPLAIN (ANALYZE, BUFFERS), one instance each: top plan node, scans, execution time');
    const org = organization.id;
    explained = [
      ...(await explainQueries(
        specs.filter((s) => EXPLAINED.includes(s.key)),
        (q) => explainList(bench, org, q),
      )),
      ...(await explainQueries(clientSpecs, (q) => explainClientList(bench, org, q))),
    ];
  }

  summary = issue16Summary({
    engineName,
    dataset,
    premiseQueries: measured,
    clientQueries: clientMeasured,
    integration,
    exports,
    crm,
  });

  const { samples: _samples, ...load } = generated;
  const { samples: _clientSamples, ...clientLoad } = people;
  const figures = {
    date: new Date().toISOString(),
    engine: bench.engine,
    version,
    node: process.version,
    dataset: { ...dataset, accountsPerPremise },
    generation: {
      ...load,
      analyzeMs,
      totalMs,
      premisesPerSecond: rate(load.premises.rows, load.premises.insertMs),
      accountsPerSecond: rate(load.accounts.rows, load.accounts.insertMs),
    },
    clientGeneration: {
      ...clientLoad,
      analyzeMs: clientAnalyzeMs,
      totalMs: clientTotalMs,
      clientsPerSecond: rate(clientLoad.clients.rows, clientLoad.clients.insertMs),
      linksPerSecond: rate(clientLoad.links.rows, clientLoad.links.insertMs),
    },
    measuredThrough: 'buildApp + app.inject with a Bearer token (GET /api/premises, GET /api/clients)',
    warmup,
    iterations,
    queries: [...measured, ...clientMeasured],
    exports,
    crmFirstRows: crm,
    integration,
    residents,
    activity,
    explain: explained,
    issue16: summary,
  };
  console.log(`\nFigures written to ${await writeResults(`${bench.engine}-${N}`, figures)}`);
} finally {
  await app?.close();
  await bench.dispose(args.keep);
  await rm(filesDir, { recursive: true, force: true });
  if (args.keep) console.log(`Kept the bench database: ${bench.location}`);
}

// Issue 4's import figures: a generated consolidated file read alone, then imported through the
// app into a fresh database of the same engine (bench/import-parse.ts, its own processes).
const importRows = int('import-rows', args['import-rows'], 0);
if (importRows > 0) {
  console.log(`\nExcel import of a generated ${importRows.toLocaleString('en')}-row consolidated file:`);
  const child = spawn(
    process.execPath,
    [
      ...process.execArgv,
      fileURLToPath(new URL('./import-parse.ts', import.meta.url)),
      '--rows',
      String(importRows),
    ],
    { stdio: 'inherit' },
  );
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) process.exitCode = code ?? 1;
}

// Issue 11's job queue figures: enqueue and complete through the job runner (its own process
// and fresh database of the same engine).
const jobCount = int('jobs', args.jobs, 0);
if (jobCount > 0) {
  console.log('');
  const child = spawn(
    process.execPath,
    [
      ...process.execArgv,
      fileURLToPath(new URL('./job-queue.ts', import.meta.url)),
      '--jobs',
      String(jobCount),
    ],
    { stdio: 'inherit' },
  );
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) process.exitCode = code ?? 1;
}

// Issue 14's mailing figures: enqueue a mailing to --mailings clients, and send rates through the
// fake SMS.ru and Web Push services (its own process and fresh database of the same engine).
const mailingClients = int('mailings', args.mailings, 0);
if (mailingClients > 0) {
  console.log('');
  const child = spawn(
    process.execPath,
    [
      ...process.execArgv,
      fileURLToPath(new URL('./mailings.ts', import.meta.url)),
      '--clients',
      String(mailingClients),
    ],
    { stdio: 'inherit' },
  );
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) process.exitCode = code ?? 1;
}

// Issue 14's monitor figures (M-3): a year of app opens and notification reports of
// --monitor-residents residents, the aggregate job and GET /api/monitor for the year (its own
// process and fresh database of the same engine).
const monitorResidents = int('monitor-residents', args['monitor-residents'], 0);
if (monitorResidents > 0) {
  console.log('');
  const child = spawn(
    process.execPath,
    [
      ...process.execArgv,
      fileURLToPath(new URL('./monitor.ts', import.meta.url)),
      '--residents',
      String(monitorResidents),
    ],
    { stdio: 'inherit' },
  );
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) process.exitCode = code ?? 1;
}

// Issue 16's «done when»: the figures above that it names, beside their targets, last.
if (summary) {
  console.log('');
  printIssue16Summary(summary);
}

/** The CRM as `npm start` builds it (apps/crm/dist, rebuilt when stale), in a process of its own. */
async function ensureCrmBuild() {
  const child = spawn(
    process.execPath,
    [...process.execArgv, fileURLToPath(new URL('../apps/crm/scripts/ensure-build.ts', import.meta.url))],
    { stdio: 'inherit' },
  );
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`building the CRM exited with ${code}`);
}
