// Issue 4's parse-only figure: a generated consolidated .xlsx (ExcelJS's streaming writer) read
// by the import's streaming parser. `npm run bench:import -- --rows 100000 [--keep]`.
// The parse runs in a child process, so its peak RSS (process.resourceUsage().maxRSS) is the
// parser's own and not the writer's.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { type ColumnKey, templateColumns } from '../apps/server/src/modules/imports/columns';
import { parseXlsx } from '../apps/server/src/modules/imports/parse-xlsx';

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
  const columns = templateColumns('consolidated');
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

async function parseInChild(path: string) {
  const child = spawn(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--parse', path],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (data) => {
    out += data;
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`the parse process exited with ${code}`);
  return JSON.parse(out) as {
    rows: number;
    errors: number;
    firstError?: unknown;
    seconds: number;
    maxRssMb: number;
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '100000' },
      parse: { type: 'string' },
      keep: { type: 'boolean' },
    },
  });
  if (values.parse) return parse(values.parse);
  const rows = Number(values.rows);
  const dir = await mkdtemp(join(tmpdir(), 'domovoy-bench-import-'));
  const path = join(dir, 'consolidated.xlsx');
  try {
    const writeSeconds = await write(path, rows);
    const size = (await stat(path)).size;
    console.log(
      `write: ${rows.toLocaleString('en')} rows × ${templateColumns('consolidated').length} columns in ${writeSeconds.toFixed(1)} s (${Math.round(rows / writeSeconds).toLocaleString('en')} rows/s), ${mb(size)} MB; writer process maxRSS ${maxRssMb()} MB`,
    );
    const parsed = await parseInChild(path);
    console.log(
      `parse only: ${parsed.rows.toLocaleString('en')} rows in ${parsed.seconds.toFixed(1)} s (${Math.round(parsed.rows / parsed.seconds).toLocaleString('en')} rows/s); peak RSS (maxRSS of the parsing process) ${parsed.maxRssMb} MB; row errors ${parsed.errors}`,
    );
    if (parsed.errors > 0) console.log('first error:', parsed.firstError);
  } finally {
    if (values.keep) console.log(`kept ${path}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

await main();
