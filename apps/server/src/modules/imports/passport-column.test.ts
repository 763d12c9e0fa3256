// Issue 15: the consolidated template's «Паспорт» column — read as a passport's 10 digits, checked,
// and written to the client's card.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeLegalEntity, makeObject } from '../../../test/fixtures';
import { type Client, makeOrganization } from '../../../test/helpers';
import { parseAll, tempDir, writeWorkbook } from '../../../test/import-files';
import { applyImport, uploadImport } from '../../../test/imports';

let t: TestApp;
let admin: Client;
let legalEntityId: string;
let objectId: string;
let dir: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  legalEntityId = (await makeLegalEntity(admin)).id;
  objectId = (await makeObject(admin)).id;
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
  await t.close();
});

const HEADER = [
  'Тип помещения',
  'Дом',
  'Номер помещения',
  'ФИО / наименование',
  'Телефон',
  'Основание',
  'Паспорт',
];

describe('the «Паспорт» column', () => {
  it('reads 10 digits in any spacing (a number cell too) and names a malformed one', async () => {
    const path = await writeWorkbook(`${dir.dir}/passport.xlsx`, [
      {
        rows: [
          HEADER,
          ['Квартира', '1', '1', 'Паспортов Иван', '+79161110001', 'Собственник', '45 10 № 123456'],
          ['Квартира', '1', '2', 'Паспортова Анна', '+79161110002', 'Собственник', 312123456],
          ['Квартира', '1', '3', 'Беспаспортов Олег', '+79161110003', 'Собственник', '45 10 12'],
        ],
      },
    ]);
    const { rows } = await parseAll(path, 'consolidated');
    expect(rows.map((r) => r.values.clientPassport)).toEqual(['4510123456', '0312123456', null]);
    expect(rows[2]?.errors.map((e) => [e.column, e.code])).toEqual([['Паспорт', 'PASSPORT_FORMAT']]);
  });

  it('is written to the client card', async () => {
    const path = await writeWorkbook(`${dir.dir}/passport-apply.xlsx`, [
      {
        rows: [
          HEADER,
          ['Квартира', '1', '1', 'Паспортов Иван', '+79161110001', 'Собственник', '4510 123456'],
        ],
      },
    ]);
    const job = await uploadImport(
      admin,
      { kind: 'consolidated', legalEntityId, objectId },
      { name: 'passport.xlsx', data: await readFile(path) },
    );
    expect(job).toMatchObject({ status: 'ready', errorCount: 0 });
    const applied = await applyImport(admin, job.id);
    expect(applied.body).toMatchObject({ status: 'applied' });
    const found = await admin.get(
      '/api/clients?search=%D0%9F%D0%B0%D1%81%D0%BF%D0%BE%D1%80%D1%82%D0%BE%D0%B2',
    );
    const card = await admin.get(`/api/clients/${found.body.items[0].id}`);
    expect(card.body.passport).toBe('45 10 123456');
  });
});
