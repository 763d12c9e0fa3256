import type { Cell } from './cell-parsers';

/** A cell holding an Excel error (#N/A, #REF!…). */
export type ErrorCell = { excelError: string };

/**
 * What ExcelJS's streaming reader gives for a cell, as a plain value: rich text joined, a
 * formula's cached result, a hyperlink's text.
 */
export function readCell(value: unknown): Cell | ErrorCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join('');
  }
  if ('error' in value) return { excelError: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) {
    return 'result' in value ? readCell(value.result) : null;
  }
  if ('text' in value) return readCell(value.text);
  return null;
}

export function isErrorCell(cell: Cell | ErrorCell): cell is ErrorCell {
  return typeof cell === 'object' && cell !== null && 'excelError' in cell;
}
