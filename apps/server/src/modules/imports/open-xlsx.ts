// Opening an uploaded .xlsx for ExcelJS's streaming reader: refusing what is not one, choosing
// the data sheet, and working around what the reader gets wrong.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { AppError } from '../../platform/errors';
import { looseText } from './cell-parsers';

const DATA_SHEET = 'данные';
const INSTRUCTIONS_SHEET = 'инструкция';
const ZIP_SIGNATURE = Buffer.from('PK\u0003\u0004', 'latin1');
const OLE_SIGNATURE = Buffer.from('d0cf11e0', 'hex');

export function notXlsx(first: Buffer): AppError {
  return new AppError('IMPORT_NOT_XLSX', {
    detail: first.subarray(0, 4).equals(OLE_SIGNATURE)
      ? 'Это файл старого формата Excel (.xls): откройте его в Excel или LibreOffice и сохраните как «Книга Excel (.xlsx)»'
      : undefined,
  });
}

/** The file's bytes, refused at once when they do not start as a zip (.xlsx is one). */
export async function openXlsx(input: string | Readable): Promise<Readable> {
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
export async function* guarded<T>(items: AsyncIterable<T>): AsyncGenerator<T> {
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
export async function* sheetRows(sheet: Sheet): AsyncGenerator<ExcelJS.Row> {
  const events = { [Symbol.asyncIterator]: () => sheet.parse() } as AsyncIterable<
    { eventType: string; value: ExcelJS.Row }[]
  >;
  for await (const batch of guarded(events)) {
    for (const event of batch) if (event.eventType === 'row') yield event.value;
  }
}

export type WorkbookModel = { sheets?: { name: string; state?: string }[] };

/** The sheet named «Данные», else the first sheet that is not the instructions. */
export function dataSheetName(model: WorkbookModel | undefined): string | undefined {
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
export function decodeSharedStringsWhole(reader: ExcelJS.stream.xlsx.WorkbookReader) {
  type Entry = { setEncoding(encoding: BufferEncoding): void };
  const internals = reader as unknown as { _parseSharedStrings(entry: Entry): unknown };
  const parse = internals._parseSharedStrings.bind(reader);
  internals._parseSharedStrings = (entry) => {
    entry.setEncoding('utf8');
    return parse(entry);
  };
}

export type Sheet = ExcelJS.stream.xlsx.WorksheetReader & {
  name: string;
  iterator: AsyncIterable<Buffer | string>;
};
