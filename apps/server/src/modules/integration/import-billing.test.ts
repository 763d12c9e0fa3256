// APP-2, APP-3: sums due and insurance policies sent by the accounting system (integration API).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeAccount, makeLegalEntity, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, send } from '../../../test/helpers';

let t: TestApp;
let admin: Client;
let key: string;
let legalEntityId: string;
let premise: { id: string; externalId: string };
let account: { id: string; number: string };
let other: { key: string; legalEntityId: string; accountNumber: string; premiseExternalId: string };

async function load(path: 'balances' | 'insurance', items: unknown[], apiKey = key) {
  const response = await send(t, {
    method: 'POST',
    url: `/api/integration/v1/${path}`,
    headers: { authorization: `Bearer ${apiKey}` },
    payload: { items },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

async function tenant() {
  const made = await makeOrganization(t);
  const apiKey = (await made.admin.post('/api/api-keys', { name: '1С', scopes: ['import'] })).body.key;
  const entity = await makeLegalEntity(made.admin);
  const externalId = `PR-${Math.random().toString(36).slice(2, 8)}`;
  const p = await makePremise(made.admin, (await makeObject(made.admin)).id, { externalId });
  const a = await makeAccount(made.admin, p.id, entity.id, { externalId: `LS-${externalId}` });
  return { admin: made.admin, apiKey, entity, premise: { id: p.id, externalId }, account: a };
}

beforeAll(async () => {
  t = await buildTestApp();
  const ours = await tenant();
  ({ admin } = ours);
  key = ours.apiKey;
  legalEntityId = ours.entity.id;
  premise = ours.premise;
  account = { id: ours.account.id, number: ours.account.number as string };
  const theirs = await tenant();
  other = {
    key: theirs.apiKey,
    legalEntityId: theirs.entity.id,
    accountNumber: theirs.account.number as string,
    premiseExternalId: theirs.premise.externalId,
  };
});
afterAll(() => t?.close());

describe('POST /api/integration/v1/balances', () => {
  it('created, then unchanged, then updated; by number or by the account’s external id', async () => {
    const item = { legalEntityId, accountNumber: account.number, amount: 1234.5, period: '2026-11' };
    const first = await load('balances', [item]);
    expect(first).toEqual({
      batchId: null,
      summary: { created: 1, updated: 0, merged: 0, unchanged: 0, error: 0 },
      results: [{ index: 0, externalId: account.number, status: 'created', id: account.id }],
    });
    expect((await load('balances', [{ ...item, amount: '1234.50' }])).results[0].status).toBe('unchanged');
    const byExternal = await load('balances', [
      { accountExternalId: `LS-${premise.externalId}`, amount: '2000,10', period: '2026-12' },
    ]);
    expect(byExternal.results[0]).toEqual(expect.objectContaining({ status: 'updated', id: account.id }));
    const accounts = (await admin.get(`/api/premises/${premise.id}/accounts`)).body;
    expect(accounts[0].id).toBe(account.id);
    // The premise card's accounts show the sum to staff too.
    expect(accounts[0].balance).toEqual({ amount: '2000.10', period: '2026-12' });
  });

  it('bad items are refused one by one, the good ones applied', async () => {
    const good = { legalEntityId, accountNumber: account.number, amount: 99, period: '2027-01' };
    const body = await load('balances', [
      { legalEntityId, accountNumber: 'НЕТ-ТАКОГО', amount: 1, period: '2027-01' },
      { ...good, amount: 1.234 },
      { ...good, amount: 'много' },
      { ...good, period: '2027-13' },
      { ...good, period: '2027-1' },
      { amount: 1, period: '2027-01' },
      {
        legalEntityId: other.legalEntityId,
        accountNumber: other.accountNumber,
        amount: 1,
        period: '2027-01',
      },
      good,
      good,
      { ...good, period: '2026-10' },
    ]);
    const byIndex = (i: number) => body.results[i];
    expect(byIndex(0)).toEqual(expect.objectContaining({ status: 'error', code: 'REFERENCE_NOT_FOUND' }));
    expect(byIndex(0).errors).toEqual([
      { field: 'accountNumber', code: 'REFERENCE_NOT_FOUND', message: 'Лицевой счёт не найден' },
    ]);
    for (const i of [1, 2]) {
      expect(byIndex(i)).toEqual(expect.objectContaining({ status: 'error', code: 'VALIDATION_FAILED' }));
      expect(byIndex(i).errors[0].field).toBe('amount');
      expect(byIndex(i).message).toMatch(/[А-я]/);
    }
    for (const i of [3, 4]) {
      expect(byIndex(i).code).toBe('VALIDATION_FAILED');
      expect(byIndex(i).errors[0].field).toBe('period');
    }
    expect(byIndex(5).code).toBe('VALIDATION_FAILED');
    // Another organisation's account is never reached: as if it did not exist.
    expect(byIndex(6)).toEqual(expect.objectContaining({ status: 'error', code: 'REFERENCE_NOT_FOUND' }));
    expect(byIndex(7)).toEqual(expect.objectContaining({ status: 'updated', id: account.id }));
    expect(byIndex(8)).toEqual(expect.objectContaining({ status: 'error', code: 'DUPLICATE_IN_BATCH' }));
    expect(byIndex(9)).toEqual(expect.objectContaining({ status: 'error', code: 'DUPLICATE_IN_BATCH' }));
    expect(body.summary).toEqual({ created: 0, updated: 1, merged: 0, unchanged: 0, error: 9 });

    const older = await load('balances', [{ ...good, period: '2026-10' }]);
    expect(older.results[0]).toEqual(expect.objectContaining({ status: 'error', code: 'VALIDATION_FAILED' }));
    expect(older.results[0].errors[0]).toEqual(
      expect.objectContaining({ field: 'period', code: 'PERIOD_OLDER' }),
    );

    // The other organisation's key does not reach ours either, and its own account is untouched.
    const theirs = await load(
      'balances',
      [{ legalEntityId, accountNumber: account.number, amount: 5, period: '2027-02' }],
      other.key,
    );
    expect(theirs.results[0].code).toBe('REFERENCE_NOT_FOUND');
  });

  it('takes an API key only, and refuses a batch over 1,000 items whole', async () => {
    const session = await admin.post('/api/integration/v1/balances', { items: [{}] });
    expect(session.status).toBe(403);
    const response = await send(t, {
      method: 'POST',
      url: '/api/integration/v1/balances',
      headers: { authorization: `Bearer ${key}` },
      payload: { items: Array.from({ length: 1001 }, () => ({})) },
    });
    expect(response.status).toBe(400);
  });
});

describe('POST /api/integration/v1/insurance', () => {
  it('created, unchanged, updated; bad items refused per item', async () => {
    const policy = {
      premiseExternalId: premise.externalId,
      insurer: 'СК «Надёжная»',
      number: 'ПОЛ-1',
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
    };
    const first = await load('insurance', [policy]);
    expect(first.results[0]).toEqual(
      expect.objectContaining({ status: 'created', externalId: premise.externalId }),
    );
    expect((await load('insurance', [policy])).results[0].status).toBe('unchanged');
    const body = await load('insurance', [
      { ...policy, validTo: '2027-06-30' },
      { ...policy, number: 'ПОЛ-2', premiseExternalId: 'нет-такого' },
      { ...policy, number: 'ПОЛ-3', premiseExternalId: other.premiseExternalId },
      { ...policy, number: 'ПОЛ-4', validFrom: '2027-01-01', validTo: '2026-01-01' },
      { ...policy, number: 'ПОЛ-5', validFrom: '2027-02-30' },
      { ...policy, number: '   ' },
    ]);
    expect(body.results.map((r: { status: string; code?: string }) => r.code ?? r.status)).toEqual([
      'updated',
      'REFERENCE_NOT_FOUND',
      'REFERENCE_NOT_FOUND',
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
    ]);
    expect(body.results[3].errors[0]).toEqual(expect.objectContaining({ field: 'validTo' }));
    expect(body.results[0].id).toBe(first.results[0].id);
    expect(body.batchId).toBeNull();
  });
});
