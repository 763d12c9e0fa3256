// I-3: reads an uploaded .xlsx with ExcelJS's streaming reader (the whole-file reader needs
// ~1 GB for 100,000 rows) and yields its rows, typed by the template's columns, in chunks.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../platform/errors';
import { cellText, looseText } from './cell-parsers';
import { type RowValues, type TemplateKind, templateColumns } from './columns';
import { type MatchedColumn, matchHeaders } from './match-headers';
import { isErrorCell, readCell } from './read-cell';
import { rowChecker } from './row-rules';
import { mergeOnRow, type SheetXmlFacts, scanSheetXml } from './sheet-xml-scan';

/** A problem of one cell, at the column as the file names it. */
export type RowError = { row: number; column: string; value: string; code: string; message: string };

export type ParsedRow<K extends TemplateKind> = {
  /** The row number Excel shows. */
  rowNumber: number;
  values: RowValues<K>;
  errors: RowError[];
};

export type SheetHeader = {
  sheetName: string;
  headerRow: number;
  columns: { key: string; header: string }[];
  /** Headers the template does not know: ignored, shown to the user as a warning. */
  unknownColumns: string[];
  /** The sheet's own claim of its last row (Excel and LibreOffice write it; ExcelJS does not). */
  estimatedRows: number | null;
};

export type ParseProgress = { rowsRead: number; estimatedRows: number | null };

export type ParseOptions = {
  /** Rows per yielded chunk. */
  chunkSize?: number;
  /** More data rows than this refuse the file (IMPORT_TOO_MANY_ROWS). */
  maxRows?: number;
  /** False: a file without a required column is read anyway (its rows then carry errors). */
  requiredColumns?: boolean;
  onHeader?: (header: SheetHeader) => void;
  /** Called after each chunk with the sheet rows read so far. */
  onProgress?: (progress: ParseProgress) => void;
};

export type ParseSummary = { header: SheetHeader; rows: number; rowsWithErrors: number };

export const IMPORT_MAX_ROWS = 200_000;
const DATA_SHEET = 'данные';
const INSTRUCTIONS_SHEET = 'инструкция';
const ZIP_SIGNATURE = Buffer.from('PK\u0003\u0004', 'latin1');
const OLE_SIGNATURE = Buffer.from('d0cf11e0', 'hex');

function notXlsx(first: Buffer): AppError {
  return new AppError('IMPORT_NOT_XLSX', {
    detail: first.subarray(0, 4).equals(OLE_SIGNATURE)
      ? 'Это файл старого формата Excel (.xls): откройте его в Excel или LibreOffice и сохраните как «Книга Excel (.xlsx)»'
      : undefined,
  });
}

/** The file's bytes, refused at once when they do not start as a zip (.xlsx is one). */
async function openXlsx(input: string | Readable): Promise<Readable> {
  if (typeof input === 'string') {
    const file = await open(input);
    const first = Buffer.alloc(8);
    try {
      await file.read(first, 0, 8, 0);
    } finally {
      await file.close();
    }
    if (!first.subarray(0, 4).equals(ZIP_SIGNATURE)) throw notXlsx(first);
    return createReadStream(input);
  }
  const chunks = input[Symbol.asyncIterator]();
  const head = await chunks.next();
  const first: Buffer = head.done ? Buffer.alloc(0) : Buffer.from(head.value);
  if (!first.subarray(0, 4).equals(ZIP_SIGNATURE)) {
    input.destroy();
    throw notXlsx(first);
  }
  return Readable.from(
    (async function* () {
      yield first;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
    })(),
  );
}

/** A broken zip or XML inside surfaces as IMPORT_NOT_XLSX, not as a 500. */
async function* guarded<T>(items: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = items[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<T>;
    try {
      next = await iterator.next();
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('IMPORT_NOT_XLSX', {
        detail: 'Файл повреждён или не является книгой Excel (.xlsx)',
      });
    }
    if (next.done) return;
    yield next.value;
  }
}

/**
 * The sheet's rows, taken from ExcelJS a parsed XML chunk at a time (its own iterator awaits once
 * per row, which at 100,000 rows costs more than the parsing).
 */
async function* sheetRows(sheet: Sheet): AsyncGenerator<ExcelJS.Row> {
  const events = { [Symbol.asyncIterator]: () => sheet.parse() } as AsyncIterable<
    { eventType: string; value: ExcelJS.Row }[]
  >;
  for await (const batch of guarded(events)) {
    for (const event of batch) if (event.eventType === 'row') yield event.value;
  }
}

type WorkbookModel = { sheets?: { name: string; state?: string }[] };

/** The sheet named «Данные», else the first sheet that is not the instructions. */
function dataSheetName(model: WorkbookModel | undefined): string | undefined {
  const names = (model?.sheets ?? []).map((s) => s.name);
  return (
    names.find((name) => looseText(name) === DATA_SHEET) ??
    names.find((name) => looseText(name) !== INSTRUCTIONS_SHEET)
  );
}

/**
 * ExcelJS decodes each chunk of sharedStrings.xml on its own, so a letter split between two
 * chunks becomes «�» (exceljs/exceljs#2084, open). A stream with an encoding hands out whole
 * characters; the sheet's XML is decoded by `scanSheetXml`.
 */
function decodeSharedStringsWhole(reader: ExcelJS.stream.xlsx.WorkbookReader) {
  type Entry = { setEncoding(encoding: BufferEncoding): void };
  const internals = reader as unknown as { _parseSharedStrings(entry: Entry): unknown };
  const parse = internals._parseSharedStrings.bind(reader);
  internals._parseSharedStrings = (entry) => {
    entry.setEncoding('utf8');
    return parse(entry);
  };
}

type Sheet = ExcelJS.stream.xlsx.WorksheetReader & { name: string; iterator: AsyncIterable<Buffer | string> };

/** The cell of a column as the user sees it; empty when the file lacks the column. */
function textAt(cells: readonly unknown[], columns: readonly MatchedColumn[], key: string): string {
  const column = columns.find((c) => c.key === key);
  const cell = column ? readCell(cells[column.index]) : null;
  return isErrorCell(cell) ? cell.excelError : cellText(cell);
}

function parseRow<K extends TemplateKind>(
  cells: readonly unknown[],
  rowNumber: number,
  columns: readonly MatchedColumn[],
  headerOf: ReadonlyMap<string, string>,
  rowProblems: ReturnType<typeof rowChecker>,
): ParsedRow<K> | undefined {
  const values: Record<string, unknown> = {};
  const errors: RowError[] = [];
  const failed = new Set<string>();
  let empty = true;
  for (const column of columns) {
    const cell = readCell(cells[column.index]);
    if (isErrorCell(cell)) {
      values[column.key] = null;
      failed.add(column.key);
      errors.push({
        row: rowNumber,
        column: column.header,
        value: cell.excelError,
        code: 'EXCEL_ERROR',
        message: `В ячейке ошибка Excel ${cell.excelError}: замените формулу значением`,
      });
      empty = false;
      continue;
    }
    if (cell !== null && (typeof cell !== 'string' || cell.trim())) empty = false;
    const parsed = column.definition.parse(cell);
    values[column.key] = parsed.ok ? parsed.value : null;
    if (!parsed.ok) {
      failed.add(column.key);
      errors.push({
        row: rowNumber,
        column: column.header,
        value: cellText(cell),
        code: parsed.code,
        message: parsed.message,
      });
    }
  }
  if (empty) return undefined;
  for (const problem of rowProblems(values as RowValues<'consolidated'>, failed)) {
    errors.push({
      row: rowNumber,
      column: headerOf.get(problem.key) ?? problem.key,
      value: textAt(cells, columns, problem.key),
      code: problem.code,
      message: problem.message,
    });
  }
  return { rowNumber, values: values as RowValues<K>, errors };
}

function headerOfRow(cells: readonly unknown[]): (string | null)[] {
  return Array.from({ length: Math.max(0, cells.length - 1) }, (_, i) => {
    const cell = readCell(cells[i + 1]);
    return isErrorCell(cell) ? null : cellText(cell) || null;
  });
}

/**
 * Yields the data rows of the file in chunks. File-level problems are AppErrors with IMPORT_*
 * codes; one of them (a merged header cell, which the format records after the rows) can come
 * after the last chunk — nothing may be applied before the generator has finished.
 */
export async function* parseXlsx<K extends TemplateKind>(
  input: string | Readable,
  kind: K,
  options: ParseOptions = {},
): AsyncGenerator<ParsedRow<K>[], ParseSummary, undefined> {
  const { chunkSize = 1000, maxRows = IMPORT_MAX_ROWS } = options;
  const source = await openXlsx(input);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // dates are numbers with a date format
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  decodeSharedStringsWhole(reader);
  try {
    for await (const worksheet of guarded(reader)) {
      const sheet = worksheet as Sheet;
      const model = (reader as unknown as { model?: WorkbookModel }).model;
      if (sheet.name !== dataSheetName(model)) continue;
      return yield* readSheet<K>(sheet, kind, { ...options, chunkSize, maxRows });
    }
    const hasWorkbook = (reader as unknown as { model?: WorkbookModel }).model !== undefined;
    throw hasWorkbook ? new AppError('IMPORT_NO_DATA_SHEET') : notXlsx(Buffer.alloc(0));
  } finally {
    source.destroy();
  }
}

async function* readSheet<K extends TemplateKind>(
  sheet: Sheet,
  kind: K,
  options: Required<Pick<ParseOptions, 'chunkSize' | 'maxRows'>> & ParseOptions,
): AsyncGenerator<ParsedRow<K>[], ParseSummary, undefined> {
  const facts: SheetXmlFacts = { lastRow: null, merges: [] };
  sheet.iterator = scanSheetXml(sheet.iterator, facts);
  let header: SheetHeader | undefined;
  let columns: MatchedColumn[] = [];
  // A row problem may be at a column the file lacks («Номер помещения» of a flat): its template header.
  const headerOf = new Map(templateColumns(kind).map(([key, c]) => [key, c.header]));
  const checkRow = rowChecker();
  let chunk: ParsedRow<K>[] = [];
  let rows = 0;
  let rowsWithErrors = 0;
  let lastRowNumber = 0;
  for await (const row of sheetRows(sheet)) {
    lastRowNumber = row.number;
    const cells = row.values as unknown[];
    if (!header) {
      const headers = headerOfRow(cells);
      if (headers.every((h) => !h)) continue;
      const match = matchHeaders(kind, headers, options.requiredColumns ?? true);
      columns = match.columns;
      for (const c of columns) headerOf.set(c.key, c.header);
      header = {
        sheetName: sheet.name,
        headerRow: row.number,
        columns: columns.map(({ key, header }) => ({ key, header })),
        unknownColumns: match.unknownColumns,
        estimatedRows: facts.lastRow === null ? null : Math.max(0, facts.lastRow - row.number),
      };
      options.onHeader?.(header);
      continue;
    }
    const parsed = parseRow<K>(cells, row.number, columns, headerOf, checkRow);
    if (!parsed) continue;
    if (++rows > options.maxRows) {
      throw new AppError('IMPORT_TOO_MANY_ROWS', {
        detail: `В файле больше ${options.maxRows.toLocaleString('ru-RU')} строк: разделите его на несколько файлов`,
      });
    }
    if (parsed.errors.length > 0) rowsWithErrors++;
    chunk.push(parsed);
    if (chunk.length >= options.chunkSize) {
      yield chunk;
      chunk = [];
      options.onProgress?.({ rowsRead: row.number - header.headerRow, estimatedRows: header.estimatedRows });
    }
  }
  if (!header) throw new AppError('IMPORT_EMPTY_SHEET');
  const merged = facts.merges.filter((range) => mergeOnRow(range, header.headerRow));
  if (merged.length > 0) {
    throw new AppError('IMPORT_MERGED_HEADER', {
      detail: `Объединённые ячейки в строке заголовков: ${merged.join(', ')}. Разъедините их и дайте каждой колонке свой заголовок`,
    });
  }
  if (rows === 0) {
    throw new AppError('IMPORT_EMPTY_SHEET', {
      detail: 'Под строкой заголовков нет ни одной заполненной строки',
    });
  }
  if (chunk.length > 0) yield chunk;
  options.onProgress?.({ rowsRead: lastRowNumber - header.headerRow, estimatedRows: header.estimatedRows });
  return { header, rows, rowsWithErrors };
}
