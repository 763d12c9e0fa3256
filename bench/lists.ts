// `npm run bench:lists -- <database>`: the premise and client list requests of `npm run bench`
// (every offered sort, the searches, a deep page) again on a bench database kept by
// `npm run bench -- --keep` on the PostgreSQL of DATABASE_URL — to measure a change of the lists
// without generating a million rows again. The database is migrated to this code first (new
// indexes). Prints the latency table and issue 16's target line, and with --browser the time Debian's
// Chromium takes from opening the CRM's premises and clients screens to their first rows (the
// server listening on a port, the built CRM). Asserts nothing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config';
import { openPostgres } from '../apps/server/src/db/database';
import { localFileStorage } from '../apps/server/src/platform/storage';
import { clientQuerySpecs } from './client-queries';
import { measureFirstRows, printFirstRows } from './crm-first-rows';
import { deepCursors } from './deep-cursors';
import { lister, loginToken, measureQueries, querySpecs } from './queries';
import { overListTargets, printMeasured } from './report';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    iterations: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
    browser: { type: 'boolean', default: false },
  },
});
const name = positionals[0];
const serverUrl = process.env.DATABASE_URL;
if (!name || !serverUrl)
  throw new Error('usage: DATABASE_URL=postgres://… npm run bench:lists -- <bench database>');
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const database = openPostgres(url.toString());
const filesDir = await mkdtemp(path.join(tmpdir(), 'domovoy-bench-lists-'));
try {
  await database.migrate();
  const raw = async <T>(text: string) =>
    ((await database.db.execute(text as never)) as unknown as { rows: T[] }).rows;
  const [premises] = await raw<{ n: number }>('select count(*)::int as n from premises');
  const [clients] = await raw<{ n: number }>('select count(*)::int as n from clients');
  console.log(
    `Bench database ${name}: ${premises?.n.toLocaleString('en')} premises, ${clients?.n.toLocaleString('en')} clients`,
  );
  const addresses = await raw<{ street: string; house: string; building: string | null; number: string }>(
    'select street, house, building, number from premises tablesample system (1) limit 1000',
  );
  const accountNumbers = (
    await raw<{ number: string }>('select number from personal_accounts tablesample system (1) limit 1000')
  ).map((r) => r.number);
  const objectIds = (await raw<{ id: string }>('select id from objects')).map((r) => r.id);
  const people = await raw<{ full_name: string; phone: string }>(
    'select full_name, phone from clients tablesample system (1) where phone is not null limit 1000',
  );
  const config = loadConfig({ DATA_DIR: filesDir, LOG_LEVEL: 'silent' });
  const crmDir = fileURLToPath(new URL('../apps/crm/dist', import.meta.url));
  const app = await buildApp({
    config,
    db: database.db,
    storage: localFileStorage(path.join(filesDir, 'files')),
    ...(values.browser ? { crmDir } : {}),
  });
  const token = await loginToken(app, 'bench-admin', 'bench-password-1');
  const options = { warmup: Number(values.warmup), iterations: Number(values.iterations) };
  const [organization] = await raw<{ id: string }>('select organization_id as id from premises limit 1');
  const org = organization?.id ?? '';
  const premiseResults = await measureQueries(
    querySpecs(
      { addresses, accountNumbers, objectIds },
      {
        byAddress: await deepCursors(database.db, org, { premises: 'address' }),
        byAreaDesc: await deepCursors(database.db, org, { premises: '-area' }),
      },
    ),
    lister(app, token, '/api/premises'),
    options,
  );
  printMeasured(premiseResults, '/api/premises');
  const clientResults = await measureQueries(
    clientQuerySpecs(
      { names: people.map((p) => p.full_name), phones: people.map((p) => p.phone) },
      {
        byName: await deepCursors(database.db, org, { clients: 'name' }),
        byVisitDesc: await deepCursors(database.db, org, { clients: '-lastVisit' }),
      },
    ),
    lister(app, token, '/api/clients'),
    options,
  );
  printMeasured(clientResults, '/api/clients');
  console.log(
    `\nIssue 16 target (reported, not asserted): every list p95 < 30 ms and p99 < 60 ms. Over it: ${overListTargets([...premiseResults, ...clientResults], 30, 60)}.`,
  );
  if (values.browser) {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const login = { login: 'bench-admin', password: 'bench-password-1', runs: 5 };
    console.log('');
    printFirstRows({ servedBy: 'bench process', screens: await measureFirstRows(address, login) });
  }
  await app.close();
} finally {
  await database.close();
  await rm(filesDir, { recursive: true, force: true });
}
