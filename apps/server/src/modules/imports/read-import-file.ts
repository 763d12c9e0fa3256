// The reader of each kind of file (I-2 XML, I-3 Excel), as the worker stores what it reads: rows
// for `import_rows` a chunk at a time, progress, and what the file says about itself.
import type { Readable } from 'node:stream';
import type { TemplateKind } from './columns';
import { parseXlsx, type SheetHeader } from './parse-xlsx';
import { parseXml } from './parse-xml';

export type StoredRow = {
  rowNumber: number;
  values: Record<string, unknown>;
  errors: { column: string; value: string; code: string; message: string }[];
};

export type FileRead = {
  chunks: AsyncIterable<StoredRow[]>;
  /** After each chunk: rows (sheet rows, XML elements) read, and the file's claim of its size. */
  progress: () => { rowsRead: number; rowsEstimated: number | null };
  /** Columns (XML: elements and attributes) the format does not know: skipped, shown as a warning. */
  unknownColumns: () => string[];
  /** XML: the source system the file's client external ids belong to. */
  source: () => string | null;
};

export function readImportFile(file: Readable, kind: string, chunkSize: number): FileRead {
  return kind === 'xml' ? readXml(file, chunkSize) : readXlsx(file, kind as TemplateKind, chunkSize);
}

function readXml(file: Readable, chunkSize: number): FileRead {
  let rowsRead = 0;
  let summary: { source: string; unknown: string[] } | undefined;
  const generator = parseXml(file, { chunkSize, onProgress: (n) => (rowsRead = n) });
  async function* chunks() {
    for (let next = await generator.next(); ; next = await generator.next()) {
      if (next.done) {
        summary = next.value;
        return;
      }
      yield next.value as StoredRow[];
    }
  }
  return {
    chunks: chunks(),
    progress: () => ({ rowsRead, rowsEstimated: null }),
    unknownColumns: () => summary?.unknown ?? [],
    source: () => summary?.source ?? null,
  };
}

function readXlsx(file: Readable, kind: TemplateKind, chunkSize: number): FileRead {
  let header: SheetHeader | undefined;
  let progress = { rowsRead: 0, rowsEstimated: null as number | null };
  const generator = parseXlsx(file, kind, {
    chunkSize,
    onHeader: (h) => {
      header = h;
    },
    onProgress: (p) => {
      progress = { rowsRead: p.rowsRead, rowsEstimated: p.estimatedRows };
    },
  });
  async function* chunks() {
    for await (const chunk of generator)
      yield chunk.map((r) => ({
        rowNumber: r.rowNumber,
        values: r.values as Record<string, unknown>,
        errors: r.errors.map(({ row: _row, ...error }) => error),
      }));
  }
  return {
    chunks: chunks(),
    progress: () => progress,
    unknownColumns: () => header?.unknownColumns ?? [],
    source: () => null,
  };
}
