// I-1: premises and personal accounts loaded by an accounting system through the integration API.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeLegalEntity, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, send } from '../../../test/helpers';
import { queryRows } from '../../db/database';

let t: TestApp;
let admin: Client;
let key: string;
let objectId: string;
let legalEntityId: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  key = (await admin.post('/api/api-keys', { name: '1С', scopes: ['import'] })).body.key;
  objectId = (await makeObject(admin)).id;
  legalEntityId = (await makeLegalEntity(admin)).id;
});
afterAll(() => t.close());

type Body = {
  batchId: string | null;
  summary: Record<string, number>;
  results: Array<{
    index: number;
    status: string;
    id: string | null;
    code?: string;
    message?: string;
    errors?: Array<{ field: string }>;
  }>;
};

async function load(path: 'premises' | 'accounts', items: unknown[], apiKey = key): Promise<Body> {
  const response = await send(t, {
    method: 'POST',
    url: `/api/integration/v1/${path}`,
    headers: { authorization: `Bearer ${apiKey}` },
    payload: { items },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

let n = 0;
const flat = (overrides: Record<string, unknown> = {}) => ({
  externalId: `P-${++n}`,
  objectId,
  type: 'flat',
  street: 'ул. Интеграционная',
  house: '7',
  number: String(n),
  totalArea: 40 + n,
  ...overrides,
});

describe('premises batch', () => {
  it('creates, then finds by external id: updates what changed, and a repeat changes nothing', async () => {
    const item = flat({ floor: 3, entrance: '1' });
    const first = await load('premises', [item]);
    expect(first.results[0]).toMatchObject({ status: 'created' });
    const id = first.results[0]?.id as string;
    const card = (await admin.get(`/api/premises/${id}`)).body;
    expect(card).toMatchObject({
      externalId: item.externalId,
      floor: 3,
      entrance: '1',
      totalArea: item.totalArea,
    });

    const second = await load('premises', [{ ...item, totalArea: 99.5, floor: undefined }]);
    expect(second.results[0]).toMatchObject({ status: 'updated', id });
    const updated = (await admin.get(`/api/premises/${id}`)).body;
    expect(updated).toMatchObject({ totalArea: 99.5, floor: 3 }); // floor absent: left alone
    const again = await load('premises', [{ ...item, totalArea: 99.5, floor: undefined }]);
    expect(again.results[0]?.status).toBe('unchanged');
    expect(again.batchId).toBeNull();
    const history = (await admin.get(`/api/premises/${id}/history`)).body;
    expect(history.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(history[0]).toMatchObject({ actorName: 'Интеграция: 1С' });
  });

  it('attaches the external id to a premise entered by hand at the same address', async () => {
    const manual = await makePremise(admin, objectId, { street: 'ул. Ручная', house: '1', number: '5' });
    const body = await load('premises', [
      flat({ externalId: 'HAND-5', street: 'улица Ручная', house: '1', number: '5' }),
    ]);
    expect(body.results[0]).toMatchObject({ status: 'updated', id: manual.id });
    expect((await admin.get(`/api/premises/${manual.id}`)).body.externalId).toBe('HAND-5');
  });

  it('refuses an address another premise has, an unknown object and address fields of another type', async () => {
    const a = flat();
    const b = flat();
    await load('premises', [a, b]);
    const body = await load('premises', [
      { ...a, number: b.number },
      flat({ objectId: '00000000-0000-4000-8000-000000000000' }),
      flat({ type: 'plot', street: 'Садовая', house: undefined, number: '12', entrance: '3' }),
      flat({ type: 'hangar' }),
      flat({ totalArea: -1 }),
    ]);
    expect(body.results.map((r) => [r.status, r.code])).toEqual([
      ['error', 'PREMISE_ADDRESS_TAKEN'],
      ['error', 'REFERENCE_NOT_FOUND'],
      ['error', 'ADDRESS_FIELD_NOT_ALLOWED'],
      ['error', 'VALIDATION_FAILED'],
      ['error', 'VALIDATION_FAILED'],
    ]);
    expect(body.results[2]?.errors?.map((e) => e.field)).toEqual(['entrance']);
    expect(body.batchId).toBeNull();
  });
});

describe('accounts batch', () => {
  it('puts accounts on premises named by external id; matches by number; moves and updates', async () => {
    const premiseA = flat();
    const premiseB = flat();
    const loaded = await load('premises', [premiseA, premiseB]);
    const [idA, idB] = loaded.results.map((r) => r.id);
    const created = await load('accounts', [
      { premiseExternalId: premiseA.externalId, legalEntityId, number: '7700001', els: '75ДА533315' },
    ]);
    expect(created.results[0]?.status).toBe('created');
    const accounts = (await admin.get(`/api/premises/${idA}/accounts`)).body;
    expect(accounts).toMatchObject([{ number: '7700001', els: '75ДА533315' }]);

    const moved = await load('accounts', [
      { premiseExternalId: premiseB.externalId, legalEntityId, number: '7700001', hiddenFromResidents: true },
    ]);
    expect(moved.results[0]).toMatchObject({ status: 'updated', id: created.results[0]?.id });
    expect((await admin.get(`/api/premises/${idA}/accounts`)).body).toEqual([]);
    expect((await admin.get(`/api/premises/${idB}/accounts`)).body).toMatchObject([
      { number: '7700001', els: '75ДА533315', hiddenFromResidents: true },
    ]);
    const again = await load('accounts', [
      { premiseExternalId: premiseB.externalId, legalEntityId, number: '7700001', hiddenFromResidents: true },
    ]);
    expect(again.results[0]?.status).toBe('unchanged');
  });

  it('reports an unknown premise, a bad ЕЛС and a repeated number per item, applying the rest', async () => {
    const premise = flat();
    await load('premises', [premise]);
    const body = await load('accounts', [
      { premiseExternalId: 'NO-SUCH', legalEntityId, number: '8800001' },
      { premiseExternalId: premise.externalId, legalEntityId, number: '8800002', els: '123' },
      { premiseExternalId: premise.externalId, legalEntityId, number: '8800003' },
      { premiseExternalId: premise.externalId, legalEntityId, number: '8800003' },
    ]);
    expect(body.results.map((r) => [r.status, r.code ?? null])).toEqual([
      ['error', 'REFERENCE_NOT_FOUND'],
      ['error', 'VALIDATION_FAILED'],
      ['created', null],
      ['error', 'DUPLICATE_IN_BATCH'],
    ]);
    const [count] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from personal_accounts where number like '88000%'`,
    );
    expect(count?.n).toBe(1);
  });

  it('refuses an ЕЛС another premise has (ELS_TAKEN naming it), stored or earlier in the batch, as the CRM does', async () => {
    const [premiseA, premiseB, premiseC] = [flat(), flat(), flat()];
    await load('premises', [premiseA, premiseB, premiseC]);
    const otherEntity = (await makeLegalEntity(admin)).id;
    const first = await load('accounts', [
      { premiseExternalId: premiseA.externalId, legalEntityId, number: '6600001', els: '11АА111111' },
    ]);
    expect(first.results[0]?.status).toBe('created');
    const body = await load('accounts', [
      // Stored on premise A: refused on B.
      { premiseExternalId: premiseB.externalId, legalEntityId, number: '6600002', els: '11АА111111' },
      // Another legal entity's account on the same premise A may share it.
      {
        premiseExternalId: premiseA.externalId,
        legalEntityId: otherEntity,
        number: '6600003',
        els: '11АА111111',
      },
      // New in this batch on B, then again on C: the second is refused.
      { premiseExternalId: premiseB.externalId, legalEntityId, number: '6600004', els: '22ББ222222' },
      { premiseExternalId: premiseC.externalId, legalEntityId, number: '6600005', els: '22ББ222222' },
      // An existing account given an ЕЛС of another premise is refused too.
      { premiseExternalId: premiseA.externalId, legalEntityId, number: '6600001', els: '22ББ222222' },
    ]);
    expect(body.results.map((r) => [r.status, r.code ?? null])).toEqual([
      ['error', 'ELS_TAKEN'],
      ['created', null],
      ['created', null],
      ['error', 'ELS_TAKEN'],
      ['error', 'ELS_TAKEN'],
    ]);
    const address = (p: { number: string }) => `ул. Интеграционная, д. 7, кв. ${p.number}`;
    expect(body.results[0]?.message).toBe(
      `ЕЛС 11АА111111 уже указан у счёта помещения «${address(premiseA)}»: ЕЛС принадлежит одному помещению`,
    );
    expect(body.results[0]?.errors?.map((e) => e.field)).toEqual(['els']);
    expect(body.results[3]?.message).toBe(
      `ЕЛС 22ББ222222 уже указан в этой загрузке у счёта 6600004 помещения «${address(premiseB)}»: ЕЛС принадлежит одному помещению`,
    );
    const rows = await queryRows<{ number: string; els: string | null }>(
      t.db,
      sql`select number, els from personal_accounts where number like '66000%' order by number`,
    );
    expect(rows).toEqual([
      { number: '6600001', els: '11АА111111' },
      { number: '6600003', els: '11АА111111' },
      { number: '6600004', els: '22ББ222222' },
    ]);
    // Loading the stored state again is no conflict.
    const again = await load('accounts', [
      { premiseExternalId: premiseA.externalId, legalEntityId, number: '6600001', els: '11АА111111' },
    ]);
    expect(again.results[0]?.status).toBe('unchanged');
  });

  it('sets one ЕЛС sent at the same moment by a batch and by the CRM for two premises once (ELS_TAKEN for the other)', async () => {
    // Several rounds: without the lock both checks found the ЕЛС free in most of them (PostgreSQL).
    for (let round = 0; round < 5; round++) {
      const els = `33ВВ0000${String(round).padStart(2, '0')}`;
      const [premiseA, premiseB] = [flat(), flat()];
      const [a, b] = (await load('premises', [premiseA, premiseB])).results.map((r) => r.id as string);
      const [batch, crm] = await Promise.all([
        load('accounts', [
          { premiseExternalId: premiseA.externalId, legalEntityId, number: `77000${round}`, els },
        ]),
        admin.post(`/api/premises/${b}/accounts`, { legalEntityId, number: `77100${round}`, els }),
      ]);
      const outcomes = [batch.results[0]?.status === 'created', crm.status === 201];
      expect(outcomes.filter(Boolean)).toHaveLength(1);
      if (outcomes[0]) expect(crm.body.code).toBe('ELS_TAKEN');
      else expect(batch.results[0]?.code).toBe('ELS_TAKEN');
      const rows = await queryRows<{ premise_id: string }>(
        t.db,
        sql`select premise_id from personal_accounts where els = ${els}`,
      );
      expect(rows).toHaveLength(1);
      expect([a, b]).toContain(rows[0]?.premise_id);
    }
  });

  it('never reaches another organisation’s premises or legal entities', async () => {
    const premise = flat();
    await load('premises', [premise]);
    const other = (await makeOrganization(t)).admin;
    const otherKey = (await other.post('/api/api-keys', { name: 'Чужой', scopes: ['import'] })).body.key;
    const body = await load(
      'accounts',
      [{ premiseExternalId: premise.externalId, legalEntityId, number: '9900001' }],
      otherKey,
    );
    expect(body.results[0]?.code).toBe('REFERENCE_NOT_FOUND');
    const premises = await load('premises', [flat({ externalId: premise.externalId })], otherKey);
    expect(premises.results[0]?.code).toBe('REFERENCE_NOT_FOUND'); // our object is not theirs
  });

  it('lets the key read the objects and legal entities its items name', async () => {
    const objects = await send(t, {
      method: 'GET',
      url: '/api/objects',
      headers: { authorization: `Bearer ${key}` },
    });
    expect(objects.status).toBe(200);
    expect(objects.body.map((o: { id: string }) => o.id)).toContain(objectId);
    const entities = await send(t, {
      method: 'GET',
      url: '/api/legal-entities',
      headers: { authorization: `Bearer ${key}` },
    });
    expect(entities.body.map((e: { id: string }) => e.id)).toContain(legalEntityId);
  });
});

describe('two loads of the same new premises at once', () => {
  it('one applies, the other is applied too or refused as concurrent (409), never a 500', async () => {
    const items = Array.from({ length: 200 }, (_, i) =>
      flat({ externalId: `RACE-${i}`, street: 'ул. Гоночная', number: String(i + 1) }),
    );
    const send2 = () =>
      send(t, {
        method: 'POST',
        url: '/api/integration/v1/premises',
        headers: { authorization: `Bearer ${key}` },
        payload: { items },
      });
    const responses = await Promise.all([send2(), send2()]);
    for (const response of responses)
      expect([200, 409], JSON.stringify(response.body)).toContain(response.status);
    const refused = responses.filter((r) => r.status === 409);
    for (const r of refused) expect(r.body.code).toBe('IMPORT_CONCURRENT');
    expect(responses.some((r) => r.status === 200)).toBe(true);
    // The repeat the refusal asks for changes nothing: the premises are there once.
    const again = await load('premises', items);
    expect(again.summary).toMatchObject({ created: 0, unchanged: 200 });
    const [count] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from premises where street = 'ул. Гоночная'`,
    );
    expect(count?.n).toBe(200);
  });
});
