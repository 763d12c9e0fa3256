// C-7 «Объединить»: client A (the card being edited) is replaced by client B.
import { PII_MASK } from '@domovoy/contract';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { queryRows } from '../../db/database';
import { historyOf, link, premiseClients, premiseState, uniquePhone } from '../links/link-fixtures';

let t: TestApp;
let admin: Client;
let objectId: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  objectId = (await makeObject(admin)).id;
});
afterAll(() => t.close());

type Card = { id: string; phone: string; e164: string };

async function makeCard(staff: Client, fullName: string, body: Record<string, unknown> = {}): Promise<Card> {
  const e164 = uniquePhone();
  const response = await staff.post('/api/clients', { fullName, phone: e164, ...body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return { id: response.body.id, phone: response.body.phone, e164 };
}

const merge = (staff: Client, from: string, into: string) =>
  staff.post(`/api/clients/${from}/merge`, { intoClientId: into });

const clientHistory = async (id: string, staff = admin) => {
  const response = await staff.get(`/api/clients/${id}/history?limit=200`);
  expect(response.status).toBe(200);
  return response.body as Array<{
    entityType: string;
    entityId: string;
    action: string;
    summary: string;
    changes: Array<{ field: string; old: unknown; new: unknown }>;
  }>;
};

const accounts = async (phone: string) =>
  (
    await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from resident_accounts where phone = ${phone}`,
    )
  )[0]?.n;

const linkOf = async (premiseId: string, clientId: string) =>
  (await premiseClients(admin, premiseId)).find((l) => l.clientId === clientId);

describe('C-7: merging client cards', () => {
  it('moves links in every role, external ids, tags, history, requests and leads to B; A is gone', async () => {
    const a = await makeCard(admin, 'Алексеев Алексей', { tags: ['Семья', 'Общий'] });
    const b = await makeCard(admin, 'Борисов Борис', { tags: ['VIP', 'Общий'] });
    const [p1, p2, p3] = [
      await makePremise(admin, objectId),
      await makePremise(admin, objectId),
      await makePremise(admin, objectId),
    ];
    const aOwner = await link(admin, p1.id, a.id, { share: '1/2' });
    const dependent = async (name: string, body: Record<string, unknown>) =>
      link(admin, p1.id, (await makeCard(admin, name)).id, body);
    const representative = await dependent('Петров Пётр', { role: 'representative', ownerClientId: a.id });
    const unconfirmed = await dependent('Сергеев Сергей', { role: 'unconfirmed_owner', ownerClientId: a.id });
    const resident = await dependent('Уткин Ульян', {
      role: 'resident',
      ownerClientId: unconfirmed.clientId,
    });
    const tenant = await dependent('Тимофеев Тимур', { role: 'tenant', ownerClientId: a.id });
    await link(admin, p2.id, b.id);
    const c = await makeCard(admin, 'Васильев Василий');
    await link(admin, p3.id, c.id);
    const aTenant = await link(admin, p3.id, a.id, { role: 'tenant', ownerClientId: c.id });
    expect(
      (
        await admin.post(`/api/clients/${a.id}/external-ids`, {
          source: '1С',
          externalId: 'A-1',
          note: 'из 1С',
        })
      ).status,
    ).toBe(201);
    expect(
      (await admin.post(`/api/clients/${b.id}/external-ids`, { source: '1С', externalId: 'B-1' })).status,
    ).toBe(201);
    await t.db.execute(sql`insert into registration_requests (organization_id, phone, full_name, address_text, client_id)
      values (${admin.organizationId}, ${a.e164}, 'Алексеев Алексей', 'ул. Ленина, 10', ${a.id})`);
    await t.db.execute(sql`insert into leads (organization_id, phone, phone_digits, converted_client_id)
      values (${admin.organizationId}, ${a.e164}, ${a.e164.slice(2)}, ${a.id})`);
    const aHistory = (await clientHistory(a.id)).length;
    const bHistory = (await clientHistory(b.id)).length;

    const response = await merge(admin, a.id, b.id);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ id: b.id, fullName: 'Борисов Борис', phone: b.phone });
    expect(response.body.premises.map((p: { premiseId: string }) => p.premiseId).sort()).toEqual(
      [p1.id, p2.id, p3.id].sort(),
    );
    expect([...response.body.tags].sort()).toEqual(['VIP', 'Общий', 'Семья'].sort());
    expect(response.body.externalIds.map((e: { externalId: string }) => e.externalId).sort()).toEqual([
      'A-1',
      'B-1',
    ]);
    expect((await admin.get(`/api/clients/${a.id}`)).status).toBe(404);
    expect((await admin.get(`/api/clients/${a.id}/history`)).status).toBe(404);

    // L-2: the links keep their ids and roles; those depending on A now depend on B.
    expect(await linkOf(p1.id, b.id)).toMatchObject({ id: aOwner.id, role: 'owner', share: '1/2' });
    for (const l of [representative, unconfirmed, tenant])
      expect((await linkOf(p1.id, l.clientId))?.ownerClientId).toBe(b.id);
    expect((await linkOf(p1.id, resident.clientId))?.ownerClientId).toBe(unconfirmed.clientId);
    expect(await linkOf(p3.id, b.id)).toMatchObject({ id: aTenant.id, role: 'tenant', ownerClientId: c.id });

    // A's history is B's now, with one merge entry and one per changed link.
    const history = await clientHistory(b.id);
    const [entry] = history.filter((e) => e.entityId === b.id && e.action === 'update');
    expect(entry?.summary).toBe('Изменён клиент: Объединён с карточкой, Теги');
    expect(entry?.changes).toContainEqual({ field: 'mergedFrom', old: null, new: 'Алексеев Алексей' });
    expect(history).toContainEqual(
      expect.objectContaining({ entityType: 'client', entityId: a.id, action: 'create' }),
    );
    const moved = history.find((e) => e.entityId === aOwner.id && e.action === 'update');
    expect(moved?.changes).toEqual([{ field: 'client', old: 'Алексеев Алексей', new: 'Борисов Борис' }]);
    expect(history.length).toBe(aHistory + bHistory + 3);
    const repointed = (await historyOf(admin, p1.id)).find(
      (e) => e.entityId === tenant.id && e.action === 'update',
    );
    expect(repointed?.changes).toEqual([{ field: 'owner', old: 'Алексеев Алексей', new: 'Борисов Борис' }]);

    const [request] = await queryRows<{ client_id: string }>(
      t.db,
      sql`select client_id from registration_requests where phone = ${a.e164}`,
    );
    const [lead] = await queryRows<{ converted_client_id: string }>(
      t.db,
      sql`select converted_client_id from leads where phone = ${a.e164}`,
    );
    expect([request?.client_id, lead?.converted_client_id]).toEqual([b.id, b.id]);
    // T-3: A's resident account is used by nothing else and goes; B's stays.
    expect([await accounts(a.e164), await accounts(b.e164)]).toEqual([0, 1]);
  });

  it('on a premise both are linked to keeps one link on B: the stronger role, A’s documents where B has none', async () => {
    const premise = await makePremise(admin, objectId);
    const a = await makeCard(admin, 'Дмитриев Дмитрий');
    const b = await makeCard(admin, 'Дмитриева Дарья');
    const aLink = await link(admin, premise.id, a.id, {
      share: '1/2',
      ddu: { number: 'ДДУ-1', date: '2020-01-10' },
      comment: 'Ключи у консьержа',
      keepOnSync: true,
    });
    const tenant = await link(admin, premise.id, (await makeCard(admin, 'Егоров Егор')).id, {
      role: 'tenant',
      ownerClientId: a.id,
    });
    const bLink = await link(admin, premise.id, b.id, {
      role: 'resident',
      ownerClientId: a.id,
      act: { number: 'АКТ-7', date: '2021-02-02' },
      onlinePayment: false,
    });

    expect((await merge(admin, a.id, b.id)).status).toBe(200);
    const links = await premiseClients(admin, premise.id);
    expect(links.map((l) => l.id).sort()).toEqual([bLink.id, tenant.id].sort());
    expect(links.find((l) => l.id === bLink.id)).toMatchObject({
      clientId: b.id,
      role: 'owner',
      ownerClientId: null,
      ddu: { number: 'ДДУ-1', date: '2020-01-10' },
      act: { number: 'АКТ-7', date: '2021-02-02' },
      share: '1/2',
      comment: 'Ключи у консьержа',
      keepOnSync: true,
      onlinePayment: false,
    });
    expect(links.find((l) => l.id === tenant.id)?.ownerClientId).toBe(b.id);
    const history = await historyOf(admin, premise.id);
    expect(history).toContainEqual(expect.objectContaining({ entityId: aLink.id, action: 'delete' }));
    const updated = history.find((e) => e.entityId === bLink.id && e.action === 'update');
    expect(updated?.changes).toEqual(
      expect.arrayContaining([
        { field: 'role', old: 'Житель / член семьи', new: 'Собственник' },
        { field: 'owner', old: 'Дмитриев Дмитрий', new: null },
        { field: 'share', old: null, new: '1/2' },
      ]),
    );
  });

  it('keeps B’s share when both own part of the premise, so the owners’ sum does not grow', async () => {
    const premise = await makePremise(admin, objectId);
    const a = await makeCard(admin, 'Жуков Жан');
    const b = await makeCard(admin, 'Жукова Жанна');
    const aLink = await link(admin, premise.id, a.id, {
      share: '1/2',
      ddu: { number: 'ДДУ-А', date: '2019-05-05' },
      contract: { number: 'ДУ-5', date: '2019-06-01' },
    });
    const bLink = await link(admin, premise.id, b.id, { share: '1/4', ddu: { number: 'ДДУ-Б' } });
    await link(admin, premise.id, (await makeCard(admin, 'Зайцев Захар')).id, { share: '1/4' });

    expect((await merge(admin, a.id, b.id)).status).toBe(200);
    // A document is taken whole: B's ДДУ without a date stays as it is; the contract comes from A.
    expect(await linkOf(premise.id, b.id)).toMatchObject({
      id: bLink.id,
      share: '1/4',
      ddu: { number: 'ДДУ-Б', date: null },
      contract: { number: 'ДУ-5', date: '2019-06-01' },
    });
    const removed = (await historyOf(admin, premise.id)).find(
      (e) => e.entityId === aLink.id && e.action === 'delete',
    );
    expect(removed?.changes).toContainEqual({ field: 'share', old: '1/2', new: null });
    // Half of the premise is free again.
    await link(admin, premise.id, (await makeCard(admin, 'Иванов Илья')).id, { share: '1/2' });
  });

  it('refuses a card whose person has logged in to the app, and a card with itself (409)', async () => {
    const a = await makeCard(admin, 'Кузнецов Кирилл');
    const b = await makeCard(admin, 'Кузнецов Кирилл');
    await t.db.execute(sql`update clients set first_login_at = now() where id = ${a.id}`);
    const response = await merge(admin, a.id, b.id);
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      code: 'MERGE_NOT_ALLOWED',
      detail:
        'Клиент уже входил в приложение со своим номером телефона: его карточку нельзя объединить с другой. Номер может изменить только поддержка',
    });
    expect((await admin.get(`/api/clients/${a.id}`)).status).toBe(200);
    // B may have logged in: B keeps its account and password.
    expect((await merge(admin, b.id, b.id)).body).toMatchObject({
      code: 'MERGE_NOT_ALLOWED',
      detail: 'Нельзя объединить карточку клиента с ней самой',
    });
    expect((await merge(admin, b.id, a.id)).status).toBe(200);
  });

  it('is atomic: a failure at the last step leaves both cards as they were', async () => {
    const premise = await makePremise(admin, objectId);
    const a = await makeCard(admin, 'Лебедев Лев', { tags: ['Атомарность'] });
    const b = await makeCard(admin, 'Лебедева Лиля');
    await link(admin, premise.id, a.id, { share: '1/2' });
    await link(admin, premise.id, b.id, { role: 'tenant', ownerClientId: a.id });
    await link(admin, (await makePremise(admin, objectId)).id, a.id);
    await admin.post(`/api/clients/${a.id}/external-ids`, { externalId: 'ATOM-1' });
    const snapshot = async () => ({
      a: (await admin.get(`/api/clients/${a.id}`)).body,
      b: (await admin.get(`/api/clients/${b.id}`)).body,
      premise: await premiseState(admin, premise.id),
      history: [(await clientHistory(a.id)).length, (await clientHistory(b.id)).length],
      accounts: [await accounts(a.e164), await accounts(b.e164)],
    });
    const before = await snapshot();
    // The card's deletion comes last: everything before it must be undone.
    await t.db.execute(
      sql.raw(`create function refuse_merge() returns trigger language plpgsql as
      $$ begin raise exception 'forced failure'; end $$`),
    );
    await t.db.execute(
      sql.raw(`create trigger refuse_merge before delete on clients for each row
      when (old.id = '${a.id}') execute function refuse_merge()`),
    );
    try {
      expect((await merge(admin, a.id, b.id)).status).toBe(500);
      expect(await snapshot()).toEqual(before);
    } finally {
      await t.db.execute(sql.raw('drop trigger refuse_merge on clients'));
      await t.db.execute(sql.raw('drop function refuse_merge()'));
    }
    expect((await merge(admin, a.id, b.id)).status).toBe(200);
  });

  it('answers 404 when either card is of another organisation, and changes nothing', async () => {
    const other = await makeOrganization(t);
    const a = await makeCard(admin, 'Морозов Максим');
    const foreign = await makeCard(other.admin, 'Морозов Максим');
    for (const [staff, from, into] of [
      [admin, a.id, foreign.id],
      [admin, foreign.id, a.id],
      [other.admin, a.id, foreign.id],
    ] as const) {
      const response = await merge(staff, from, into);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
    }
    expect((await admin.get(`/api/clients/${a.id}`)).status).toBe(200);
    expect((await other.admin.get(`/api/clients/${foreign.id}`)).status).toBe(200);
  });

  it('needs «Редактирование» and both personal-data permissions (403)', async () => {
    const a = await makeCard(admin, 'Никитин Никита');
    const b = await makeCard(admin, 'Никитин Никита');
    const name = 'clients.pii.name' as const;
    const contacts = 'clients.pii.contacts' as const;
    for (const permissions of [
      ['clients.view', name, contacts],
      ['clients.view', 'clients.edit', name],
      ['clients.view', 'clients.edit', contacts],
    ] as const) {
      const response = await merge(await makeStaff(t, admin, [...permissions]), a.id, b.id);
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('FORBIDDEN');
    }
    const editor = await makeStaff(t, admin, ['clients.view', 'clients.edit', name, contacts]);
    expect((await merge(editor, a.id, b.id)).status).toBe(200);
  });

  it('C-7 end to end: A given B’s phone → 409 naming B → «Объединить» → B has the premises of both', async () => {
    const [pa, pb] = [await makePremise(admin, objectId), await makePremise(admin, objectId)];
    const a = await makeCard(admin, 'Орлов Олег');
    const b = await makeCard(admin, 'Орлов Олег');
    const aLink = await link(admin, pa.id, a.id);
    await link(admin, pb.id, b.id);
    const conflict = await admin.patch(`/api/clients/${a.id}`, { phone: b.phone });
    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({ code: 'PHONE_TAKEN', conflictId: b.id });
    expect((await merge(admin, a.id, conflict.body.conflictId)).status).toBe(200);
    const card = (await admin.get(`/api/clients/${b.id}`)).body;
    expect(card.phone).toBe(b.phone);
    expect(card.premises.map((p: { premiseId: string }) => p.premiseId).sort()).toEqual(
      [pa.id, pb.id].sort(),
    );
    expect((await admin.get(`/api/clients/${a.id}`)).status).toBe(404);
    // One person under one name: the moved link is still recorded.
    const moved = (await clientHistory(b.id)).find((e) => e.entityId === aLink.id && e.action === 'update');
    expect(moved?.changes).toEqual([{ field: 'client', old: 'Орлов Олег', new: 'Орлов Олег' }]);
  });

  it('R-3: a role without «ФИО» sees the merged card’s name masked in the history', async () => {
    const a = await makeCard(admin, 'Павлов Павел');
    const b = await makeCard(admin, 'Павлов Павел');
    expect((await merge(admin, a.id, b.id)).status).toBe(200);
    const viewer = await makeStaff(t, admin, ['clients.view', 'clients.pii.contacts']);
    const [entry] = (await clientHistory(b.id, viewer)).filter(
      (e) => e.entityId === b.id && e.action === 'update',
    );
    expect(entry?.changes).toContainEqual({ field: 'mergedFrom', old: null, new: PII_MASK });
  });
});
