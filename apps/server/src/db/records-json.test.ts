// Rows sent as JSON without their null values read back through jsonb_to_recordset exactly as the
// rows themselves: a left-out key is a null column, and false, 0, '' and nested nulls stay.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app';
import { queryRows } from './database';
import { recordsJson } from './records-json';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

it('leaves out null values, and the database reads them back as null', async () => {
  const rows = [
    { name: 'Иванов', phone: null, tester: false, rooms: 0, note: '', changes: [{ old: null, new: 'x' }] },
    { name: null, phone: '+79161234567', tester: true, rooms: null, note: null, changes: [] },
  ];
  const json = recordsJson(rows);
  expect(json).not.toContain('"phone":null');
  expect(json).toContain('"old":null');
  const back = await queryRows(
    t.db,
    sql`select * from jsonb_to_recordset(${json}::jsonb)
      as r(name text, phone text, tester boolean, rooms int, note text, changes jsonb)`,
  );
  expect(back).toEqual(rows);
});
