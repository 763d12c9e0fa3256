// I-3: the row errors of an import as an .xlsx the user can download, filter and fix from.
import type { Writable } from 'node:stream';
import type { ExportColumn } from '../exports/columns';
import { writeXlsx } from '../exports/xlsx-writer';

/** `line`, `char`: where in an XML file the error is (the row is the element's number). */
export type ErrorReportRow = {
  row: number;
  column: string;
  value: string;
  message: string;
  line?: number;
  char?: number;
};

const ERROR_COLUMNS: readonly ExportColumn<ErrorReportRow>[] = [
  { key: 'row', header: 'Строка', width: 9, value: (e) => e.row },
  { key: 'column', header: 'Колонка', width: 30, value: (e) => e.column },
  { key: 'value', header: 'Значение', width: 30, value: (e) => e.value || null },
  { key: 'message', header: 'Ошибка', width: 80, value: (e) => e.message },
];

/** Where an XML file's error is, as an operator looks for it in a text editor: «строка 12, символ 5». */
export function positionText(line: Pick<ErrorReportRow, 'line' | 'char'>): string | null {
  if (line.line === undefined) return null;
  return line.char === undefined ? `строка ${line.line}` : `строка ${line.line}, символ ${line.char}`;
}

/** XML only: the error's place in the file (a row refused by the data has none). Last, so the others keep their places. */
const POSITION_COLUMN: ExportColumn<ErrorReportRow> = {
  key: 'position',
  header: 'Место в файле',
  width: 24,
  value: positionText,
};

export const ERRORS_FILE_NAME = 'Ошибки импорта.xlsx';
export const ERRORS_ASCII_FILE_NAME = 'import-errors.xlsx';

async function* pagesOf(rows: Iterable<ErrorReportRow>): AsyncGenerator<ErrorReportRow[]> {
  yield [...rows];
}

/**
 * Streams the errors into `out` (ExcelJS WorkbookWriter, one page in memory at a time), sheet
 * «Ошибки»: row number, column as the file names it, the cell's value, the Russian message; with
 * `positions` (an XML file), the line and character of each error, «Место в файле».
 */
export async function writeErrorsXlsx(
  out: Writable,
  errors: AsyncIterable<ErrorReportRow[]> | Iterable<ErrorReportRow>,
  options: { positions?: boolean } = {},
): Promise<void> {
  const pages = Symbol.asyncIterator in errors ? errors : pagesOf(errors);
  const columns = options.positions ? [...ERROR_COLUMNS, POSITION_COLUMN] : ERROR_COLUMNS;
  await writeXlsx(out, 'Ошибки', columns, pages);
}
