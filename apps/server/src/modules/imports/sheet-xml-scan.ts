// Two things of the sheet's XML the import needs besides its rows: the sheet's size
// (`<dimension>`, written first by Excel and LibreOffice: a progress estimate) and its merged
// cells (`<mergeCell>`, written after the rows). This pass-through sees the XML on its way to the
// row reader (`readSheetRows`) and picks both out, without parsing it a second time.
//
// It also decodes bytes itself (a letter split between two chunks kept whole); text it passes through.
import { StringDecoder } from 'node:string_decoder';
import { CELL_MAX_CHARS, ROW_MAX_CHARS, TAG_MAX_CHARS } from './import-limits';
import { NO_CUTS, type RowCuts } from './parse-row';
import type { XmlTextLimits } from './xml-text-limit';

export type SheetXmlFacts = {
  /** The last row the sheet claims to use, when it says. */
  lastRow: number | null;
  /** Merged ranges, as «A1:C1». Complete only once the whole sheet has been read. */
  merges: string[];
};

const TAIL = 256;
const DIMENSION = '<dimension ref="';
const MERGE = '<mergeCell ref="';

/** Every `<tag ref="…"` in `window` whose ref ends at or after `from`. */
function refs(window: string, tag: string, from: number): string[] {
  const found: string[] = [];
  for (let at = window.indexOf(tag); at !== -1; at = window.indexOf(tag, at + 1)) {
    const start = at + tag.length;
    const end = window.indexOf('"', start);
    if (end === -1) break;
    if (end >= from) found.push(window.slice(start, end));
  }
  return found;
}

/** Whether `tail + text` holds `what`, without joining them. */
function holds(tail: string, text: string, what: string): boolean {
  const across = tail.slice(1 - what.length) + text.slice(0, what.length - 1);
  return text.includes(what) || tail.includes(what) || across.includes(what);
}

export async function* scanSheetXml(
  chunks: AsyncIterable<Buffer | string>,
  facts: SheetXmlFacts,
): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let tail = '';
  let seenDimension = false;
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    const window = tail + text;
    if (!seenDimension) {
      const [ref] = refs(window, DIMENSION, tail.length);
      const lastRow = ref && /(\d+)$/.exec(ref)?.[1];
      if (lastRow) facts.lastRow = Number(lastRow);
      // The element comes before the rows: once rows started, it is not coming.
      seenDimension = Boolean(ref) || window.includes('<sheetData');
    }
    // `window` is looked into only when it may hold a merge: searching or slicing it copies it.
    if (holds(tail, text, MERGE)) facts.merges.push(...refs(window, MERGE, tail.length));
    tail = text.length >= TAIL ? text.slice(-TAIL) : window.slice(-TAIL);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** Whether the merged range «B1:C2» covers a cell of `row`. */
export function mergeOnRow(range: string, row: number): boolean {
  const m = /^[A-Z]+(\d+)(?::[A-Z]+(\d+))?$/.exec(range);
  if (!m) return false;
  const top = Number(m[1]);
  return top <= row && row <= Number(m[2] ?? top);
}

/** «B» → 2. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + letter.charCodeAt(0) - 64;
  return n;
}

/**
 * The limits a sheet's XML is read under (a text node kept to one character over a cell's limit, a
 * row's text to one over a row's), and where they cut: by row number, taken when the row is read.
 */
export function sheetCuts() {
  const byRow = new Map<number, { columns: Set<number>; row: boolean }>();
  const limits: XmlTextLimits = {
    maxText: CELL_MAX_CHARS + 1,
    maxTag: TAG_MAX_CHARS,
    watch: ['c', 'row'],
    unit: { name: 'row', maxText: ROW_MAX_CHARS + 1 },
    onCut: ({ open, unit }) => {
      const cell = /\sr="([A-Z]+)(\d+)"/.exec(open.c ?? '');
      const row = Number(/\sr="(\d+)"/.exec(open.row ?? '')?.[1] ?? cell?.[2]);
      if (!Number.isInteger(row)) return;
      const cuts = byRow.get(row) ?? { columns: new Set<number>(), row: false };
      if (unit) cuts.row = true;
      else if (cell && Number(cell[2]) === row) cuts.columns.add(columnNumber(cell[1] ?? ''));
      byRow.set(row, cuts);
    },
  };
  return {
    limits,
    take(row: number): RowCuts {
      const cuts = byRow.get(row);
      byRow.delete(row);
      return cuts ?? NO_CUTS;
    },
  };
}
