import { PII_MASK } from '@domovoy/contract';
import type { PremiseValues } from '../premises/premise-values';
import { cellText } from './cell-parsers';
import type { RowValues, TemplateKind } from './columns';
import { CELL_MAX_CHARS, formatCount, ROW_MAX_CHARS, reportedValue } from './import-limits';
import type { MatchedColumn } from './match-headers';
import { isErrorCell, readCell } from './read-cell';
import type { rowChecker } from './row-rules';

/** A problem of one cell, at the column as the file names it. */
export type RowError = { row: number; column: string; value: string; code: string; message: string };

export type ParsedRow<K extends TemplateKind> = {
  /** The row number Excel shows. */
  rowNumber: number;
  values: RowValues<K>;
  errors: RowError[];
  /**
   * A row without errors: its premise as `premiseValues` validates and normalises it (address
   * keys for matching, sort key), `objectId` empty — the object is chosen at upload. Rows of one
   * premise share the object.
   */
  premise: PremiseValues | null;
};

/** What the reading cut of a row (sheet-xml-scan): column numbers of cells cut short, the row itself. */
export type RowCuts = { columns: ReadonlySet<number>; row: boolean };
export const NO_CUTS: RowCuts = { columns: new Set(), row: false };

/** The Excel address of a cell, «B5». */
export function cellAddress(column: number, row: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/** Whether the row's text (every cell's, the template's or not) is over ROW_MAX_CHARS. */
function rowTooLong(cells: readonly unknown[]): boolean {
  let length = 0;
  for (const value of cells) {
    const cell = readCell(value);
    if (typeof cell === 'string') length += cell.length;
    if (length > ROW_MAX_CHARS) return true;
  }
  return false;
}

/** The row's values all empty and one error: its text is over the limit. */
function tooLongRow<K extends TemplateKind>(
  rowNumber: number,
  columns: readonly MatchedColumn[],
): ParsedRow<K> {
  const values = Object.fromEntries(columns.map((c) => [c.key, null]));
  const message = `Строка длиннее ${formatCount(ROW_MAX_CHARS)} символов: не загружается. Уберите из строки лишний текст`;
  const error = { row: rowNumber, column: '', value: '', code: 'ROW_TOO_LONG', message };
  return { rowNumber, values: values as RowValues<K>, errors: [error], premise: null };
}

/** The cell of a column as the user sees it; empty when the file lacks the column. */
function textAt(cells: readonly unknown[], columns: readonly MatchedColumn[], key: string): string {
  const column = columns.find((c) => c.key === key);
  const cell = column ? readCell(cells[column.index]) : null;
  return reportedValue(isErrorCell(cell) ? cell.excelError : cellText(cell));
}

// Each column's key in the file's order: a row's values are a copy, made at once at their size
// (44 keys added one by one grew the object again and again).
const blanks = new WeakMap<readonly MatchedColumn[], Record<string, null>>();
function blankValues(columns: readonly MatchedColumn[]): Record<string, null> {
  let blank = blanks.get(columns);
  if (!blank) {
    blank = Object.fromEntries(columns.map((c) => [c.key, null]));
    blanks.set(columns, blank);
  }
  return blank;
}

export function parseRow<K extends TemplateKind>(
  cells: readonly unknown[],
  rowNumber: number,
  columns: readonly MatchedColumn[],
  headerOf: ReadonlyMap<string, string>,
  rowProblems: ReturnType<typeof rowChecker>,
  cuts: RowCuts = NO_CUTS,
): ParsedRow<K> | undefined {
  if (cuts.row || rowTooLong(cells)) return tooLongRow(rowNumber, columns);
  const values: Record<string, unknown> = { ...blankValues(columns) };
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
    if (cuts.columns.has(column.index) || (typeof cell === 'string' && cell.length > CELL_MAX_CHARS)) {
      values[column.key] = null;
      failed.add(column.key);
      const address = cellAddress(column.index, rowNumber);
      errors.push({
        row: rowNumber,
        column: column.header,
        value: reportedValue(cellText(cell)),
        code: 'CELL_TOO_LONG',
        message: `Ячейка ${address} длиннее ${formatCount(CELL_MAX_CHARS)} символов`,
      });
      empty = false;
      continue;
    }
    if (typeof cell === 'string' && cell.trim() === PII_MASK) {
      // an export made by a role without personal data has asterisks, not the data.
      values[column.key] = null;
      failed.add(column.key);
      errors.push({
        row: rowNumber,
        column: column.header,
        value: reportedValue(cell),
        code: 'MASKED_VALUE',
        message:
          'Значение скрыто звёздочками: выгрузку сделала роль без доступа к персональным данным. Выгрузите файл с доступом к ним',
      });
      continue;
    }
    const parsed = column.definition.parse(cell);
    values[column.key] = parsed.ok ? parsed.value : null;
    if (!parsed.ok) {
      failed.add(column.key);
      errors.push({
        row: rowNumber,
        column: column.header,
        value: reportedValue(cellText(cell)),
        code: parsed.code,
        message: parsed.message,
      });
    }
  }
  if (empty) return undefined;
  const { problems, premise } = rowProblems(values as RowValues<'consolidated'>, failed);
  for (const problem of problems) {
    errors.push({
      row: rowNumber,
      column: headerOf.get(problem.key) ?? problem.key,
      value: textAt(cells, columns, problem.key),
      code: problem.code,
      message: problem.message,
    });
  }
  return { rowNumber, values: values as RowValues<K>, errors, premise: errors.length === 0 ? premise : null };
}

export function headerOfRow(cells: readonly unknown[]): (string | null)[] {
  return Array.from({ length: Math.max(0, cells.length - 1) }, (_, i) => {
    const cell = readCell(cells[i + 1]);
    return isErrorCell(cell) ? null : cellText(cell) || null;
  });
}
