// Issue 15: an import's row errors, paged through the API (GET /api/imports/:id/errors) — the same
// lines as the downloadable report: the file's errors and the rows the data refused, in row order.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/build-test-app';
import { makeObject } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { writeWorkbook } from '../../../test/import-files';
import { type ImportSetup, openImportSetup } from '../../../test/import-setup';
import { uploadImport } from '../../../test/imports';
import { readXlsx } from '../../../test/xlsx';
import { uploadXml, xmlFile } from './xml-fixtures';

const HEADER = ['Тип помещения', 'Улица', 'Дом', 'Номер помещения', 'Общая площадь', 'Лицевой счёт', 'ЕЛС'];

let setup: ImportSetup;
let t: TestApp;
let admin: Client;
let legalEntityId: string;
let dir: ImportSetup['dir'];

beforeAll(async () => {
  setup = await openImportSetup();
  ({ t, admin, legalEntityId, dir } = setup);
});
afterAll(() => setup.close());

async function upload(rows: unknown[][], kind = 'premises', header = HEADER) {
  const objectId = (await makeObject(admin)).id;
  const path = await writeWorkbook(join(dir.dir, `${Math.random().toString(36).slice(2)}.xlsx`), [
    { rows: [header, ...rows] },
  ]);
  return uploadImport(
    admin,
    { kind, legalEntityId, objectId },
    { name: 'p.xlsx', data: await readFile(path) },
  );
}

const errorsOf = (staff: Client, id: string, query = '') => staff.get(`/api/imports/${id}/errors${query}`);

describe('GET /api/imports/:id/errors', () => {
  let job: { id: string; preview: { refused: { message: string }[] } };
  beforeAll(async () => {
    job = await upload([
      ['Квартира', 'ул. Ошибочная', '1', '1', 40, '9100001', ''],
      // Refused by the data (the account is row 2's premise's), not by the file.
      ['Квартира', 'ул. Ошибочная', '1', '2', 40, '9100001', ''],
      // Two cells wrong in one row: both, in the file's column order.
      ['Квартира', 'ул. Ошибочная', '1', '3', -5, '9100003', '123'],
      ['Ангар', 'ул. Ошибочная', '1', '4', 30, '9100004', ''],
    ]);
  });

  it('pages the lines in row order, each with its column, value as written and reason', async () => {
    const first = await errorsOf(admin, job.id, '?page=1&pageSize=2');
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ total: 4, page: 1, pageSize: 2 });
    const second = await errorsOf(admin, job.id, '?page=2&pageSize=2');
    expect(second.body).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    const lines = [...first.body.items, ...second.body.items];
    expect(lines.map((l: Record<string, unknown>) => [l.row, l.column, l.value, l.kind])).toEqual([
      [3, 'Лицевой счёт', '9100001', 'refused'],
      [4, 'Общая площадь', '-5', 'error'],
      [4, 'ЕЛС', '123', 'error'],
      [5, 'Тип помещения', 'Ангар', 'error'],
    ]);
    expect(lines[0].message).toBe(job.preview.refused[0]?.message);
    for (const line of lines) expect(line.message).toMatch(/[а-яА-Я]/);
    // Past the end: no lines, the same total.
    expect((await errorsOf(admin, job.id, '?page=3&pageSize=2')).body).toMatchObject({ items: [], total: 4 });
  });

  it('gives the same lines as the downloadable report', async () => {
    const all = (await errorsOf(admin, job.id, '?pageSize=200')).body.items as Record<string, unknown>[];
    const report = await readXlsx(await admin.get(`/api/imports/${job.id}/errors.xlsx`));
    expect(report.rows).toEqual(all.map((l) => [l.row, l.column, l.value, l.message]));
  });

  it('is 20 a page by default, and refuses a page size over 200', async () => {
    expect((await errorsOf(admin, job.id)).body).toMatchObject({ page: 1, pageSize: 20, total: 4 });
    const tooBig = await errorsOf(admin, job.id, '?pageSize=201');
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.code).toBe('VALIDATION_FAILED');
  });

  it('another organisation gets 404; a role without premises gets 403', async () => {
    const other = (await makeOrganization(t)).admin;
    const response = await errorsOf(other, job.id);
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('NOT_FOUND');
    const clientsOnly = await makeStaff(t, admin, ['clients.view']);
    expect((await errorsOf(clientsOnly, job.id)).status).toBe(403);
  });

  it('a consolidated file’s errors carry personal data: only for a role that may write clients', async () => {
    const consolidated = await upload(
      [['Квартира', 'ул. Ошибочная', '2', '1', '', 'Иванов Иван', '12345', 'Собственник']],
      'consolidated',
      [
        'Тип помещения',
        'Улица',
        'Дом',
        'Номер помещения',
        'Лицевой счёт',
        'ФИО / наименование',
        'Телефон',
        'Основание',
      ],
    );
    expect((await errorsOf(admin, consolidated.id)).body.items).toEqual([
      {
        row: 2,
        column: 'Телефон',
        value: '12345',
        message: 'Телефон — 10 цифр после +7 или 8',
        kind: 'error',
      },
    ]);
    const premisesOnly = await makeStaff(t, admin, ['premises.view']);
    const hidden = await errorsOf(premisesOnly, consolidated.id);
    expect(hidden.status).toBe(403);
    expect(hidden.body.code).toBe('FORBIDDEN');
  });

  it('a file without errors has none', async () => {
    const clean = await upload([['Квартира', 'ул. Чистая', '1', '1', 40, '9200001', '']]);
    expect((await errorsOf(admin, clean.id)).body).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
  });
});

describe('GET /api/imports/:id/errors of an XML file', () => {
  it('gives each file error its line and character (an attribute: its line), the report too; a refusal has none', async () => {
    const objectId = (await makeObject(admin)).id;
    const job = await uploadXml(
      admin,
      xmlFile(
        { objectId, legalEntityId },
        {
          clients: `    <client externalId="L-1"><fullName>Строкин Лев</fullName><phone>12345</phone></client>
    <client externalId="L-2"><fullName>Верный Лев</fullName></client>`,
          premises: `    <premise externalId="L-P" type="flat">
      <address street="ул. Строчная" house="1" number="1"/>
      <links><link client="L-2"/><link client="L-NONE"/></links>
    </premise>
    <premise externalId="L-Q" type="hangar">
      <address street="ул. Строчная" house="1" number="2"/>
    </premise>`,
        },
      ),
    );
    expect(job).toMatchObject({ status: 'ready', errorCount: 2, preview: { refusedRows: 1 } });
    const response = await errorsOf(admin, job.id);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.items).toEqual([
      {
        row: 4,
        column: 'phone',
        value: '12345',
        message: 'Телефон — 10 цифр после +7 или 8',
        line: 4,
        char: 62,
        kind: 'error',
      },
      {
        row: 11,
        column: '',
        value: '',
        message: 'Клиент «L-NONE» системы «1С» не найден ни в файле, ни среди клиентов',
        kind: 'refused',
      },
      {
        row: 12,
        column: '@type',
        value: 'hangar',
        message: expect.stringMatching(/^Неизвестный тип помещения/),
        line: 12,
        kind: 'error',
      },
    ]);
    const report = await readXlsx(await admin.get(`/api/imports/${job.id}/errors.xlsx`));
    expect(report.rows).toEqual([
      [4, 'phone', '12345', 'Телефон — 10 цифр после +7 или 8', 'строка 4, символ 62'],
      [11, null, null, 'Клиент «L-NONE» системы «1С» не найден ни в файле, ни среди клиентов', null],
      [12, '@type', 'hangar', expect.stringMatching(/^Неизвестный тип помещения/), 'строка 12'],
    ]);
  });
});
