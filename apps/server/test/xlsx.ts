import ExcelJS from 'exceljs';
import type { Response } from './helpers';

export type Sheet = {
  name: string;
  headers: string[];
  /** The rows under the header, each cell's value (null when empty), as many cells as headers. */
  rows: unknown[][];
  /** Excel number format of a cell, by row (1 = header) and column (1-based). */
  numFmt(row: number, column: number): string | undefined;
  /** The alignment of a cell, by row (1 = header) and column (1-based). */
  alignment(row: number, column: number): Partial<ExcelJS.Alignment> | undefined;
};

/** Reads a downloaded .xlsx back (the whole file in memory: test files are small). */
export async function readXlsx(response: Response): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.raw as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  const width = sheet.getRow(1).cellCount;
  const values = (row: ExcelJS.Row) =>
    Array.from({ length: width }, (_, i) => {
      const value = row.getCell(i + 1).value;
      return value === undefined ? null : value;
    });
  const all: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    all.push(values(row));
  });
  const [headers = [], ...rows] = all;
  return {
    name: sheet.name,
    headers: headers.map(String),
    rows,
    numFmt: (row, column) => sheet.getRow(row).getCell(column).numFmt,
    alignment: (row, column) => sheet.getRow(row).getCell(column).alignment,
  };
}
