// `npm run bench:integration -- <database>`: the exports and the integration API batches of
// `npm run bench` again on a bench database kept by `npm run bench -- --keep` on the PostgreSQL of
// DATABASE_URL — to measure a change of either without generating a million rows again (issue 16).
// The database is migrated to this code first. The batches' clients (phones +7 495…, which the
// generated clients do not use) are deleted before and after, so runs repeat on the same data.
// The exports are served by a process with the heap `npm start` gives the server.
// Options: --batches B (10 batches of 1,000 per pass), --skip-exports, --skip-integration,
// --statements (the integration passes again under auto_explain: each statement's time, rows and
// buffers, summed per pass, and the plans written to a file; slower, not the items/s figures).
// Asserts nothing.
import { writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type pg from 'pg';
import { buildApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config';
import { openPostgres } from '../apps/server/src/db/database';
import { localFileStorage } from '../apps/server/src/platform/storage';
import { measureExports, printExportFigures } from './export';
import { measureIntegrationBatches, printBatchFigures } from './integration-batches';
import { machineLine } from './machine-speed';
import { loginToken } from './queries';
import { serveInChild, startHeapMb } from './server-process';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    batches: { type: 'string', default: '10' },
    'skip-exports': { type: 'boolean', default: false },
    'skip-integration': { type: 'boolean', default: false },
    statements: { type: 'boolean', default: false },
  },
});
const name = positionals[0];
const serverUrl = process.env.DATABASE_URL;
if (!name || !serverUrl)
  throw new Error('usage: DATABASE_URL=postgres://… npm run bench:integration -- <bench database>');
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const database = openPostgres(url.toString());
const pool = (database.db as unknown as { $client: pg.Pool }).$client;
const raw = async <T>(text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as T[];
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
const filesDir = path.join(tmpdir(), `domovoy-bench-integration-${process.pid}`);

/** The batches' clients and what they left (history, batches, accounts), then VACUUM ANALYZE. */
async function removeBatchClients(organizationId: string) {
  const gone = await raw<{ id: string }>(
    `delete from clients where organization_id = $1 and phone like '+7495%' returning id`,
    [organizationId],
  );
  if (gone.length > 0) {
    await raw('delete from change_history where organization_id = $1 and client_id = any($2::uuid[])', [
      organizationId,
      gone.map((c) => c.id),
    ]);
  }
  await raw(
    `delete from change_history where organization_id = $1 and entity_type = 'external_id'
       and not exists (select 1 from clients c where c.organization_id = $1 and c.id = change_history.client_id)`,
    [organizationId],
  );
  await raw(`delete from import_batches where organization_id = $1 and kind = 'api.clients'`, [
    organizationId,
  ]);
  await raw(`delete from resident_accounts a where a.phone like '+7495%'
    and not exists (select 1 from clients c where c.account_id = a.id)`);
  await raw(`delete from api_keys where organization_id = $1 and name = 'Бенчмарк'`, [organizationId]);
  for (const table of [
    'clients',
    'client_external_ids',
    'resident_accounts',
    'change_history',
    'import_batches',
    'import_changes',
  ])
    await raw(`vacuum analyze ${table}`);
  return gone.length;
}

type StatementStat = { text: string; calls: number; ms: number; rows: number; hit: number; read: number };

type BlockCounts = Map<string, { hit: number; read: number }>;

/** Blocks each table and index was read in (shared buffer hits and reads), from the statistics. */
async function blockCounts(): Promise<BlockCounts> {
  // Statistics reach the shared counters within a second of a transaction's end.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await raw('select pg_stat_clear_snapshot()');
  const rows = await raw<{ name: string; hit: string; read: string }>(
    `select relname as name, coalesce(heap_blks_hit, 0) as hit, coalesce(heap_blks_read, 0) as read
       from pg_statio_user_tables
     union all
     select relname || '.' || indexrelname, idx_blks_hit, idx_blks_read from pg_statio_user_indexes`,
  );
  return new Map(rows.map((r) => [r.name, { hit: Number(r.hit), read: Number(r.read) }]));
}

function printBlocks(before: BlockCounts, after: BlockCounts) {
  const deltas = [...after].map(([name, a]) => {
    const b = before.get(name) ?? { hit: 0, read: 0 };
    return { name, hit: a.hit - b.hit, read: a.read - b.read };
  });
  deltas.sort((x, y) => y.hit + y.read - (x.hit + x.read));
  console.log('  blocks read per table and index (shared hit + read):');
  for (const d of deltas.slice(0, 16).filter((d) => d.hit + d.read > 0))
    console.log(`    ${String(d.hit).padStart(8)} + ${String(d.read).padEnd(7)} ${d.name}`);
}

/** auto_explain on every connection of the pool, its plans sent back as notices and summed by statement. */
function explainStatements() {
  const stats = new Map<string, StatementStat>();
  const plans: string[] = [];
  let blocksBefore: Promise<BlockCounts> | undefined;
  pool.on('connect', (client) => {
    void client.query(`load 'auto_explain'; set auto_explain.log_min_duration = 0;
      set auto_explain.log_analyze = on; set auto_explain.log_buffers = on;
      set auto_explain.log_nested_statements = on; set auto_explain.log_triggers = on; set auto_explain.log_level = notice`);
    client.on('notice', (notice) => {
      const message = notice.message ?? '';
      const match = /^duration: ([\d.]+) ms {2}plan:\nQuery Text: ([\s\S]*?)\n(\S[\s\S]*)$/.exec(message);
      if (!match) return;
      const [, duration, text = '', plan = ''] = match;
      const key = text.replace(/\s+/g, ' ').trim().slice(0, 110);
      const top = /actual time=[\d.]+\.\.[\d.]+ rows=(\d+)/.exec(plan);
      const buffers = /Buffers: shared(?: hit=(\d+))?(?: read=(\d+))?/.exec(plan);
      const stat = stats.get(key) ?? { text: key, calls: 0, ms: 0, rows: 0, hit: 0, read: 0 };
      stat.calls += 1;
      stat.ms += Number(duration);
      stat.rows += Number(top?.[1] ?? 0);
      stat.hit += Number(buffers?.[1] ?? 0);
      stat.read += Number(buffers?.[2] ?? 0);
      stats.set(key, stat);
      plans.push(`-- ${duration} ms\n${text.trim()}\n${plan}`);
    });
  });
  return {
    async start() {
      stats.clear();
      blocksBefore = blockCounts();
      await blocksBefore;
    },
    async print(pass: string) {
      const before = await blocksBefore;
      if (before) printBlocks(before, await blockCounts());
      const sorted = [...stats.values()].sort((a, b) => b.ms - a.ms).slice(0, 12);
      console.log(`\n  ${pass}: statements by time (calls, ms, rows, shared hit/read buffers)`);
      for (const s of sorted)
        console.log(
          `    ${String(s.calls).padStart(5)} ${s.ms.toFixed(1).padStart(9)} ms ${String(s.rows).padStart(7)} rows ` +
            `${String(s.hit).padStart(7)}/${String(s.read).padEnd(6)} ${s.text}`,
        );
      plans.push(`-- ===== end of ${pass}`);
    },
    plans,
  };
}

// Before the first query: every connection of the pool is set up for it.
const statements = values.statements ? explainStatements() : undefined;
try {
  await database.migrate();
  const [org] = await raw<{ id: string }>(`select id from organizations where name = 'УК Бенчмарк'`);
  if (!org) throw new Error(`${name} is not a bench database`);
  const [size] = await raw<{ premises: number; clients: number; links: number }>(
    `select (select count(*) from premises)::int as premises, (select count(*) from clients)::int as clients,
      (select count(*) from premise_links)::int as links`,
  );
  const removed = await removeBatchClients(org.id);
  console.log(machineLine());
  console.log(
    `Bench database ${name}: ${size?.premises.toLocaleString('en')} premises, ` +
      `${((size?.clients ?? 0) - removed).toLocaleString('en')} clients, ${size?.links.toLocaleString('en')} links` +
      (removed > 0 ? ` (${removed} clients of an earlier run's batches removed)` : ''),
  );
  const config = loadConfig({ DATA_DIR: filesDir, LOG_LEVEL: 'silent' });
  const app = await buildApp({
    config,
    db: database.db,
    storage: localFileStorage(path.join(filesDir, 'files')),
  });
  try {
    const token = await loginToken(app, 'bench-admin', 'bench-password-1');
    if (!values['skip-exports'] && !statements) {
      console.log(`\nLoad average before the exports: ${load()}`);
      const heapMb = await startHeapMb();
      printExportFigures(await measureExports(app, token, () => serveInChild(url.toString(), { heapMb })));
      console.log(`Load average after: ${load()}`);
    }
    if (!values['skip-integration']) {
      console.log(`\nLoad average before the batches: ${load()}`);
      const figures = await measureIntegrationBatches(app, token, {
        batches: Number(values.batches),
        onPass: statements && { start: statements.start, end: statements.print },
      });
      printBatchFigures(figures);
      console.log(`Load average after: ${load()}`);
      if (statements) {
        const file = path.join(tmpdir(), `domovoy-integration-plans-${name}.txt`);
        await writeFile(file, statements.plans.join('\n\n'));
        console.log(`Plans of every statement: ${file}`);
      }
    }
  } finally {
    await app.close();
  }
  await removeBatchClients(org.id);
} finally {
  await database.close();
}
