// Issue 13: meters through the integration API (upsert by external id, per-item results) and the
// period's readings feed (cursor pages, the meter's external id, premise and account number).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeAccount, makeLegalEntity, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, send } from '../../../test/helpers';

let t: TestApp;
let admin: Client;
let importKey: string;
let exportKey: string;
let premiseId: string;

const keyOf = async (client: Client, scopes: string[]) =>
  (await client.post('/api/api-keys', { name: `Ключ ${scopes.join()}`, scopes })).body.key as string;

const upload = (items: unknown[], key = importKey) =>
  send(t, {
    method: 'POST',
    url: '/api/integration/v1/meters',
    headers: { authorization: `Bearer ${key}` },
    payload: { items },
  });

const feed = (query: string, key = exportKey) =>
  send(t, {
    method: 'GET',
    url: `/api/integration/v1/meter-readings?${query}`,
    headers: { authorization: `Bearer ${key}` },
  });

beforeAll(async () => {
  t = await buildTestApp({}, { now: () => new Date('2026-07-10T09:00:00Z') });
  ({ admin } = await makeOrganization(t));
  importKey = await keyOf(admin, ['import']);
  exportKey = await keyOf(admin, ['export']);
  const object = await makeObject(admin);
  premiseId = (await makePremise(admin, object.id, { externalId: 'PR-1' })).id;
  await makeAccount(admin, premiseId, (await makeLegalEntity(admin)).id, { number: '1001' });
});
afterAll(() => t.close());

describe('POST /api/integration/v1/meters', () => {
  it('creates, leaves unchanged and updates by external id; refuses bad items one by one', async () => {
    const first = await upload([
      {
        externalId: 'M-1',
        premiseExternalId: 'PR-1',
        accountNumber: '1001',
        resource: 'cold_water',
        serialNumber: 'S1',
      },
      {
        externalId: 'M-2',
        premiseExternalId: 'PR-1',
        resource: 'electricity',
        tariffs: 2,
        serialNumber: 'S2',
      },
      { externalId: 'M-3', premiseExternalId: 'NOPE', resource: 'gas', serialNumber: 'S3' },
      {
        externalId: 'M-4',
        premiseExternalId: 'PR-1',
        accountNumber: '999',
        resource: 'gas',
        serialNumber: 'S4',
      },
      { externalId: 'M-5', premiseExternalId: 'PR-1', resource: 'water', serialNumber: 'S5' },
      { externalId: 'M-6', premiseExternalId: 'PR-1', resource: 'gas', tariffs: 3, serialNumber: 'S6' },
      { externalId: 'M-1', premiseExternalId: 'PR-1', resource: 'gas', serialNumber: 'S7' },
    ]);
    expect(first.status).toBe(200);
    expect(first.body.batchId).toBeNull();
    expect(first.body.results.map((r: { status: string; code?: string }) => r.code ?? r.status)).toEqual([
      'created',
      'created',
      'REFERENCE_NOT_FOUND',
      'REFERENCE_NOT_FOUND',
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
      'DUPLICATE_IN_BATCH',
    ]);
    const meters = (await admin.get(`/api/premises/${premiseId}/meters`)).body;
    expect(meters.find((m: { externalId: string }) => m.externalId === 'M-1')).toMatchObject({
      accountNumber: '1001',
      serialNumber: 'S1',
      resource: 'cold_water',
    });

    const again = await upload([
      {
        externalId: 'M-1',
        premiseExternalId: 'PR-1',
        accountNumber: '1001',
        resource: 'cold_water',
        serialNumber: 'S1',
      },
      {
        externalId: 'M-2',
        premiseExternalId: 'PR-1',
        resource: 'electricity',
        tariffs: 2,
        serialNumber: 'S2-new',
        place: 'Щиток',
      },
    ]);
    expect(again.body.results.map((r: { status: string }) => r.status)).toEqual(['unchanged', 'updated']);
    const history = (await admin.get(`/api/premises/${premiseId}/history`)).body;
    expect(history[0]).toMatchObject({ summary: 'Изменён счётчик: Заводской номер, Место установки' });
    expect(history[0].actorName).toContain('Ключ import');
  });

  it('keeps resource and tariffs of a meter with readings', async () => {
    await upload([
      { externalId: 'M-R', premiseExternalId: 'PR-1', resource: 'hot_water', serialNumber: 'R1' },
    ]);
    const meter = (await admin.get(`/api/premises/${premiseId}/meters`)).body.find(
      (m: { externalId: string }) => m.externalId === 'M-R',
    );
    await admin.post(`/api/meters/${meter.id}/readings`, { takenOn: '2026-07-01', values: ['1'] });
    const changed = await upload([
      { externalId: 'M-R', premiseExternalId: 'PR-1', resource: 'cold_water', serialNumber: 'R1' },
    ]);
    expect(changed.body.results[0].code).toBe('METER_HAS_READINGS');
  });

  it("another organisation's premise is not found", async () => {
    const other = (await makeOrganization(t)).admin;
    const key = await keyOf(other, ['import']);
    const response = await upload(
      [{ externalId: 'M-X', premiseExternalId: 'PR-1', resource: 'gas', serialNumber: 'X' }],
      key,
    );
    expect(response.body.results[0].code).toBe('REFERENCE_NOT_FOUND');
  });
});

describe('GET /api/integration/v1/meter-readings', () => {
  it('pages through a period by cursor, with the meter, premise and account', async () => {
    const meters = (await admin.get(`/api/premises/${premiseId}/meters`)).body;
    const water = meters.find((m: { externalId: string }) => m.externalId === 'M-1');
    const power = meters.find((m: { externalId: string }) => m.externalId === 'M-2');
    await admin.post(`/api/meters/${water.id}/readings`, { takenOn: '2026-05-31', values: ['1'] });
    for (const day of ['2026-06-01', '2026-06-15', '2026-06-30']) {
      await admin.post(`/api/meters/${water.id}/readings`, {
        takenOn: day,
        values: [String(Number(day.slice(8)) + 1)],
      });
    }
    await admin.post(`/api/meters/${power.id}/readings`, { takenOn: '2026-06-20', values: ['100', '50'] });
    await admin.post(`/api/meters/${water.id}/readings`, { takenOn: '2026-07-01', values: ['40'] });

    const seen: { takenOn: string; values: string[] }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await feed(`period=2026-06&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(2);
    expect(seen.map((r) => r.takenOn)).toEqual(['2026-06-01', '2026-06-15', '2026-06-20', '2026-06-30']);
    expect(seen[0]).toMatchObject({
      meterExternalId: 'M-1',
      premiseExternalId: 'PR-1',
      accountNumber: '1001',
      resource: 'cold_water',
      values: ['2.000'],
      source: 'crm',
    });
    expect(seen[2]).toMatchObject({
      meterExternalId: 'M-2',
      values: ['100.000', '50.000'],
      accountNumber: null,
    });
  });

  it('refuses a bad cursor, a bad period and an import-only key', async () => {
    expect((await feed('period=2026-06&cursor=garbage')).body.code).toBe('VALIDATION_FAILED');
    expect((await feed('period=2026-13')).status).toBe(400);
    expect((await feed('period=2026-06', importKey)).body.code).toBe('API_KEY_SCOPE');
  });

  it("another organisation's key reads none of our readings", async () => {
    const other = (await makeOrganization(t)).admin;
    const page = await feed('period=2026-06', await keyOf(other, ['export']));
    expect(page.body).toEqual({ items: [], nextCursor: null });
  });
});
