// Issue 13: readings from the accounting system — the meter as `POST meters` names it, the CRM's
// rules (lower, above the next, after a replacement, in the future), a jump taken and marked, per-item
// answers with a code and a Russian message, idempotency by meter and day, the period's feed, T-1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, send } from '../../../test/helpers';

type Result = { index: number; externalId: string | null; status: string; id: string | null; code?: string };
type Reading = { id: string; takenOn: string; values: string[]; source: string; jumpConfirmed: boolean };

let t: TestApp;
let admin: Client;
let importKey: string;
let exportKey: string;
let premiseId: string;
/** Meters by their serial number. */
const meters: Record<string, string> = {};

const keyOf = async (client: Client, name: string, scopes: string[]) =>
  (await client.post('/api/api-keys', { name, scopes })).body.key as string;

const upload = (items: unknown[], key = importKey) =>
  send(t, {
    method: 'POST',
    url: '/api/integration/v1/meter-readings',
    headers: { authorization: `Bearer ${key}` },
    payload: { items },
  });

const outcomes = (results: Result[]) => results.map((r) => r.code ?? r.status);

async function readingsOf(serial: string): Promise<Reading[]> {
  const response = await admin.get(`/api/meters/${meters[serial]}/readings`);
  expect(response.status).toBe(200);
  return response.body;
}

beforeAll(async () => {
  t = await buildTestApp({}, { now: () => new Date('2026-07-10T09:00:00Z') });
  ({ admin } = await makeOrganization(t));
  importKey = await keyOf(admin, 'Учётная система', ['import']);
  exportKey = await keyOf(admin, 'Выгрузка', ['export']);
  const object = await makeObject(admin);
  premiseId = (await makePremise(admin, object.id, { externalId: 'PR-1' })).id;
  await makePremise(admin, object.id, { externalId: 'PR-2', number: '2' });
  const loaded = await send(t, {
    method: 'POST',
    url: '/api/integration/v1/meters',
    headers: { authorization: `Bearer ${importKey}` },
    payload: {
      items: [
        { externalId: 'M-W', premiseExternalId: 'PR-1', resource: 'cold_water', serialNumber: 'W1' },
        {
          externalId: 'M-E',
          premiseExternalId: 'PR-1',
          resource: 'electricity',
          tariffs: 2,
          serialNumber: 'E1',
        },
        { externalId: 'M-H', premiseExternalId: 'PR-1', resource: 'hot_water', serialNumber: 'H1' },
        { externalId: 'M-J', premiseExternalId: 'PR-1', resource: 'gas', serialNumber: 'G1' },
      ],
    },
  });
  expect(outcomes(loaded.body.results)).toEqual(['created', 'created', 'created', 'created']);
  // A meter the CRM added, with no external id: found by premise and serial number.
  await admin.post(`/api/premises/${premiseId}/meters`, { resource: 'heating', serialNumber: 'CRM-7' });
  for (const meter of (await admin.get(`/api/premises/${premiseId}/meters`)).body)
    meters[meter.serialNumber] = meter.id;
});
afterAll(() => t.close());

describe('POST /api/integration/v1/meter-readings', () => {
  it('takes readings by the meter’s external id or by premise and serial; a repeat is unchanged; the feed gives them back', async () => {
    const items = [
      { meterExternalId: 'M-W', takenOn: '2026-06-20', values: ['12,5'] },
      { premiseExternalId: 'PR-1', serialNumber: 'CRM-7', takenOn: '2026-06-21', values: ['3.25'] },
      {
        meterExternalId: 'M-E',
        premiseExternalId: 'PR-1',
        serialNumber: 'E1',
        takenOn: '2026-06-22',
        values: ['100', '40.5'],
      },
    ];
    const first = await upload(items);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.batchId).toBeNull();
    expect(first.body.summary).toMatchObject({ created: 3, error: 0 });
    expect(first.body.results.map((r: Result) => [r.externalId, r.status])).toEqual([
      ['M-W', 'created'],
      ['CRM-7', 'created'],
      ['M-E', 'created'],
    ]);
    const water = await readingsOf('W1');
    expect(water).toEqual([
      expect.objectContaining({
        id: first.body.results[0].id,
        takenOn: '2026-06-20',
        values: ['12.500'],
        source: 'integration',
        authorKind: 'integration',
        authorName: null,
        jumpConfirmed: false,
      }),
    ]);

    const again = await upload(items);
    expect(again.body.results.map((r: Result) => [r.status, r.id])).toEqual(
      first.body.results.map((r: Result) => ['unchanged', r.id]),
    );
    expect(await readingsOf('W1')).toHaveLength(1);

    const history = (await admin.get(`/api/premises/${premiseId}/history`)).body;
    expect(history[0]).toMatchObject({ actorName: expect.stringContaining('Учётная система') });
    expect(history[0].summary).toContain('Внесено показание счётчика');

    const feed = await send(t, {
      method: 'GET',
      url: '/api/integration/v1/meter-readings?period=2026-06',
      headers: { authorization: `Bearer ${exportKey}` },
    });
    expect(feed.status).toBe(200);
    expect(
      feed.body.items.map((r: { meterExternalId: string | null; values: string[]; source: string }) => [
        r.meterExternalId,
        r.values,
        r.source,
      ]),
    ).toEqual([
      ['M-W', ['12.500'], 'integration'],
      [null, ['3.250'], 'integration'],
      ['M-E', ['100.000', '40.500'], 'integration'],
    ]);
  });

  it('refuses bad items one by one with a code and a Russian message, applies the rest and writes nothing for the refused', async () => {
    await upload([{ meterExternalId: 'M-H', takenOn: '2026-06-01', values: ['50'] }]);
    const response = await upload([
      { takenOn: '2026-06-25', values: ['1'] },
      { premiseExternalId: 'PR-1', takenOn: '2026-06-25', values: ['1'] },
      { meterExternalId: 'NOPE', takenOn: '2026-06-25', values: ['1'] },
      { premiseExternalId: 'NOPE', serialNumber: 'W1', takenOn: '2026-06-25', values: ['1'] },
      { premiseExternalId: 'PR-1', serialNumber: 'NOPE', takenOn: '2026-06-25', values: ['1'] },
      { meterExternalId: 'M-H', serialNumber: 'W1', takenOn: '2026-06-26', values: ['60'] },
      { meterExternalId: 'M-H', premiseExternalId: 'PR-2', takenOn: '2026-06-27', values: ['60'] },
      { meterExternalId: 'M-H', takenOn: '2026-06-28', values: ['60', '1'] },
      { meterExternalId: 'M-H', takenOn: '2026-07-11', values: ['60'] },
      { meterExternalId: 'M-H', takenOn: '2026-06-25', values: ['12.3456'] },
      { meterExternalId: 'M-H', takenOn: '2026-06-01', values: ['51'] },
      { meterExternalId: 'M-H', takenOn: '2026-06-15', values: ['49,5'] },
      { meterExternalId: 'M-H', takenOn: '2026-05-15', values: ['55'] },
      { meterExternalId: 'M-H', takenOn: '2026-06-25', values: ['60'] },
      { meterExternalId: 'M-H', takenOn: '2026-06-25', values: ['61'] },
    ]);
    expect(response.status).toBe(200);
    const results: (Result & { message: string; errors?: { field: string; code: string }[] })[] =
      response.body.results;
    expect(outcomes(results)).toEqual([
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
      'REFERENCE_NOT_FOUND',
      'REFERENCE_NOT_FOUND',
      'REFERENCE_NOT_FOUND',
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
      'METER_READING_EXISTS',
      'METER_READING_LOWER',
      'METER_READING_ABOVE_NEXT',
      'created',
      'DUPLICATE_IN_BATCH',
    ]);
    const fields = results.map((r) => r.errors?.[0] && `${r.errors[0].field}:${r.errors[0].code}`);
    expect(fields.slice(0, 10)).toEqual([
      'meterExternalId:REQUIRED',
      'serialNumber:REQUIRED',
      'meterExternalId:REFERENCE_NOT_FOUND',
      'premiseExternalId:REFERENCE_NOT_FOUND',
      'serialNumber:REFERENCE_NOT_FOUND',
      'serialNumber:MISMATCH',
      'premiseExternalId:MISMATCH',
      'values:TARIFFS',
      'takenOn:FUTURE',
      'values.0:PATTERN',
    ]);
    for (const result of results.filter((r) => r.status === 'error')) {
      expect(result.id).toBeNull();
      expect(result.message).toMatch(/[а-яё]/i);
    }
    expect(results[0]?.errors?.[0]).toMatchObject({
      message:
        'Укажите счётчик: его внешний идентификатор (meterExternalId) или помещение (premiseExternalId) и заводской номер (serialNumber)',
    });
    expect(results[10]?.message).toBe(
      'На 01.06.2026 у счётчика № H1 уже есть показание 50 (Интеграция). Чтобы заменить его, удалите его в CRM и загрузите снова',
    );
    expect(results[11]?.message).toBe(
      'Показание 49,5 меньше предыдущего 50 от 01.06.2026. Если счётчик заменили, оформите замену счётчика',
    );
    expect((await readingsOf('H1')).map((r) => [r.takenOn, r.values])).toEqual([
      ['2026-06-25', ['60.000']],
      ['2026-06-01', ['50.000']],
    ]);
  });

  it('after a replacement the new meter starts from its own reading; the old one takes none after that day', async () => {
    await upload([{ meterExternalId: 'M-J', takenOn: '2026-06-01', values: ['900'] }]);
    const replaced = await admin.post(`/api/meters/${meters.G1}/replace`, {
      replacedOn: '2026-06-10',
      meter: { resource: 'gas', serialNumber: 'G2' },
    });
    expect(replaced.status, JSON.stringify(replaced.body)).toBe(201);
    meters.G2 = replaced.body.id;
    const response = await upload([
      { premiseExternalId: 'PR-1', serialNumber: 'G2', takenOn: '2026-06-20', values: ['5'] },
      { meterExternalId: 'M-J', takenOn: '2026-06-20', values: ['950'] },
      // Before the replacement the old meter still takes a reading, by serial too.
      { premiseExternalId: 'PR-1', serialNumber: 'G1', takenOn: '2026-06-09', values: ['910'] },
    ]);
    expect(outcomes(response.body.results)).toEqual(['created', 'METER_REPLACED', 'created']);
    expect((await readingsOf('G2')).map((r) => r.values)).toEqual([['5.000']]);
    expect((await readingsOf('G1')).map((r) => r.values)).toEqual([['910.000'], ['900.000']]);
  });

  it('a jump far above the usual consumption is taken and marked, not refused: nobody is there to confirm it', async () => {
    const history = await upload([
      { meterExternalId: 'M-W', takenOn: '2026-04-01', values: ['1'] },
      { meterExternalId: 'M-W', takenOn: '2026-05-01', values: ['11'] },
    ]);
    expect(outcomes(history.body.results)).toEqual(['created', 'created']);
    // The staff's side of the same rule: the CRM asks for confirmation.
    const crm = await admin.post(`/api/meters/${meters.W1}/readings`, {
      takenOn: '2026-07-01',
      values: ['500'],
    });
    expect(crm.status).toBe(409);
    expect(crm.body.code).toBe('METER_READING_JUMP');
    const jump = await upload([{ meterExternalId: 'M-W', takenOn: '2026-07-01', values: ['500'] }]);
    expect(outcomes(jump.body.results)).toEqual(['created']);
    expect((await readingsOf('W1'))[0]).toMatchObject({
      takenOn: '2026-07-01',
      values: ['500.000'],
      source: 'integration',
      jumpConfirmed: true,
    });
  });

  it('T-1: another organisation’s key finds none of our meters and writes nothing to them', async () => {
    const other = (await makeOrganization(t)).admin;
    const key = await keyOf(other, 'Чужая система', ['import']);
    const before = await readingsOf('W1');
    const response = await upload(
      [
        { meterExternalId: 'M-W', takenOn: '2026-07-02', values: ['501'] },
        { premiseExternalId: 'PR-1', serialNumber: 'W1', takenOn: '2026-07-02', values: ['501'] },
      ],
      key,
    );
    expect(outcomes(response.body.results)).toEqual(['REFERENCE_NOT_FOUND', 'REFERENCE_NOT_FOUND']);
    expect(await readingsOf('W1')).toEqual(before);
  });

  it('needs a key with the import scope', async () => {
    const item = { meterExternalId: 'M-W', takenOn: '2026-07-03', values: ['502'] };
    expect((await upload([item], exportKey)).body.code).toBe('API_KEY_SCOPE');
    const staff = await admin.post('/api/integration/v1/meter-readings', { items: [item] });
    expect(staff.status).toBe(403);
    expect(staff.body.code).toBe('API_KEY_REQUIRED');
  });
});
