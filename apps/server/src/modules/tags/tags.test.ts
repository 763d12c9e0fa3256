import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';

let t: TestApp;
let admin: Client;
let objectId: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  objectId = (await makeObject(admin)).id;
  await makePremise(admin, objectId, { tags: ['Угловая', 'Вид на парк', 'Должник'] });
});
afterAll(() => t.close());

describe('tags of premises', () => {
  it('lists the organisation’s tags and finds them by part of the name', async () => {
    const all = await admin.get('/api/tags');
    expect(all.body.map((tag: { name: string }) => tag.name)).toEqual(['Вид на парк', 'Должник', 'Угловая']);
    const found = await admin.get(`/api/tags?search=${encodeURIComponent('ПАРК')}`);
    expect(found.body.map((tag: { name: string }) => tag.name)).toEqual(['Вид на парк']);
  });

  it('treats spelling variants as one tag (case, spaces, ё)', async () => {
    const premise = await makePremise(admin, objectId, { tags: ['  угловая ', 'УГЛОВАЯ'] });
    expect(premise.tags).toEqual(['Угловая']);
    await makePremise(admin, objectId, { tags: ['Новостройка ёлки'] });
    const again = await makePremise(admin, objectId, { tags: ['новостройка елки'] });
    expect(again.tags).toEqual(['Новостройка ёлки']);
  });

  it('R-2 «Изменения тегов»: without it only existing tags can be chosen', async () => {
    const editor = await makeStaff(t, admin, ['premises.view', 'premises.edit']);
    const existing = await editor.post('/api/premises', {
      objectId,
      type: 'house',
      house: '501',
      tags: ['должник'],
    });
    expect(existing.status).toBe(201);
    expect(existing.body.tags).toEqual(['Должник']);

    const refused = await editor.post('/api/premises', {
      objectId,
      type: 'house',
      house: '502',
      tags: ['Должник', 'Совсем новый'],
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('TAG_CREATE_FORBIDDEN');
    expect(refused.body.detail).toContain('«Совсем новый»');
    expect(refused.body.errors[0]).toMatchObject({ field: 'tags', code: 'TAG_CREATE_FORBIDDEN' });
    // Nothing of the refused request was written: neither the premise nor the tag.
    expect((await admin.get('/api/premises?search=502')).body.total).toBe(0);
    expect((await admin.get(`/api/tags?search=${encodeURIComponent('Совсем')}`)).body).toEqual([]);

    const patch = await editor.patch(`/api/premises/${existing.body.id}`, { tags: ['Ещё один новый'] });
    expect(patch.status).toBe(403);
    expect((await admin.get(`/api/premises/${existing.body.id}`)).body.tags).toEqual(['Должник']);

    const allowed = await makeStaff(t, admin, ['premises.view', 'premises.edit', 'tags.create']);
    const created = await allowed.post('/api/premises', {
      objectId,
      type: 'house',
      house: '503',
      tags: ['Совсем новый'],
    });
    expect(created.status).toBe(201);
    expect(created.body.tags).toEqual(['Совсем новый']);
  });

  it('keeps tags apart between organisations (T-1)', async () => {
    const other = await makeOrganization(t);
    expect((await other.admin.get('/api/tags')).body).toEqual([]);
  });
});
