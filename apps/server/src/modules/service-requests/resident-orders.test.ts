// APP-4 «Мои заказы» → «Заявки в УК» over the resident API: own requests of a linked premise only,
// active and archived, unseen changes first, public comments only, creating with the product on,
// comments, photos, rating a done request.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization } from '../../../test/helpers';
import { multipart } from '../../../test/multipart';
import { RESIDENT_API, type Resident, signInResident } from '../../../test/residents';
import { png } from '../../../test/tenant-data';

let t: TestApp;
let admin: Client;
let orgId: string;
let resident: Resident;
let neighbour: Resident;
let premiseId: string;
let otherPremiseId: string;
let clientId: string;
let typeId: string;

const uploadPhoto = (who: Resident, orderId: string, data: Buffer, name = 'leak.png') =>
  who.request({
    method: 'POST',
    url: `${RESIDENT_API}/orders/${orderId}/photos`,
    ...multipart({}, { name, type: 'image/png', data }),
  });

const ids = (response: { body: { items: { id: string }[] } }) => response.body.items.map((item) => item.id);

async function residentOn(slug: string, premise: string, fullName: string) {
  const phone = fixturePhone();
  const client = await admin.post('/api/clients', { fullName, phone });
  await admin.post(`/api/premises/${premise}/clients`, { clientId: client.body.id, role: 'owner' });
  return { resident: await signInResident(t, phone, slug), clientId: client.body.id as string };
}

beforeAll(async () => {
  t = await buildTestApp();
  const made = await makeOrganization(t);
  admin = made.admin;
  orgId = made.organization.id;
  const object = await makeObject(admin);
  premiseId = (await makePremise(admin, object.id)).id;
  otherPremiseId = (await makePremise(admin, object.id)).id;
  const me = await residentOn(made.organization.slug, premiseId, 'Кузнецова Мария');
  resident = me.resident;
  clientId = me.clientId;
  neighbour = (await residentOn(made.organization.slug, premiseId, 'Соседов Пётр')).resident;
  typeId = (await resident.get('/orders/types')).body[0].id;
});
afterAll(() => t?.close());

describe('«Мои заказы» (APP-4)', () => {
  it('creates a request about my premise; staff see it from the app with my card', async () => {
    const created = await resident.post('/orders', {
      premiseId,
      typeId,
      description: 'Капает с потолка в ванной',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      status: 'waiting',
      subject: 'Капает с потолка в ванной',
      canRate: false,
      comments: [],
    });
    const card = await admin.get(`/api/service-requests/${created.body.id}`);
    expect(card.body).toMatchObject({
      source: 'app',
      clientId,
      premiseId,
      description: 'Капает с потолка в ванной',
    });
    const history = await admin.get(`/api/service-requests/${created.body.id}/history`);
    expect(history.body[0].actorName).toBe('Клиент в приложении: Кузнецова Мария');
    // Not about a premise that is not mine; not another's request.
    expect(
      (await resident.post('/orders', { premiseId: otherPremiseId, typeId, description: 'x' })).status,
    ).toBe(404);
    expect((await neighbour.get(`/orders/${created.body.id}`)).status).toBe(404);
    expect(ids(await neighbour.get(`/orders?premiseId=${premiseId}`))).toEqual([]);
  });

  it("without a subject, the description's start is the subject: staff find it by the resident's words", async () => {
    const created = await resident.post('/orders', {
      premiseId,
      typeId,
      description: '  Течёт кран на кухне, вода на полу\nС утра, соседей снизу пока не залило',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.subject).toBe('Течёт кран на кухне, вода на полу');
    const found = await admin.get(`/api/service-requests?search=${encodeURIComponent('кран')}`);
    expect(ids(found)).toContain(created.body.id);
    const item = found.body.items.find((i: { id: string }) => i.id === created.body.id);
    expect(item.subject.startsWith('Течёт кран')).toBe(true);
    const feed = await admin.get(`/api/premises/${premiseId}/activity?search=${encodeURIComponent('кран')}`);
    expect(feed.body.items).toContainEqual(
      expect.objectContaining({ kind: 'request', id: created.body.id, subject: created.body.subject }),
    );
  });

  it('lists active and archived; default order puts unseen changes first; seen clears them', async () => {
    const make = async (description: string) =>
      (await resident.post('/orders', { premiseId, typeId, subject: description, description })).body
        .id as string;
    const first = await make('Первая');
    const second = await make('Вторая');
    const third = await make('Третья');
    await admin.post(`/api/service-requests/${first}/status`, { status: 'in_progress' });
    await admin.post(`/api/service-requests/${third}/status`, { status: 'cancelled' });
    const active = await resident.get(`/orders?premiseId=${premiseId}`);
    expect(ids(active).slice(0, 2)).toEqual([first, second]);
    expect(active.body.items[0].unseen).toBe(true);
    expect(ids(await resident.get(`/orders?premiseId=${premiseId}&state=archived`))).toEqual([third]);
    expect(ids(await resident.get(`/orders?premiseId=${premiseId}&sort=newest`))[0]).toBe(second);
    const oldest = ids(await resident.get(`/orders?premiseId=${premiseId}&sort=oldest`));
    expect(oldest.indexOf(first)).toBeLessThan(oldest.indexOf(second));
    expect((await resident.post(`/orders/${first}/seen`)).status).toBe(204);
    const after = await resident.get(`/orders?premiseId=${premiseId}`);
    expect(after.body.items.find((item: { id: string }) => item.id === first).unseen).toBe(false);
    expect(ids(after)[0]).toBe(second);
    expect((await resident.get(`/orders?premiseId=${otherPremiseId}`)).status).toBe(404);
  });

  it('shows public comments only; the resident comments', async () => {
    const id = (await resident.post('/orders', { premiseId, typeId, description: 'Шумит стояк' })).body.id;
    await admin.post(`/api/service-requests/${id}/comments`, { body: 'Придём в четверг' });
    await admin.post(`/api/service-requests/${id}/comments`, { body: 'Служебное', internal: true });
    const mine = await resident.post(`/orders/${id}/comments`, { body: 'Буду дома после 18' });
    expect(mine.status).toBe(201);
    expect(
      mine.body.comments.map((c: { body: string; authorKind: string }) => `${c.authorKind}:${c.body}`),
    ).toEqual(['staff:Придём в четверг', 'resident:Буду дома после 18']);
    expect(JSON.stringify(mine.body)).not.toContain('Служебное');
    const staffView = await admin.get(`/api/service-requests/${id}`);
    expect(staffView.body.comments.at(-1)).toMatchObject({
      authorKind: 'resident',
      authorName: 'Кузнецова Мария',
    });
  });

  it('adds a photo to my request; staff and I see it', async () => {
    const id = (await resident.post('/orders', { premiseId, typeId, description: 'Трещина в стене' })).body
      .id;
    const added = await uploadPhoto(resident, id, png);
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body.photos).toEqual([
      { id: expect.any(String), commentId: null, authorKind: 'resident', createdAt: expect.any(String) },
    ]);
    const photoId = added.body.photos[0].id;
    expect((await resident.get(`/orders/${id}`)).body.photos.map((p: { id: string }) => p.id)).toEqual([
      photoId,
    ]);
    const mine = await resident.get(`/orders/${id}/photos/${photoId}`);
    expect(mine.status).toBe(200);
    expect(mine.headers['content-type']).toBe('image/png');
    expect(mine.raw.equals(png)).toBe(true);
    const staffCard = await admin.get(`/api/service-requests/${id}`);
    expect(staffCard.body.photos).toMatchObject([{ id: photoId, authorKind: 'resident' }]);
    const staffImage = await admin.get(`/api/service-requests/${id}/photos/${photoId}`);
    expect(staffImage.status).toBe(200);
    expect(staffImage.raw.equals(png)).toBe(true);
    const history = await admin.get(`/api/service-requests/${id}/history`);
    const entry = history.body.find((h: { changes: { field: string }[] }) =>
      h.changes.some((c) => c.field === 'photo'),
    );
    expect(entry).toMatchObject({
      actorName: 'Клиент в приложении: Кузнецова Мария',
      changes: [{ field: 'photo', new: 'добавлено' }],
    });
  });

  it('refuses a file that is not a picture, with the field and a Russian message', async () => {
    const id = (await resident.post('/orders', { premiseId, typeId, description: 'Сломан замок' })).body.id;
    const refused = await uploadPhoto(resident, id, Buffer.from('это не картинка\n'));
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(refused.body.errors).toEqual([
      { field: 'file', code: 'FILE_TYPE_NOT_ALLOWED', message: 'Этот тип файла не поддерживается' },
    ]);
    expect((await resident.get(`/orders/${id}`)).body.photos).toEqual([]);
  });

  it("another resident's request takes no photo and shows none (404)", async () => {
    const id = (await resident.post('/orders', { premiseId, typeId, description: 'Дует из окна' })).body.id;
    const photoId = (await uploadPhoto(resident, id, png)).body.photos[0].id;
    const foreign = await uploadPhoto(neighbour, id, png);
    expect(foreign.status).toBe(404);
    expect(foreign.headers['content-type']).toContain('application/problem+json');
    expect((await neighbour.get(`/orders/${id}/photos/${photoId}`)).status).toBe(404);
    expect((await admin.get(`/api/service-requests/${id}`)).body.photos).toHaveLength(1);
  });

  it('rates a done request once, 1–5 with a review', async () => {
    const id = (await resident.post('/orders', { premiseId, typeId, description: 'Заменить лампу' })).body.id;
    expect((await resident.post(`/orders/${id}/rating`, { rating: 5 })).body.code).toBe(
      'REQUEST_NOT_RATEABLE',
    );
    await admin.post(`/api/service-requests/${id}/status`, { status: 'done' });
    expect((await resident.get(`/orders/${id}`)).body.canRate).toBe(true);
    expect((await resident.post(`/orders/${id}/rating`, { rating: 6 })).status).toBe(400);
    const rated = await resident.post(`/orders/${id}/rating`, { rating: 4, review: 'Быстро, но грязно' });
    expect(rated.status).toBe(200);
    expect(rated.body).toMatchObject({ rating: 4, review: 'Быстро, но грязно', canRate: false });
    expect((await resident.post(`/orders/${id}/rating`, { rating: 5 })).status).toBe(409);
    expect((await admin.get(`/api/service-requests/${id}`)).body.rating).toBe(4);
  });

  it('refuses creating when the product is off or the client is blocked; staff routes stay closed to residents', async () => {
    await admin.patch(`/api/clients/${clientId}`, { status: 'blocked' });
    const blocked = await resident.post('/orders', { premiseId, typeId, description: 'x' });
    expect(blocked.body.code).toBe('CLIENT_BLOCKED');
    await admin.patch(`/api/clients/${clientId}`, { status: 'active' });
    await t.db.execute(sql`update organizations set products = '{}' where id = ${orgId}`);
    const off = await resident.post('/orders', { premiseId, typeId, description: 'x' });
    expect(off.status).toBe(403);
    expect(off.body.code).toBe('REQUESTS_NOT_AVAILABLE');
    await t.db.execute(sql`update organizations set products = '{requests}' where id = ${orgId}`);
    expect((await resident.request({ method: 'GET', url: '/api/service-requests' })).status).toBe(401);
  });
});
