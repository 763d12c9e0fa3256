// Exports read the list by keyset pages: with pages of 2 rows, across ties and nulls of every sort,
// the file holds every row of the list exactly once, in the list's order.
import { randomUUID } from 'node:crypto';
import { type ClientSort, PERMISSION_NAMES, type PremiseSort } from '@domovoy/contract';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization } from '../../../test/helpers';
import type { Actor } from '../../platform/actor';
import { exportClients } from '../clients/export-clients';
import { exportPremises } from '../premises/export-premises';

let t: TestApp;
let admin: Client;
let actor: Actor;

async function all<Row>(pages: AsyncGenerator<Row[]>): Promise<{ rows: Row[]; pages: number }> {
  const rows: Row[] = [];
  let count = 0;
  for await (const page of pages) {
    rows.push(...page);
    count++;
  }
  return { rows, pages: count };
}

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  actor = {
    organizationId: admin.organizationId,
    staffId: randomUUID(),
    name: 'Тест',
    roleId: randomUUID(),
    permissions: new Set(PERMISSION_NAMES),
  };
  const object = await makeObject(admin);
  const areas = [50, 50, null, 70, 50, null, 30, 70, 50];
  for (const [i, totalArea] of areas.entries())
    await makePremise(admin, object.id, { house: String(1 + (i % 2)), number: String(9 - i), totalArea });
  const phones = ['+7 916 000-00-01', null, '+7 916 000-00-03', null, '+7 916 000-00-02', null, null];
  for (const [i, phone] of phones.entries()) {
    const created = await admin.post('/api/clients', {
      fullName: `${['Антонов', 'Борисов', 'Волков'][i % 3]} Тест`,
      phone,
    });
    expect(created.status).toBe(201);
    // Visits: some equal, some never.
    if (i % 2 === 0)
      await t.db.execute(sql`update clients set last_visit_at = '2026-11-01 10:00:00+00'::timestamptz
        + ${`${i % 4} microseconds`}::interval where id = ${created.body.id}`);
  }
});
afterAll(() => t.close());

describe('keyset pages', () => {
  it.each(['address', '-address', 'area', '-area'] as PremiseSort[])(
    'premises sorted by %s: the list, in pages of 2',
    async (sort) => {
      const listed = (await admin.get(`/api/premises?pageSize=200&sort=${sort}`)).body.items;
      const { rows, pages } = await all(await exportPremises(t.db, actor, { sort }, 2));
      expect(pages).toBe(5);
      expect(rows.map((r) => [r.address, r.totalArea])).toEqual(
        listed.map((p: { fullAddress: string; totalArea: number | null }) => [p.fullAddress, p.totalArea]),
      );
    },
  );

  it.each(['name', '-name', 'phone', '-phone', 'lastVisit', '-lastVisit'] as ClientSort[])(
    'clients sorted by %s: the list, in pages of 2',
    async (sort) => {
      const listed = (await admin.get(`/api/clients?pageSize=200&sort=${sort}`)).body.items;
      const { rows, pages } = await all(await exportClients(t.db, actor, { sort }, 2));
      expect(pages).toBe(4);
      expect(rows.map((r) => [r.fullName, r.phone, r.lastVisitAt?.toISOString() ?? null])).toEqual(
        listed.map((c: { fullName: string; phone: string | null; lastVisitAt: string | null }) => [
          c.fullName,
          c.phone,
          c.lastVisitAt,
        ]),
      );
    },
  );
});
