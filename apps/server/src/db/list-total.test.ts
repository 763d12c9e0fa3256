// Issue 16: the premises and clients lists count their matches up to a cap (LIST_TOTAL_CAP, 10,000
// by default; 10 here). Past it the whole list's total is the planner's estimate of the
// organisation's rows, flagged as one, and a filtered list's total is the cap, flagged as such.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app';
import { makeObject, makePremise } from '../../test/fixtures';
import { type Client, makeOrganization } from '../../test/helpers';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await buildTestApp({ LIST_TOTAL_CAP: '10' });
  ({ admin } = await makeOrganization(t));
  const object = await makeObject(admin);
  for (let i = 1; i <= 12; i++)
    await makePremise(admin, object.id, {
      street: i <= 11 ? 'ул. Счётная' : 'ул. Одинокая',
      number: String(i),
    });
  for (let i = 1; i <= 14; i++) {
    const created = await admin.post('/api/clients', {
      type: 'individual',
      fullName: `${i <= 3 ? 'Редкова' : 'Частова'} Анна Ивановна`,
      phone: `+7916555${String(i).padStart(4, '0')}`,
    });
    expect(created.status).toBe(201);
  }
  // Another organisation's rows are neither counted nor estimated for this one.
  const other = await makeOrganization(t);
  const theirs = await makeObject(other.admin);
  for (let i = 1; i <= 15; i++) await makePremise(other.admin, theirs.id, { number: String(i) });
  // The estimate comes from the planner's statistics (kept by autovacuum in a real database).
  await t.db.execute(sql`analyze premises`);
  await t.db.execute(sql`analyze clients`);
});
afterAll(() => t.close());

const totals = async (url: string) => {
  const response = await admin.get(url);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  const { total, totalCapped, totalEstimated, items } = response.body;
  return { total, totalCapped, totalEstimated, rows: items.length };
};

describe('list totals past the cap', () => {
  it('the whole premises list: the estimate of the organisation’s premises, flagged as an estimate', async () => {
    expect(await totals('/api/premises?pageSize=5')).toEqual({
      total: 12,
      totalCapped: false,
      totalEstimated: true,
      rows: 5,
    });
  });

  it('a filtered list past the cap: the cap, flagged; under it: the exact count', async () => {
    expect(await totals(`/api/premises?search=${encodeURIComponent('Счётная')}`)).toEqual({
      total: 10,
      totalCapped: true,
      totalEstimated: false,
      rows: 11,
    });
    expect(await totals(`/api/premises?search=${encodeURIComponent('Одинокая')}`)).toEqual({
      total: 1,
      totalCapped: false,
      totalEstimated: false,
      rows: 1,
    });
  });

  it('the clients list the same way', async () => {
    expect(await totals('/api/clients?pageSize=20')).toEqual({
      total: 14,
      totalCapped: false,
      totalEstimated: true,
      rows: 14,
    });
    expect(await totals(`/api/clients?search=${encodeURIComponent('Частова')}`)).toEqual({
      total: 10,
      totalCapped: true,
      totalEstimated: false,
      rows: 11,
    });
    expect(await totals(`/api/clients?search=${encodeURIComponent('Редкова')}`)).toEqual({
      total: 3,
      totalCapped: false,
      totalEstimated: false,
      rows: 3,
    });
  });
});
