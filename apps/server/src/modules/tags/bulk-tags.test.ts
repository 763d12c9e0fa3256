// Issue 17: bulk actions on the premises and clients lists — tags added and removed on the ticked
// rows (`id`) or «все найденные» (the list's filter), with the card's history; the same `id` filter
// in the list, the export and a mailing's audience.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { readXlsx } from '../../../test/xlsx';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { tagsService } from './tags.service';

let t: TestApp;
let admin: Client;
let objectA: string;
let objectB: string;
const flats: string[] = [];
const people: string[] = [];

type Item = { id: string; tags?: string[] };

async function premisesTagged(tag: string): Promise<string[]> {
  const response = await admin.get(`/api/premises?tag=${encodeURIComponent(tag)}&pageSize=100`);
  expect(response.status).toBe(200);
  return response.body.items.map((p: Item) => p.id).sort();
}

async function clientsTagged(tag: string): Promise<string[]> {
  const response = await admin.get(`/api/clients?tag=${encodeURIComponent(tag)}&pageSize=100`);
  expect(response.status).toBe(200);
  return response.body.items.map((c: Item) => c.id).sort();
}

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  objectA = (await makeObject(admin, { name: 'ЖК Массовый' })).id;
  objectB = (await makeObject(admin, { name: 'ЖК Соседний' })).id;
  for (const number of ['1', '2', '3', '4'])
    flats.push((await makePremise(admin, objectA, { number, tags: number === '4' ? ['Должник'] : [] })).id);
  flats.push((await makePremise(admin, objectB, { number: '5' })).id);
  for (const [i, name] of ['Андреев Андрей', 'Борисов Борис', 'Васильев Василий'].entries()) {
    const made = await admin.post('/api/clients', { fullName: name, phone: fixturePhone(), tags: [] });
    expect(made.status).toBe(201);
    people.push(made.body.id);
    const linked = await admin.post(`/api/premises/${flats[i]}/clients`, {
      clientId: made.body.id,
      role: 'owner',
    });
    expect(linked.status).toBe(201);
  }
}, 60_000);
afterAll(() => t.close());

describe('the list’s `id` filter («только эти»)', () => {
  it('narrows the list, the export and a mailing’s audience to the ticked rows', async () => {
    const ticked = [flats[0], flats[2]] as string[];
    const query = ticked.map((id) => `id=${id}`).join('&');
    const list = await admin.get(`/api/premises?${query}`);
    expect(list.body.items.map((p: Item) => p.id).sort()).toEqual([...ticked].sort());
    // With another condition both must hold.
    const narrowed = await admin.get(`/api/premises?${query}&objectId=${objectB}`);
    expect(narrowed.body.total).toBe(0);

    const file = await readXlsx(await admin.get(`/api/premises/export.xlsx?${query}`));
    expect(file.rows).toHaveLength(2);

    const preview = await admin.post('/api/mailings/preview', {
      channel: 'sms',
      audience: { source: 'premises', premises: { id: ticked } },
    });
    expect(preview.status).toBe(200);
    // The owners of flats 1 and 3: Андреев and Васильев.
    expect(preview.body.recipients).toBe(2);

    const clients = await admin.get(`/api/clients?id=${people[1]}`);
    expect(clients.body.items.map((c: Item) => c.id)).toEqual([people[1]]);
    const clientFile = await readXlsx(
      await admin.get(`/api/clients/export.xlsx?id=${people[1]}&id=${people[2]}`),
    );
    expect(clientFile.rows).toHaveLength(2);
    const clientPreview = await admin.post('/api/mailings/preview', {
      channel: 'sms',
      audience: { source: 'clients', clients: { id: [people[0]] } },
    });
    expect(clientPreview.body.recipients).toBe(1);
  });
});

describe('POST /api/premises/bulk-tags', () => {
  it('adds a tag to the ticked premises only, creating it, and removes it again', async () => {
    const ticked = [flats[0], flats[1]] as string[];
    const added = await admin.post('/api/premises/bulk-tags', {
      filter: { id: ticked },
      add: ['Опрессовка'],
    });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect(added.body).toEqual({ matched: 2, affected: 2 });
    expect(await premisesTagged('Опрессовка')).toEqual([...ticked].sort());

    // Already there: selected, but nothing changes.
    const again = await admin.post('/api/premises/bulk-tags', {
      filter: { id: ticked },
      add: ['опрессовка'],
    });
    expect(again.body).toEqual({ matched: 2, affected: 0 });

    const removed = await admin.post('/api/premises/bulk-tags', {
      filter: { id: [flats[0]] },
      remove: ['ОПРЕССОВКА', 'Нет такого'],
    });
    expect(removed.body).toEqual({ matched: 1, affected: 1 });
    expect(await premisesTagged('Опрессовка')).toEqual([flats[1]]);
  });

  it('writes the card’s history entry for each changed premise, and «changed by»', async () => {
    const staff = await makeStaff(t, admin, ['premises.view', 'premises.edit', 'tags.create']);
    const before = (await admin.get(`/api/premises/${flats[3]}`)).body;
    const response = await staff.post('/api/premises/bulk-tags', {
      filter: { id: [flats[3]] },
      add: ['Ремонт'],
    });
    expect(response.body).toEqual({ matched: 1, affected: 1 });
    const [entry] = (await admin.get(`/api/premises/${flats[3]}/history`)).body;
    expect(entry).toMatchObject({
      action: 'update',
      entityId: flats[3],
      changes: [{ field: 'tags', old: ['Должник'], new: ['Должник', 'Ремонт'] }],
    });
    // The same entry the card's own tag edit writes.
    await admin.patch(`/api/premises/${flats[3]}`, { tags: ['Должник', 'Ремонт', 'Угловая'] });
    const [fromCard] = (await admin.get(`/api/premises/${flats[3]}/history`)).body;
    expect(fromCard.changes).toEqual([
      { field: 'tags', old: ['Должник', 'Ремонт'], new: ['Должник', 'Ремонт', 'Угловая'] },
    ]);
    expect(fromCard.summary).toBeTypeOf('string');
    expect(entry.summary).toBeTypeOf('string');
    const after = (await admin.get(`/api/premises/${flats[3]}`)).body;
    expect(after.updatedAt > before.updatedAt).toBe(true);
    expect(entry.actorName).not.toBe(fromCard.actorName);
  });

  it('«все найденные»: every premise the filter selects, on every page', async () => {
    const response = await admin.post('/api/premises/bulk-tags', {
      filter: { objectId: [objectA] },
      add: ['Корпус А'],
    });
    expect(response.body).toEqual({ matched: 4, affected: 4 });
    expect(await premisesTagged('Корпус А')).toEqual(flats.slice(0, 4).sort());
    const removed = await admin.post('/api/premises/bulk-tags', {
      filter: { objectId: [objectA], search: 'кв 2' },
      remove: ['Корпус А'],
    });
    expect(removed.body).toEqual({ matched: 1, affected: 1 });
    expect(await premisesTagged('Корпус А')).toEqual([flats[0], flats[2], flats[3]].sort());
  });

  it('a body without a condition changes nothing unless `all` confirms the whole list', async () => {
    for (const filter of [{}, { id: [] }, { search: '  ' }, { tag: [] }]) {
      const refused = await admin.post('/api/premises/bulk-tags', { filter, add: ['Все'] });
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('BULK_SELECTION_EMPTY');
    }
    expect(await premisesTagged('Все')).toEqual([]);
    const all = await admin.post('/api/premises/bulk-tags', { filter: {}, all: true, add: ['Все'] });
    expect(all.body).toEqual({ matched: 5, affected: 5 });
    const nothing = await admin.post('/api/premises/bulk-tags', { filter: { id: [flats[0]] } });
    expect(nothing.status).toBe(400);
    expect(nothing.body.errors[0]).toMatchObject({ field: 'add' });
  });

  it('ignores another organisation’s ids and refuses when none of the ticked rows is ours', async () => {
    const other = await makeOrganization(t);
    const theirObject = await makeObject(other.admin);
    const theirs = await makePremise(other.admin, theirObject.id, { number: '9' });
    const mixed = await admin.post('/api/premises/bulk-tags', {
      filter: { id: [flats[4], theirs.id] },
      add: ['Смешанный'],
    });
    expect(mixed.body).toEqual({ matched: 1, affected: 1 });
    expect((await other.admin.get(`/api/premises/${theirs.id}`)).body.tags).toEqual([]);
    expect((await other.admin.get(`/api/premises/${theirs.id}/history`)).body).toHaveLength(1);
    const foreign = await admin.post('/api/premises/bulk-tags', {
      filter: { id: [theirs.id] },
      add: ['Чужой'],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.code).toBe('REFERENCE_NOT_FOUND');
    // Their «все найденные» never reaches our rows.
    const theirAll = await other.admin.post('/api/premises/bulk-tags', {
      filter: {},
      all: true,
      add: ['Чужой'],
    });
    expect(theirAll.body).toEqual({ matched: 1, affected: 1 });
    expect(await premisesTagged('Чужой')).toEqual([]);
  });

  it('needs «Редактирование» of premises; a new tag needs «Изменения тегов», and nothing is written without it', async () => {
    const viewer = await makeStaff(t, admin, ['premises.view', 'tags.create']);
    const refused = await viewer.post('/api/premises/bulk-tags', {
      filter: { id: [flats[0]] },
      add: ['Смотритель'],
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    const editor = await makeStaff(t, admin, ['premises.view', 'premises.edit']);
    const noNewTags = await editor.post('/api/premises/bulk-tags', {
      filter: { id: [flats[0]] },
      add: ['Должник', 'Совсем новый'],
    });
    expect(noNewTags.status).toBe(403);
    expect(noNewTags.body.code).toBe('TAG_CREATE_FORBIDDEN');
    expect(await premisesTagged('Должник')).toEqual([flats[3]]);
    const existing = await editor.post('/api/premises/bulk-tags', {
      filter: { id: [flats[0]] },
      add: ['Должник'],
    });
    expect(existing.body).toEqual({ matched: 1, affected: 1 });
  });
});

describe('the limit of one bulk change', () => {
  it('refuses more rows than the limit, before writing anything', async () => {
    const actor: Actor = {
      organizationId: admin.organizationId,
      staffId: null,
      name: 'Тест',
      roleId: '',
      permissions: new Set(['tags.create']),
    };
    const tags = tagsService({ db: t.db });
    const change = { filter: {}, all: true, add: ['Слишком много'] };
    // Five premises: a limit of four refuses them all, a limit of five takes them.
    const refused = tags.applyInBulk(t.db, actor, 'premise', undefined, change, 4);
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: 'BULK_TOO_MANY' });
    expect(await premisesTagged('Слишком много')).toEqual([]);
    await expect(tags.applyInBulk(t.db, actor, 'premise', undefined, change, 5)).resolves.toEqual({
      matched: 5,
      affected: 5,
    });
  });
});

describe('POST /api/clients/bulk-tags', () => {
  it('adds to the ticked clients and removes from «все найденные», with the card’s history', async () => {
    const added = await admin.post('/api/clients/bulk-tags', {
      filter: { id: [people[0], people[1]] },
      add: ['VIP'],
    });
    expect(added.body).toEqual({ matched: 2, affected: 2 });
    expect(await clientsTagged('VIP')).toEqual([people[0], people[1]].sort());
    const [entry] = (await admin.get(`/api/clients/${people[0]}/history`)).body;
    expect(entry).toMatchObject({ action: 'update', changes: [{ field: 'tags', old: [], new: ['VIP'] }] });

    // «все найденные» of a filtered list: the clients tagged VIP whose name starts with «Андреев».
    const removed = await admin.post('/api/clients/bulk-tags', {
      filter: { tag: ['VIP'], search: 'Андреев' },
      remove: ['VIP'],
    });
    expect(removed.body).toEqual({ matched: 1, affected: 1 });
    expect(await clientsTagged('VIP')).toEqual([people[1]]);
  });

  it('needs «Редактирование» of clients; a search by hidden names is refused (R-3)', async () => {
    const viewer = await makeStaff(t, admin, ['clients.view', 'clients.pii.name']);
    const refused = await viewer.post('/api/clients/bulk-tags', {
      filter: { id: [people[0]] },
      add: ['VIP'],
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    const blind = await makeStaff(t, admin, ['clients.view', 'clients.edit']);
    const bySearch = await blind.post('/api/clients/bulk-tags', {
      filter: { search: 'Борисов' },
      add: ['VIP'],
    });
    expect(bySearch.status).toBe(403);
    expect(bySearch.body.code).toBe('PII_SEARCH_FORBIDDEN');
    const byId = await blind.post('/api/clients/bulk-tags', { filter: { id: [people[2]] }, add: ['VIP'] });
    expect(byId.body).toEqual({ matched: 1, affected: 1 });
  });
});
