// I-3: the errors report is an .xlsx of row, column, value and message.
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseAll, tempDir, writeWorkbook } from '../../../test/import-files';
import { type ErrorReportRow, writeErrorsXlsx } from './errors-xlsx';

let dir: string;
let remove: () => Promise<void>;
beforeAll(async () => {
  ({ dir, remove } = await tempDir());
});
afterAll(() => remove());

async function report(
  name: string,
  errors: AsyncIterable<ErrorReportRow[]> | ErrorReportRow[],
  options?: { positions?: boolean },
) {
  const path = `${dir}/${name}`;
  const out = createWriteStream(path);
  await writeErrorsXlsx(out, errors, options);
  await finished(out);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return { name: sheet.name, rows };
}

it('writes the parser’s row errors, page by page, under Russian headers', async () => {
  const source = await writeWorkbook(`${dir}/bad.xlsx`, [
    {
      rows: [
        ['Тип помещения', 'Дом', 'Номер помещения', 'Телефон', 'ФИО', 'Основание'],
        ['Квартира', '1', '1', '12345', 'Иванов Иван', 'Собственник'],
        ['Пентхаус', '1', '2', null, null, null],
      ],
    },
  ]);
  const { chunks } = await parseAll(source, 'consolidated', { chunkSize: 1 });
  async function* pages() {
    for (const chunk of chunks) yield chunk.flatMap((r) => r.errors);
  }
  const { name, rows } = await report('errors.xlsx', pages());
  expect(name).toBe('Ошибки');
  expect(rows).toEqual([
    ['Строка', 'Колонка', 'Значение', 'Ошибка'],
    [2, 'Телефон', '12345', 'Телефон — 10 цифр после +7 или 8'],
    [3, 'Тип помещения', 'Пентхаус', expect.stringMatching(/^Неизвестное значение/)],
  ]);
});

it('an empty value leaves its cell empty; a plain array is accepted', async () => {
  const { rows } = await report('array.xlsx', [
    { row: 7, column: 'Основание', value: '', message: 'Укажите основание: роль клиента в помещении' },
  ]);
  expect(rows).toEqual([
    ['Строка', 'Колонка', 'Значение', 'Ошибка'],
    [7, 'Основание', undefined, 'Укажите основание: роль клиента в помещении'],
  ]);
});

it('an XML file’s report says where each error is: line and character, or the line alone', async () => {
  const { rows } = await report(
    'positions.xlsx',
    [
      {
        row: 4,
        column: 'phone',
        value: '12345',
        message: 'Телефон — 10 цифр после +7 или 8',
        line: 5,
        char: 5,
      },
      { row: 12, column: '@type', value: 'hangar', message: 'Выберите значение из списка', line: 12 },
      // A row the data refused has no place of its own.
      { row: 20, column: '', value: '', message: 'Помещение не загружено' },
    ],
    { positions: true },
  );
  expect(rows).toEqual([
    ['Строка', 'Колонка', 'Значение', 'Ошибка', 'Место в файле'],
    [4, 'phone', '12345', 'Телефон — 10 цифр после +7 или 8', 'строка 5, символ 5'],
    [12, '@type', 'hangar', 'Выберите значение из списка', 'строка 12'],
    [20, undefined, undefined, 'Помещение не загружено'],
  ]);
});
