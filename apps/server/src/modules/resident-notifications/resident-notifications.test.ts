import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization } from '../../../test/helpers';
import { type Resident, signInResident } from '../../../test/residents';
import { residentNotifications } from '../../db/schema';
import { notifyResident, type ResidentNotice } from './notify-resident';

type Org = { admin: Client; slug: string; id: string };

let t: TestApp;
let a: Org;
let b: Org;

async function org(name: string): Promise<Org> {
  const made = await makeOrganization(t, name);
  return { admin: made.admin, slug: made.organization.slug, id: made.organization.id };
}

const accountOf = (resident: Resident) => resident.signIn.account.id as string;

/** What a later feature does: a notification in its own transaction. */
const notify = (notice: Partial<ResidentNotice> & Pick<ResidentNotice, 'organizationId' | 'accountId'>) =>
  t.db.transaction((tx) =>
    notifyResident(tx, { type: 'people', title: 'Вас добавили', body: 'Квартира 5', ...notice }),
  );

beforeAll(async () => {
  t = await buildTestApp();
  a = await org('УК Уведомления А');
  b = await org('УК Уведомления Б');
});
afterAll(() => t?.close());

describe('notifications (APP-1)', () => {
  it('lists the account’s notifications of the session’s organisation, newest first, paged, with the unread count', async () => {
    const resident = await signInResident(t, fixturePhone(), a.slug);
    const other = await signInResident(t, fixturePhone(), a.slug);
    const accountId = accountOf(resident);
    for (const n of [1, 2, 3]) {
      await notify({ organizationId: a.id, accountId, title: `Уведомление ${n}`, link: '/people' });
    }
    await notify({ organizationId: b.id, accountId, title: 'Из другой УК' });
    await notify({ organizationId: a.id, accountId: accountOf(other), title: 'Чужое' });

    const first = await resident.get('/notifications?pageSize=2');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: 3, page: 1, pageSize: 2, unread: 3 });
    expect(first.body.items.map((n: { title: string }) => n.title)).toEqual([
      'Уведомление 3',
      'Уведомление 2',
    ]);
    expect(first.body.items[0]).toEqual({
      id: expect.any(String),
      type: 'people',
      title: 'Уведомление 3',
      body: 'Квартира 5',
      link: '/people',
      premiseId: null,
      createdAt: expect.any(String),
      readAt: null,
    });
    const second = await resident.get('/notifications?pageSize=2&page=2');
    expect(second.body.items.map((n: { title: string }) => n.title)).toEqual(['Уведомление 1']);
    expect((await resident.get('/me')).body.unreadNotifications).toBe(3);
    expect((await other.get('/notifications')).body).toMatchObject({ total: 1, unread: 1 });
  });

  it('marks read by ids (another account’s ids change nothing) and all at once', async () => {
    const resident = await signInResident(t, fixturePhone(), a.slug);
    const other = await signInResident(t, fixturePhone(), a.slug);
    const accountId = accountOf(resident);
    for (const n of [1, 2, 3]) await notify({ organizationId: a.id, accountId, title: `№${n}` });
    const theirs = await notify({ organizationId: a.id, accountId: accountOf(other) });
    const [newest] = (await resident.get('/notifications')).body.items;

    const byIds = await resident.post('/notifications/read', { ids: [newest.id, theirs] });
    expect(byIds.body).toEqual({ marked: 1, unread: 2 });
    expect((await other.get('/notifications')).body.unread).toBe(1);
    const listed = (await resident.get('/notifications')).body;
    expect(listed.items[0].readAt).not.toBeNull();
    expect((await resident.get('/notifications?unreadOnly=true')).body).toMatchObject({
      total: 2,
      unread: 2,
    });

    const again = await resident.post('/notifications/read', { ids: [newest.id] });
    expect(again.body).toEqual({ marked: 0, unread: 2 });
    expect((await resident.post('/notifications/read', { all: true })).body).toEqual({
      marked: 2,
      unread: 0,
    });
    expect((await resident.get('/me')).body.unreadNotifications).toBe(0);
    expect((await other.get('/notifications')).body.unread).toBe(1);

    const nothing = await resident.post('/notifications/read', {});
    expect(nothing.status).toBe(400);
    expect(nothing.body.errors).toEqual([expect.objectContaining({ field: 'ids', code: 'REQUIRED' })]);
    expect((await resident.post('/notifications/read', { ids: ['not-a-uuid'] })).status).toBe(400);
  });

  it('another organisation’s session of the same account sees only its own', async () => {
    const phone = fixturePhone();
    const inA = await signInResident(t, phone, a.slug);
    await notify({ organizationId: a.id, accountId: accountOf(inA), title: 'В А' });
    await notify({ organizationId: b.id, accountId: accountOf(inA), title: 'В Б' });
    const inB = await signInResident(t, phone, b.slug);
    expect((await inB.get('/notifications')).body.items.map((n: { title: string }) => n.title)).toEqual([
      'В Б',
    ]);
    await inB.post('/notifications/read', { all: true });
    expect((await inA.get('/notifications')).body.unread).toBe(1);
  });

  it('a dedupe key makes a notification once per organisation', async () => {
    const resident = await signInResident(t, fixturePhone(), a.slug);
    const accountId = accountOf(resident);
    const dedupeKey = `rent:${randomUUID()}:2026-12-09`;
    expect(await notify({ organizationId: a.id, accountId, dedupeKey })).toEqual(expect.any(String));
    expect(await notify({ organizationId: a.id, accountId, dedupeKey })).toBeUndefined();
    expect(await notify({ organizationId: b.id, accountId, dedupeKey })).toEqual(expect.any(String));
    const rows = await t.db
      .select()
      .from(residentNotifications)
      .where(
        and(eq(residentNotifications.accountId, accountId), eq(residentNotifications.dedupeKey, dedupeKey)),
      );
    expect(rows.map((r) => r.organizationId).sort()).toEqual([a.id, b.id].sort());
    expect((await resident.get('/notifications')).body.total).toBe(1);
  });

  it('a staff session never opens the notifications', async () => {
    const response = await a.admin.get('/api/resident/v1/notifications');
    expect(response.status).toBe(401);
  });
});

describe('registration request decided (AUTH-2 → APP-1)', () => {
  it('approved and rejected requests notify the resident who sent them, once', async () => {
    const resident = await signInResident(t, fixturePhone(), a.slug);
    const body = {
      addressText: 'ул. Ленина, 10',
      premiseText: 'кв. 5',
      role: 'owner',
      fullName: 'Сидоров Семён',
    };
    const sent = await resident.post('/registration-requests', body);
    const rejected = await a.admin.post(`/api/registration-requests/${sent.body.id}/reject`, {
      reason: 'Нет такой квартиры',
    });
    expect(rejected.status).toBe(200);
    let list = (await resident.get('/notifications')).body;
    expect(list.items).toEqual([
      expect.objectContaining({
        type: 'requests',
        title: 'Заявка отклонена: Нет такой квартиры',
        body: 'Заявка: ул. Ленина, 10, кв. 5',
        premiseId: null,
      }),
    ]);

    const again = await resident.post('/registration-requests', { ...body, premiseText: 'кв. 6' });
    const premise = await makePremise(a.admin, (await makeObject(a.admin)).id);
    const approved = await a.admin.post(`/api/registration-requests/${again.body.id}/approve`, {
      premiseId: premise.id,
    });
    expect(approved.status).toBe(200);
    list = (await resident.get('/notifications')).body;
    expect(list).toMatchObject({ total: 2, unread: 2 });
    expect(list.items[0]).toMatchObject({
      title: 'Заявка одобрена: помещение добавлено',
      body: 'ул. Ленина, 10, кв. 6 — теперь в «Моих помещениях»',
      link: '/premises',
      premiseId: premise.id,
    });
    // A decided request is not decided again, and nobody is notified twice.
    expect(
      (await a.admin.post(`/api/registration-requests/${again.body.id}/reject`, { reason: 'x' })).status,
    ).toBe(409);
    expect((await resident.get('/notifications')).body.total).toBe(2);
  });

  it('a refused approval notifies nobody (same transaction)', async () => {
    const resident = await signInResident(t, fixturePhone(), a.slug);
    const sent = await resident.post('/registration-requests', {
      addressText: 'ул. Мира, 1',
      role: 'owner',
      fullName: 'Смирнова Анна',
    });
    const refused = await a.admin.post(`/api/registration-requests/${sent.body.id}/approve`, {
      premiseId: randomUUID(),
    });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect((await resident.get('/notifications')).body.total).toBe(0);
  });
});
