// I-3: reads an uploaded .xlsx as a stream and yields its rows, typed by the template's columns, in
// chunks. ExcelJS's streaming reader unzips it and reads the workbook's list of sheets, shared
// strings and styles; the data sheet's XML is read by `readSheetRows` (saxes), without ExcelJS's
// cell objects (docs/decisions.md, «The .xlsx sheet read with saxes»).
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../platform/errors';
import { type TemplateKind, templateColumns } from './columns';
import { reportedValue } from './import-limits';
import { type MatchedColumn, matchHeaders } from './match-headers';
import {
  dataSheetName,
  guarded,
  notXlsx,
  openXlsx,
  readSharedStringsLimited,
  type Sheet,
  sheetContext,
  type WorkbookModel,
} from './open-xlsx';
import { headerOfRow, type ParsedRow, parseRow } from './parse-row';
import { readSheetRows, type SheetContext } from './read-sheet-rows';
import { rowChecker } from './row-rules';
import { mergeOnRow, type SheetXmlFacts, scanSheetXml, sheetCuts } from './sheet-xml-scan';
import { isTemplateExample } from './template-examples';
import {
  type UnpackedSizeLimits,
  type UnpackedSizeWatch,
  watchUnpackedSize,
  XLSX_UNPACKED_LIMITS,
} from './unpacked-size-limit';
import { limitXmlText } from './xml-text-limit';

export type { ParsedRow, RowError } from './parse-row';

export type SheetHeader = {
  sheetName: string;
  headerRow: number;
  columns: { key: string; header: string }[];
  /** Headers the template does not know: ignored, shown to the user as a warning. */
  unknownColumns: string[];
  /**
   * Rows under the header by the sheet's own claim of its last row (Excel and LibreOffice write it;
   * ExcelJS does not). LibreOffice counts formatted empty rows in (to row 1,048,576 when whole rows
   * are formatted): a claim over the rows a file may have is no estimate, so null.
   */
  estimatedRows: number | null;
};

/** Rows with data read so far (formatted empty rows are not counted), and the estimate of them all. */
export type ParseProgress = { rowsRead: number; estimatedRows: number | null };

export type ParseOptions = {
  /** Rows per yielded chunk. */
  chunkSize?: number;
  /** More data rows than this refuse the file (IMPORT_TOO_MANY_ROWS). */
  maxRows?: number;
  /** Bytes the workbook may unpack into (IMPORT_FILE_TOO_LARGE_UNPACKED). */
  unpacked?: UnpackedSizeLimits;
  /** False: a file without a required column is read anyway (its rows then carry errors). */
  requiredColumns?: boolean;
  /** False: the template's untouched example rows are read as data (the template's own test). */
  skipExamples?: boolean;
  onHeader?: (header: SheetHeader) => void;
  /** Called after each chunk with the sheet rows read so far. */
  onProgress?: (progress: ParseProgress) => void;
};

export type ParseSummary = { header: SheetHeader; rows: number; rowsWithErrors: number };

export const IMPORT_MAX_ROWS = 200_000;
/** Unknown headers listed back to the user. */
const UNKNOWN_COLUMNS_LISTED = 50;
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
  const unpacked = watchUnpackedSize(source, options.unpacked ?? XLSX_UNPACKED_LIMITS);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // dates are numbers with a date format
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  readSharedStringsLimited(reader);
  let sawSheet = false;
  let summary: ParseSummary | undefined;
  let failure: unknown;
  try {
    // The reader is run to its end, every sheet let go of on the way: a sheet that comes before the
    // workbook's list of sheets (ExcelJS writes files so) is buffered in a temporary file, which the
    // reader deletes only when it goes on past that sheet.
    for await (const worksheet of guarded(reader, unpacked)) {
      sawSheet = true;
      const sheet = worksheet as Sheet;
      const raw = sheet.iterator;
      const model = (reader as unknown as { model?: WorkbookModel }).model;
      if (summary === undefined && failure === undefined && sheet.name === dataSheetName(model)) {
        try {
          const context = sheetContext(reader);
          summary = yield* readSheet<K>(sheet, context, kind, { ...options, chunkSize, maxRows }, unpacked);
        } catch (error) {
          failure = error;
        }
      }
      release(raw);
    }
  } catch (error) {
    failure ??= error;
  } finally {
    source.destroy();
  }
  if (failure !== undefined) throw failure;
  if (summary) return summary;
  // A sheet was read, or the workbook's list of sheets (ExcelJS may not have parsed it yet when
  // the last sheet ends): it is a workbook, without the data sheet.
  const hasWorkbook = sawSheet || (reader as unknown as { model?: WorkbookModel }).model !== undefined;
  throw hasWorkbook ? new AppError('IMPORT_NO_DATA_SHEET') : notXlsx(Buffer.alloc(0));
}

/** The rows under the header the sheet claims, unless the claim is more than a file may have. */
function estimate(lastRow: number | null, headerRow: number, maxRows: number): number | null {
  if (lastRow === null) return null;
  const claimed = Math.max(0, lastRow - headerRow);
  return claimed > maxRows ? null : claimed;
}

/**
 * A sheet not (or no longer) read: its temporary file's stream closed (its error — the file deleted
 * before it opened — swallowed), or its zip entry's iterator ended.
 */
function release(raw: AsyncIterable<Buffer | string>) {
  const stream = raw as Partial<Readable>;
  if (typeof stream.destroy === 'function' && typeof stream.on === 'function') {
    stream.on('error', () => {});
    stream.destroy();
    return;
  }
  const iterator = raw as Partial<AsyncGenerator>;
  iterator.return?.(undefined).catch(() => {});
}

async function* readSheet<K extends TemplateKind>(
  sheet: Sheet,
  context: SheetContext,
  kind: K,
  options: Required<Pick<ParseOptions, 'chunkSize' | 'maxRows'>> & ParseOptions,
  unpacked: UnpackedSizeWatch,
): AsyncGenerator<ParsedRow<K>[], ParseSummary, undefined> {
  const facts: SheetXmlFacts = { lastRow: null, merges: [] };
  const cuts = sheetCuts();
  // Cut first: the scan then never sees the text dropped.
  const xml = scanSheetXml(limitXmlText(sheet.iterator, cuts.limits), facts);
  let header: SheetHeader | undefined;
  let columns: MatchedColumn[] = [];
  // A row problem may be at a column the file lacks («Номер помещения» of a flat): its template header.
  const headerOf = new Map(templateColumns(kind).map(([key, c]) => [key, c.header]));
  const checkRow = rowChecker();
  let chunk: ParsedRow<K>[] = [];
  let rows = 0;
  let rowsWithErrors = 0;
  let examples = 0;
  for await (const batch of guarded(readSheetRows(xml, context), unpacked)) {
    for (const row of batch) {
      const cells = row.values;
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
          unknownColumns: match.unknownColumns.slice(0, UNKNOWN_COLUMNS_LISTED).map(reportedValue),
          estimatedRows: estimate(facts.lastRow, row.number, options.maxRows),
        };
        options.onHeader?.(header);
        continue;
      }
      const rowCuts = cuts.take(row.number);
      if ((options.skipExamples ?? true) && isTemplateExample(kind, cells, columns)) {
        examples++;
        continue;
      }
      const parsed = parseRow<K>(cells, row.number, columns, headerOf, checkRow, rowCuts);
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
        options.onProgress?.({ rowsRead: rows + examples, estimatedRows: header.estimatedRows });
      }
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
      detail:
        examples > 0
          ? 'В файле только строки-примеры из шаблона: они не загружаются. Замените их своими данными'
          : 'Под строкой заголовков нет ни одной заполненной строки',
    });
  }
  if (chunk.length > 0) yield chunk;
  // Read to the end: the rows with data are all known.
  options.onProgress?.({ rowsRead: rows + examples, estimatedRows: rows + examples });
  return { header, rows, rowsWithErrors };
}
