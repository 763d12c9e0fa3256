// Opening an uploaded .xlsx for ExcelJS's streaming reader: refusing what is not one, choosing
// the data sheet, working around what the reader gets wrong, and handing the data sheet's reader
// what the workbook says of its cells (shared strings, date styles).
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { AppError } from '../../platform/errors';
import { looseText } from './cell-parsers';
import { CELL_MAX_CHARS, formatCount, TAG_MAX_CHARS } from './import-limits';
import type { SheetContext } from './read-sheet-rows';
import type { UnpackedSizeWatch } from './unpacked-size-limit';
import { limitXmlText, XmlTooLong } from './xml-text-limit';

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
  return endZipAfterItsEntries(await zipBytes(input));
}

async function zipBytes(input: string | Readable): Promise<Readable> {
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

/**
 * The zip parser ExcelJS pipes `source` into (unzipper 0.10) announces its `end` as soon as the
 * file has been written into it, while parts it has found may still wait in its buffer: ExcelJS
 * pauses it on each part (a sheet before the list of sheets goes to a temporary file) and takes
 * that `end` for the last part, dropping the rest. A workbook whose list of sheets comes last (our
 * templates) then lost it about once in 300–1,000 reads: sheets named «Sheet1», IMPORT_NO_DATA_SHEET
 * (ZJONSSON/node-unzipper#346, exceljs/exceljs#3064). That early `end` becomes the stream's own end
 * of data, which Node announces once the buffered parts have been read (the parser's own, after the
 * zip's last record, makes it a no-op).
 */
export function endZipAfterItsEntries(source: Readable): Readable {
  const pipe = source.pipe.bind(source);
  source.pipe = <T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T => {
    if (destination instanceof Readable) {
      const zip: Readable = destination;
      const emit = zip.emit.bind(zip);
      zip.emit = ((event: string | symbol, ...args: unknown[]) => {
        if (event !== 'end' || zip.readableEnded) return emit(event, ...args);
        zip.push(null);
        return false;
      }) as Readable['emit'];
    }
    return pipe(destination, options);
  };
  return source;
}

/**
 * A broken zip or XML inside surfaces as IMPORT_NOT_XLSX, not as a 500; a limit met while unpacking
 * as its own error, even when the reader is left waiting on a part that ended early.
 */
export async function* guarded<T>(items: AsyncIterable<T>, watch?: UnpackedSizeWatch): AsyncGenerator<T> {
  const iterator = items[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<T>;
    try {
      next = await (watch ? watch.race(iterator.next()) : iterator.next());
    } catch (error) {
      const failure = watch?.failure();
      if (failure) throw failure;
      if (error instanceof AppError) throw error;
      throw new AppError('IMPORT_NOT_XLSX', {
        detail:
          error instanceof XmlTooLong
            ? `В книге есть тег или комментарий длиннее ${formatCount(TAG_MAX_CHARS)} символов`
            : 'Файл повреждён или не является книгой Excel (.xlsx)',
      });
    }
    if (next.done) return;
    yield next.value;
  }
}

/** As ExcelJS's utils.isDateFmt (which its sheet reader used): a format with a date or time part. */
function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || !format) return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}

type ReaderInternals = {
  sharedStrings?: unknown[];
  styles?: { getStyleModel(id: number): { numFmt?: unknown } | null | undefined };
  properties?: { model?: { date1904?: boolean } };
};

/**
 * What the data sheet's cells refer to, from what ExcelJS has read of the workbook before the sheet
 * (it holds a sheet back in a temporary file until the shared strings are read): the shared strings,
 * and the styles whose number format is a date's (built-in 14–22, 45–47 or the book's own).
 */
export function sheetContext(reader: ExcelJS.stream.xlsx.WorkbookReader): SheetContext {
  const book = reader as unknown as ReaderInternals;
  const styles = book.styles;
  const dates = new Map<number, boolean | undefined>();
  return {
    sharedStrings: book.sharedStrings,
    date1904: Boolean(book.properties?.model?.date1904),
    isDateStyle(id) {
      if (dates.has(id)) return dates.get(id);
      const style = styles?.getStyleModel(id);
      const date = style ? isDateFormat(style.numFmt) : undefined;
      dates.set(id, date);
      return date;
    },
  };
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
 * The shared strings, which ExcelJS keeps in memory, read under the cell's limit: a string (all its
 * runs together) is kept to one character over it, so the cells that use it are reported as too
 * long. And ExcelJS decodes each chunk of sharedStrings.xml on its own, so a letter split between
 * two chunks becomes «�» (exceljs/exceljs#2084, open): a stream with an encoding hands out whole
 * characters (the sheet's XML is decoded by `scanSheetXml`).
 */
export function readSharedStringsLimited(reader: ExcelJS.stream.xlsx.WorkbookReader) {
  type Entry = Readable;
  const internals = reader as unknown as { _parseSharedStrings(entry: Entry): unknown };
  const parse = internals._parseSharedStrings.bind(reader);
  internals._parseSharedStrings = (entry) => {
    entry.setEncoding('utf8');
    const kept = CELL_MAX_CHARS + 1;
    const limited = limitXmlText(entry, {
      maxText: kept,
      maxTag: TAG_MAX_CHARS,
      unit: { name: 'si', maxText: kept },
    });
    return parse(Readable.from(limited));
  };
}

export type Sheet = ExcelJS.stream.xlsx.WorksheetReader & {
  name: string;
  iterator: AsyncIterable<Buffer | string>;
};
