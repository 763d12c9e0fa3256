// I-3: an uploaded Excel file is read in the background, with progress, row errors and a report.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeLegalEntity, makeObject } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { repeat, textCell, workbookParts, zip } from '../../../test/hostile-files';
import { tempDir, templateAsData, writeBytes, writeWorkbook } from '../../../test/import-files';
import { settled } from '../../../test/imports';
import { multipart } from '../../../test/multipart';
import { queryRows } from '../../db/database';
import * as repo from './imports.repository';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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

function upload(staff: Client, data: Buffer, fields: Record<string, string> = {}, name = 'Помещения.xlsx') {
  return staff.request({
    method: 'POST',
    url: '/api/imports',
    ...multipart({ kind: 'premises', legalEntityId, objectId, ...fields }, { name, type: XLSX, data }),
  });
}

const HEADER = ['Тип помещения', 'Улица', 'Дом', 'Номер помещения', 'Общая площадь', 'Лицевой счёт', 'ЕЛС'];

async function premisesFile(rows: unknown[][]) {
  const path = await writeWorkbook(join(dir.dir, `${Math.random().toString(36).slice(2)}.xlsx`), [
    { rows: [HEADER, ...rows] },
  ]);
  return readFile(path);
}

const storedRows = async (importId: string) =>
  (
    await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from import_rows where import_id = ${importId}`,
    )
  )[0]?.n;

describe('Excel upload (I-3)', () => {
  it('refuses the downloaded template as it is, naming its untouched example rows (issue 17)', async () => {
    const template = await admin.get('/api/imports/templates/premises.xlsx');
    const job = await settled(admin, (await upload(admin, template.raw)).body.id);
    expect(job).toMatchObject({
      status: 'failed',
      problem: {
        code: 'IMPORT_EMPTY_SHEET',
        detail: 'В файле только строки-примеры из шаблона: они не загружаются. Замените их своими данными',
      },
    });
  });

  it('reads the template with its example rows changed: those rows, no errors', async () => {
    const template = await admin.get('/api/imports/templates/premises.xlsx');
    const response = await upload(admin, await templateAsData(template.raw));
    expect(response.status, JSON.stringify(response.body)).toBe(202);
    expect(response.body).toMatchObject({
      kind: 'premises',
      status: expect.stringMatching(/queued|parsing|parsed/),
    });
    const job = await settled(admin, response.body.id);
    expect(job).toMatchObject({
      status: 'ready',
      rowCount: 3,
      errorCount: 0,
      problem: null,
      unknownColumns: [],
    });
    expect(job.progress.rowsRead).toBeGreaterThanOrEqual(3);
  });

  it('reports row errors with row and column, and gives them as .xlsx', async () => {
    const data = await premisesFile([
      ['Квартира', 'ул. Ленина', '1', '1', 45.5, '1000001', '75ДА533315'],
      ['Ангар', 'ул. Ленина', '1', '2', 30, '1000002', ''],
      ['Квартира', 'ул. Ленина', '1', '3', -5, '1000003', '123'],
      ['Квартира', 'ул. Ленина', '1', '4', 50, '1000004', ''],
    ]);
    const job = await settled(admin, (await upload(admin, data)).body.id);
    expect(job).toMatchObject({ status: 'ready', rowCount: 4, errorCount: 2 });
    const report = await admin.get(`/api/imports/${job.id}/errors.xlsx`);
    expect(report.status).toBe(200);
    expect(report.headers['content-type']).toBe(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(report.raw as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Ошибки');
    const rows = (sheet?.getSheetValues() ?? []).slice(2).map((r) => (r as unknown[]).slice(1, 3));
    expect(rows).toEqual([
      [3, 'Тип помещения'],
      [4, 'Общая площадь'],
      [4, 'ЕЛС'],
    ]);
  });

  it('fails a .csv renamed to .xlsx as a whole, keeping no rows', async () => {
    const path = await writeBytes(join(dir.dir, 'fake.xlsx'), 'Тип помещения;Улица\nКвартира;Ленина\n');
    const response = await upload(admin, await readFile(path));
    expect(response.status).toBe(202);
    const job = await settled(admin, response.body.id);
    expect(job).toMatchObject({ status: 'failed', rowCount: null, problem: { code: 'IMPORT_NOT_XLSX' } });
    expect(await storedRows(job.id)).toBe(0);
  });

  it('fails a file without a required column, naming it', async () => {
    const path = await writeWorkbook(join(dir.dir, 'no-type.xlsx'), [
      {
        rows: [
          ['Улица', 'Дом'],
          ['Ленина', '1'],
        ],
      },
    ]);
    const job = await settled(admin, (await upload(admin, await readFile(path))).body.id);
    expect(job).toMatchObject({ status: 'failed', problem: { code: 'IMPORT_COLUMN_MISSING' } });
    expect(job.problem.detail).toContain('Тип помещения');
  });

  it('fails a consolidated file uploaded as premises, naming the kind it fits', async () => {
    const path = await writeWorkbook(join(dir.dir, 'consolidated-as-premises.xlsx'), [
      {
        rows: [
          ['Тип помещения', 'Улица', 'Дом', 'Номер помещения', 'ФИО / наименование', 'Основание'],
          ['Квартира', 'ул. Ленина', '1', '1', 'Иванов Иван Иванович', 'Собственник'],
        ],
      },
    ]);
    const job = await settled(admin, (await upload(admin, await readFile(path))).body.id);
    expect(job).toMatchObject({ status: 'failed', rowCount: null, problem: { code: 'IMPORT_WRONG_KIND' } });
    expect(job.problem.detail).toContain('«Сводный: помещение, лицевой счёт, клиент и его роль»');
    expect(await storedRows(job.id)).toBe(0);
  });

  it('checks the fields and references first, keeping nothing', async () => {
    const data = await premisesFile([['Квартира', 'ул. Ленина', '1', '9', 40, '', '']]);
    const bad = await upload(admin, data, { kind: 'everything', legalEntityId: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'legalEntityId']);
    const unknown = await upload(admin, data, { objectId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'REFERENCE_NOT_FOUND', errors: [{ field: 'objectId' }] });
    const none = await admin.request({
      method: 'POST',
      url: '/api/imports',
      ...multipart({ kind: 'premises', legalEntityId, objectId }),
    });
    expect(none.status).toBe(400);
    expect(none.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'FILE_REQUIRED' })]);
  });

  it('needs the premises section; the consolidated file needs clients editing and personal data', async () => {
    const data = await premisesFile([['Квартира', 'ул. Ленина', '1', '10', 40, '', '']]);
    const viewer = await makeStaff(t, admin, ['premises.view']);
    expect((await upload(viewer, data)).status).toBe(202);
    expect((await upload(viewer, data, { kind: 'consolidated' })).status).toBe(403);
    const nobody = await makeStaff(t, admin, ['clients.view']);
    expect((await upload(nobody, data)).status).toBe(403);
    const [count] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from imports where kind = 'consolidated'`,
    );
    expect(count?.n).toBe(0);
  });

  it('shows an organisation only its own imports', async () => {
    const data = await premisesFile([['Квартира', 'ул. Ленина', '1', '11', 40, '', '']]);
    const job = await settled(admin, (await upload(admin, data)).body.id);
    const other = (await makeOrganization(t)).admin;
    expect((await other.get(`/api/imports/${job.id}`)).status).toBe(404);
    expect((await other.get(`/api/imports/${job.id}/errors.xlsx`)).status).toBe(404);
    expect((await other.get('/api/imports')).body.total).toBe(0);
    const mine = (await admin.get('/api/imports')).body;
    expect(mine.items[0]).toMatchObject({ id: job.id, actorName: 'Администратор Тестовый' });
  });

  it('a reading stalled for two minutes is taken back, but not one this process is still working on', async () => {
    const response = await upload(
      admin,
      await premisesFile([['Квартира', 'ул. Долгая', '1', '1', 40, '', '']]),
    );
    const job = await settled(admin, response.body.id);
    expect(await storedRows(job.id)).toBe(1);
    const state = (tx: typeof t.db) =>
      queryRows<{ status: string; rows: number }>(
        tx,
        sql`select status, (select count(*)::int from import_rows where import_id = ${job.id}) as rows
          from imports where id = ${job.id}`,
      );
    // One transaction, rolled back: the app's own stall check cannot run in between.
    const seen = await t.db
      .transaction(async (tx) => {
        await tx.execute(sql`update imports set status = 'parsing', updated_at = now() - interval '3 minutes'
          where id = ${job.id}`);
        await repo.requeueStalled(tx, [job.id]);
        const whileBusy = await state(tx);
        await repo.requeueStalled(tx, []);
        const afterCrash = await state(tx);
        throw Object.assign(new Error('rollback'), { seen: { whileBusy, afterCrash } });
      })
      .catch((error: { seen?: unknown }) => error.seen);
    expect(seen).toEqual({
      whileBusy: [{ status: 'parsing', rows: 1 }],
      afterCrash: [{ status: 'queued', rows: 0 }],
    });
  });
});

describe('a hostile workbook (issue 10, hole 7)', () => {
  /** What the import keeps of a file: its stored rows as text. */
  const storedChars = async (importId: string) =>
    (
      await queryRows<{ n: number }>(
        t.db,
        sql`select coalesce(sum(length(values::text) + length(coalesce(errors::text, ''))), 0)::int as n
          from import_rows where import_id = ${importId}`,
      )
    )[0]?.n ?? 0;
  const cells = (r: number, values: string[]) =>
    `<row r="${r}">${values.map((v, i) => textCell(`${'ABCDEFG'[i]}${r}`, v)).join('')}</row>`;

  it('a 100 MB cell in a 100 KB file: a row error at its address, kilobytes stored, a quick report', async () => {
    const huge = ['<c r="B2" t="inlineStr"><is><t>', ...repeat('ж'.repeat(1024 * 1024), 50), '</t></is></c>'];
    const data = await zip(
      workbookParts([
        cells(1, HEADER),
        '<row r="2">',
        textCell('A2', 'Квартира'),
        ...huge,
        textCell('C2', '1'),
        textCell('D2', '1'),
        textCell('E2', '40'),
        '</row>',
        cells(3, ['Квартира', 'ул. Ленина', '1', '2', '40']),
      ]),
    );
    expect(data.length).toBeLessThan(200 * 1024);
    const job = await settled(admin, (await upload(admin, data)).body.id);
    expect(job).toMatchObject({ status: 'ready', rowCount: 2, errorCount: 1 });
    expect(await storedChars(job.id)).toBeLessThan(10_000);
    const report = await admin.get(`/api/imports/${job.id}/errors.xlsx`);
    expect(report.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(report.raw as unknown as ArrayBuffer);
    const [row] = (workbook.getWorksheet('Ошибки')?.getSheetValues() ?? []).slice(2) as unknown[][];
    expect(row?.slice(1, 3)).toEqual([2, 'Улица']);
    expect(String(row?.[4])).toMatch(/^Ячейка B2 длиннее 10\s000 символов$/);
    expect(String(row?.[3]).length).toBeLessThanOrEqual(201);
  });

  it('a zip bomb (a 4 KB header claiming 1 GB) fails as a whole, keeping no rows', async () => {
    const parts = workbookParts([cells(1, HEADER), cells(2, ['Квартира', 'ул. Ленина', '1', '1', '40'])]);
    const sheet = parts.at(-1);
    if (sheet) sheet.declaredSize = 1024 * 1024 * 1024;
    const job = await settled(admin, (await upload(admin, await zip(parts))).body.id);
    expect(job).toMatchObject({
      status: 'failed',
      rowCount: null,
      problem: { code: 'IMPORT_FILE_TOO_LARGE_UNPACKED' },
    });
    expect(await storedRows(job.id)).toBe(0);
  });
});
