// ExcelJS's streaming reader skips two things of the sheet's XML the import needs: the sheet's
// size (`<dimension>`, written first by Excel and LibreOffice: a progress estimate) and its merged
// cells (`<mergeCell>`, written after the rows). This pass-through sees the raw bytes on their
// way to the reader and picks both out, without parsing the XML a second time.

export type SheetXmlFacts = {
  /** The last row the sheet claims to use, when it says. */
  lastRow: number | null;
  /** Merged ranges, as «A1:C1». Complete only once the whole sheet has been read. */
  merges: string[];
};

const TAIL = 256;
const DIMENSION = Buffer.from('<dimension ref="');
const MERGE = Buffer.from('<mergeCell ref="');
const QUOTE = 0x22;

/** Finds every `<tag ref="…"` in `window` whose ref ends at or after `from`. */
function refs(window: Buffer, tag: Buffer, from: number): string[] {
  const found: string[] = [];
  for (let at = window.indexOf(tag); at !== -1; at = window.indexOf(tag, at + 1)) {
    const start = at + tag.length;
    const end = window.indexOf(QUOTE, start);
    if (end === -1) break;
    if (end >= from) found.push(window.toString('latin1', start, end));
  }
  return found;
}

export async function* scanSheetXml(
  chunks: AsyncIterable<Buffer>,
  facts: SheetXmlFacts,
): AsyncGenerator<Buffer> {
  let tail: Buffer = Buffer.alloc(0);
  let seenDimension = false;
  for await (const chunk of chunks) {
    const window = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
    if (!seenDimension) {
      const [ref] = refs(window, DIMENSION, tail.length);
      const lastRow = ref && /(\d+)$/.exec(ref)?.[1];
      if (lastRow) facts.lastRow = Number(lastRow);
      // The element comes before the rows: once rows started, it is not coming.
      seenDimension = Boolean(ref) || window.includes('<sheetData');
    }
    if (window.includes(MERGE)) facts.merges.push(...refs(window, MERGE, tail.length));
    tail = window.subarray(Math.max(0, window.length - TAIL));
    yield chunk;
  }
}

/** Whether the merged range «B1:C2» covers a cell of `row`. */
export function mergeOnRow(range: string, row: number): boolean {
  const m = /^[A-Z]+(\d+)(?::[A-Z]+(\d+))?$/.exec(range);
  if (!m) return false;
  const top = Number(m[1]);
  return top <= row && row <= Number(m[2] ?? top);
}
