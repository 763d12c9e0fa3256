// The zip parser's end held back until ExcelJS has read every part (`endZipAfterItsEntries`): our
// own template, whose list of sheets is the zip's last part, read in the timing that lost that part.
import { once } from 'node:events';
import { createReadStream, createWriteStream, WriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureOf, parseAll, tempDir } from '../../../test/import-files';
import { parseXlsx } from './parse-xlsx';
import { writeTemplate } from './template-xlsx';

let dir: string;
let remove: () => Promise<void>;
let template: string;

beforeAll(async () => {
  ({ dir, remove } = await tempDir());
  template = `${dir}/premises.xlsx`;
  const out = createWriteStream(template);
  await writeTemplate(out, 'premises');
  if (!out.writableFinished) await once(out, 'finish');
});
afterAll(() => remove());

type Pipe = typeof Readable.prototype.pipe;

/**
 * ExcelJS copies each sheet that comes before the list of sheets to a temporary file; here each copy
 * starts only once unzipper has taken in the whole file. Without the fix every read then loses the
 * parts after the first sheet (by chance, it happened once in 300–1,000 reads).
 */
async function withSlowSheetCopies<T>(read: () => Promise<T>): Promise<T> {
  const pipe = Readable.prototype.pipe;
  let zipFinished = Promise.resolve();
  const slowPipe = function (
    this: Readable,
    destination: NodeJS.WritableStream,
    options?: { end?: boolean },
  ) {
    if ('_readRecord' in destination) {
      // unzipper's parser: its input written through.
      zipFinished = new Promise((resolve) => destination.once('finish', () => resolve()));
    } else if (destination instanceof WriteStream && 'autodrain' in this) {
      // A zip part going to a temporary file.
      zipFinished.then(() => pipe.call(this, destination, options));
      return destination;
    }
    return pipe.call(this, destination, options);
  };
  Readable.prototype.pipe = slowPipe as Pipe;
  try {
    return await read();
  } finally {
    Readable.prototype.pipe = pipe;
  }
}

describe('a workbook whose list of sheets is the last part of its zip', () => {
  it('finds its data sheet though the parts after the sheets waited while a sheet was copied', async () => {
    // The template's own example rows are the data here (the import skips them unchanged).
    const { rows, summary } = await withSlowSheetCopies(() =>
      parseAll(template, 'premises', { skipExamples: false }),
    );
    expect(summary.header.sheetName).toBe('Данные');
    expect(rows.map((r) => [r.rowNumber, r.errors])).toEqual([
      [2, []],
      [3, []],
      [4, []],
    ]);
  });

  it('read from a stream, as the import worker reads a stored upload', async () => {
    const rows = await withSlowSheetCopies(async () => {
      let count = 0;
      for await (const chunk of parseXlsx(createReadStream(template), 'premises', { skipExamples: false }))
        count += chunk.length;
      return count;
    });
    expect(rows).toBe(3);
  });

  it('still refuses a workbook cut short', async () => {
    const bytes = await readFile(template);
    const cut = `${dir}/cut.xlsx`;
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect((await failureOf(parseAll(cut, 'premises'))).code).toBe('IMPORT_NOT_XLSX');
  });
});
