// M-1, M-2: a mailing's recipients are exactly the list's (clients list, premises list, a card);
// the preview counts; validation; the list's search and filters, the client card's tab; cancel;
// masking; tenancy (T-1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';

let t: TestApp;
let admin: Client;
const ids: Record<string, string> = {};

type Made = { id: string };

async function client(fullName: string, phone: string | null, tags: string[] = []): Promise<string> {
  const made = await admin.post('/api/clients', { fullName, phone, tags });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return made.body.id;
}

async function link(premiseId: string, clientId: string, role = 'owner', ownerClientId?: string) {
  const made = await admin.post(`/api/premises/${premiseId}/clients`, { clientId, role, ownerClientId });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
}

/** Every page of a list: the ids it shows with these filters. */
async function listIds(url: string, query: Record<string, string | string[]>): Promise<string[]> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) for (const one of [v].flat()) params.append(k, one);
  params.set('pageSize', '100');
  const response = await admin.get(`${url}?${params}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  expect(response.body.total).toBeLessThanOrEqual(100);
  return response.body.items.map((item: Made) => item.id);
}

/** The clients linked to these premises, as the premise cards list them. */
async function clientsOfPremises(premiseIds: string[]): Promise<string[]> {
  const all = new Set<string>();
  for (const id of premiseIds)
    for (const row of (await admin.get(`/api/premises/${id}/clients`)).body) all.add(row.clientId);
  return [...all];
}

async function recipientIds(mailingId: string): Promise<string[]> {
  const response = await admin.get(`/api/mailings/${mailingId}/recipients?pageSize=100`);
  expect(response.status).toBe(200);
  return response.body.items.map((r: { clientId: string }) => r.clientId).sort();
}

async function mail(audience: unknown, extra: Record<string, unknown> = {}) {
  return admin.post('/api/mailings', {
    channel: 'sms',
    title: 'Отключение воды',
    text: 'Завтра с 10 до 14 не будет горячей воды',
    audience,
    sendAt: new Date(Date.now() + 3_600_000).toISOString(),
    ...extra,
  });
}

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  const north = await makeObject(admin, { name: 'ЖК Северный' });
  const south = await makeObject(admin, { name: 'ЖК Южный' });
  ids.north = north.id;
  ids.south = south.id;
  const flat1 = await makePremise(admin, north.id, { number: '1' });
  const flat2 = await makePremise(admin, north.id, { number: '2' });
  const parking = await makePremise(admin, south.id, { type: 'parking', number: '7' });
  ids.flat1 = flat1.id;
  ids.parking = parking.id;
  ids.ivanov = await client('Иванов Иван Иванович', fixturePhone(), ['Должник']);
  ids.ivanova = await client('Иванова Мария Петровна', fixturePhone());
  ids.petrov = await client('Петров Пётр', null, ['Должник']);
  ids.sidorov = await client('Сидоров Сидор', fixturePhone());
  ids.alone = await client('Одинокий Без Помещения', fixturePhone());
  await link(flat1.id, ids.ivanov);
  await link(flat1.id, ids.ivanova, 'resident', ids.ivanov);
  await link(flat2.id, ids.petrov);
  await link(parking.id, ids.sidorov);
  await link(parking.id, ids.ivanov, 'tenant', ids.sidorov);
});
afterAll(() => t?.close());

describe('recipients are exactly the list’s', () => {
  const clientFilters: Record<string, string | string[]>[] = [
    {},
    { search: 'Иванов' },
    { search: 'Мария' },
    { tag: ['Должник'] },
    { objectId: [] as string[] },
    { role: ['owner'] },
    { premiseType: ['parking'] },
  ];

  it.each(clientFilters.map((f, i) => [i, f] as const))('clients list, filters #%s', async (_, raw) => {
    const filter = { ...raw };
    if ('objectId' in filter) filter.objectId = [ids.north ?? ''];
    const expected = (await listIds('/api/clients', filter)).sort();
    expect(expected.length).toBeGreaterThan(0);
    const preview = await admin.post('/api/mailings/preview', {
      channel: 'sms',
      audience: { source: 'clients', clients: filter },
    });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.recipients).toBe(expected.length);
    const created = await mail({ source: 'clients', clients: filter });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.recipientsTotal).toBe(expected.length);
    expect(await recipientIds(created.body.id)).toEqual(expected);
  });

  const premiseFilters: Record<string, string | string[]>[] = [
    {},
    { type: ['parking'] },
    { search: 'Иванов' },
    { objectId: [] as string[] },
  ];

  it.each(premiseFilters.map((f, i) => [i, f] as const))('premises list, filters #%s', async (_, raw) => {
    const filter = { ...raw };
    if ('objectId' in filter) filter.objectId = [ids.south ?? ''];
    const premises = await listIds('/api/premises', filter);
    expect(premises.length).toBeGreaterThan(0);
    const expected = (await clientsOfPremises(premises)).sort();
    const created = await mail({ source: 'premises', premises: filter });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(await recipientIds(created.body.id)).toEqual(expected);
    const preview = await admin.post('/api/mailings/preview', {
      channel: 'sms',
      audience: { source: 'premises', premises: filter },
    });
    expect(preview.body.recipients).toBe(expected.length);
  });

  it('a card: that one client', async () => {
    const created = await mail({ source: 'client', clientId: ids.alone });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      source: 'client',
      status: 'scheduled',
      recipientsTotal: 1,
      filter: { clientId: ids.alone },
      counts: { queued: 1, sent: 0, delivered: 0, failed: 0, skipped: 0 },
      initiator: { name: 'Администратор Тестовый' },
    });
    expect(await recipientIds(created.body.id)).toEqual([ids.alone]);
  });
});

describe('preview and validation', () => {
  it('SMS: a client without a phone is counted as «Нет телефона» and skipped at once', async () => {
    const audience = { source: 'clients', clients: { tag: ['Должник'] } };
    const preview = await admin.post('/api/mailings/preview', { channel: 'sms', audience });
    expect(preview.body).toEqual({
      recipients: 2,
      reachable: 1,
      skipped: { noPhone: 1, noApp: 0, pushOff: 0, typeOff: 0 },
    });
    const created = await mail(audience);
    expect(created.body.counts).toMatchObject({ queued: 1, skipped: 1 });
    const skipped = await admin.get(`/api/mailings/${created.body.id}/recipients?status=skipped`);
    expect(skipped.body.items).toEqual([
      expect.objectContaining({
        clientId: ids.petrov,
        status: 'skipped',
        reason: 'Нет телефона',
        phone: null,
      }),
    ]);
  });

  it('push: nobody signed in to the app — all «Не входил в приложение»', async () => {
    const preview = await admin.post('/api/mailings/preview', {
      channel: 'push',
      audience: { source: 'clients', clients: { tag: ['Должник'] } },
    });
    expect(preview.body).toEqual({
      recipients: 2,
      reachable: 0,
      skipped: { noPhone: 0, noApp: 2, pushOff: 0, typeOff: 0 },
    });
  });

  it('numbers follow one another in the organisation', async () => {
    const a = await mail({ source: 'client', clientId: ids.alone });
    const b = await mail({ source: 'client', clientId: ids.alone });
    expect(b.body.number).toBe(a.body.number + 1);
  });

  it.each([
    ['an SMS of 11 parts', { text: 'Ж'.repeat(67 * 10 + 1) }, 'text'],
    ['a time already past', { sendAt: new Date(Date.now() - 5 * 60_000).toISOString() }, 'sendAt'],
    ['a blank title', { title: '   ' }, 'title'],
    ['no filters for a clients list', { audience: { source: 'clients' } }, 'audience.clients'],
    ['no filters for a premises list', { audience: { source: 'premises' } }, 'audience.premises'],
    ['no client for a card', { audience: { source: 'client' } }, 'audience.clientId'],
  ])('refused: %s', async (_, body, field) => {
    const response = await mail({ source: 'client', clientId: ids.alone }, body);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors[0]).toMatchObject({ field });
    expect(response.body.errors[0].message).toMatch(/[а-я]/);
  });

  it('an SMS of exactly 10 Cyrillic parts is taken; push has no such limit', async () => {
    expect((await mail({ source: 'client', clientId: ids.alone }, { text: 'Ж'.repeat(670) })).status).toBe(
      201,
    );
    const push = await mail(
      { source: 'client', clientId: ids.alone },
      { channel: 'push', text: 'Ж'.repeat(900) },
    );
    expect(push.status).toBe(201);
  });

  it('nobody matches: refused with a Russian message, nothing written', async () => {
    const before = (await admin.get('/api/mailings')).body.total;
    const response = await mail({ source: 'clients', clients: { search: 'Несуществующий' } });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'MAILING_NO_RECIPIENTS' });
    expect(response.body.title).toMatch(/получател/);
    expect((await admin.get('/api/mailings')).body.total).toBe(before);
  });

  it('another organisation’s client is not found; its staff do not see our mailings', async () => {
    const other = await makeOrganization(t);
    const refused = await other.admin.post('/api/mailings', {
      channel: 'sms',
      title: 'Чужая',
      text: 'Текст',
      audience: { source: 'client', clientId: ids.alone },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('REFERENCE_NOT_FOUND');
    const ours = (await admin.get('/api/mailings')).body.items[0];
    expect((await other.admin.get(`/api/mailings/${ours.id}`)).status).toBe(404);
    expect((await other.admin.get(`/api/mailings/${ours.id}/recipients`)).status).toBe(404);
    expect((await other.admin.post(`/api/mailings/${ours.id}/cancel`)).status).toBe(404);
    expect((await other.admin.get('/api/mailings')).body.total).toBe(0);
    const preview = await other.admin.post('/api/mailings/preview', {
      channel: 'sms',
      audience: { source: 'clients', clients: {} },
    });
    expect(preview.body.recipients).toBe(0);
  });
});

describe('masking (R-3) and permissions', () => {
  it('a role without contact data sees the counts and masked phones; without names, masked names', async () => {
    const created = await mail({ source: 'clients', clients: { search: 'Иванов' } });
    const staff = await makeStaff(t, admin, ['mailings.view', 'clients.pii.name']);
    const card = await staff.get(`/api/mailings/${created.body.id}`);
    expect(card.body.counts.queued).toBe(2);
    const recipients = (await staff.get(`/api/mailings/${created.body.id}/recipients`)).body.items;
    expect(recipients).toHaveLength(2);
    for (const r of recipients) {
      expect(r.phone).toBe('********');
      expect(r.clientName).toMatch(/^Иванов/);
      expect(r.masked).toEqual({ name: false, contacts: true });
    }
    const nameless = await makeStaff(t, admin, ['mailings.view']);
    const hidden = (await nameless.get(`/api/mailings/${created.body.id}/recipients`)).body.items;
    expect(hidden.map((r: { clientName: string }) => r.clientName)).toEqual(['********', '********']);
    const shown = (await admin.get(`/api/mailings/${created.body.id}/recipients`)).body.items;
    expect(shown.every((r: { phone: string }) => r.phone.startsWith('+7 977 '))).toBe(true);
  });

  it('a role without names cannot preview by a name it may not see', async () => {
    const staff = await makeStaff(t, admin, ['mailings.create', 'clients.view']);
    const response = await staff.post('/api/mailings/preview', {
      channel: 'sms',
      audience: { source: 'clients', clients: { search: 'Иванов' } },
    });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('PII_SEARCH_FORBIDDEN');
  });

  it('the source list’s own permission is needed: premises for premises, clients for clients', async () => {
    const staff = await makeStaff(t, admin, ['mailings.create', 'clients.view']);
    const premises = await staff.post('/api/mailings/preview', {
      channel: 'sms',
      audience: { source: 'premises', premises: {} },
    });
    expect(premises.status).toBe(403);
    const clients = await staff.post('/api/mailings/preview', {
      channel: 'sms',
      audience: { source: 'clients', clients: {} },
    });
    expect(clients.status).toBe(200);
    const viewer = await makeStaff(t, admin, ['mailings.view', 'clients.view']);
    expect(
      (
        await viewer.post('/api/mailings/preview', {
          channel: 'sms',
          audience: { source: 'clients', clients: {} },
        })
      ).status,
    ).toBe(403);
  });
});

describe('list, card, cancel', () => {
  let list: Client;
  const made: Record<string, string> = {};

  beforeAll(async () => {
    const { admin: fresh } = await makeOrganization(t);
    list = fresh;
    const a = (await list.post('/api/clients', { fullName: 'Абрамов Антон', phone: fixturePhone() })).body.id;
    const b = (await list.post('/api/clients', { fullName: 'Борисов Борис', phone: fixturePhone() })).body.id;
    made.a = a;
    made.b = b;
    const later = new Date(Date.now() + 86_400_000).toISOString();
    const send = (body: Record<string, unknown>) =>
      list.post('/api/mailings', { channel: 'sms', sendAt: later, ...body });
    made.water = (
      await send({
        title: 'Вода',
        text: 'Отключение горячей воды 50%',
        audience: { source: 'client', clientId: a },
      })
    ).body.id;
    made.lift = (
      await send({
        channel: 'push',
        title: 'Лифт',
        text: 'Ремонт лифта в подъезде',
        audience: { source: 'clients', clients: {} },
      })
    ).body.id;
    made.meeting = (
      await send({
        title: 'Собрание_жильцов',
        text: 'Общее собрание',
        audience: { source: 'client', clientId: b },
      })
    ).body.id;
    const cancelled = await list.post(`/api/mailings/${made.meeting}/cancel`);
    expect(cancelled.status).toBe(200);
  });

  const idsOf = async (query: string) =>
    (await list.get(`/api/mailings${query}`)).body.items.map((m: Made) => m.id);

  it('newest first, with counts by status', async () => {
    const page = (await list.get('/api/mailings')).body;
    expect(page.total).toBe(3);
    expect(page.items.map((m: Made) => m.id)).toEqual([made.meeting, made.lift, made.water]);
    expect(page.items[1]).toMatchObject({ channel: 'push', recipientsTotal: 2, counts: { queued: 2 } });
    expect(page.items[1].recipient).toBeUndefined();
  });

  it('search by title and by text, literally', async () => {
    expect(await idsOf('?search=вода')).toEqual([made.water]);
    expect(await idsOf(`?search=${encodeURIComponent('лифта')}`)).toEqual([made.lift]);
    expect(await idsOf(`?search=${encodeURIComponent('50%')}`)).toEqual([made.water]);
    expect(await idsOf(`?search=${encodeURIComponent('%')}`)).toEqual([made.water]);
    expect(await idsOf(`?search=${encodeURIComponent('_')}`)).toEqual([made.meeting]);
    expect(await idsOf('?search=газ')).toEqual([]);
  });

  it('filters: status, channel, initiator, period, client', async () => {
    expect(await idsOf('?status=cancelled')).toEqual([made.meeting]);
    expect(await idsOf('?status=scheduled&channel=sms')).toEqual([made.water]);
    expect(await idsOf('?channel=push')).toEqual([made.lift]);
    const me = (await list.get('/api/auth/me')).body.staff.id;
    expect((await idsOf(`?initiatorId=${me}`)).length).toBe(3);
    expect(await idsOf(`?initiatorId=${crypto.randomUUID()}`)).toEqual([]);
    const today = new Date(Date.now() + 3 * 3_600_000).toISOString().slice(0, 10);
    expect((await idsOf(`?from=${today}&to=${today}`)).length).toBe(3);
    expect(await idsOf('?to=2020-01-01')).toEqual([]);
    expect(await idsOf('?from=2999-01-01')).toEqual([]);
  });

  it('the initiator filter offers who created mailings here', async () => {
    const me = (await list.get('/api/auth/me')).body.staff;
    expect((await list.get('/api/mailings/initiators')).body).toEqual([{ id: me.id, name: me.fullName }]);
  });

  it('the client card’s tab: only what the client received, with what became of it', async () => {
    const page = (await list.get(`/api/mailings?clientId=${made.b}`)).body;
    expect(page.items.map((m: Made) => m.id)).toEqual([made.meeting, made.lift]);
    expect(page.items[0].recipient).toEqual({ status: 'skipped', reason: 'Рассылка отменена' });
    expect(page.items[1].recipient).toEqual({ status: 'queued', reason: null });
  });

  it('cancel: scheduled → cancelled, the queued skipped; a second cancel is refused', async () => {
    const card = (await list.get(`/api/mailings/${made.meeting}`)).body;
    expect(card).toMatchObject({ status: 'cancelled', counts: { skipped: 1, queued: 0 } });
    expect(card.finishedAt).not.toBeNull();
    const again = await list.post(`/api/mailings/${made.meeting}/cancel`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('MAILING_NOT_CANCELLABLE');
    expect((await list.post(`/api/mailings/${crypto.randomUUID()}/cancel`)).status).toBe(404);
  });

  it('a merged card brings the mailings it received to the card it merged into', async () => {
    const into = (await list.post('/api/clients', { fullName: 'Абрамов Антон Петрович' })).body.id;
    const merged = await list.post(`/api/clients/${made.a}/merge`, { intoClientId: into });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(await idsOf(`?clientId=${into}`)).toEqual([made.lift, made.water]);
  });
});
