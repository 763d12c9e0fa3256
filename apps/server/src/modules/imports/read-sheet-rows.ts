// I-3: the data sheet's XML read with saxes alone. ExcelJS's sheet reader builds a Row and a Cell
// object (with its style) for every cell, which costs more than the parsing itself; this reads the
// same values straight into one sparse array per row, shaped as ExcelJS's `row.values` (index =
// column number; strings, numbers, booleans, dates, `{ error }`, a shared string's `{ richText }`).
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** What a sheet's cells refer to elsewhere in the workbook (read before the sheet). */
export type SheetContext = {
  /** The shared strings (`t="s"`), when the workbook has them. */
  sharedStrings: readonly unknown[] | undefined;
  /** Whether the cell style (`s=`) shows its number as a date; undefined: the book has no such style. */
  isDateStyle: (styleId: number) => boolean | undefined;
  /** The workbook counts days from 1904 (old Mac Excel). */
  date1904: boolean;
};

export type SheetRow = { number: number; values: unknown[] };

/** «AB12» → 28; 0 when it starts with no letter. */
function columnOf(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column;
}

/** As ExcelJS's utils.excelToDate: a day number as a UTC date, rounded to the millisecond. */
export function excelDate(days: number, date1904: boolean): Date {
  return new Date(Math.round((days - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

type OpenCell = { column: number; style: number; type: string | undefined };

/**
 * A cell's value by its type, as ExcelJS gives it, except: a rich inline string is all its runs (ExcelJS
 * kept the last), inline text is not entity-decoded a second time, and a formula's cached result
 * has its own type (ExcelJS read a formula's error or boolean as a number, NaN or 0/1).
 */
function cellValue(cell: OpenCell, text: string, context: SheetContext, rowStyle: number): unknown {
  switch (cell.type) {
    case 's':
      return context.sharedStrings?.[Number.parseInt(text, 10)];
    case 'inlineStr':
    case 'str':
      return text;
    case 'e':
      return { error: text };
    case 'b':
      return Number.parseInt(text, 10) !== 0;
    default: {
      const number = Number.parseFloat(text);
      // The cell's own style, else its row's (as ExcelJS: a cell without one takes the row's).
      const own = cell.style ? context.isDateStyle(cell.style) : undefined;
      const date = own ?? (rowStyle ? context.isDateStyle(rowStyle) : false);
      return date ? excelDate(number, context.date1904) : number;
    }
  }
}

/**
 * Yields the rows of the sheet's XML text, a batch per chunk read (awaiting once per row costs
 * more than the parsing at 100,000 rows). A row or cell without `r=` (LibreOffice omits it) is the
 * one after the previous.
 */
export async function* readSheetRows(
  chunks: AsyncIterable<string>,
  context: SheetContext,
): AsyncGenerator<SheetRow[]> {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  let batch: SheetRow[] = [];
  let inSheetData = false;
  let row: SheetRow | null = null;
  let lastNumber = 0;
  let rowStyle = 0;
  let column = 0;
  const openCell: OpenCell = { column: 0, style: 0, type: undefined };
  let cell: OpenCell | null = null;
  let hasValue = false;
  let inString = false; // inside <is>
  let inPhonetic = false; // inside <rPh>: a reading hint, not the text
  let capturing = false;
  let text = '';
  let failure: Error | undefined;

  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    switch (tag.name) {
      case 'sheetData':
        inSheetData = true;
        break;
      case 'row': {
        if (!inSheetData) break;
        const r = tag.attributes.r;
        row = { number: r ? Number.parseInt(r, 10) : lastNumber + 1, values: [] };
        rowStyle = tag.attributes.s ? Number.parseInt(tag.attributes.s, 10) : 0;
        column = 0;
        break;
      }
      case 'c': {
        if (!row) break;
        const { r, s, t } = tag.attributes;
        column = r ? columnOf(r) : column + 1;
        // One cell object for the sheet, its fields set per cell: a sheet has millions of cells.
        cell = openCell;
        cell.column = column;
        cell.style = s ? Number.parseInt(s, 10) : 0;
        cell.type = t;
        hasValue = false;
        break;
      }
      case 'v':
        if (!cell) break;
        hasValue = true;
        capturing = true;
        text = '';
        break;
      case 'is':
        if (!cell) break;
        hasValue = true;
        inString = true;
        text = '';
        break;
      case 'rPh':
        inPhonetic = true;
        break;
      case 't':
        if (inString && !inPhonetic) capturing = true;
        break;
    }
  });
  const onText = (piece: string) => {
    if (capturing) text += piece;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag: SaxesTagPlain) => {
    switch (tag.name) {
      case 'v':
      case 't':
        capturing = false;
        break;
      case 'rPh':
        inPhonetic = false;
        break;
      case 'is':
        inString = false;
        break;
      case 'c':
        if (!cell || !row) break;
        if (hasValue) {
          const value = cellValue(cell, text, context, rowStyle);
          if (value !== null && value !== undefined) row.values[cell.column] = value;
        }
        cell = null;
        break;
      case 'row':
        if (!row) break;
        batch.push(row);
        lastNumber = row.number;
        row = null;
        break;
      case 'sheetData':
        inSheetData = false;
        break;
    }
  });
  for await (const chunk of chunks) {
    parser.write(chunk);
    if (failure) throw failure;
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
  parser.close();
  if (failure) throw failure;
  if (batch.length > 0) yield batch;
}
