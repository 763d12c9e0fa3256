import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeAccount, makeLegalEntity, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';

let t: TestApp;
let admin: Client;
const ids: Record<string, string> = {};

type Item = { id: string; fullAddress: string; totalArea: number | null; objectName: string };
const list = async (query: string) => {
  const response = await admin.get(`/api/premises?pageSize=200&${query}`);
  expect(response.status).toBe(200);
  return response.body as { items: Item[]; total: number };
};
const addresses = async (query: string) => (await list(query)).items.map((i) => i.fullAddress);
const search = (q: string) => addresses(`search=${encodeURIComponent(q)}`);

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  const group = (await admin.post('/api/object-groups', { name: 'Москва' })).body;
  const quarter = (await admin.post('/api/quarters', { name: 'Квартал 7' })).body;
  const north = await makeObject(admin, { name: 'ЖК «Северный»', groupId: group.id, quarterId: quarter.id });
  const river = await makeObject(admin, { name: 'ЖК «Речной»' });
  ids.north = north.id;
  ids.river = river.id;
  ids.group = group.id;
  ids.quarter = quarter.id;
  const legalEntity = await makeLegalEntity(admin);
  for (const number of ['1', '2', '10', '15', '100']) {
    const p = await makePremise(admin, north.id, {
      street: 'ул. Ленина',
      house: '10',
      number,
      totalArea: Number(number) + 30,
    });
    ids[`lenina-${number}`] = p.id;
  }
  await makePremise(admin, north.id, {
    street: 'ул. Ленина',
    house: '12',
    number: '15',
    totalArea: 20,
    tags: ['Угловая'],
  });
  await makePremise(admin, north.id, {
    street: 'ул. Ленина',
    house: '10',
    building: '2',
    number: '15',
    totalArea: null,
  });
  await makePremise(admin, river.id, {
    type: 'parking',
    street: 'наб. Речная',
    house: '5',
    number: '15',
    totalArea: 14,
  });
  const withAccount = await makePremise(admin, river.id, {
    street: 'наб. Речная',
    house: '5',
    number: '3',
    tags: ['Угловая', 'Вид на реку'],
  });
  await makeAccount(admin, withAccount.id, legalEntity.id, { number: '7700123456', els: '75ДА533315' });
  await makePremise(admin, river.id, {
    type: 'house',
    street: 'ул. Сосновая',
    house: '9',
    number: null,
    totalArea: 180,
  });
});
afterAll(() => t.close());

describe('P-1: the list of all premises, paginated', () => {
  it('pages through every premise with a stable order and the total', async () => {
    const all = await list('');
    expect(all.total).toBe(10);
    const first = await admin.get('/api/premises?pageSize=4&page=1');
    const third = await admin.get('/api/premises?pageSize=4&page=3');
    expect(first.body).toMatchObject({ total: 10, page: 1, pageSize: 4 });
    expect(first.body.items).toHaveLength(4);
    expect(third.body.items).toHaveLength(2);
    const paged = [
      ...first.body.items,
      ...(await admin.get('/api/premises?pageSize=4&page=2')).body.items,
      ...third.body.items,
    ];
    expect(paged.map((i: Item) => i.id)).toEqual(all.items.map((i) => i.id));
  });

  it('refuses a page size above 200 and a page below 1', async () => {
    expect((await admin.get('/api/premises?pageSize=500')).status).toBe(400);
    expect((await admin.get('/api/premises?page=0')).body.errors[0]).toMatchObject({ field: 'page' });
  });
});

describe('P-2: one search box over addresses and personal accounts', () => {
  it('splits «улица дом помещение»', async () => {
    expect(await search('Ленина 10 15')).toEqual([
      'ул. Ленина, д. 10, кв. 15',
      'ул. Ленина, д. 10, корп. 2, кв. 15',
    ]);
    expect(await search('ул. Ленина, д. 10, кв. 15')).toHaveLength(2);
  });

  it('takes «дом помещение» without the street', async () => {
    expect(await search('10 15')).toEqual([
      'ул. Ленина, д. 10, кв. 15',
      'ул. Ленина, д. 10, корп. 2, кв. 15',
    ]);
    expect(await search('12 15')).toEqual(['ул. Ленина, д. 12, кв. 15']);
  });

  it('takes a premise number alone («15»); a type word narrows it to that type («кв 15», «м/м 15»)', async () => {
    // Sorted by street name («наб.», «ул.» do not count), then house and number.
    const flats = [
      'ул. Ленина, д. 10, кв. 15',
      'ул. Ленина, д. 10, корп. 2, кв. 15',
      'ул. Ленина, д. 12, кв. 15',
    ];
    expect(await search('15')).toEqual([...flats, 'наб. Речная, д. 5, м/м 15']);
    expect(await search('кв 15')).toEqual(flats);
    expect(await search('м/м 15')).toEqual(['наб. Речная, д. 5, м/м 15']);
    expect(await search('Речная 5 мм 15')).toEqual(['наб. Речная, д. 5, м/м 15']);
    expect(await search('Речная 5 кв 15')).toEqual([]);
    expect(await search('уч 15')).toEqual([]);
  });

  it('matches a корпус when given («Ленина 10 к2 15»)', async () => {
    expect(await search('Ленина 10к2 кв 15')).toEqual(['ул. Ленина, д. 10, корп. 2, кв. 15']);
  });

  it('matches the street by part of its name, and the object by its name', async () => {
    expect(await search('Речн 5 3')).toEqual(['наб. Речная, д. 5, кв. 3']);
    expect(await search('Северный 10 100')).toEqual(['ул. Ленина, д. 10, кв. 100']);
  });

  it('finds a premise by its personal account number or ЕЛС', async () => {
    expect(await search('7700123456')).toEqual(['наб. Речная, д. 5, кв. 3']);
    expect(await search('770012')).toEqual(['наб. Речная, д. 5, кв. 3']);
    expect(await search('75да533315')).toEqual(['наб. Речная, д. 5, кв. 3']);
  });

  it('finds nothing for an address that is not there', async () => {
    expect(await search('Ленина 10 999')).toEqual([]);
    expect(await search('Несуществующая 1 1')).toEqual([]);
  });
});

describe('P-3: filters and sorting', () => {
  it('filters by object, object group and quarter', async () => {
    expect((await list(`objectId=${ids.river}`)).total).toBe(3);
    expect((await list(`objectGroupId=${ids.group}`)).total).toBe(7);
    expect((await list(`quarterId=${ids.quarter}`)).total).toBe(7);
    expect((await list(`objectId=${ids.river}&objectId=${ids.north}`)).total).toBe(10);
  });

  it('filters by one or several types', async () => {
    expect(await addresses('type=parking')).toEqual(['наб. Речная, д. 5, м/м 15']);
    expect((await list('type=parking&type=house')).total).toBe(2);
  });

  it('filters by tags (any of them), case-insensitively', async () => {
    expect((await list('tag=угловая')).total).toBe(2);
    expect(await addresses(`tag=${encodeURIComponent('Вид на реку')}`)).toEqual(['наб. Речная, д. 5, кв. 3']);
  });

  it('combines filters with the search', async () => {
    expect(await addresses(`search=15&objectId=${ids.river}`)).toEqual(['наб. Речная, д. 5, м/м 15']);
  });

  it('sorts by address in natural order: кв. 2 before кв. 10 before кв. 100', async () => {
    const sorted = await addresses(`objectId=${ids.north}&sort=address`);
    expect(sorted.slice(0, 5)).toEqual([
      'ул. Ленина, д. 10, кв. 1',
      'ул. Ленина, д. 10, кв. 2',
      'ул. Ленина, д. 10, кв. 10',
      'ул. Ленина, д. 10, кв. 15',
      'ул. Ленина, д. 10, кв. 100',
    ]);
    const reversed = await addresses(`objectId=${ids.north}&sort=-address`);
    expect(reversed).toEqual([...sorted].reverse());
  });

  it('sorts by total area, premises without an area last', async () => {
    const ascending = (await list('sort=area')).items.map((i) => i.totalArea);
    expect(ascending).toEqual([14, 20, 31, 32, 40, 45, 50, 130, 180, null]);
    const descending = (await list('sort=-area')).items.map((i) => i.totalArea);
    expect(descending).toEqual([180, 130, 50, 45, 40, 32, 31, 20, 14, null]);
  });

  it('refuses an unknown sort', async () => {
    const response = await admin.get('/api/premises?sort=price');
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('sort');
  });
});

describe('T-1: organisations never see each other’s premises', () => {
  it('lists and searches only the own organisation', async () => {
    const other = await makeOrganization(t);
    const object = await makeObject(other.admin);
    await makePremise(other.admin, object.id, { street: 'ул. Ленина', house: '10', number: '15' });
    expect((await other.admin.get('/api/premises')).body.total).toBe(1);
    expect(await search('Ленина 10 15')).toHaveLength(2);
    const foreign = await other.admin.get(`/api/premises/${ids['lenina-15']}`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.id).toBeUndefined();
    // Filters by another organisation's object match nothing.
    expect((await other.admin.get(`/api/premises?objectId=${ids.north}`)).body.total).toBe(0);
  });

  it('lets a role with section access read the list', async () => {
    const viewer = await makeStaff(t, admin, ['premises.view']);
    expect((await viewer.get('/api/premises')).body.total).toBe(10);
  });
});
