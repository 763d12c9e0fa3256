// ACT-1..ACT-4: the «Активность» tab of premise and client cards — the merge of requests, readings
// and activity records newest first, a premise's clients' actions against a client's own, the
// counters, each filter, search, keyset pages across equal times, calls, permissions, T-1.
import { PII_MASK } from '@domovoy/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff, send } from '../../../test/helpers';
import { signInResident } from '../../../test/residents';

type Item = { id: string; kind: string; occurredAt: string; subject: string; [key: string]: unknown };

const clock = new Date();
let t: TestApp;
let admin: Client;
let key: string;
let typeId: string;
let p1: string;
let p2: string;
let c1: string;
let c2: string;
const requests: Record<string, string> = {};
let meter: string;

const upload = (items: unknown[], source = 'ERP') =>
  send(t, {
    method: 'POST',
    url: '/api/integration/v1/activity',
    headers: { authorization: `Bearer ${key}` },
    payload: { source, items },
  });

async function feed(client: Client, url: string): Promise<Item[]> {
  const response = await client.get(url);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.items;
}

const kindsAndSubjects = (items: Item[]) => items.map((item) => `${item.kind}: ${item.subject}`).sort();

async function makeRequest(subject: string, premiseId: string | null, clientId: string | null) {
  const response = await admin.post('/api/service-requests', { typeId, subject, premiseId, clientId });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id as string;
}

beforeAll(async () => {
  t = await buildTestApp({}, { now: () => clock });
  const made = await makeOrganization(t);
  admin = made.admin;
  key = (await admin.post('/api/api-keys', { name: 'ERP', scopes: ['import'] })).body.key;
  typeId = (await admin.get('/api/request-types')).body[0].id;
  const object = await makeObject(admin);
  p1 = (await makePremise(admin, object.id, { externalId: 'P-1', number: '15' })).id;
  p2 = (await makePremise(admin, object.id, { externalId: 'P-2', number: '16' })).id;
  const phone = fixturePhone();
  c1 = (await admin.post('/api/clients', { fullName: 'Сидоров Иван Петрович', phone })).body.id;
  c2 = (await admin.post('/api/clients', { fullName: 'Петрова Анна Сергеевна' })).body.id;
  await admin.post(`/api/premises/${p1}/clients`, { clientId: c1, role: 'owner' });
  await admin.post(`/api/premises/${p1}/clients`, { clientId: c2, role: 'owner' });
  await admin.post(`/api/premises/${p2}/clients`, { clientId: c1, role: 'owner' });
  await admin.post(`/api/clients/${c1}/external-ids`, { source: 'ERP', externalId: 'C-1' });

  requests.leak = await makeRequest('Течёт кран на кухне', p1, c1);
  requests.light = await makeRequest('Не горит свет в подъезде', p1, c2);
  requests.other = await makeRequest('Шумят соседи', p2, c1);
  requests.phone = await makeRequest('Звонок без клиента: лифт', p1, null);
  await admin.post(`/api/service-requests/${requests.light}/status`, { status: 'done' });

  meter = (await admin.post(`/api/premises/${p1}/meters`, { resource: 'cold_water', serialNumber: 'ХВ-777' }))
    .body.id;
  const staffReading = await admin.post(`/api/meters/${meter}/readings`, {
    takenOn: '2026-12-01',
    values: ['10'],
  });
  expect(staffReading.status, JSON.stringify(staffReading.body)).toBe(201);
  // The resident gives a reading in the app: it is theirs (author_client_id).
  const resident = await signInResident(t, phone, made.organization.slug);
  const fromApp = await resident.post(`/premises/${p1}/meters/${meter}/readings`, { values: ['12'] });
  expect(fromApp.status, JSON.stringify(fromApp.body)).toBe(201);

  const call = await admin.post('/api/activity/calls', {
    premiseId: p1,
    clientId: c2,
    note: 'Спрашивала про свет в подъезде',
    result: 'Передано электрику',
  });
  expect(call.status, JSON.stringify(call.body)).toBe(201);
  const loaded = await upload([
    {
      externalId: 'PAY-1',
      kind: 'bill_payment',
      subject: 'Оплата за ноябрь',
      status: 'Оплачено',
      occurredAt: '2020-12-05T10:00:00Z',
      premiseExternalId: 'P-2',
      clientExternalId: 'C-1',
    },
    {
      externalId: 'ORD-1',
      kind: 'marketplace_order',
      subject: 'Клининг после ремонта',
      occurredAt: '2020-12-06T10:00:00Z',
      premiseExternalId: 'P-1',
    },
  ]);
  expect(loaded.status, JSON.stringify(loaded.body)).toBe(200);
  expect(loaded.body.results.map((r: { status: string }) => r.status)).toEqual(['created', 'created']);
}, 60_000);
afterAll(() => t?.close());

describe('the feed (ACT-1, ACT-2)', () => {
  it('a premise shows all its clients’ actions, newest first, and nothing of its other premises', async () => {
    const items = await feed(admin, `/api/premises/${p1}/activity`);
    expect(kindsAndSubjects(items)).toEqual(
      [
        'call: Спрашивала про свет в подъезде',
        'marketplace_order: Клининг после ремонта',
        'meter_reading: ХВС, № ХВ-777: 10 м³',
        'meter_reading: ХВС, № ХВ-777: 12 м³',
        'request: Не горит свет в подъезде',
        'request: Звонок без клиента: лифт',
        'request: Течёт кран на кухне',
      ].sort(),
    );
    const order = items.map((item) => [item.occurredAt, item.id].join(' '));
    expect(order).toEqual([...order].sort().reverse());
    const leak = items.find((item) => item.id === requests.leak);
    expect(leak).toMatchObject({
      kind: 'request',
      status: 'waiting',
      number: expect.any(Number),
      requestType: expect.any(String),
      premiseId: p1,
      premiseAddress: expect.stringContaining('15'),
      clientId: c1,
      clientName: 'Сидоров Иван Петрович',
      masked: { name: false, contacts: false },
    });
    const call = items.find((item) => item.kind === 'call');
    expect(call).toMatchObject({
      result: 'Передано электрику',
      note: 'Спрашивала про свет в подъезде',
      authorName: 'Администратор Тестовый',
      clientName: 'Петрова Анна Сергеевна',
    });
    // The marketplace order happened in 2020: older than everything logged today.
    expect(items.at(-1)?.kind).toBe('marketplace_order');
  });

  it('a client shows only their own actions, on any premise', async () => {
    const items = await feed(admin, `/api/clients/${c1}/activity`);
    expect(kindsAndSubjects(items)).toEqual(
      [
        'bill_payment: Оплата за ноябрь',
        'meter_reading: ХВС, № ХВ-777: 12 м³',
        'request: Течёт кран на кухне',
        'request: Шумят соседи',
      ].sort(),
    );
    expect(items.find((item) => item.kind === 'bill_payment')).toMatchObject({
      status: 'Оплачено',
      premiseId: p2,
    });
    const other = await feed(admin, `/api/clients/${c2}/activity`);
    expect(kindsAndSubjects(other)).toEqual(
      ['call: Спрашивала про свет в подъезде', 'request: Не горит свет в подъезде'].sort(),
    );
  });

  it('counts open and all requests beside the tab (ACT-3)', async () => {
    expect((await admin.get(`/api/premises/${p1}/activity/counters`)).body).toEqual({
      openRequests: 2,
      requests: 3,
    });
    expect((await admin.get(`/api/clients/${c1}/activity/counters`)).body).toEqual({
      openRequests: 2,
      requests: 2,
    });
    expect((await admin.get(`/api/clients/${c2}/activity/counters`)).body).toEqual({
      openRequests: 0,
      requests: 1,
    });
  });
});

describe('search and filters (ACT-4)', () => {
  const subjects = async (url: string) => (await feed(admin, url)).map((item) => item.subject).sort();

  it('filters by type', async () => {
    expect(await subjects(`/api/premises/${p1}/activity?kind=call`)).toEqual([
      'Спрашивала про свет в подъезде',
    ]);
    const readings = await feed(
      admin,
      `/api/premises/${p1}/activity?kind=meter_reading&kind=marketplace_order`,
    );
    expect(readings.map((item) => item.kind).sort()).toEqual([
      'marketplace_order',
      'meter_reading',
      'meter_reading',
    ]);
    expect(await subjects(`/api/clients/${c1}/activity?kind=request`)).toEqual([
      'Течёт кран на кухне',
      'Шумят соседи',
    ]);
  });

  it('filters a premise by client and a client by premise', async () => {
    expect(await subjects(`/api/premises/${p1}/activity?clientId=${c2}`)).toEqual([
      'Не горит свет в подъезде',
      'Спрашивала про свет в подъезде',
    ]);
    const mine = await feed(admin, `/api/premises/${p1}/activity?clientId=${c1}`);
    expect(kindsAndSubjects(mine)).toEqual([
      'meter_reading: ХВС, № ХВ-777: 12 м³',
      'request: Течёт кран на кухне',
    ]);
    expect(await subjects(`/api/clients/${c1}/activity?premiseId=${p2}`)).toEqual([
      'Оплата за ноябрь',
      'Шумят соседи',
    ]);
  });

  it('filters by request status: only requests in those statuses remain', async () => {
    expect(await subjects(`/api/premises/${p1}/activity?status=done`)).toEqual(['Не горит свет в подъезде']);
    expect(await subjects(`/api/premises/${p1}/activity?status=waiting&status=in_progress`)).toEqual([
      'Звонок без клиента: лифт',
      'Течёт кран на кухне',
    ]);
  });

  it('searches by subject (case, ё), a reading by its meter’s number; nothing searchable finds nothing', async () => {
    expect(await subjects(`/api/premises/${p1}/activity?search=${encodeURIComponent('ТЕЧЕТ')}`)).toEqual([
      'Течёт кран на кухне',
    ]);
    expect(await subjects(`/api/premises/${p1}/activity?search=${encodeURIComponent('свет')}`)).toEqual([
      'Не горит свет в подъезде',
      'Спрашивала про свет в подъезде',
    ]);
    expect(
      (await feed(admin, `/api/premises/${p1}/activity?search=${encodeURIComponent('хв-777')}`)).length,
    ).toBe(2);
    expect(await feed(admin, `/api/premises/${p1}/activity?search=${encodeURIComponent('%')}`)).toEqual([]);
    expect(await subjects(`/api/clients/${c1}/activity?search=${encodeURIComponent('ноябрь')}`)).toEqual([
      'Оплата за ноябрь',
    ]);
  });
});

describe('keyset pages', () => {
  it('walks a feed with many actions at the same instant page by page, each once, in order', async () => {
    const object = await makeObject(admin);
    const premise = (await makePremise(admin, object.id, { externalId: 'P-TIES' })).id;
    const same = '2021-12-10T12:00:00Z';
    const loaded = await upload(
      Array.from({ length: 23 }, (_, i) => ({
        externalId: `TIE-${i}`,
        kind: i % 2 ? 'one_time_pass' : 'survey',
        subject: `Одновременно ${i}`,
        occurredAt: same,
        premiseExternalId: 'P-TIES',
      })),
    );
    expect(loaded.body.results.every((r: { status: string }) => r.status === 'created')).toBe(true);
    await makeRequest('Новая заявка', premise, null);
    const seen: Item[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/premises/${premise}/activity?limit=10${cursor ? `&cursor=${cursor}` : ''}`;
      const response = await admin.get(url);
      expect(response.status).toBe(200);
      seen.push(...response.body.items);
      cursor = response.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(24);
    expect(new Set(seen.map((item) => item.id)).size).toBe(24);
    expect(seen[0]?.subject).toBe('Новая заявка');
    const ties = seen.slice(1).map((item) => item.id);
    expect(ties).toEqual([...ties].sort().reverse());
  });

  it('refuses a cursor it did not give', async () => {
    for (const cursor of ['nonsense', Buffer.from('["2026-13-45 99:00:00+00","x"]').toString('base64url')]) {
      const response = await admin.get(`/api/premises/${p1}/activity?cursor=${cursor}`);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors[0]).toMatchObject({ field: 'cursor' });
    }
  });
});

describe('calls', () => {
  it('needs a premise or a client, a note, and a time not in the future', async () => {
    const none = await admin.post('/api/activity/calls', { note: 'Ни о чём' });
    expect(none.status).toBe(400);
    expect(none.body.errors[0]).toMatchObject({ field: 'premiseId', code: 'REQUIRED' });
    const future = await admin.post('/api/activity/calls', {
      clientId: c1,
      note: 'Из будущего',
      occurredAt: new Date(clock.getTime() + 24 * 60 * 60_000).toISOString(),
    });
    expect(future.status).toBe(400);
    expect(future.body.errors[0]).toMatchObject({ field: 'occurredAt' });
    const blank = await admin.post('/api/activity/calls', { clientId: c1, note: '   ' });
    expect(blank.status).toBe(400);
  });

  it('a call with a time and no premise shows on the client’s card only', async () => {
    const call = await admin.post('/api/activity/calls', {
      clientId: c1,
      note: 'Уточнил показания',
      occurredAt: '2025-12-19T08:30:00Z',
    });
    expect(call.status).toBe(201);
    expect(call.body).toMatchObject({
      kind: 'call',
      occurredAt: '2025-12-19T08:30:00.000Z',
      premiseId: null,
    });
    expect((await feed(admin, `/api/clients/${c1}/activity?kind=call`)).map((i) => i.id)).toEqual([
      call.body.id,
    ]);
    expect((await feed(admin, `/api/premises/${p1}/activity?kind=call`)).map((i) => i.id)).not.toContain(
      call.body.id,
    );
  });
});

describe('permissions (R-2, R-3) and tenancy (T-1)', () => {
  it('the tab needs the card’s section and «Активности клиента»; a call needs the latter', async () => {
    const premisesOnly = await makeStaff(t, admin, ['premises.view', 'clients.view']);
    for (const url of [
      `/api/premises/${p1}/activity`,
      `/api/premises/${p1}/activity/counters`,
      `/api/clients/${c1}/activity`,
      `/api/clients/${c1}/activity/counters`,
    ]) {
      const response = await premisesOnly.get(url);
      expect(response.status, url).toBe(403);
      expect(response.body.code).toBe('FORBIDDEN');
    }
    expect((await premisesOnly.post('/api/activity/calls', { clientId: c1, note: 'x' })).status).toBe(403);
    const activityOnly = await makeStaff(t, admin, ['clients.activity']);
    expect((await activityOnly.get(`/api/premises/${p1}/activity`)).status).toBe(403);
    expect((await activityOnly.get(`/api/clients/${c1}/activity`)).status).toBe(403);
  });

  it('masks the client’s name without the ФИО permission', async () => {
    const limited = await makeStaff(t, admin, ['premises.view', 'clients.activity']);
    const items = await feed(limited, `/api/premises/${p1}/activity?clientId=${c1}`);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.clientName).toBe(PII_MASK);
      expect(item.masked).toEqual({ name: true, contacts: true });
    }
    expect(JSON.stringify(items)).not.toContain('Сидоров');
  });

  it('another organisation gets 404 for our cards, finds nothing by our ids and cannot log a call on them', async () => {
    const other = (await makeOrganization(t)).admin;
    for (const url of [
      `/api/premises/${p1}/activity`,
      `/api/premises/${p1}/activity/counters`,
      `/api/clients/${c1}/activity`,
      `/api/clients/${c1}/activity/counters`,
    ]) {
      const response = await other.get(url);
      expect(response.status, url).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
    }
    const call = await other.post('/api/activity/calls', { premiseId: p1, note: 'Чужой звонок' });
    expect(call.status).toBe(400);
    expect(call.body.code).toBe('REFERENCE_NOT_FOUND');
    expect(
      (await feed(admin, `/api/premises/${p1}/activity?search=${encodeURIComponent('Чужой')}`)).length,
    ).toBe(0);
    // Their premise with our client in the filter: nothing of ours.
    const object = await makeObject(other);
    const theirs = (await makePremise(other, object.id)).id;
    expect(await feed(other, `/api/premises/${theirs}/activity?clientId=${c1}`)).toEqual([]);
  });
});

describe('POST /api/integration/v1/activity', () => {
  it('is idempotent by source and external id; a change updates the record', async () => {
    const item = {
      externalId: 'PASS-1',
      kind: 'one_time_pass',
      subject: 'Разовый пропуск: такси',
      status: 'Заказан',
      occurredAt: '2020-12-07T10:00:00Z',
      clientPhone: undefined,
      clientExternalId: 'C-1',
    };
    const first = await upload([item]);
    expect(first.status).toBe(200);
    expect(first.body.results[0]).toMatchObject({ status: 'created', externalId: 'PASS-1' });
    const again = await upload([item]);
    expect(again.body.results[0]).toMatchObject({ status: 'unchanged', id: first.body.results[0].id });
    const changed = await upload([{ ...item, status: 'Использован' }]);
    expect(changed.body.results[0]).toMatchObject({ status: 'updated', id: first.body.results[0].id });
    // The same external id of another system is another record.
    const elsewhere = await upload(
      [{ ...item, clientExternalId: undefined, premiseExternalId: 'P-2' }],
      'Охрана',
    );
    expect(elsewhere.body.results[0].status).toBe('created');
    const passes = await feed(admin, `/api/clients/${c1}/activity?kind=one_time_pass`);
    expect(passes.map((p) => p.status)).toEqual(['Использован']);
  });

  it('ACT-1: one-time and permanent passes are two kinds; the retired `pass` is refused naming both', async () => {
    const at = '2020-12-08T10:00:00Z';
    const response = await upload([
      {
        externalId: 'PASS-P',
        kind: 'permanent_pass',
        subject: 'Постоянный: няня',
        occurredAt: at,
        clientExternalId: 'C-1',
      },
      { externalId: 'PASS-OLD', kind: 'pass', subject: 'Пропуск', occurredAt: at, clientExternalId: 'C-1' },
    ]);
    expect(response.status).toBe(200);
    expect(response.body.results[0]).toMatchObject({ status: 'created' });
    expect(response.body.results[1]).toMatchObject({ status: 'error', code: 'VALIDATION_FAILED', id: null });
    expect(response.body.results[1].errors).toEqual([
      {
        field: 'kind',
        code: 'KIND_RETIRED',
        message:
          'Тип pass больше не принимается: укажите one_time_pass (разовый пропуск) или permanent_pass (постоянный пропуск)',
      },
    ]);
    const permanent = await feed(admin, `/api/clients/${c1}/activity?kind=permanent_pass`);
    expect(permanent.map((p) => `${p.kind}: ${p.subject}`)).toEqual(['permanent_pass: Постоянный: няня']);
    const oneTime = await feed(admin, `/api/clients/${c1}/activity?kind=one_time_pass`);
    expect(oneTime.map((p) => p.kind)).toEqual(['one_time_pass']);
    // The feed's filter takes the new kinds only.
    expect((await admin.get(`/api/clients/${c1}/activity?kind=pass`)).status).toBe(400);
  });

  it('reports each bad item and applies the rest', async () => {
    const response = await upload([
      {
        externalId: 'E-1',
        kind: 'survey',
        subject: 'Опрос',
        occurredAt: '2020-12-01T10:00:00Z',
        premiseExternalId: 'NOPE',
      },
      { externalId: 'E-2', kind: 'survey', subject: 'Опрос', occurredAt: '2020-12-01T10:00:00Z' },
      {
        externalId: 'E-3',
        kind: 'request',
        subject: 'Не тот тип',
        occurredAt: '2020-12-01T10:00:00Z',
        premiseExternalId: 'P-1',
      },
      {
        externalId: 'E-4',
        kind: 'owners_meeting',
        subject: 'ОСС 2026',
        occurredAt: '2020-12-01T10:00:00Z',
        premiseExternalId: 'P-1',
      },
      {
        externalId: 'E-4',
        kind: 'owners_meeting',
        subject: 'ОСС повтор',
        occurredAt: '2020-12-01T10:00:00Z',
        premiseExternalId: 'P-1',
      },
      {
        externalId: 'E-5',
        kind: 'survey',
        subject: 'Опрос',
        occurredAt: '2020-12-01T10:00:00Z',
        clientPhone: '+7 999 000-00-00',
      },
    ]);
    expect(response.status).toBe(200);
    const byIndex = response.body.results.map((r: { status: string; code?: string }) => r.code ?? r.status);
    expect(byIndex).toEqual([
      'REFERENCE_NOT_FOUND',
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
      'created',
      'DUPLICATE_IN_BATCH',
      'REFERENCE_NOT_FOUND',
    ]);
    expect(response.body.results[0].errors[0]).toMatchObject({ field: 'premiseExternalId' });
    expect(response.body.results[1].errors[0].message).toContain('Укажите помещение');
    expect(await subjects('ОСС')).toEqual(['ОСС 2026']);
  });

  it('needs an integration key', async () => {
    const response = await admin.post('/api/integration/v1/activity', { items: [{}] });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('API_KEY_REQUIRED');
  });
});

async function subjects(search: string) {
  return (await feed(admin, `/api/premises/${p1}/activity?search=${encodeURIComponent(search)}`)).map(
    (item) => item.subject,
  );
}
