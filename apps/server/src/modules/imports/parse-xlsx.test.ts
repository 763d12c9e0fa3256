// I-3: the streaming parser on files written by ExcelJS and re-saved by LibreOffice.
import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textCell, workbookParts, zip } from '../../../test/hostile-files';
import {
  failureOf,
  parseAll,
  resaveWithLibreOffice,
  tempDir,
  writeBytes,
  writeWorkbook,
} from '../../../test/import-files';
import { type ParseProgress, parseXlsx, type SheetHeader } from './parse-xlsx';

let dir: string;
let remove: () => Promise<void>;
let n = 0;
const file = (name = 'file.xlsx') => `${dir}/${++n}-${name}`;

beforeAll(async () => {
  ({ dir, remove } = await tempDir());
});
afterAll(() => remove());

// Headers as people type them: other case, extra spaces, aliases, «е» for «ё», an unknown column.
const HEADERS = [
  ' тип  помещения',
  'Улица',
  'Дом',
  'Номер помещения',
  'Подъезд',
  'Общая площадь',
  'жилая площадь',
  'ФИО',
  'Телефон',
  'ИНН',
  'Тип клиента',
  'Основание',
  'Дата рождения',
  'Примечание оператора',
];
const flat = (overrides: Record<number, unknown> = {}) => {
  const row: unknown[] = [
    'Квартира',
    'ул. Садовая',
    '5',
    '10',
    '2',
    '50,5',
    30,
    'Петров Пётр Петрович',
    '8 916 111-22-33',
    null,
    null,
    'собственник',
    new Date(Date.UTC(1985, 6, 20)),
    'позвонить вечером',
  ];
  for (const [i, value] of Object.entries(overrides)) row[Number(i)] = value;
  return row;
};

describe('rows', () => {
  let parsed: Awaited<ReturnType<typeof parseAll<'consolidated'>>>;
  let header: SheetHeader | undefined;

  beforeAll(async () => {
    const path = await writeWorkbook(file(), [
      {
        rows: [
          HEADERS,
          flat(),
          flat({ 8: '12345' }),
          flat({ 0: 'Пентхаус' }),
          flat({ 9: '7707083894', 10: 'Юридическое лицо', 7: 'ООО «Ромашка»' }),
          flat({ 5: 40, 6: 45 }),
          [],
          flat({ 0: 'Участок', 2: '3', 4: null }),
          flat({ 5: -5, 6: null }),
          flat({ 12: '31.02.1990' }),
          flat({ 11: 'Арендатор' }),
        ],
      },
    ]);
    parsed = await parseAll(path, 'consolidated', {
      chunkSize: 4,
      onHeader: (h) => {
        header = h;
      },
    });
  });

  it('types the values of a good row, by column key; columns not in the file are absent', () => {
    expect(parsed.rows[0]).toEqual({
      rowNumber: 2,
      errors: [],
      values: {
        premiseType: 'flat',
        street: 'ул. Садовая',
        house: '5',
        number: '10',
        entrance: '2',
        totalArea: 50.5,
        livingArea: 30,
        clientFullName: 'Петров Пётр Петрович',
        clientPhone: '+79161112233',
        clientInn: null,
        clientType: null,
        role: 'owner',
        clientBirthDate: '1985-07-20',
      },
      // The premise as the CRM stores it, for matching by address.
      premise: expect.objectContaining({
        type: 'flat',
        street: 'ул. Садовая',
        houseNorm: '5',
        numberNorm: '10',
        floor: 0,
      }),
    });
    expect(parsed.rows[1]?.premise).toBeNull(); // a row with an error
  });

  it('reports each bad cell and each broken row rule at its column, by row', () => {
    const errors = parsed.rows.flatMap((r) =>
      r.errors.map(({ row, column, value, code }) => [row, column, value, code]),
    );
    expect(errors).toEqual([
      [3, 'Телефон', '12345', 'PHONE_FORMAT'],
      [4, 'тип помещения', 'Пентхаус', 'UNKNOWN_VALUE'],
      [5, 'ИНН', '7707083894', 'INN_CHECKSUM'],
      [6, 'жилая площадь', '45', 'LIVING_AREA_TOO_LARGE'],
      [8, 'Дом', '3', 'ADDRESS_FIELD_NOT_ALLOWED'],
      [9, 'Общая площадь', '-5', 'NUMBER_RANGE'],
      [10, 'Дата рождения', '31.02.1990', 'DATE_FORMAT'],
      [11, 'Зависит от собственника', '', 'OWNER_REQUIRED'],
    ]);
    const messages = Object.fromEntries(parsed.rows.flatMap((r) => r.errors.map((e) => [e.code, e.message])));
    expect(messages).toMatchObject({
      PHONE_FORMAT: 'Телефон — 10 цифр после +7 или 8',
      INN_CHECKSUM: 'Неверное контрольное число ИНН: проверьте цифры',
      LIVING_AREA_TOO_LARGE: 'Жилая площадь не может быть больше общей',
      ADDRESS_FIELD_NOT_ALLOWED: 'Не заполняется для типа «Участок»',
      NUMBER_RANGE: 'Значение не может быть отрицательным',
    });
    expect(messages.UNKNOWN_VALUE).toMatch(/^Неизвестное значение. Допустимые: «Квартира», «Машиноместо»/);
  });

  it('skips empty rows, yields chunks of the asked size and lists unknown columns', () => {
    expect(parsed.rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5, 6, 8, 9, 10, 11]);
    expect(parsed.chunks.map((c) => c.length)).toEqual([4, 4, 1]);
    expect(parsed.summary).toMatchObject({ rows: 9, rowsWithErrors: 8 });
    expect(header?.unknownColumns).toEqual(['Примечание оператора']);
    expect(header?.columns.map((c) => c.key)).toContain('clientFullName');
  });
});

describe('cells', () => {
  it('reads numbers, dates, yes/no, shares and lists in the forms people type them', async () => {
    const path = await writeWorkbook(file(), [
      {
        rows: [
          [
            'Тип помещения',
            'Дом',
            'Номер',
            'Общая площадь',
            'ФИО',
            'Основание',
            'Доля',
            'Дата ДДУ',
            'ИНН',
            'Не удалять клиента при интеграции',
            'Теги помещения',
            'Этаж',
          ],
          [
            'Квартира',
            7,
            12,
            '1 234.5',
            'Сидорова Анна',
            'Собственник',
            '50%',
            '01.02.2019',
            12345678943,
            '✓',
            'Угловая; Вид на парк',
            '',
          ],
          [
            'Квартира',
            '7',
            '13',
            60,
            'Сидоров Олег',
            'Собственник',
            0.25,
            new Date(Date.UTC(2020, 0, 31)),
            null,
            'нет',
            null,
            '-1',
          ],
        ],
      },
    ]);
    const { rows } = await parseAll(path, 'consolidated');
    expect(rows.map((r) => r.errors)).toEqual([[], []]);
    expect(rows[0]?.values).toMatchObject({
      house: '7',
      number: '12',
      totalArea: 1234.5,
      share: '1/2',
      dduDate: '2019-02-01',
      clientInn: '012345678943', // a number cell lost the leading zero
      keepOnSync: true,
      premiseTags: ['Угловая', 'Вид на парк'],
      floor: null,
    });
    expect(rows[1]?.values).toMatchObject({
      share: '1/4',
      dduDate: '2020-01-31',
      keepOnSync: false,
      floor: -1,
    });
  });
});

describe('long Cyrillic text', () => {
  // ExcelJS alone turns a letter split between two read chunks into «�» (exceljs#2084).
  const names = Array.from(
    { length: 3000 },
    (_, i) => `Щербакова-Ёлкина Анастасия ${'Ю'.repeat(1 + (i % 13))}`,
  );
  const rows = [
    ['Тип помещения', 'Дом', 'Номер помещения', 'ФИО', 'Основание'],
    ...names.map((name, i) => ['Квартира', '1', String(i + 1), name, 'Собственник']),
  ];

  it('reads every letter whole, from shared strings and from inline strings', async () => {
    const shared = await writeWorkbook(file('shared.xlsx'), [{ rows }]);
    const inline = file('inline.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: inline, useSharedStrings: false });
    const sheet = writer.addWorksheet('Данные');
    for (const row of rows) sheet.addRow(row).commit();
    await writer.commit();
    for (const path of [shared, inline]) {
      const parsed = await parseAll(path, 'consolidated');
      expect(parsed.rows.map((r) => r.values.clientFullName)).toEqual(names);
      expect(parsed.rows.flatMap((r) => r.errors)).toEqual([]);
    }
  });
});

describe('file-level problems', () => {
  const header = ['Тип помещения', 'Дом', 'Номер помещения', 'ФИО / наименование', 'Основание'];
  const row = ['Квартира', '1', '1', 'Иванов Иван', 'Собственник'];

  it('a required column missing is named', async () => {
    const path = await writeWorkbook(file(), [{ rows: [header.slice(0, 4), row.slice(0, 4)] }]);
    expect(await failureOf(parseAll(path, 'consolidated'))).toEqual({
      code: 'IMPORT_COLUMN_MISSING',
      detail: expect.stringContaining('«Основание»'),
    });
  });

  it('a consolidated file uploaded as premises, and a premises file as consolidated, name their kind', async () => {
    const consolidated = await writeWorkbook(file(), [
      {
        rows: [
          [...header, 'Телефон*', 'Доля'],
          [...row, '+79161112233', '1'],
        ],
      },
    ]);
    expect(await failureOf(parseAll(consolidated, 'premises'))).toEqual({
      code: 'IMPORT_WRONG_KIND',
      detail:
        'Похоже, это сводный файл (помещения и клиенты): в нём есть колонки клиентов — «ФИО / наименование», «Основание», «Телефон*», «Доля». Выберите вид загрузки «Сводный: помещение, лицевой счёт, клиент и его роль» и загрузите файл снова',
    });
    const premises = await writeWorkbook(file(), [
      {
        rows: [
          [...header.slice(0, 3), 'Лицевой счёт'],
          [...row.slice(0, 3), '1000001'],
        ],
      },
    ]);
    expect(await failureOf(parseAll(premises, 'consolidated'))).toEqual({
      code: 'IMPORT_WRONG_KIND',
      detail:
        'Похоже, это файл помещений с лицевыми счетами: в нём нет ни одной колонки клиентов («ФИО / наименование», «Основание» и других). Выберите вид загрузки «Помещения с лицевыми счетами» и загрузите файл снова',
    });
    // Each reads as its own kind; a stray client column without the name is skipped, as before.
    expect((await parseAll(consolidated, 'consolidated')).rows).toHaveLength(1);
    expect((await parseAll(premises, 'premises')).rows).toHaveLength(1);
    const withPhone = await writeWorkbook(file(), [
      {
        rows: [
          [...header.slice(0, 3), 'Телефон'],
          [...row.slice(0, 3), '+79161112233'],
        ],
      },
    ]);
    expect((await parseAll(withPhone, 'premises')).summary.header.unknownColumns).toEqual(['Телефон']);
  });

  it('a merged cell in the header row', async () => {
    const path = await writeWorkbook(file(), [
      {
        rows: [
          [...header, 'Улица', ''],
          [...row, 'ул. Мира', 'лишнее'],
        ],
        merges: ['F1:G1'],
      },
    ]);
    expect(await failureOf(parseAll(path, 'consolidated'))).toEqual({
      code: 'IMPORT_MERGED_HEADER',
      detail: expect.stringContaining('F1:G1'),
    });
  });

  it('two columns with the same data', async () => {
    const path = await writeWorkbook(file(), [
      { rows: [[...header, 'Дата акта приёмки', 'Дата подписания акта'], row] },
    ]);
    expect((await failureOf(parseAll(path, 'consolidated'))).code).toBe('IMPORT_DUPLICATE_COLUMN');
  });

  it('an empty sheet, and a header with no rows under it', async () => {
    const empty = await writeWorkbook(file(), [{ rows: [] }]);
    expect((await failureOf(parseAll(empty, 'premises'))).code).toBe('IMPORT_EMPTY_SHEET');
    const headerOnly = await writeWorkbook(file(), [{ rows: [header, [], []] }]);
    expect((await failureOf(parseAll(headerOnly, 'consolidated'))).code).toBe('IMPORT_EMPTY_SHEET');
  });

  it('a workbook whose only sheet is the instructions has no data sheet', async () => {
    const path = await writeWorkbook(file(), [{ name: 'Инструкция', rows: [['Как заполнять']] }]);
    expect((await failureOf(parseAll(path, 'premises'))).code).toBe('IMPORT_NO_DATA_SHEET');
  });

  it('a .csv renamed to .xlsx, an old .xls, a broken zip', async () => {
    const csv = await writeBytes(file('data.xlsx'), 'Тип помещения;Дом;Номер\nКвартира;1;1\n');
    expect((await failureOf(parseAll(csv, 'premises'))).code).toBe('IMPORT_NOT_XLSX');
    const xls = await writeBytes(file('old.xlsx'), Buffer.from('d0cf11e0a1b11ae1000000', 'hex'));
    expect(await failureOf(parseAll(xls, 'premises'))).toEqual({
      code: 'IMPORT_NOT_XLSX',
      detail: expect.stringContaining('.xls'),
    });
    const broken = await writeBytes(
      file('broken.xlsx'),
      Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)]),
    );
    expect((await failureOf(parseAll(broken, 'premises'))).code).toBe('IMPORT_NOT_XLSX');
    const stream = Readable.from([Buffer.from('a;b;c\n')]);
    expect((await failureOf(parseXlsx(stream, 'premises').next())).code).toBe('IMPORT_NOT_XLSX');
  });

  it('more rows than the limit', async () => {
    const path = await writeWorkbook(file(), [{ rows: [header, row, row, row] }]);
    expect((await failureOf(parseAll(path, 'consolidated', { maxRows: 2 }))).code).toBe(
      'IMPORT_TOO_MANY_ROWS',
    );
    expect((await parseAll(path, 'consolidated', { maxRows: 3 })).rows).toHaveLength(3);
  });

  // ExcelJS buffers a sheet written before the workbook's list of sheets in a temporary file of its
  // own (`tmp-<pid>-…`), deleted only when its reader goes on past the sheet: a server leaked one per file.
  it('leaves no temporary file behind: read through, refused half-way, the instructions skipped', async () => {
    const ours = async () =>
      (await readdir(tmpdir())).filter((name) => name.startsWith(`tmp-${process.pid}-`));
    const path = await writeWorkbook(file(), [
      { name: 'Инструкция', rows: [['Как заполнять']] },
      { rows: [header, row, row, row] },
      { name: 'Справочник', rows: [['Квартира']] },
    ]);
    expect((await parseAll(path, 'consolidated')).rows).toHaveLength(3);
    expect((await failureOf(parseAll(path, 'consolidated', { maxRows: 2 }))).code).toBe(
      'IMPORT_TOO_MANY_ROWS',
    );
    // The reader deletes them asynchronously: they are gone within moments, not at the process's exit.
    const deadline = Date.now() + 5_000;
    while ((await ours()).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(await ours()).toEqual([]);
  });
});

const hasLibreOffice = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasLibreOffice)('a file saved by LibreOffice', () => {
  it('parses to the same values and errors as the ExcelJS original', async () => {
    const original = await writeWorkbook(file('libre.xlsx'), [
      {
        rows: [
          [...HEADERS, 'ЕЛС', 'Не отображать в ЛК жителя', 'Доля', 'Теги помещения', 'Этаж', 'Лицевой счёт'],
          [...flat(), '75ДА533315', 'да', '1/2', 'Угловая; Вид на парк', 3, '0015'],
          [...flat({ 8: '12345', 0: 'Пентхаус' }), 'bad', 1, '50%', null, null, 4000000015],
          [...flat({ 0: 'Комната', 3: '7' }), null, 'нет', 0.5, null, -1, null],
        ],
      },
      { name: 'Инструкция', rows: [['Не данные']] },
    ]);
    const resaved = await resaveWithLibreOffice(original, dir);
    const [a, b] = await Promise.all([parseAll(original, 'consolidated'), parseAll(resaved, 'consolidated')]);
    expect(b.rows).toEqual(a.rows);
    expect(a.rows).toHaveLength(3);
    expect(a.rows[0]?.values).toMatchObject({
      els: '75ДА533315',
      accountHidden: true,
      floor: 3,
      accountNumber: '0015',
    });
    expect(a.rows[2]?.errors.map((e) => [e.column, e.code])).toEqual([['Комната', 'REQUIRED']]);
  }, 120_000);

  it('counts the rows with data, not the formatted empty rows LibreOffice writes under them', async () => {
    const original = file('formatted.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Данные');
    sheet.addRow(['Тип помещения', 'Улица', 'Дом', 'Номер помещения', 'Лицевой счёт']);
    sheet.addRow(['Квартира', 'ул. Мира', '1', '1', '1001']);
    sheet.addRow(['Квартира', 'ул. Мира', '1', '2', '1002']);
    // Filled cells down to row 1000, as a sheet formatted «for the future» has them.
    for (let r = 4; r <= 1000; r++)
      sheet.getCell(r, 2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    await workbook.xlsx.writeFile(original);
    const resaved = await resaveWithLibreOffice(original, dir);
    let header: SheetHeader | undefined;
    const progress: ParseProgress[] = [];
    const parsed = await parseAll(resaved, 'premises', {
      onHeader: (h) => {
        header = h;
      },
      onProgress: (p) => progress.push(p),
    });
    expect(parsed.rows).toHaveLength(2);
    // The sheet claims 1000 rows; once read, its rows with data are known.
    expect(header?.estimatedRows).toBe(999);
    expect(progress.at(-1)).toEqual({ rowsRead: 2, estimatedRows: 2 });
  }, 120_000);
});

describe("formatted empty rows down to the sheet's last row", () => {
  it('are not counted, and a size claim over the row limit is no estimate', async () => {
    const parts = workbookParts([
      `<row r="1">${['Тип помещения', 'Дом', 'Номер помещения'].map((h, i) => textCell(`${'ABC'[i]}1`, h)).join('')}</row>`,
      `<row r="2">${['Квартира', '1', '5'].map((v, i) => textCell(`${'ABC'[i]}2`, v)).join('')}</row>`,
      // LibreOffice writes a formatted row as an element, with empty cells.
      '<row r="3" customFormat="true" ht="20" customHeight="true"><c r="A3"/><c r="B3"/></row>',
      '<row r="1048576" customFormat="true" ht="20" customHeight="true"><c r="A1048576"/></row>',
    ]);
    const sheetPart = parts.find((p) => p.path === 'xl/worksheets/sheet1.xml');
    if (!sheetPart) throw new Error('no sheet part');
    sheetPart.pieces = [...sheetPart.pieces].map((piece) =>
      String(piece).replace('<sheetData>', '<dimension ref="A1:C1048576"/><sheetData>'),
    );
    const path = await writeBytes(file('far.xlsx'), await zip(parts));
    let header: SheetHeader | undefined;
    const progress: ParseProgress[] = [];
    const parsed = await parseAll(path, 'premises', {
      onHeader: (h) => {
        header = h;
      },
      onProgress: (p) => progress.push(p),
    });
    expect(parsed.rows.map((r) => r.values)).toEqual([{ premiseType: 'flat', house: '1', number: '5' }]);
    expect(header?.estimatedRows).toBeNull();
    expect(progress.at(-1)).toEqual({ rowsRead: 1, estimatedRows: 1 });
  });
});
