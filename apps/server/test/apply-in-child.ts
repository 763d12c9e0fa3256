// A worker process of its own for the killed-apply test: opens the PostgreSQL test database and the
// app's files, claims the import's apply as the XML folder does (claimed at once, applied in this
// process) and applies it — until the test kills it. Usage:
// node --import tsx apply-in-child.ts <database url> <storage dir> <organization id> <import id>
import Fastify from 'fastify';
import { openPostgres } from '../src/db/database';
import { jobActor } from '../src/modules/imports/apply-import';
import { importWorker } from '../src/modules/imports/import-worker';
import * as repo from '../src/modules/imports/imports.repository';
import { localFileStorage } from '../src/platform/storage';

const [url, storageDir, organizationId, importId] = process.argv.slice(2);
if (!url || !storageDir || !organizationId || !importId)
  throw new Error('usage: <url> <storage> <org> <import>');
const database = openPostgres(url, 2);
const db = database.db;
const worker = importWorker({
  db,
  storage: localFileStorage(storageDir),
  log: Fastify({ logger: { level: 'warn' } }).log,
});
const row = await repo.findImport(db, organizationId, importId);
if (!row) throw new Error('no import');
const actor = await jobActor(db, row, null, 'Процесс, который остановят');
const claimed = await repo.requestApply(db, row, actor, false, true);
process.stdout.write('applying\n');
await worker.applyNow(claimed, actor);
process.stdout.write('applied\n');
await database.close();
