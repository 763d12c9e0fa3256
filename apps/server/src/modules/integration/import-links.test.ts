// I-1, L-2: links of clients and premises loaded through the integration API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeObject } from '../../../test/fixtures';
import { type Client, makeOrganization, send } from '../../../test/helpers';
import { uniquePhone } from '../links/link-fixtures';

let t: TestApp;
let admin: Client;
let key: string;
let objectId: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  key = (await admin.post('/api/api-keys', { name: '1С', scopes: ['import'] })).body.key;
  objectId = (await makeObject(admin)).id;
});
afterAll(() => t.close());

type Body = {
  batchId: string | null;
  results: Array<{
    index: number;
    status: string;
    id: string | null;
    code?: string;
    errors?: Array<{ field: string }>;
  }>;
};

async function load(path: string, body: unknown, apiKey = key): Promise<Body> {
  const response = await send(t, {
    method: 'POST',
    url: `/api/integration/v1/${path}`,
    headers: { authorization: `Bearer ${apiKey}` },
    payload: body as object,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

let n = 0;
/** A premise and three clients of the source system «1С», loaded through the API. */
async function setUp() {
  n += 1;
  const premise = `LP-${n}`;
  const premises = await load('premises', {
    items: [
      { externalId: premise, objectId, type: 'flat', street: 'ул. Связей', house: '3', number: String(n) },
    ],
  });
  const clients = ['owner', 'second', 'tenant'].map((who) => ({
    externalId: `LC-${n}-${who}`,
    fullName: `Клиентов ${who === 'owner' ? 'Первый' : who === 'second' ? 'Второй' : 'Третий'}`,
    phone: uniquePhone(),
  }));
  const loaded = await load('clients', { source: '1С', items: clients });
  expect(loaded.results.every((r) => r.status === 'created')).toBe(true);
  return { premise, premiseId: premises.results[0]?.id as string, ids: clients.map((c) => c.externalId) };
}

const premiseLinks = async (premiseId: string) =>
  (await admin.get(`/api/premises/${premiseId}/clients`)).body;

describe('links batch', () => {
  it('links an owner and, in the same batch, a tenant depending on them; a repeat changes nothing', async () => {
    const { premise, premiseId, ids } = await setUp();
    const items = [
      {
        premiseExternalId: premise,
        clientExternalId: ids[0],
        role: 'owner',
        share: '1/2',
        certificate: { number: 'СВ-1', date: '2020-01-15' },
      },
      {
        premiseExternalId: premise,
        clientExternalId: ids[2],
        role: 'tenant',
        ownerExternalId: ids[0],
        keepOnSync: true,
      },
    ];
    const body = await load('links', { source: '1С', items });
    expect(body.results.map((r) => r.status)).toEqual(['created', 'created']);
    const links = await premiseLinks(premiseId);
    expect(links).toMatchObject([
      {
        role: 'owner',
        share: '1/2',
        certificate: { number: 'СВ-1', date: '2020-01-15' },
        addedBy: { kind: 'import' },
      },
      { role: 'tenant', ownerClientId: links[0].clientId, keepOnSync: true },
    ]);
    const again = await load('links', { source: '1С', items });
    expect(again.results.map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
    expect(again.batchId).toBeNull();
    const history = (await admin.get(`/api/premises/${premiseId}/history`)).body;
    expect(history.filter((e: { entityType: string }) => e.entityType === 'link')).toHaveLength(2);
  });

  it('updates the link of the same pair, leaving absent fields alone', async () => {
    const { premise, premiseId, ids } = await setUp();
    await load('links', {
      source: '1С',
      items: [{ premiseExternalId: premise, clientExternalId: ids[0], share: '1/3', comment: 'из 1С' }],
    });
    const body = await load('links', {
      source: '1С',
      items: [{ premiseExternalId: premise, clientExternalId: ids[0], share: '50%' }],
    });
    expect(body.results[0]?.status).toBe('updated');
    expect(await premiseLinks(premiseId)).toMatchObject([{ share: '1/2', comment: 'из 1С' }]);
  });

  it('applies L-2 per item: shares over 1, a dependent without its owner, unknown ids', async () => {
    const { premise, ids } = await setUp();
    const body = await load('links', {
      source: '1С',
      items: [
        { premiseExternalId: premise, clientExternalId: ids[0], share: '2/3' },
        { premiseExternalId: premise, clientExternalId: ids[1], share: '1/2' },
        { premiseExternalId: premise, clientExternalId: ids[2], role: 'tenant' },
        { premiseExternalId: 'NO-SUCH', clientExternalId: ids[2] },
        { premiseExternalId: premise, clientExternalId: 'NO-SUCH' },
        { premiseExternalId: premise, clientExternalId: ids[0], share: 'много' },
      ],
    });
    expect(body.results.map((r) => [r.status, r.code ?? null, r.errors?.[0]?.field ?? null])).toEqual([
      ['created', null, null],
      ['error', 'SHARES_EXCEED_WHOLE', 'share'],
      ['error', 'VALIDATION_FAILED', 'ownerClientId'],
      ['error', 'REFERENCE_NOT_FOUND', 'premiseExternalId'],
      ['error', 'REFERENCE_NOT_FOUND', 'clientExternalId'],
      ['error', 'DUPLICATE_IN_BATCH', null],
    ]);
    const owner = await load('links', {
      source: '1С',
      items: [
        {
          premiseExternalId: premise,
          clientExternalId: ids[2],
          role: 'resident',
          ownerExternalId: 'NO-SUCH',
        },
      ],
    });
    expect(owner.results[0]).toMatchObject({
      code: 'REFERENCE_NOT_FOUND',
      errors: [{ field: 'ownerExternalId' }],
    });
  });

  it('finds clients only within the source system and the key’s organisation', async () => {
    const { premise, ids } = await setUp();
    const other = await load('links', {
      source: 'Другая',
      items: [{ premiseExternalId: premise, clientExternalId: ids[0] }],
    });
    expect(other.results[0]?.code).toBe('REFERENCE_NOT_FOUND');
    const stranger = (await makeOrganization(t)).admin;
    const strangerKey = (await stranger.post('/api/api-keys', { name: 'x', scopes: ['import'] })).body.key;
    const foreign = await load(
      'links',
      { source: '1С', items: [{ premiseExternalId: premise, clientExternalId: ids[0] }] },
      strangerKey,
    );
    expect(foreign.results[0]?.code).toBe('REFERENCE_NOT_FOUND');
  });
});
