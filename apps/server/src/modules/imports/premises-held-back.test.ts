// Issue 15, a premises file: a refused row writes nothing and its premise stays as it was — its
// other rows are refused too, naming it. Each case compares the preview with what the apply then
// does, in the API and in the database.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/build-test-app';
import { makeAccount, makeObject, makePremise } from '../../../test/fixtures';
import type { Client } from '../../../test/helpers';
import { writeWorkbook } from '../../../test/import-files';
import { type ImportSetup, openImportSetup } from '../../../test/import-setup';
import { applyImport, uploadImport } from '../../../test/imports';
import { queryRows } from '../../db/database';

const HEADER = ['Тип помещения', 'Улица', 'Дом', 'Номер помещения', 'Общая площадь', 'Лицевой счёт', 'ЕЛС'];

let setup: ImportSetup;
let t: TestApp;
let admin: Client;
let legalEntityId: string;

beforeAll(async () => {
  setup = await openImportSetup();
  ({ t, admin, legalEntityId } = setup);
});
afterAll(() => setup.close());

async function upload(objectId: string, rows: unknown[][]) {
  const path = await writeWorkbook(join(setup.dir.dir, `${Math.random().toString(36).slice(2)}.xlsx`), [
    { rows: [HEADER, ...rows] },
  ]);
  const job = await uploadImport(
    admin,
    { kind: 'premises', legalEntityId, objectId },
    { name: 'p.xlsx', data: await readFile(path) },
  );
  expect(job.status, JSON.stringify(job.problem)).toBe('ready');
  return job;
}

/** Applies the file and checks the apply did what its preview said. */
async function applyAsPreviewed(job: { id: string; preview: unknown }) {
  const applied = await applyImport(admin, job.id, {});
  expect(applied.status, JSON.stringify(applied.body)).toBe(202);
  expect(applied.body.status, JSON.stringify(applied.body.applyProblem)).toBe('applied');
  expect(applied.body.result).toEqual(job.preview);
  return applied.body;
}

/** The object's premises as `<number> <total area>: <account numbers>`, sorted. */
async function premisesOf(objectId: string) {
  const rows = await queryRows<{ line: string }>(
    t.db,
    sql`select p.number || ' ' || p.total_area::text || ':' ||
        coalesce((select string_agg(a.number, ',' order by a.number) from personal_accounts a
          where a.premise_id = p.id), '') as line
      from premises p where p.object_id = ${objectId} order by p.number`,
  );
  return rows.map((r) => r.line);
}

describe('a premises file’s refused rows', () => {
  it('an account another premise of the file has: that premise and its other rows are not written', async () => {
    const objectId = (await makeObject(admin)).id;
    const job = await upload(objectId, [
      ['Квартира', 'ул. Удержанная', '1', '1', 40, '7500001', ''],
      ['Квартира', 'ул. Удержанная', '1', '2', 50, '7500002', ''],
      // Flat 2's second account is flat 1's: the row is refused, and so is flat 2 as a whole.
      ['Квартира', 'ул. Удержанная', '1', '2', 50, '7500001', ''],
      ['Квартира', 'ул. Удержанная', '1', '3', 60, '7500003', ''],
    ]);
    expect(job.preview).toMatchObject({
      premises: { created: 2, updated: 0, unchanged: 0 },
      accounts: { created: 2, updated: 0, unchanged: 0 },
      refusedRows: 2,
    });
    expect(job.preview.refused).toEqual([
      { row: 3, message: 'Помещение не загружено: строка 4 этого помещения отклонена' },
      {
        row: 4,
        column: 'Лицевой счёт',
        value: '7500001',
        message: 'Лицевой счёт 7500001 уже указан в строке 2 у другого помещения',
      },
    ]);
    // What the preview held back is kept for the apply, not shown.
    expect(job.preview).not.toHaveProperty('heldBack');
    expect(await premisesOf(objectId)).toEqual([]);
    await applyAsPreviewed(job);
    expect(await premisesOf(objectId)).toEqual(['1 40.00:7500001', '3 60.00:7500003']);
  });

  it('a stored premise whose account row is refused stays as it was; the others change', async () => {
    const objectId = (await makeObject(admin)).id;
    const elsewhere = await makePremise(admin, (await makeObject(admin)).id, {
      street: 'ул. Чужая',
      house: '9',
      number: '9',
    });
    await makeAccount(admin, elsewhere.id, legalEntityId, { number: '7500099', els: '55ЕЕ555555' });
    for (const number of ['1', '2'])
      await makePremise(admin, objectId, { street: 'ул. Прежняя', house: '1', number, totalArea: 40 });
    const job = await upload(objectId, [
      // Flat 1's area would change, but its account has an ЕЛС another premise has (stored).
      ['Квартира', 'ул. Прежняя', '1', '1', 45, '7500011', '55ЕЕ555555'],
      ['Квартира', 'ул. Прежняя', '1', '2', 46, '7500012', ''],
    ]);
    expect(job.preview).toMatchObject({
      premises: { created: 0, updated: 1, unchanged: 0 },
      accounts: { created: 1, updated: 0, unchanged: 0 },
      refusedRows: 1,
      refused: [{ row: 2, column: 'ЕЛС', value: '55ЕЕ555555' }],
    });
    await applyAsPreviewed(job);
    expect(await premisesOf(objectId)).toEqual(['1 40.00:', '2 46.00:7500012']);
  });

  it('loaded «только строки без ошибок»: a premise with a row with errors is not written, its other rows say why', async () => {
    const objectId = (await makeObject(admin)).id;
    await makePremise(admin, objectId, { street: 'ул. Ошибочная', house: '1', number: '3', totalArea: 30 });
    const job = await upload(objectId, [
      ['Квартира', 'ул. Ошибочная', '1', '1', 40, '7500101', ''],
      ['Квартира', 'ул. Ошибочная', '1', '2', 50, '7500102', ''],
      // Flat 2's second row has an area that is not a number: the row has an error.
      ['Квартира', 'ул. Ошибочная', '1', '2', 'много', '7500103', ''],
      // Stored flat 3 would change, but its second row has an error: it stays as it was.
      ['Квартира', 'ул. Ошибочная', '1', '3', 35, '7500104', ''],
      ['Квартира', 'ул. Ошибочная', '1', '3', 'много', '7500105', ''],
    ]);
    expect(job.errorCount).toBe(2);
    const applied = await applyImport(admin, job.id, { validOnly: true });
    expect(applied.status, JSON.stringify(applied.body)).toBe(202);
    expect(applied.body.status, JSON.stringify(applied.body.applyProblem)).toBe('applied');
    expect(applied.body.result).toMatchObject({
      premises: { created: 1, updated: 0 },
      accounts: { created: 1 },
      refusedRows: 2,
      refused: [
        { row: 3, message: 'Помещение не загружено: в строке 4 этого помещения есть ошибки' },
        { row: 5, message: 'Помещение не загружено: в строке 6 этого помещения есть ошибки' },
      ],
    });
    expect(await premisesOf(objectId)).toEqual(['1 40.00:7500101', '3 30.00:']);
  });
});
