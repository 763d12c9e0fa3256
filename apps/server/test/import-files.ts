// Files for the import tests: .xlsx written by ExcelJS (whole workbook; test files are small),
// LibreOffice's re-save of one, and collecting everything the streaming parser yields.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import type { TemplateKind } from '../src/modules/imports/columns';
import {
  type ParsedRow,
  type ParseOptions,
  type ParseSummary,
  parseXlsx,
} from '../src/modules/imports/parse-xlsx';

export type SheetSpec = { name?: string; rows: unknown[][]; merges?: string[] };

export async function tempDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'domovoy-import-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes a workbook with the given sheets; returns its path. */
export async function writeWorkbook(path: string, sheets: SheetSpec[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name ?? 'Данные');
    for (const row of spec.rows) sheet.addRow(row);
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  await workbook.xlsx.writeFile(path);
  return path;
}

/**
 * The downloaded template with its example rows made the user's own (a tag added to each), so
 * that the import reads them: untouched examples are skipped (issue 17).
 */
export async function templateAsData(bytes: Buffer): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Данные');
  if (!sheet) throw new Error('the template has no «Данные» sheet');
  const column = (sheet.getRow(1).values as unknown[]).indexOf('Теги помещения');
  sheet.eachRow((row, n) => {
    if (n > 1) row.getCell(column).value = 'Из шаблона';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function writeBytes(path: string, bytes: string | Buffer): Promise<string> {
  await writeFile(path, bytes);
  return path;
}

const run = promisify(execFile);

/** `soffice --convert-to xlsx`: the same workbook as LibreOffice saves it. */
export async function resaveWithLibreOffice(path: string, workDir: string): Promise<string> {
  const outDir = join(workDir, 'libreoffice');
  await mkdir(outDir, { recursive: true });
  // A profile per call: two soffice processes sharing one profile refuse to start.
  const profile = `file://${join(workDir, 'libreoffice-profile')}`;
  await run(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, path],
    { timeout: 120_000 },
  );
  return join(outDir, basename(path));
}

export type Parsed<K extends TemplateKind> = {
  chunks: ParsedRow<K>[][];
  rows: ParsedRow<K>[];
  summary: ParseSummary;
};

/** Runs the parser to the end. */
export async function parseAll<K extends TemplateKind>(
  input: string,
  kind: K,
  options: ParseOptions = {},
): Promise<Parsed<K>> {
  const chunks: ParsedRow<K>[][] = [];
  const generator = parseXlsx(input, kind, options);
  for (let next = await generator.next(); ; next = await generator.next()) {
    if (next.done) return { chunks, rows: chunks.flat(), summary: next.value };
    chunks.push(next.value);
  }
}

/** The code of the AppError the promise rejects with. */
export async function failureOf(promise: Promise<unknown>): Promise<{ code: string; detail?: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { code?: string; options?: { detail?: string } };
    return { code: String(e.code), detail: e.options?.detail };
  }
  throw new Error('expected a failure');
}
