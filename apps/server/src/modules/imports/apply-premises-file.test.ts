// I-3: a premises file is previewed by a dry run, applied as previewed, and rolled back.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/build-test-app';
import { makeAccount, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeStaff } from '../../../test/helpers';
import { writeWorkbook } from '../../../test/import-files';
import { type ImportSetup, openImportSetup } from '../../../test/import-setup';
import { applyImport, uploadImport } from '../../../test/imports';
import { readXlsx } from '../../../test/xlsx';
import { queryRows } from '../../db/database';

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

async function upload(objectId: string, rows: unknown[][], kind = 'premises', as: Client = admin) {
  const path = await writeWorkbook(join(dir.dir, `${Math.random().toString(36).slice(2)}.xlsx`), [
    { rows: [HEADER, ...rows] },
  ]);
  return uploadImport(as, { kind, legalEntityId, objectId }, { name: 'p.xlsx', data: await readFile(path) });
}

const inObject = async (objectId: string) =>
  (
    await queryRows<{ premises: number; accounts: number }>(
      t.db,
      sql`select (select count(*)::int from premises where object_id = ${objectId}) as premises,
        (select count(*)::int from personal_accounts a join premises p on p.id = a.premise_id
          where p.object_id = ${objectId}) as accounts`,
    )
  )[0];

const apply = (id: string, body: object = {}) => applyImport(admin, id, body);

const ROWS = [
  ['Квартира', 'ул. Файловая', '1', '1', 40, '7100001', '75ДА533315'],
  ['Квартира', 'ул. Файловая', '1', '1', 40, '7100002', ''],
  ['Квартира', 'ул. Файловая', '1', '2', 52.5, '7100003', ''],
  ['Машиноместо', 'ул. Файловая', '1', '15', 13, '', ''],
];

describe('a premises file', () => {
  it('previews without writing, applies as previewed, repeats as unchanged, and rolls back', async () => {
    const objectId = (await makeObject(admin)).id;
    const job = await upload(objectId, ROWS);
    expect(job.status).toBe('ready');
    const expected = {
      premises: { created: 3, updated: 0, unchanged: 0 },
      accounts: { created: 3, updated: 0, unchanged: 0 },
      refusedRows: 0,
    };
    expect(job.preview).toMatchObject(expected);
    expect(await inObject(objectId)).toEqual({ premises: 0, accounts: 0 });

    const applied = await apply(job.id);
    expect(applied.status, JSON.stringify(applied.body)).toBe(202);
    expect(applied.body).toMatchObject({ status: 'applied', result: expected });
    expect(applied.body.batchId).not.toBeNull();
    expect(await inObject(objectId)).toEqual({ premises: 3, accounts: 3 });
    expect((await apply(job.id)).body).toMatchObject({
      code: 'IMPORT_NOT_READY',
      detail: 'Этот файл уже загружен',
    });

    const again = await upload(objectId, ROWS);
    expect(again.preview).toMatchObject({
      premises: { created: 0, updated: 0, unchanged: 3 },
      accounts: { created: 0, updated: 0, unchanged: 3 },
    });
    const noop = await apply(again.id);
    expect(noop.body).toMatchObject({ status: 'applied', batchId: null });

    const rolledBack = await admin.post(`/api/imports/${job.id}/rollback`);
    expect(rolledBack.status, JSON.stringify(rolledBack.body)).toBe(200);
    expect(rolledBack.body.status).toBe('rolled_back');
    expect(await inObject(objectId)).toEqual({ premises: 0, accounts: 0 });
    // A rolled-back file says so, whether applied or rolled back again.
    for (const refused of [await apply(job.id), await admin.post(`/api/imports/${job.id}/rollback`)]) {
      expect(refused.status).toBe(409);
      expect(refused.body.detail).toBe(
        'Загрузка этого файла отменена. Чтобы загрузить его снова, загрузите файл заново',
      );
    }
  });

  it('with row errors applies nothing unless asked for the valid rows only', async () => {
    const objectId = (await makeObject(admin)).id;
    const job = await upload(objectId, [
      ROWS[0] as unknown[],
      ['Ангар', 'ул. Файловая', '1', '9', 10, '', ''],
    ]);
    expect(job).toMatchObject({ status: 'ready', errorCount: 1 });
    const refused = await apply(job.id);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('IMPORT_HAS_ERRORS');
    expect(await inObject(objectId)).toEqual({ premises: 0, accounts: 0 });
    const valid = await apply(job.id, { validOnly: true });
    expect(valid.body.result.premises.created).toBe(1);
    expect(await inObject(objectId)).toEqual({ premises: 1, accounts: 1 });
  });

  it('refuses to apply when the object changed after the preview', async () => {
    const objectId = (await makeObject(admin)).id;
    const job = await upload(objectId, ROWS);
    await makePremise(admin, objectId, { street: 'ул. Другая', house: '5', number: '1' });
    const response = await apply(job.id);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('IMPORT_PREVIEW_STALE');
    expect(await inObject(objectId)).toEqual({ premises: 1, accounts: 0 });
  });

  it('reports a row the data refuses: an account number another premise has in the file', async () => {
    const objectId = (await makeObject(admin)).id;
    const job = await upload(objectId, [
      ['Квартира', 'ул. Файловая', '3', '1', 40, '7200001', ''],
      ['Квартира', 'ул. Файловая', '3', '2', 40, '7200001', ''],
    ]);
    expect(job.preview).toMatchObject({ refusedRows: 1, refused: [{ row: 3 }] });
    expect(job.preview.refused[0].message).toContain('7200001');
    // The downloadable report lists it too.
    const report = await readXlsx(await admin.get(`/api/imports/${job.id}/errors.xlsx`));
    expect(report.rows).toEqual([[3, 'Лицевой счёт', '7200001', job.preview.refused[0].message]]);
  });

  it('refuses a row whose ЕЛС another premise has, in the file or stored (issue 17, as the CRM does)', async () => {
    const objectId = (await makeObject(admin)).id;
    const elsewhere = await makePremise(admin, (await makeObject(admin)).id, {
      street: 'ул. Елсовая',
      house: '9',
      number: '99',
    });
    await makeAccount(admin, elsewhere.id, legalEntityId, { number: '7400099', els: '33ГГ333333' });
    const job = await upload(objectId, [
      ['Квартира', 'ул. Файловая', '4', '1', 40, '7400001', '44ДД444444'],
      ['Квартира', 'ул. Файловая', '4', '2', 40, '7400002', '44ДД444444'],
      ['Квартира', 'ул. Файловая', '4', '3', 40, '7400003', '33ГГ333333'],
      // The same premise may carry it on another row (another account of it).
      ['Квартира', 'ул. Файловая', '4', '1', 40, '7400004', '44ДД444444'],
    ]);
    expect(job.status).toBe('ready');
    // Issue 15: a refused row writes nothing: the flats of rows 3 and 4 are not created.
    expect(job.preview).toMatchObject({
      premises: { created: 1 },
      accounts: { created: 2 },
      refusedRows: 2,
    });
    const stored =
      'ЕЛС 33ГГ333333 уже указан у счёта помещения «ул. Елсовая, д. 9, кв. 99»: ЕЛС принадлежит одному помещению';
    const inFile = 'ЕЛС 44ДД444444 уже указан в строке 2 у другого помещения';
    expect(job.preview.refused).toEqual([
      { row: 3, column: 'ЕЛС', value: '44ДД444444', message: inFile },
      { row: 4, column: 'ЕЛС', value: '33ГГ333333', message: stored },
    ]);
    // The report names the cell: row, column, value.
    const report = await readXlsx(await admin.get(`/api/imports/${job.id}/errors.xlsx`));
    expect(report.rows).toEqual([
      [3, 'ЕЛС', '44ДД444444', inFile],
      [4, 'ЕЛС', '33ГГ333333', stored],
    ]);
    const applied = await apply(job.id);
    expect(applied.status, JSON.stringify(applied.body)).toBe(202);
    const accounts = await queryRows<{ number: string; els: string }>(
      t.db,
      sql`select a.number, a.els from personal_accounts a join premises p on p.id = a.premise_id
        where p.object_id = ${objectId} order by a.number`,
    );
    expect(accounts).toEqual([
      { number: '7400001', els: '44ДД444444' },
      { number: '7400004', els: '44ДД444444' },
    ]);
  });

  it('P-8 → I-3: the premises export re-imports to the same data, and an edited export changes it', async () => {
    const objectId = (await makeObject(admin)).id;
    const corner = await makePremise(admin, objectId, {
      street: 'ул. Выгрузная',
      house: '5',
      building: '2',
      number: '10',
      entrance: '1',
      floor: 3,
      totalArea: 61.25,
      livingArea: 40.5,
    });
    await makeAccount(admin, corner.id, legalEntityId, { number: '7300001' });
    await makeAccount(admin, corner.id, legalEntityId, { number: '7300002' });
    const tagged = await makePremise(admin, objectId, {
      type: 'parking',
      street: 'ул. Выгрузная',
      house: '5',
      number: '7',
      totalArea: 13,
      externalId: 'PARK-7',
    });
    await makeAccount(admin, tagged.id, legalEntityId, { number: '7300003' });
    const before = await queryRows(
      t.db,
      sql`select p.*, (select string_agg(number, ',' order by number) from personal_accounts a
          where a.premise_id = p.id) as accounts
        from premises p where object_id = ${objectId} order by number`,
    );

    const exported = await admin.get(`/api/premises/export.xlsx?objectId=${objectId}`);
    expect(exported.status).toBe(200);
    const uploadFile = (data: Buffer) =>
      uploadImport(admin, { kind: 'premises', legalEntityId, objectId }, { name: 'export.xlsx', data });
    const same = await uploadFile(exported.raw);
    expect(same.status, JSON.stringify(same.problem)).toBe('ready');
    expect(same.errorCount).toBe(0);
    expect(same.unknownColumns).toContain('Клиенты (роль, доля, документы)');
    expect(same.preview).toMatchObject({
      premises: { created: 0, updated: 0, unchanged: 2 },
      accounts: { created: 0, updated: 0, unchanged: 3 },
      refusedRows: 0,
    });
    expect((await apply(same.id)).body).toMatchObject({ status: 'applied', batchId: null });

    // The export edited in Excel: another floor and a third account for the flat.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.raw as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const column = (header: string) => headers.indexOf(header);
    sheet.eachRow((row, n) => {
      if (n > 1 && String(row.getCell(column('Адрес')).value).includes('кв. 10')) {
        row.getCell(column('Этаж')).value = 4;
        row.getCell(column('Лицевой счёт')).value = '7300001; 7300002; 7300009';
      }
    });
    const edited = await uploadFile(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(edited.preview).toMatchObject({
      premises: { created: 0, updated: 1, unchanged: 1 },
      accounts: { created: 1, updated: 0, unchanged: 3 },
      refusedRows: 0,
    });
    expect((await apply(edited.id)).body.status).toBe('applied');
    const after = await queryRows<Record<string, unknown>>(
      t.db,
      sql`select p.*, (select string_agg(number, ',' order by number) from personal_accounts a
          where a.premise_id = p.id) as accounts
        from premises p where object_id = ${objectId} order by number`,
    );
    const { updated_at: _u, floor: _f, accounts: _a, ...flatBefore } = before[0] as Record<string, unknown>;
    expect(after[0]).toMatchObject({ ...flatBefore, floor: 4, accounts: '7300001,7300002,7300009' });
    expect(after[1]).toEqual(before[1]);
  });

  it('a row naming a premise that is not in the object is refused with the reason', async () => {
    const objectId = (await makeObject(admin)).id;
    const path = await writeWorkbook(join(dir.dir, 'unknown.xlsx'), [
      {
        rows: [
          ['Адрес', 'Этаж'],
          ['ул. Нигдейная, д. 1, кв. 1', 2],
        ],
      },
    ]);
    const job = await uploadImport(
      admin,
      { kind: 'premises', legalEntityId, objectId },
      { name: 'u.xlsx', data: await readFile(path) },
    );
    expect(job.preview.refused).toEqual([
      {
        row: 2,
        message:
          'Помещение «ул. Нигдейная, д. 1, кв. 1» не найдено в объекте: для нового помещения заполните тип и адрес по частям',
      },
    ]);
  });

  it('premise tags: the file sets them exactly; a role that may not create tags is refused with the reason', async () => {
    const objectId = (await makeObject(admin)).id;
    const header = ['Тип помещения', 'Улица', 'Дом', 'Номер помещения', 'Теги помещения'];
    const uploadRows = async (rows: unknown[][], as: Client = admin) => {
      const path = await writeWorkbook(join(dir.dir, `${Math.random().toString(36).slice(2)}.xlsx`), [
        { rows: [header, ...rows] },
      ]);
      return uploadImport(
        as,
        { kind: 'premises', legalEntityId, objectId },
        { name: 't.xlsx', data: await readFile(path) },
      );
    };
    const tagsOf = async () =>
      (
        await queryRows<{ number: string; tags: string | null }>(
          t.db,
          sql`select p.number, string_agg(t.name, ';' order by t.name) as tags from premises p
            left join premise_tags pt on pt.premise_id = p.id left join tags t on t.id = pt.tag_id
            where p.object_id = ${objectId} group by p.number order by p.number`,
        )
      ).map((r) => `${r.number}:${r.tags ?? ''}`);

    const first = await uploadRows([
      ['Квартира', 'ул. Теговая', '1', '1', 'Угловая; Вид на парк'],
      ['Квартира', 'ул. Теговая', '1', '2', ''],
    ]);
    // The uploader may create tags: the preview creates them as the apply will.
    expect(first.preview).toMatchObject({ notApplied: [], refusedRows: 0, premises: { created: 2 } });
    await apply(first.id);
    expect(await tagsOf()).toEqual(['1:Вид на парк;Угловая', '2:']);

    const again = await uploadRows([
      ['Квартира', 'ул. Теговая', '1', '1', 'угловая;  вид на парк'],
      ['Квартира', 'ул. Теговая', '1', '2', 'Угловая'],
    ]);
    expect(again.preview.premises).toEqual({ created: 0, updated: 1, unchanged: 1 });
    await apply(again.id);
    expect(await tagsOf()).toEqual(['1:Вид на парк;Угловая', '2:Угловая']);
    const premise2 = (
      await queryRows<{ id: string }>(
        t.db,
        sql`select id from premises where object_id = ${objectId} and number = '2'`,
      )
    )[0]?.id;
    const history = await admin.get(`/api/premises/${premise2}/history`);
    expect(JSON.stringify(history.body)).toContain('Угловая');

    const clerk = await makeStaff(t, admin, ['premises.view']);
    const refused = await uploadRows([['Квартира', 'ул. Теговая', '1', '1', 'Новый тег']], clerk);
    expect(refused.preview.refused).toEqual([
      {
        row: 2,
        message: 'Тег «Новый тег» не существует, а создавать новые теги ваша роль не может: теги не изменены',
      },
    ]);
  });
});
