// I-3: the row errors of an import as an .xlsx the user can download, filter and fix from.
import type { Writable } from 'node:stream';
import type { ExportColumn } from '../exports/columns';
import { writeXlsx } from '../exports/xlsx-writer';

export type ErrorReportRow = { row: number; column: string; value: string; message: string };

const ERROR_COLUMNS: readonly ExportColumn<ErrorReportRow>[] = [
  { key: 'row', header: 'Строка', width: 9, value: (e) => e.row },
  { key: 'column', header: 'Колонка', width: 30, value: (e) => e.column },
  { key: 'value', header: 'Значение', width: 30, value: (e) => e.value || null },
  { key: 'message', header: 'Ошибка', width: 80, value: (e) => e.message },
];

export const ERRORS_FILE_NAME = 'Ошибки импорта.xlsx';
export const ERRORS_ASCII_FILE_NAME = 'import-errors.xlsx';

async function* pagesOf(rows: Iterable<ErrorReportRow>): AsyncGenerator<ErrorReportRow[]> {
  yield [...rows];
}

/**
 * Streams the errors into `out` (ExcelJS WorkbookWriter, one page in memory at a time), sheet
 * «Ошибки»: row number, column as the file names it, the cell's value, the Russian message.
 */
export async function writeErrorsXlsx(
  out: Writable,
  errors: AsyncIterable<ErrorReportRow[]> | Iterable<ErrorReportRow>,
): Promise<void> {
  const pages = Symbol.asyncIterator in errors ? errors : pagesOf(errors);
  await writeXlsx(out, 'Ошибки', ERROR_COLUMNS, pages);
}
