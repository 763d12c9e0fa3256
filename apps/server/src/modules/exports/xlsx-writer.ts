import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportColumn } from './columns';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Waits until what was written has left `stream`'s buffer, or `out` closed (the client went away).
 * Returns false when `out` is gone.
 */
async function drained(stream: Writable, out: Writable): Promise<boolean> {
  while (stream.writableNeedDrain && !out.destroyed) {
    const closed = new AbortController();
    const onClose = () => closed.abort();
    out.once('close', onClose);
    try {
      await once(stream, 'drain', { signal: closed.signal });
    } catch {
      return false;
    } finally {
      out.off('close', onClose);
    }
  }
  return !out.destroyed;
}

/**
 * ExcelJS's sheet stream hands its data to the zip's deflater without heeding backpressure
 * (`StreamBuf.pipes`), so a slow client would let whole pages pile up there. After each page the
 * writer waits until the deflater and the response have taken it in: memory stays at about a page.
 */
async function pageTaken(sheet: ExcelJS.Worksheet, out: Writable): Promise<boolean> {
  const pipes = (sheet as unknown as { stream?: { pipes?: Writable[] } }).stream?.pipes ?? [];
  for (const pipe of pipes) if (!(await drained(pipe, out))) return false;
  return drained(out, out);
}

/**
 * ExcelJS gives every new cell a style object of its own, merged from its column's, and works out
 * its style id from scratch (the style rendered to XML and looked up) unless it has met that very
 * object before — most of the time a row took. Cells of one column and value type get one shared
 * object instead: the same style ids, once per column and type (issue 16).
 */
function sharedStyles() {
  const seen = new Map<string, Partial<ExcelJS.Style>>();
  return {
    share(cell: ExcelJS.Cell | undefined) {
      if (!cell) return;
      const key = `${cell.col}:${cell.type}`;
      const style = seen.get(key);
      if (style) cell.style = style;
      else seen.set(key, cell.style);
    },
  };
}

/** The import reads the data sheet and passes this one by (open-xlsx.ts). */
export const NOTES_SHEET = 'Инструкция';

/**
 * Streams an .xlsx into `out`: the header row (bold, frozen, with a filter), then the rows of each
 * page as they come. Stops reading pages when `out` is closed early. `printHeader` is printed atop
 * each page (the sheet's first row stays the header, so the file re-imports); `notes`, when given,
 * are the lines of a second sheet, «Инструкция» (how the file is loaded back).
 */
export async function writeXlsx<Row>(
  out: Writable,
  sheetName: string,
  columns: readonly ExportColumn<Row>[],
  pages: AsyncIterable<Row[]>,
  printHeader?: string,
  notes?: readonly string[],
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Domovoy';
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: 'frozen', ySplit: 1 }],
    ...(printHeader && { headerFooter: { oddHeader: `&C${printHeader.replaceAll('&', '&&')}` } }),
  });
  sheet.columns = columns.map((c) => ({
    key: c.key,
    header: c.header,
    width: c.width,
    style: {
      ...(c.numFmt && { numFmt: c.numFmt }),
      ...(c.wrap && { alignment: { wrapText: true, vertical: 'top' as const } }),
    },
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  const styles = sharedStyles();
  for await (const rows of pages) {
    for (const row of rows) {
      const added = sheet.addRow(columns.map((c) => c.value(row)));
      for (let column = 1; column <= columns.length; column++) styles.share(added.findCell(column));
      added.commit();
    }
    if (!(await pageTaken(sheet, out))) return;
  }
  sheet.commit();
  if (notes) {
    const notesSheet = workbook.addWorksheet(NOTES_SHEET);
    notesSheet.getColumn(1).width = 120;
    for (const line of notes) notesSheet.addRow([line]).commit();
    notesSheet.commit();
  }
  await workbook.commit();
}
