// Issue 16: the premises and clients lists page on by an opaque cursor (keyset) as well as by page
// number (offset). For every offered sort, walking the list by `nextCursor` gives every row exactly
// once in the order offset paging gives — ties and nulls of the sort column included — and walking
// back by `prevCursor` gives it reversed. A cursor of another sort, other filters, another list or
// a forged one is a 400 in Russian, never a 500.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app';
import { makeObject, makePremise } from '../../test/fixtures';
import { type Client, makeOrganization } from '../../test/helpers';

let t: TestApp;
let admin: Client;
let otherAdmin: Client;
let objectA: string;

type PageBody = {
  items: { id: string }[];
  page: number;
  pageSize: number;
  nextCursor: string | null;
  prevCursor: string | null;
};

const get = async (url: string): Promise<PageBody> => {
  const response = await admin.get(url);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as PageBody;
};

const PAGE = 4;

/** The ids by page number (offset), page after page. */
async function byOffset(path: string, query: string): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const body = await get(`${path}?${query}&pageSize=${PAGE}&page=${page}`);
    ids.push(...body.items.map((i) => i.id));
    if (body.items.length < PAGE) return ids;
  }
}

/** The ids by cursor: the first page by number, then `nextCursor` to null; then back by `prevCursor`. */
async function byCursor(path: string, query: string) {
  const forward: string[] = [];
  const pages: number[] = [];
  let body = await get(`${path}?${query}&pageSize=${PAGE}`);
  for (;;) {
    forward.push(...body.items.map((i) => i.id));
    pages.push(body.page);
    if (!body.nextCursor) break;
    body = await get(`${path}?${query}&pageSize=${PAGE}&cursor=${body.nextCursor}`);
  }
  const backward: string[] = [];
  for (;;) {
    backward.unshift(...body.items.map((i) => i.id));
    if (!body.prevCursor) break;
    body = await get(`${path}?${query}&pageSize=${PAGE}&cursor=${body.prevCursor}`);
  }
  return { forward, backward, pages, firstPage: body.page };
}

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  const a = await makeObject(admin, { name: 'ЖК «Альфа»' });
  const b = await makeObject(admin, { name: 'ЖК «Бета»' });
  objectA = a.id;
  // Areas with ties (40 thrice, 55 twice) and nulls; addresses with ties (set below).
  const areas = [
    40,
    null,
    55,
    40,
    12.5,
    null,
    55,
    40,
    70.25,
    null,
    33,
    12.5,
    90,
    null,
    40,
    61,
    55,
    18,
    null,
    40,
  ];
  for (const [i, totalArea] of areas.entries())
    await makePremise(admin, i % 3 === 0 ? b.id : a.id, {
      street: 'ул. Ключевая',
      house: String(1 + (i % 4)),
      number: String(i + 1),
      totalArea,
    });
  // Same address order for a few premises: the id breaks the tie.
  await t.db.execute(sql`update premises set sort_key = 'одинаковый' where id in (
    select id from premises where street = 'ул. Ключевая' order by id limit 5)`);

  const names = ['Петров Пётр', 'Иванов Иван', 'Петров Пётр', 'Сидорова Анна', 'Иванов Иван', 'Абрамов Олег'];
  for (let i = 0; i < 22; i++) {
    const created = await admin.post('/api/clients', {
      type: 'individual',
      fullName: `${names[i % names.length]}`,
      // Every third client without a phone: nulls in the phone sort.
      ...(i % 3 === 0 ? {} : { phone: `+7916444${String(i).padStart(4, '0')}` }),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  }
  // «Был(а) в ЛК»: ties to the microsecond and nulls (never visited).
  await t.db.execute(sql`update clients set last_visit_at = case (abs(hashtext(id::text)) % 4)
    when 0 then null when 1 then '2026-11-01 10:00:00.123456+00'::timestamptz
    when 2 then '2026-11-02 09:30:00.5+00'::timestamptz else now() - (abs(hashtext(id::text)) % 1000) * interval '1 second' end`);

  // Another organisation's rows never show up in this one's pages.
  const other = await makeOrganization(t);
  otherAdmin = other.admin;
  const theirs = await makeObject(other.admin);
  for (let i = 1; i <= 6; i++)
    await makePremise(other.admin, theirs.id, { street: 'ул. Ключевая', number: String(i), totalArea: 40 });
});
afterAll(() => t.close());

const premiseSorts = ['address', '-address', 'area', '-area'];
const clientSorts = ['name', '-name', 'phone', '-phone', 'lastVisit', '-lastVisit'];

describe('keyset paging walks the same list as offset paging', () => {
  for (const [path, sorts, filter] of [
    ['/api/premises', premiseSorts, ''],
    ['/api/clients', clientSorts, ''],
  ] as const) {
    for (const sort of sorts) {
      it(`${path} sort=${sort}: every row once, in offset order, forward and back`, async () => {
        const query = `sort=${sort}${filter}`;
        const expected = await byOffset(path, query);
        expect(expected.length).toBeGreaterThan(PAGE * 4);
        expect(new Set(expected).size).toBe(expected.length);
        const walked = await byCursor(path, query);
        expect(walked.forward).toEqual(expected);
        expect(walked.backward).toEqual(expected);
        expect(walked.pages).toEqual(walked.pages.map((_, i) => i + 1));
        expect(walked.firstPage).toBe(1);
      });
    }
  }

  it('a filtered list by cursor: the same rows as by offset', async () => {
    const query = `sort=-area&objectId=${objectA}`;
    const expected = await byOffset('/api/premises', query);
    expect(expected.length).toBeGreaterThan(PAGE * 2);
    expect((await byCursor('/api/premises', query)).forward).toEqual(expected);
  });

  it('a page by number hands out the cursors of its neighbours', async () => {
    const third = await get(`/api/premises?sort=area&pageSize=${PAGE}&page=3`);
    expect(third.page).toBe(3);
    const fourth = await get(`/api/premises?sort=area&pageSize=${PAGE}&cursor=${third.nextCursor}`);
    const second = await get(`/api/premises?sort=area&pageSize=${PAGE}&cursor=${third.prevCursor}`);
    expect(fourth.page).toBe(4);
    expect(second.page).toBe(2);
    expect(fourth.items).toEqual((await get(`/api/premises?sort=area&pageSize=${PAGE}&page=4`)).items);
    expect(second.items).toEqual((await get(`/api/premises?sort=area&pageSize=${PAGE}&page=2`)).items);
    const first = await get(`/api/premises?sort=area&pageSize=${PAGE}`);
    expect(first.prevCursor).toBeNull();
  });
});

describe('a cursor of another list is refused', () => {
  const refused = async (url: string) => {
    const response = await admin.get(url);
    expect(response.status, JSON.stringify(response.body)).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors?.[0]).toMatchObject({ field: 'cursor', code: 'CURSOR' });
    expect(response.body.detail).toMatch(/Курсор/);
    return response.body.detail as string;
  };
  const cursorOf = async (url: string) => (await get(url)).nextCursor as string;

  it('another sort, other filters, the other list: «выдан для другой сортировки или других фильтров»', async () => {
    const byArea = await cursorOf(`/api/premises?sort=area&pageSize=${PAGE}`);
    expect(await refused(`/api/premises?sort=-area&pageSize=${PAGE}&cursor=${byArea}`)).toMatch(
      /другой сортировки или других фильтров/,
    );
    await refused(`/api/premises?pageSize=${PAGE}&cursor=${byArea}`);
    await refused(`/api/premises?sort=area&type=flat&pageSize=${PAGE}&cursor=${byArea}`);
    await refused(`/api/clients?sort=name&pageSize=${PAGE}&cursor=${byArea}`);
    const byName = await cursorOf(`/api/clients?sort=name&pageSize=${PAGE}`);
    await refused(`/api/clients?sort=phone&pageSize=${PAGE}&cursor=${byName}`);
    // Another organisation's list, though of the same sort and filters.
    const theirs = await otherAdmin.get(`/api/premises?sort=area&pageSize=${PAGE}&cursor=${byArea}`);
    expect(theirs.status).toBe(400);
    expect(theirs.body.detail).toMatch(/другой сортировки или других фильтров/);
    // The same sort and filters page on whatever the page size.
    expect((await admin.get(`/api/premises?sort=area&pageSize=7&cursor=${byArea}`)).status).toBe(200);
  });

  it('a forged or broken cursor: «Курсор не распознан», not a 500', async () => {
    const byArea = await cursorOf(`/api/premises?sort=area&pageSize=${PAGE}`);
    const [version, binding, direction, offset, values] = JSON.parse(
      Buffer.from(byArea, 'base64url').toString('utf8'),
    ) as [number, string, string, number, (string | null)[]];
    const forge = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString('base64url');
    const forged = [
      'не-курсор',
      Buffer.from('{').toString('base64url'),
      forge([version, binding, direction, offset, ['много', ...values.slice(1)]]),
      forge([version, binding, direction, offset, [values[0], values[1], 'not-a-uuid']]),
      forge([version, binding, direction, offset, [values[0], values[1], null]]),
      forge([version, binding, direction, offset, values.slice(1)]),
      forge([version, binding, 'x', offset, values]),
      forge([version, binding, direction, -1, values]),
      forge([2, binding, direction, offset, values]),
      forge([version, binding, direction, offset, [values[0], 'a\u0000b', values[2]]]),
    ];
    for (const cursor of forged)
      expect(await refused(`/api/premises?sort=area&pageSize=${PAGE}&cursor=${cursor}`)).toMatch(
        /не распознан/,
      );
    const visit = await cursorOf(`/api/clients?sort=lastVisit&pageSize=${PAGE}`);
    const [v, b, d, o, k] = JSON.parse(Buffer.from(visit, 'base64url').toString('utf8'));
    await refused(
      `/api/clients?sort=lastVisit&pageSize=${PAGE}&cursor=${forge([v, b, d, o, ['2026-02-30 10:00:00+00', k[1]]])}`,
    );
  });
});
