// Issue 4's import figures: a generated consolidated .xlsx (ExcelJS's streaming writer) read by
// the import's streaming parser alone (parse only), then imported through the real app — upload,
// background reading with the dry-run preview, apply — into a fresh database (DATABASE_URL set:
// a new database on that server; otherwise PGlite). `npm run bench:import -- --rows 100000
// [--keep] [--parse-only] [--server-heap-mb H]`; BENCH_KEEP_DB=1 keeps the import's database (for EXPLAIN). Each runs
// in a child process, so its peak RSS (process.resourceUsage().maxRSS) is its own and not the
// writer's, with the V8 heap option `npm start` gives the server (--server-heap-mb H: another;
// 0: V8's default).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { buildApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config';
import { type ColumnKey, templateSheetColumns } from '../apps/server/src/modules/imports/columns';
import { parseXlsx } from '../apps/server/src/modules/imports/parse-xlsx';
import { organizationsService } from '../apps/server/src/modules/organizations/organizations.service';
import { localFileStorage } from '../apps/server/src/platform/storage';
import { multipart } from '../apps/server/test/multipart';
import { openBenchDatabase } from './bench-database';
import { machineLine } from './machine-speed';
import { loginToken } from './queries';
import { startHeapMb } from './server-process';

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** ФНС check digits of a 12-digit ИНН from its first 10 digits. */
function inn12(first10: string): string {
  const weights = [
    [7, 2, 4, 10, 3, 5, 9, 4, 6, 8],
    [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8],
  ];
  let digits = first10;
  for (const w of weights) {
    const sum = w.reduce((s, k, i) => s + k * Number(digits[i]), 0);
    digits += String((sum % 11) % 10);
  }
  return digits;
}

/** A СНИЛС with its check number (ПФР rules). */
function snils(first9: string): string {
  const sum = [...first9].reduce((s, d, i) => s + Number(d) * (9 - i), 0);
  const check = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101 === 100 ? 0 : sum % 101;
  return `${first9.slice(0, 3)}-${first9.slice(3, 6)}-${first9.slice(6)} ${String(check).padStart(2, '0')}`;
}

const SURNAMES = [
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Петров',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
];
const NAMES = {
  m: ['Иван', 'Пётр', 'Олег', 'Сергей', 'Андрей', 'Илья', 'Глеб'],
  f: ['Анна', 'Мария', 'Ольга', 'Елена', 'Дарья', 'Нина', 'Вера'],
};
const PATRONYMICS = {
  m: ['Иванович', 'Петрович', 'Сергеевич', 'Андреевич', 'Олегович'],
  f: ['Ивановна', 'Петровна', 'Сергеевна', 'Андреевна', 'Олеговна'],
};

function personName(i: number, gender: 'm' | 'f'): string {
  const surname = SURNAMES[i % SURNAMES.length] + (gender === 'f' ? 'а' : '');
  return `${surname} ${NAMES[gender][i % 7]} ${PATRONYMICS[gender][i % 5]}`;
}

/** Row i: premise i/2 (flats of 500 per house); even rows its owner, odd rows a resident of that owner. */
function row(i: number): Partial<Record<ColumnKey<'consolidated'>, ExcelJS.CellValue>> {
  const premise = Math.floor(i / 2);
  const owner = i % 2 === 0;
  const phone = (n: number) =>
    `+7 916 ${String(n)
      .padStart(7, '0')
      .replace(/(\d{3})(\d{2})(\d{2})/, '$1-$2-$3')}`;
  return {
    premiseType: 'Квартира',
    street: `ул. Генераторная ${1 + (premise % 7)}-я`,
    house: String(1 + Math.floor(premise / 500)),
    number: String(1 + (premise % 500)),
    entrance: String(1 + (premise % 4)),
    floor: 1 + (premise % 25),
    rooms: 1 + (premise % 4),
    totalArea: 30 + (premise % 70) + 0.25,
    livingArea: 18 + (premise % 70) / 2,
    premiseExternalId: `P-${premise}`,
    accountNumber: String(4_000_000_000 + premise),
    els: `${10 + (premise % 90)}ДА${String(premise % 1_000_000).padStart(6, '0')}`,
    accountExternalId: `A-${premise}`,
    accountHidden: 'нет',
    clientFullName: owner ? personName(i, 'm') : personName(i, 'f'),
    clientPhone: phone(i),
    clientEmail: `client${i}@example.ru`,
    clientType: 'Физическое лицо',
    clientInn: inn12(`77${String(10_000_000 + i).slice(-8)}`),
    clientSnils: snils(String(200_000_000 + i)),
    clientBirthDate: new Date(Date.UTC(1950 + (i % 50), i % 12, 1 + (i % 28))),
    clientExternalId: `C-${i}`,
    role: owner ? 'Собственник' : 'Житель / член семьи',
    owner: owner ? null : phone(i - 1),
    share: owner ? '1' : null,
    contractNumber: `ДУ-${premise}`,
    contractDate: new Date(Date.UTC(2020, premise % 12, 1)),
    keepOnSync: owner ? 'нет' : 'да',
  };
}

async function write(path: string, rows: number): Promise<number> {
  const started = performance.now();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true });
  const sheet = workbook.addWorksheet('Данные');
  const columns = templateSheetColumns('consolidated');
  sheet.addRow(columns.map(([, c]) => c.header)).commit();
  for (let i = 0; i < rows; i++) {
    const values = row(i) as Record<string, ExcelJS.CellValue>;
    sheet.addRow(columns.map(([key]) => values[key] ?? null)).commit();
  }
  sheet.commit();
  await workbook.commit();
  return (performance.now() - started) / 1000;
}

async function parse(path: string) {
  const started = performance.now();
  let rows = 0;
  let errors = 0;
  let firstError: unknown;
  for await (const chunk of parseXlsx(path, 'consolidated')) {
    rows += chunk.length;
    for (const r of chunk) {
      errors += r.errors.length;
      firstError ??= r.errors[0];
    }
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({ rows, errors, firstError, seconds, maxRssMb: maxRssMb() })}\n`);
}

/** The whole import through the app: upload → read + preview (`ready`) → apply. */
async function fullImport(path: string) {
  const bench = await openBenchDatabase(process.env.DATABASE_URL || undefined);
  const filesDir = await mkdtemp(join(tmpdir(), 'domovoy-bench-import-files-'));
  try {
    await bench.database.migrate();
    const db = bench.database.db;
    const organizations = organizationsService({ db });
    const organization = await organizations.create('УК Импорт');
    await organizations.createAdmin({
      organizationId: organization.id,
      login: 'bench-import',
      password: 'bench-password-1',
      fullName: 'Администратор',
    });
    const config = loadConfig({ DATA_DIR: filesDir, LOG_LEVEL: 'silent' });
    const app = await buildApp({ config, db, storage: localFileStorage(join(filesDir, 'files')) });
    const token = await loginToken(app, 'bench-import', 'bench-password-1');
    const headers = { authorization: `Bearer ${token}` };
    const post = async (url: string, payload: object) => {
      const response = await app.inject({ method: 'POST', url, headers, payload });
      if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
      return response.json() as { id: string };
    };
    const legalEntity = await post('/api/legal-entities', {
      name: 'ООО «УК Импорт»',
      inn: '7707083893',
      kpp: '773601001',
      ogrn: '1027700132195',
    });
    const object = await post('/api/objects', { name: 'ЖК «Импорт»', address: 'г. Москва' });

    // Issue 15: another user's requests while the file is read, previewed and applied — a list of
    // objects in a loop beside the import: their latencies, and the longest time without an
    // answer in each stage (a request stuck behind the import's transaction, or timers starved).
    const side: Record<'read' | 'apply', number[]> = { read: [], apply: [] };
    const answered: Record<'read' | 'apply', number[]> = { read: [], apply: [] };
    const bounds: Record<'read' | 'apply', [number, number]> = { read: [0, 0], apply: [0, 0] };
    let stage: 'read' | 'apply' | null = 'read';
    const sideLoop = (async () => {
      while (stage) {
        const sent = performance.now();
        const response = await app.inject({ method: 'GET', url: '/api/objects', headers });
        if (response.statusCode !== 200) throw new Error(`side request: ${response.statusCode}`);
        const now = performance.now();
        const at: 'read' | 'apply' = stage ?? 'apply';
        side[at].push(now - sent);
        answered[at].push(now);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const started = performance.now();
    bounds.read[0] = started;
    const form = multipart(
      { kind: 'consolidated', legalEntityId: legalEntity.id, objectId: object.id },
      { name: 'consolidated.xlsx', type: 'application/octet-stream', data: await readFile(path) },
    );
    const uploaded = await app.inject({
      method: 'POST',
      url: '/api/imports',
      headers: { ...headers, ...form.headers },
      payload: form.payload,
    });
    if (uploaded.statusCode !== 202) throw new Error(`upload: ${uploaded.statusCode} ${uploaded.body}`);
    const id = (uploaded.json() as { id: string }).id;
    type Job = { status: string; rowCount: number; errorCount: number; preview: unknown; result?: unknown };
    /** Polls the import while the worker reads, previews or applies it. */
    const settled = async (): Promise<Job> => {
      for (;;) {
        const job: Job = (await app.inject({ method: 'GET', url: `/api/imports/${id}`, headers })).json();
        if (!['queued', 'parsing', 'applying'].includes(job.status)) return job;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };
    const job = await settled();
    const readSeconds = (performance.now() - started) / 1000;
    bounds.read[1] = performance.now();
    bounds.apply[0] = bounds.read[1];
    stage = 'apply';
    if (job.status !== 'ready') throw new Error(`import ${job.status}: ${JSON.stringify(job)}`);
    const applyStarted = performance.now();
    const asked = await app.inject({
      method: 'POST',
      url: `/api/imports/${id}/apply`,
      headers,
      payload: {},
    });
    if (asked.statusCode !== 202) throw new Error(`apply: ${asked.statusCode} ${asked.body}`);
    const applied = await settled();
    if (applied.status !== 'applied') throw new Error(`apply: ${JSON.stringify(applied)}`);
    const applySeconds = (performance.now() - applyStarted) / 1000;
    bounds.apply[1] = performance.now();
    stage = null;
    await sideLoop;
    const rollbackStarted = performance.now();
    const rolledBack = await app.inject({
      method: 'POST',
      url: `/api/imports/${id}/rollback`,
      headers,
      payload: {},
    });
    if (rolledBack.statusCode !== 200)
      throw new Error(`rollback: ${rolledBack.statusCode} ${rolledBack.body}`);
    const rollbackSeconds = (performance.now() - rollbackStarted) / 1000;
    await app.close();
    process.stdout.write(
      `${JSON.stringify({
        engine: bench.engine,
        rows: job.rowCount,
        errors: job.errorCount,
        readSeconds,
        applySeconds,
        result: applied.result,
        maxRssMb: maxRssMb(),
        rollbackSeconds,
        side: {
          read: latencies(side.read, answered.read, bounds.read),
          apply: latencies(side.apply, answered.apply, bounds.apply),
        },
      })}\n`,
    );
  } finally {
    await bench.dispose(process.env.BENCH_KEEP_DB === '1');
    await rm(filesDir, { recursive: true, force: true });
  }
}

/** Runs the parse or the import in a child with V8's heap option `heapMb` (none: V8's default). */
async function inChild(mode: '--parse' | '--full', path: string, heapMb: number | undefined) {
  const heap = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
  const child = spawn(
    process.execPath,
    [...process.execArgv, ...heap, fileURLToPath(import.meta.url), mode, path],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (data) => {
    out += data;
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`the ${mode} process exited with ${code}`);
  return JSON.parse(out);
}

type ParseFigures = { rows: number; errors: number; firstError?: unknown; seconds: number; maxRssMb: number };
type Latencies = { requests: number; p95: number; max: number; longestWithoutAnswer: number };
/**
 * A stage's side requests against their target: a server that answers nothing for a second (a
 * request waiting behind the import's transaction) misses it, whatever the answers' p95.
 */
function sideFigure(l: Latencies): [string, boolean] {
  return [
    `p95 ${l.p95} ms of ${l.requests} requests, longest without an answer ${l.longestWithoutAnswer} ms`,
    l.requests > 0 && l.p95 < 200 && l.longestWithoutAnswer < 1000,
  ];
}

function latencies(samples: number[], answeredAt: number[], [from, to]: [number, number]): Latencies {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  const times = [from, ...answeredAt.filter((t) => t > from && t < to), to];
  const gaps = times.slice(1).map((t, i) => t - (times[i] ?? t));
  return {
    requests: sorted.length,
    p95: Math.round(at(95)),
    max: Math.round(sorted[sorted.length - 1] ?? 0),
    longestWithoutAnswer: Math.round(Math.max(0, ...gaps)),
  };
}

type FullFigures = {
  engine: string;
  rows: number;
  errors: number;
  readSeconds: number;
  applySeconds: number;
  result: unknown;
  maxRssMb: number;
  rollbackSeconds: number;
  side: { read: Latencies; apply: Latencies };
};

/** Issue 15's targets, each next to what this run measured. */
function printTargets(parsed: ParseFigures, full: FullFigures) {
  const whole = full.readSeconds + full.applySeconds;
  const times = (seconds: number) => `${(seconds / parsed.seconds).toFixed(2)}× parse only`;
  const lines: [string, string, boolean][] = [
    [
      'parse only ≥ 15,000 rows/s',
      `${Math.round(parsed.rows / parsed.seconds).toLocaleString('en')} rows/s`,
      parsed.rows / parsed.seconds >= 15_000,
    ],
    [
      'preview ready (upload → read → preview) ≤ 1.3 × parse only',
      `${full.readSeconds.toFixed(1)} s = ${times(full.readSeconds)}`,
      full.readSeconds <= 1.3 * parsed.seconds,
    ],
    ['full import ≤ 2 × parse only', `${whole.toFixed(1)} s = ${times(whole)}`, whole <= 2 * parsed.seconds],
    [
      'full import ≥ 5,000 rows/s',
      `${Math.round(full.rows / whole).toLocaleString('en')} rows/s`,
      full.rows / whole >= 5_000,
    ],
    ['peak RSS of the importing process < 400 MB', `${full.maxRssMb} MB`, full.maxRssMb < 400],
    ['other requests p95 < 200 ms while it reads and previews', ...sideFigure(full.side.read)],
    ['other requests p95 < 200 ms while it applies', ...sideFigure(full.side.apply)],
  ];
  const engine = full.engine === 'postgres' ? 'PostgreSQL' : 'PGlite';
  console.log(`\nIssue 15 targets (${full.rows.toLocaleString('en')} consolidated rows, ${engine}):`);
  for (const [target, measured, met] of lines)
    console.log(`  ${met ? 'met   ' : 'MISSED'}  ${target}: ${measured}`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '100000' },
      parse: { type: 'string' },
      full: { type: 'string' },
      keep: { type: 'boolean' },
      'parse-only': { type: 'boolean' },
      'server-heap-mb': { type: 'string' },
    },
  });
  if (values.parse) return parse(values.parse);
  if (values.full) return fullImport(values.full);
  const rows = Number(values.rows);
  // The importing process runs with the heap `npm start` gives the server; 0: V8's default.
  const heapMb =
    values['server-heap-mb'] === undefined
      ? await startHeapMb()
      : Number(values['server-heap-mb']) || undefined;
  const dir = await mkdtemp(join(tmpdir(), 'domovoy-bench-import-'));
  const path = join(dir, 'consolidated.xlsx');
  console.log(machineLine());
  try {
    const writeSeconds = await write(path, rows);
    const size = (await stat(path)).size;
    console.log(
      `the parsing and the importing processes: ${heapMb ? `--max-old-space-size=${heapMb}` : "V8's default heap"}`,
    );
    console.log(
      `write: ${rows.toLocaleString('en')} rows × ${templateSheetColumns('consolidated').length} columns in ${writeSeconds.toFixed(1)} s (${Math.round(rows / writeSeconds).toLocaleString('en')} rows/s), ${mb(size)} MB; writer process maxRSS ${maxRssMb()} MB`,
    );
    const parsed: ParseFigures = await inChild('--parse', path, heapMb);
    console.log(
      `parse only: ${parsed.rows.toLocaleString('en')} rows in ${parsed.seconds.toFixed(1)} s (${Math.round(parsed.rows / parsed.seconds).toLocaleString('en')} rows/s); peak RSS (maxRSS of the parsing process) ${parsed.maxRssMb} MB; row errors ${parsed.errors}`,
    );
    if (parsed.errors > 0) console.log('first error:', parsed.firstError);
    if (!values['parse-only']) {
      const full: FullFigures = await inChild('--full', path, heapMb);
      const seconds = full.readSeconds + full.applySeconds;
      const rate = (s: number) => Math.round(full.rows / s).toLocaleString('en');
      console.log(
        `full import (${full.engine === 'postgres' ? 'PostgreSQL' : 'PGlite'}, through the app): ${full.rows.toLocaleString('en')} rows in ${seconds.toFixed(1)} s (${rate(seconds)} rows/s) = read + preview ${full.readSeconds.toFixed(1)} s + apply ${full.applySeconds.toFixed(1)} s (${rate(full.applySeconds)} rows/s); ${(seconds / parsed.seconds).toFixed(2)}× parse only; peak RSS (maxRSS of the importing process) ${full.maxRssMb} MB; row errors ${full.errors}`,
      );
      console.log('applied:', JSON.stringify(full.result));
      const sideLine = (what: string, l: Latencies) =>
        `${what}: ${l.requests} requests, p95 ${l.p95} ms, max ${l.max} ms, longest without an answer ${l.longestWithoutAnswer} ms`;
      console.log(
        `beside it, GET /api/objects in a loop (target p95 < 200 ms): ${sideLine('during read + preview', full.side.read)}; ${sideLine('during apply', full.side.apply)}`,
      );
      console.log(`rollback of the import: ${full.rollbackSeconds.toFixed(1)} s`);
      printTargets(parsed, full);
    }
  } finally {
    if (values.keep) console.log(`kept ${path}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

await main();
