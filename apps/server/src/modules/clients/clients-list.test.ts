import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization } from '../../../test/helpers';

let t: TestApp;
let admin: Client;
const ids: Record<string, string> = {};

type Item = { id: string; fullName: string; phone: string | null };
const names = async (query: string) => {
  const response = await admin.get(`/api/clients?pageSize=200&${query}`);
  expect(response.status).toBe(200);
  return (response.body.items as Item[]).map((i) => i.fullName);
};
const search = (q: string) => names(`search=${encodeURIComponent(q)}`);

async function client(fullName: string, phone: string | null, extra: Record<string, unknown> = {}) {
  const response = await admin.post('/api/clients', { fullName, phone, ...extra });
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  ids[fullName] = response.body.id;
  return response.body.id as string;
}

async function link(premiseId: string, clientId: string, body: Record<string, unknown> = {}) {
  const response = await admin.post(`/api/premises/${premiseId}/clients`, { clientId, ...body });
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
}

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  const group = (await admin.post('/api/object-groups', { name: 'Москва' })).body;
  const north = await makeObject(admin, { name: 'ЖК «Северный»', groupId: group.id });
  const river = await makeObject(admin, { name: 'ЖК «Речной»' });
  ids.north = north.id;
  ids.group = group.id;
  const flat = await makePremise(admin, north.id, { house: '1', number: '1' });
  const parking = await makePremise(admin, river.id, { type: 'parking', house: '2', number: '7' });
  ids.flat = flat.id;
  const ivanov = await client('Иванов Иван Иванович', '+7 916 123-45-67', { tags: ['VIP'] });
  const ivanova = await client('Иванова Мария Петровна', '8 903 765-43-21');
  await client('Петров Пётр', '+7 495 111-22-33', { status: 'blocked' });
  await client('Ёлкина Алёна', null);
  await client('ООО «Альфа»', null, { type: 'legal' });
  await link(flat.id, ivanov, { role: 'owner' });
  await link(flat.id, ivanova, { role: 'resident', ownerClientId: ivanov });
  await link(parking.id, ivanova, { role: 'owner' });
  // Last visits in the app, as the resident app will record them.
  await t.db.execute(sql`update clients set first_login_at = now() - interval '30 days', last_visit_at = now() - interval '1 day'
    where id = ${ivanov}`);
  await t.db.execute(sql`update clients set first_login_at = now() - interval '30 days', last_visit_at = now() - interval '5 days'
    where id = ${ivanova}`);
});
afterAll(() => t.close());

describe('C-1: the list of all clients', () => {
  it('shows name, phone, premises and the last visit, paginated', async () => {
    const page = (await admin.get('/api/clients?pageSize=2')).body;
    expect(page.total).toBe(5);
    expect(page.items).toHaveLength(2);
    const ivanova = (await admin.get(`/api/clients?search=${encodeURIComponent('Мария')}`)).body.items[0];
    expect(ivanova).toMatchObject({
      fullName: 'Иванова Мария Петровна',
      phone: '+7 903 765-43-21',
      hasApp: true,
    });
    expect(
      ivanova.premises.map((p: { fullAddress: string; role: string }) => `${p.role}: ${p.fullAddress}`),
    ).toEqual(['resident: ул. Ленина, д. 1, кв. 1', 'owner: ул. Ленина, д. 2, м/м 7']);
    expect(ivanova.lastVisitAt).not.toBeNull();
  });

  it('sorts by client, phone and «Был(а) в ЛК»', async () => {
    // ё sorts as е; «ООО «Альфа»» sorts by its letters.
    expect(await names('sort=name')).toEqual([
      'Ёлкина Алёна',
      'Иванов Иван Иванович',
      'Иванова Мария Петровна',
      'ООО «Альфа»',
      'Петров Пётр',
    ]);
    expect((await names('sort=-name'))[0]).toBe('Петров Пётр');
    expect((await names('sort=phone')).slice(0, 3)).toEqual([
      'Петров Пётр',
      'Иванова Мария Петровна',
      'Иванов Иван Иванович',
    ]);
    expect((await names('sort=-lastVisit')).slice(0, 2)).toEqual([
      'Иванов Иван Иванович',
      'Иванова Мария Петровна',
    ]);
    expect((await names('sort=lastVisit')).slice(0, 2)).toEqual([
      'Иванова Мария Петровна',
      'Иванов Иван Иванович',
    ]);
  });
});

describe('C-2: search by name or any part of a phone', () => {
  it('finds by a part of the name, case- and ё-insensitively, word by word', async () => {
    expect(await search('иванов')).toEqual(['Иванов Иван Иванович', 'Иванова Мария Петровна']);
    expect(await search('мария иванова')).toEqual(['Иванова Мария Петровна']);
    expect(await search('елкина')).toEqual(['Ёлкина Алёна']);
  });

  it.each([
    ['+7 916 123-45-67'],
    ['89161234567'],
    ['79161234567'],
    ['9161234567'],
    ['(916) 123'],
    ['8 916 12'],
    ['+7 916 1'],
    ['123-45-67'],
    ['4567'],
    ['567'],
  ])('finds +7 916 123-45-67 typed as «%s»', async (typed) => {
    expect(await search(typed)).toEqual(['Иванов Иван Иванович']);
  });

  // «8 916» is four digits: the end of a number (…-89-16), not every client of the operator 916.
  it.each([['+7 916 123-45-68'], ['8 926'], ['8 916'], ['+380 91 612 34 56']])(
    'does not find it by «%s»',
    async (typed) => {
      expect(await search(typed)).not.toContain('Иванов Иван Иванович');
    },
  );
});

describe('C-3: filters', () => {
  it('by object, object group, premise type and role — on the same link', async () => {
    expect(await names(`objectId=${ids.north}`)).toEqual(['Иванов Иван Иванович', 'Иванова Мария Петровна']);
    expect(await names(`objectGroupId=${ids.group}&role=owner`)).toEqual(['Иванов Иван Иванович']);
    expect(await names('premiseType=parking')).toEqual(['Иванова Мария Петровна']);
    expect(await names(`role=resident&objectId=${ids.north}`)).toEqual(['Иванова Мария Петровна']);
    expect(await names('role=tenant')).toEqual([]);
  });

  it('by tags, status, app and source', async () => {
    expect(await names('tag=vip')).toEqual(['Иванов Иван Иванович']);
    expect(await names('status=blocked')).toEqual(['Петров Пётр']);
    expect(await names('app=installed')).toEqual(['Иванов Иван Иванович', 'Иванова Мария Петровна']);
    expect((await names('app=never')).length).toBe(3);
    expect((await names('source=manual')).length).toBe(5);
    expect(await names('source=import')).toEqual([]);
  });

  it('refuses unknown filter values', async () => {
    expect((await admin.get('/api/clients?status=sleeping')).status).toBe(400);
    expect((await admin.get('/api/clients?sort=age')).body.errors[0].field).toBe('sort');
  });
});

describe('P-2, P-3: premises found and filtered by their clients', () => {
  const addresses = async (query: string) =>
    (await admin.get(`/api/premises?${query}`)).body.items.map((p: { fullAddress: string }) => p.fullAddress);

  it('finds premises by a client’s name or phone', async () => {
    expect(await addresses(`search=${encodeURIComponent('Иванова')}`)).toEqual([
      'ул. Ленина, д. 1, кв. 1',
      'ул. Ленина, д. 2, м/м 7',
    ]);
    expect(await addresses(`search=${encodeURIComponent('8 916 123')}`)).toEqual(['ул. Ленина, д. 1, кв. 1']);
  });

  it('filters premises by client', async () => {
    expect(await addresses(`clientId=${ids['Иванов Иван Иванович']}`)).toEqual(['ул. Ленина, д. 1, кв. 1']);
  });
});
