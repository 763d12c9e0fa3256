// The import's reading limits on hostile workbooks (hand-zipped): a cell, a shared string and a row
// too long become row errors while the rest of the file reads; a zip that unpacks too far, whether
// its headers say so or lie, and markup too long to cut are refused as a whole.

import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repeat, textCell, workbookParts, zip } from '../../../test/hostile-files';
import { failureOf, parseAll, tempDir, writeBytes } from '../../../test/import-files';
import { CELL_MAX_CHARS, formatCount } from './import-limits';
import { parseXml, type XmlRow } from './parse-xml';

let dir: string;
let remove: () => Promise<void>;
let n = 0;

beforeAll(async () => {
  ({ dir, remove } = await tempDir());
});
afterAll(() => remove());

const MB = 1024 * 1024;
// The messages write numbers as Russian does, with a no-break space: «10 000».
const tooLongCell = (address: string) => `Ячейка ${address} длиннее ${formatCount(CELL_MAX_CHARS)} символов`;
const MB_OF_A = 'a'.repeat(MB);
const HEADER = ['Тип помещения', 'Улица', 'Дом', 'Номер помещения', 'Общая площадь'];
const COLUMNS = ['A', 'B', 'C', 'D', 'E'];

/** A row of inline strings; a cell given as an array of pieces is written piece by piece. */
function row(r: number, cells: (string | Iterable<string>)[]): Iterable<string> {
  return [
    `<row r="${r}">`,
    ...cells.flatMap((cell, i) => {
      const ref = `${COLUMNS[i] ?? 'Z'}${r}`;
      if (typeof cell === 'string') return [textCell(ref, cell)];
      return [`<c r="${ref}" t="inlineStr"><is><t>`, ...cell, '</t></is></c>'];
    }),
    '</row>',
  ];
}
const flat = (r: number, street: string | Iterable<string> = 'ул. Садовая') =>
  row(r, ['Квартира', street, '5', String(r), '50']);

async function workbook(...args: Parameters<typeof workbookParts>): Promise<string> {
  return writeBytes(`${dir}/${++n}.xlsx`, await zip(workbookParts(...args)));
}

describe('a cell, a shared string or a row too long: a row error, the rest of the file read', () => {
  it('a 20 MB cell (a 20 KB file) is cut while streaming and reported at its address', async () => {
    const path = await workbook([...row(1, HEADER), ...flat(2, repeat(MB_OF_A, 20)), ...flat(3)]);
    const { rows } = await parseAll(path, 'premises');
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3]);
    const [cut, next] = rows;
    expect(cut?.errors).toEqual([
      expect.objectContaining({
        column: 'Улица',
        code: 'CELL_TOO_LONG',
        message: tooLongCell('B2'),
      }),
    ]);
    // What is kept of the cell is the report's quote, not the cell.
    expect(cut?.errors[0]?.value.length).toBeLessThanOrEqual(201);
    expect(cut?.values.street).toBeNull();
    expect(next?.errors).toEqual([]);
    expect(next?.values.street).toBe('ул. Садовая');
  });

  it('a cell just at the limit is read whole; entities count as the characters they are', async () => {
    const atLimit = '&amp;'.repeat(CELL_MAX_CHARS);
    const path = await workbook([
      ...row(1, HEADER),
      ...row(2, ['Квартира', 'ул. Садовая', '5', '1', '50']),
      ...flat(3, atLimit),
    ]);
    const { rows } = await parseAll(path, 'premises');
    // Not cut: the street is refused by its own rule (200 characters), quoted short.
    const errors = rows[1]?.errors ?? [];
    expect(errors.map((e) => e.code)).not.toContain('CELL_TOO_LONG');
    expect(errors[0]?.value).toBe(`${'&'.repeat(200)}…`);
  });

  it('a shared string of 60 MB, and one of many short runs, make the cells that use them too long', async () => {
    const runs = [...repeat(`<r><t>${'б'.repeat(5000)}</t></r>`, 100)];
    const strings = ['<si><t>', ...repeat(MB_OF_A, 60), '</t></si>', `<si>${runs.join('')}</si>`];
    const shared = (ref: string, index: number) => `<c r="${ref}" t="s"><v>${index}</v></c>`;
    const path = await workbook(
      [
        ...row(1, HEADER),
        `<row r="2">${textCell('A2', 'Квартира')}${shared('B2', 0)}${textCell('C2', '5')}${textCell('D2', '2')}</row>`,
        `<row r="3">${textCell('A3', 'Квартира')}${shared('B3', 1)}${textCell('C3', '5')}${textCell('D3', '3')}</row>`,
        ...flat(4),
      ],
      strings,
    );
    const { rows } = await parseAll(path, 'premises');
    expect(rows.map((r) => [r.rowNumber, r.errors.map((e) => e.message)])).toEqual([
      [2, [tooLongCell('B2')]],
      [3, [tooLongCell('B3')]],
      [4, []],
    ]);
  });

  it('a row whose text is over 100 000 characters is one error; its neighbours are read', async () => {
    const wide = Array.from({ length: 30 }, (_, i) =>
      textCell(`${String.fromCharCode(70 + (i % 20))}${i < 20 ? '' : 'A'}2`, 'ж'.repeat(9000)),
    );
    const path = await workbook([
      ...row(1, HEADER),
      `<row r="2">${textCell('A2', 'Квартира')}${wide.join('')}</row>`,
      ...flat(3),
    ]);
    const { rows } = await parseAll(path, 'premises');
    expect(rows.map((r) => [r.rowNumber, r.errors.map((e) => e.code)])).toEqual([
      [2, ['ROW_TOO_LONG']],
      [3, []],
    ]);
    expect(rows[0]?.errors[0]?.message).toContain(`Строка длиннее ${formatCount(100_000)} символов`);
  });
});

describe('a workbook that unpacks too far, or markup too long to cut: the file refused', () => {
  it('a sheet whose header declares 500 MB is refused before it is inflated', async () => {
    const parts = workbookParts([...row(1, HEADER), ...flat(2)]);
    const sheet = parts.at(-1);
    if (sheet) sheet.declaredSize = 500 * MB;
    const path = await writeBytes(`${dir}/declared.xlsx`, await zip(parts));
    const failure = await failureOf(parseAll(path, 'premises'));
    expect(failure).toEqual({
      code: 'IMPORT_FILE_TOO_LARGE_UNPACKED',
      detail: 'Часть книги xl/worksheets/sheet1.xml после распаковки больше 400 МБ',
    });
  });

  it('a part whose header lies (100 bytes declared, 30 MB inside) is stopped as it inflates', async () => {
    const lying = { path: 'xl/theme/theme1.xml', pieces: repeat(MB_OF_A, 30), declaredSize: 100 };
    const path = await workbook([...row(1, HEADER), ...flat(2)], undefined, [lying]);
    const failure = await failureOf(parseAll(path, 'premises'));
    expect(failure).toEqual({
      code: 'IMPORT_FILE_TOO_LARGE_UNPACKED',
      detail: 'Часть книги xl/theme/theme1.xml после распаковки больше 20 МБ',
    });
  });

  it('the same lie in the sheet itself, or in a part the reader skips, is stopped at the total', async () => {
    // Limits made small, so the test need not inflate 400 MB: 8 MB in all, 4 MB a part but the sheet.
    const unpacked = {
      total: 8 * MB,
      part: (path: string) => (path.includes('worksheets') ? 8 * MB : 4 * MB),
    };
    const cases: [string, string][] = [
      ['xl/worksheets/sheet1.xml', 'Книга после распаковки больше 8 МБ'],
      ['docProps/junk.bin', 'Часть книги docProps/junk.bin после распаковки больше 4 МБ'],
    ];
    for (const [path, detail] of cases) {
      const parts = workbookParts([...row(1, HEADER), ...flat(2)]);
      const bomb = { path, pieces: [...row(1, HEADER), ...repeat(MB_OF_A, 12)], declaredSize: 100 };
      parts.splice(path.includes('worksheets') ? -1 : 2, path.includes('worksheets') ? 1 : 0, bomb);
      const file = await writeBytes(`${dir}/${++n}.xlsx`, await zip(parts));
      expect(await failureOf(parseAll(file, 'premises', { unpacked })), path).toEqual({
        code: 'IMPORT_FILE_TOO_LARGE_UNPACKED',
        detail,
      });
    }
  });

  it('a tag longer than 100 000 characters refuses the file', async () => {
    const path = await workbook([...row(1, HEADER), `<row r="2" x="${'x'.repeat(200_000)}"></row>`]);
    expect(await failureOf(parseAll(path, 'premises'))).toEqual({
      code: 'IMPORT_NOT_XLSX',
      detail: `В книге есть тег или комментарий длиннее ${formatCount(100_000)} символов`,
    });
  });
});

describe('XML: a text node too long is a row error; a DTD, deep nesting or a huge tag refuse the file', () => {
  const xml = (...body: string[]) =>
    Readable.from(
      (function* () {
        yield '<?xml version="1.0" encoding="UTF-8"?>\n<import xmlns="urn:domovoy:import:1" version="1" source="1С">\n';
        yield* body;
        yield '\n</import>\n';
      })(),
      { objectMode: true },
    ).map((piece: string) => Buffer.from(piece));
  const client = (id: string, note: Iterable<string> = []) => [
    `<clients><client externalId="${id}"><fullName>Петров Пётр</fullName><phone>+79161112233</phone><note>`,
    ...note,
    '</note></client></clients>',
  ];
  async function readAll(input: Readable) {
    const rows: XmlRow[] = [];
    for await (const chunk of parseXml(input)) rows.push(...chunk);
    return rows;
  }

  it('a 20 MB note (text, CDATA and comments together) is its row error; the element gives no field', async () => {
    const pieces = ['<![CDATA[', ...repeat(MB_OF_A, 10), ']]>', '<!-- -->', ...repeat(MB_OF_A, 10)];
    const rows = await readAll(xml(...client('C-1', pieces), ...client('C-2', ['позвонить'])));
    expect(rows.map((r) => r.errors.map((e) => e.code))).toEqual([['TEXT_TOO_LONG'], []]);
    const [error] = rows[0]?.errors ?? [];
    expect(error?.message).toBe(`Текст элемента <note> длиннее ${formatCount(CELL_MAX_CHARS)} символов`);
    expect(error?.value.length).toBeLessThanOrEqual(201);
    expect(rows[0]?.values.item).not.toHaveProperty('note');
    expect(rows[1]?.values.item).toMatchObject({ note: 'позвонить' });
  });

  it('a DTD is refused before any entity is expanded (billion laughs)', async () => {
    const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`);
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE import [<!ENTITY lol0 "lol">${laughs.join('')}]>\n<import xmlns="urn:domovoy:import:1" version="1"><clients><client externalId="1"><note>&lol9;</note></client></clients></import>`;
    const started = performance.now();
    expect(await failureOf(readAll(Readable.from([Buffer.from(bomb)])))).toEqual({
      code: 'IMPORT_XML_MALFORMED',
      detail: 'Строка 2: объявление <!DOCTYPE> не допускается: файл загрузки без DTD и своих сущностей',
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('elements nested deeper than 64, and an attribute of 200 000 characters, refuse the file', async () => {
    const deep = await failureOf(readAll(xml('<clients>', ...repeat('<x>', 100_000))));
    expect(deep).toEqual({
      code: 'IMPORT_XML_MALFORMED',
      detail: 'Строка 3: элементы вложены глубже 64 уровней',
    });
    const wide = await failureOf(
      readAll(xml(`<clients><client externalId="${'1'.repeat(200_000)}"/></clients>`)),
    );
    expect(wide).toEqual({
      code: 'IMPORT_XML_MALFORMED',
      detail: `Строка 3: тег с атрибутами или комментарий длиннее ${formatCount(100_000)} символов`,
    });
  });
});
