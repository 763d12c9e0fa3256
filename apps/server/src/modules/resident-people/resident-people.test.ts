import { PII_MASK } from '@domovoy/contract';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { type Resident, signInResident } from '../../../test/residents';
import { changeHistory, clients, premiseLinks, residentNotifications, residentPeople } from '../../db/schema';
import { link, makeClient } from '../links/link-fixtures';

type Org = { admin: Client; slug: string; id: string };

let t: TestApp;
let a: Org;
let b: Org;

const MISMATCH =
  'Номер уже зарегистрирован с другими ФИО. Проверьте корректность введенных данных и попробуйте еще раз или создайте заявку в управляющую компанию';

async function org(name: string, products: string[]): Promise<Org> {
  const made = await makeOrganization(t, name);
  const admin = made.admin;
  const brand = await admin.request({
    method: 'PUT',
    url: '/api/settings/brand',
    payload: { name: null, color: null, products },
  });
  expect(brand.status, JSON.stringify(brand.body)).toBe(200);
  return { admin, slug: made.organization.slug, id: made.organization.id };
}

const patch = (r: Resident, path: string, body: unknown) =>
  r.request({ method: 'PATCH', url: `/api/resident/v1${path}`, payload: body as object });
const del = (r: Resident, path: string) => r.request({ method: 'DELETE', url: `/api/resident/v1${path}` });

/**
 * An owner of two flats (and the unconfirmed owner of a third) in `o`, signed in to the app (from
 * `source`: the file signs in more often than one address may ask for codes).
 */
async function household(o: Org = a, name = 'Собственников Олег Петрович', source?: string) {
  const object = await makeObject(o.admin, { name: 'ЖК «Люди»' });
  const [p1, p2, p3] = [
    await makePremise(o.admin, object.id),
    await makePremise(o.admin, object.id),
    await makePremise(o.admin, object.id),
  ];
  const phone = fixturePhone();
  const owner = await makeClient(o.admin, name, phone);
  await link(o.admin, p1.id, owner.id, { role: 'owner' });
  await link(o.admin, p2.id, owner.id, { role: 'owner' });
  await link(o.admin, p3.id, owner.id, { role: 'unconfirmed_owner' });
  const resident = await signInResident(t, phone, o.slug, undefined, source);
  return { p1: p1.id as string, p2: p2.id as string, p3: p3.id as string, owner, phone, resident };
}

const linksOf = (clientId: string) =>
  t.db.select().from(premiseLinks).where(eq(premiseLinks.clientId, clientId));
const noticesOf = (accountId: string) =>
  t.db.select().from(residentNotifications).where(eq(residentNotifications.accountId, accountId));

beforeAll(async () => {
  t = await buildTestApp();
  a = await org('УК Люди А', ['requests', 'events']);
  b = await org('УК Люди Б', ['requests']);
});
afterAll(() => t?.close());

describe('«Люди» of a premise and «Все» (APP-6)', () => {
  it('groups the people of my premise by role, owners first; «Все» counts shared premises; 404 for a premise not mine', async () => {
    const h = await household();
    const tenant = await makeClient(a.admin, 'Арендаторов Андрей');
    const family = await makeClient(a.admin, 'Яковлева Анна');
    await link(a.admin, h.p1, tenant.id, {
      role: 'tenant',
      ownerClientId: h.owner.id,
      rentDate: '2026-01-31',
    });
    await link(a.admin, h.p1, family.id, { role: 'resident', ownerClientId: h.owner.id });
    await link(a.admin, h.p2, family.id, { role: 'resident', ownerClientId: h.owner.id });

    const people = await h.resident.get(`/people?premiseId=${h.p1}`);
    expect(people.status, JSON.stringify(people.body)).toBe(200);
    expect(people.body).toMatchObject({
      premiseId: h.p1,
      myRole: 'owner',
      canAdd: true,
      // The app's order (APP-8): житель / член семьи, представитель, арендатор.
      addableRoles: ['resident', 'representative', 'tenant'],
      canAddGuests: true,
    });
    expect(people.body.groups.map((g: { role: string }) => g.role)).toEqual(['owner', 'resident', 'tenant']);
    expect(people.body.groups[0].people).toEqual([
      expect.objectContaining({
        clientId: h.owner.id,
        me: true,
        addedByMe: false,
        name: 'Собственников Олег Петрович',
      }),
    ]);
    expect(people.body.groups[2].people[0]).toMatchObject({
      clientId: tenant.id,
      rentDate: '2026-01-31',
      me: false,
    });

    const all = (await h.resident.get('/people/all')).body;
    expect(all.people.map((p: { name: string }) => p.name)).toEqual(['Арендаторов Андрей', 'Яковлева Анна']);
    expect(all.people.find((p: { clientId: string }) => p.clientId === family.id)).toMatchObject({
      sharedPremises: 2,
      guest: false,
      addedByMe: false,
    });
    expect(all.addablePremises.map((p: { premiseId: string }) => p.premiseId).sort()).toEqual(
      [h.p1, h.p2, h.p3].sort(),
    );
    // An unconfirmed owner may not add a representative (L-2: a representative depends on an owner).
    expect(all.addablePremises.find((p: { premiseId: string }) => p.premiseId === h.p3).addableRoles).toEqual(
      ['resident', 'tenant'],
    );

    const other = await household();
    expect((await h.resident.get(`/people?premiseId=${other.p1}`)).status).toBe(404);
    expect((await h.resident.get(`/people/${other.owner.id}`)).status).toBe(404);
    // Choices are only the people I added: none yet.
    expect((await h.resident.get('/people/choices')).body).toEqual({ people: [] });
  });

  it('a tenant sees the people but may not add anyone to the premise', async () => {
    const h = await household();
    const phone = fixturePhone();
    const tenant = await makeClient(a.admin, 'Жильцов Тимур', phone);
    await link(a.admin, h.p1, tenant.id, { role: 'tenant', ownerClientId: h.owner.id });
    const app = await signInResident(t, phone, a.slug);
    const people = (await app.get(`/people?premiseId=${h.p1}`)).body;
    expect(people).toMatchObject({ myRole: 'tenant', canAdd: false, addableRoles: [], canAddGuests: true });
    const refused = await app.post('/people', {
      phone: fixturePhone(),
      fullName: 'Гостев Григорий',
      role: 'resident',
      premiseId: h.p1,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('PEOPLE_ADD_FORBIDDEN');
    // A guest is for anyone signed in, with the events product on.
    const guest = await app.post('/people', {
      phone: fixturePhone(),
      fullName: 'Гостев Григорий',
      role: 'guest',
    });
    expect(guest.status, JSON.stringify(guest.body)).toBe(201);
    expect(guest.body).toMatchObject({ guest: true, canEdit: true, canDelete: true, premises: [] });
  });
});

describe('adding people (APP-8)', () => {
  it('a new tenant: a card authored by me, a link added by me with the rent date, visible so in the CRM, a notice', async () => {
    const h = await household();
    const phone = fixturePhone();
    const added = await h.resident.post('/people', {
      phone: `8${phone.slice(2)}`,
      fullName: 'Новиков  Никита',
      gender: 'male',
      birthDate: '1990-05-01',
      role: 'tenant',
      premiseId: h.p1,
      rentDate: '2026-03-15',
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({
      name: 'Новиков Никита',
      phone,
      child: false,
      addedByMe: true,
      canDelete: true,
      canEdit: false,
      guest: false,
      premises: [{ premiseId: h.p1, role: 'tenant', rentDate: '2026-03-15', addedByMe: true }],
    });
    expect(added.body.addablePremises.map((p: { premiseId: string }) => p.premiseId).sort()).toEqual(
      [h.p2, h.p3].sort(),
    );
    const id = added.body.clientId as string;

    // The CRM sees the link as added in the app by me, with the rent date, and the card's history by me.
    const crm = (await a.admin.get(`/api/premises/${h.p1}/clients`)).body.find(
      (l: { clientId: string }) => l.clientId === id,
    );
    expect(crm).toMatchObject({
      role: 'tenant',
      ownerClientId: h.owner.id,
      rentDate: '2026-03-15',
      addedBy: { kind: 'resident', name: 'Собственников Олег Петрович' },
    });
    expect((await a.admin.get(`/api/clients/${id}`)).body).toMatchObject({ source: 'self_registered' });
    const history = (await a.admin.get(`/api/clients/${id}/history`)).body;
    expect(history.map((e: { actorName: string }) => e.actorName)).toEqual(
      expect.arrayContaining(['Клиент в приложении: Собственников Олег Петрович']),
    );
    expect(history.every((e: { actor: unknown }) => e.actor === null)).toBe(true);

    // The person's card got an account by phone (T-3): signing in later shows the notice.
    const app = await signInResident(t, phone, a.slug);
    const notices = (await app.get('/notifications')).body;
    expect(notices.items[0]).toMatchObject({ type: 'people', link: `/people?premise=${h.p1}` });
    expect((await app.get(`/people?premiseId=${h.p1}`)).body.myRole).toBe('tenant');
    // … and in choices I see them.
    expect((await h.resident.get('/people/choices')).body.people).toEqual([
      expect.objectContaining({ clientId: id, name: 'Новиков Никита', guest: false }),
    ]);
  });

  it('L-4 with R-3: the CRM names the resident who added a link only to a role with «ФИО», on both cards; staff authors always', async () => {
    const h = await household();
    const added = await h.resident.post('/people', {
      phone: fixturePhone(),
      fullName: 'Добавленов Денис',
      role: 'resident',
      premiseId: h.p1,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const id = added.body.clientId as string;
    type Seen = { clientId: string; premiseId: string; addedBy: unknown };
    const views = async (staff: Client) => ({
      premise: ((await staff.get(`/api/premises/${h.p1}/clients`)).body as Seen[]).map((l) => [
        l.clientId,
        l.addedBy,
      ]),
      client: ((await staff.get(`/api/clients/${id}/premises`)).body as Seen[]).map((l) => [
        l.premiseId,
        l.addedBy,
      ]),
    });
    const byResident = (name: string) => ({ kind: 'resident', name });
    const byStaff = { kind: 'staff', name: 'Администратор Тестовый' };

    expect(await views(a.admin)).toEqual({
      premise: [
        [h.owner.id, byStaff],
        [id, byResident('Собственников Олег Петрович')],
      ],
      client: [[h.p1, byResident('Собственников Олег Петрович')]],
    });
    const noNames = await makeStaff(t, a.admin, ['premises.view', 'clients.view', 'clients.pii.contacts']);
    const masked = await views(noNames);
    expect(masked).toEqual({
      premise: [
        [h.owner.id, byStaff],
        [id, byResident(PII_MASK)],
      ],
      client: [[h.p1, byResident(PII_MASK)]],
    });
    expect(JSON.stringify(masked)).not.toContain('Собственников');
  });

  it('the same phone: the card is reused when the name matches (case, ё, spaces), else 409 with the exact text', async () => {
    const h = await household();
    const phone = fixturePhone();
    const known = await makeClient(a.admin, 'Семёнов Семён Семёнович', phone);
    const app = await signInResident(t, phone, a.slug);

    const wrong = await h.resident.post('/people', {
      phone,
      fullName: 'Семенов Сергей',
      role: 'resident',
      premiseId: h.p1,
    });
    expect(wrong.status).toBe(409);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.body).toMatchObject({ code: 'PERSON_NAME_MISMATCH', title: MISMATCH });
    expect(await linksOf(known.id)).toHaveLength(0);

    const same = await h.resident.post('/people', {
      phone,
      fullName: '  семенов семен   СЕМЕНОВИЧ ',
      role: 'resident',
      premiseId: h.p1,
    });
    expect(same.status, JSON.stringify(same.body)).toBe(201);
    expect(same.body.clientId).toBe(known.id);
    expect(same.body.fullName).toBe('Семёнов Семён Семёнович');
    // The person uses the app already: the notice is there at once.
    const notices = (await app.get('/notifications')).body.items;
    expect(notices).toEqual([
      expect.objectContaining({ type: 'people', title: 'Вам открыли доступ к помещению' }),
    ]);

    const again = await h.resident.post('/people', {
      phone,
      fullName: 'Семёнов Семён Семёнович',
      role: 'tenant',
      premiseId: h.p1,
    });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('CLIENT_ALREADY_LINKED');
    const me = await h.resident.post('/people', {
      phone: h.phone,
      fullName: 'Собственников Олег Петрович',
      role: 'resident',
      premiseId: h.p1,
    });
    expect(me.status).toBe(400);
    expect(me.body.code).toBe('PERSON_IS_YOU');
  });

  it('a child: no phone, addressed as given, only a resident or a guest; the name on the card is how to address them', async () => {
    const h = await household();
    const child = { birthDate: '2018-06-01', addressAs: 'Маша', gender: 'female' };
    const withPhone = await h.resident.post('/people', {
      ...child,
      phone: fixturePhone(),
      role: 'resident',
      premiseId: h.p1,
    });
    expect(withPhone.status).toBe(400);
    expect(withPhone.body.errors).toEqual([expect.objectContaining({ field: 'phone', code: 'CHILD_PHONE' })]);
    const tenant = await h.resident.post('/people', { ...child, role: 'tenant', premiseId: h.p1 });
    expect(tenant.body.errors).toEqual([expect.objectContaining({ field: 'role', code: 'CHILD_ROLE' })]);
    const unnamed = await h.resident.post('/people', {
      birthDate: '2018-06-01',
      role: 'resident',
      premiseId: h.p1,
    });
    expect(unnamed.body.errors).toEqual([expect.objectContaining({ field: 'addressAs', code: 'REQUIRED' })]);

    const added = await h.resident.post('/people', { ...child, role: 'resident', premiseId: h.p1 });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({
      name: 'Маша',
      fullName: 'Маша',
      addressAs: 'Маша',
      child: true,
      phone: null,
    });
    // A child may be given only «житель» elsewhere.
    expect(added.body.addablePremises[0].addableRoles).toEqual(['resident']);
    const people = (await h.resident.get(`/people?premiseId=${h.p1}`)).body;
    expect(people.groups.find((g: { role: string }) => g.role === 'resident').people[0]).toMatchObject({
      name: 'Маша',
      child: true,
      addedByMe: true,
    });
    const asTenant = await h.resident.post(`/people/${added.body.clientId}/premises`, {
      role: 'tenant',
      premiseId: h.p2,
    });
    expect(asTenant.status).toBe(400);
  });

  it('roles: an unconfirmed owner adds no representative; rent dates only for tenants; a premise role needs a premise', async () => {
    const h = await household();
    const person = { phone: fixturePhone(), fullName: 'Представителев Пётр' };
    const rep = await h.resident.post('/people', { ...person, role: 'representative', premiseId: h.p3 });
    expect(rep.status).toBe(403);
    expect(rep.body.code).toBe('PERSON_ROLE_NOT_ALLOWED');
    const rent = await h.resident.post('/people', {
      ...person,
      role: 'resident',
      premiseId: h.p1,
      rentDate: '2026-01-10',
    });
    expect(rent.status).toBe(400);
    expect(rent.body.errors).toEqual([
      expect.objectContaining({ field: 'rentDate', code: 'RENT_DATE_NOT_ALLOWED' }),
    ]);
    const noPremise = await h.resident.post('/people', { ...person, role: 'tenant' });
    expect(noPremise.body.errors).toEqual([
      expect.objectContaining({ field: 'premiseId', code: 'REQUIRED' }),
    ]);
    const owner = await h.resident.post('/people', { ...person, role: 'owner', premiseId: h.p1 });
    expect(owner.status).toBe(400);
    const notMine = await h.resident.post('/people', {
      ...person,
      role: 'resident',
      premiseId: (await household()).p1,
    });
    expect(notMine.status).toBe(400);
    expect(notMine.body.code).toBe('REFERENCE_NOT_FOUND');
    // Nothing of the refused requests was written.
    expect(await t.db.select().from(clients).where(eq(clients.phone, person.phone))).toHaveLength(0);
    const ok = await h.resident.post('/people', { ...person, role: 'representative', premiseId: h.p1 });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
  });

  it('guests only with the events product; a guest has no premise and is in «Все»', async () => {
    const other = await household(b);
    const off = await other.resident.post('/people', {
      phone: fixturePhone(),
      fullName: 'Гостев Гена',
      role: 'guest',
    });
    expect(off.status).toBe(403);
    expect(off.body.code).toBe('GUESTS_NOT_AVAILABLE');
    expect((await other.resident.get('/people/all')).body.canAddGuests).toBe(false);

    const h = await household();
    const withPremise = await h.resident.post('/people', {
      phone: fixturePhone(),
      fullName: 'Гостев Гена',
      role: 'guest',
      premiseId: h.p1,
    });
    expect(withPremise.body.errors).toEqual([
      expect.objectContaining({ field: 'premiseId', code: 'GUEST_NO_PREMISE' }),
    ]);
    const guest = await h.resident.post('/people', {
      phone: fixturePhone(),
      fullName: 'Гостев Гена',
      role: 'guest',
    });
    expect(guest.status).toBe(201);
    const all = (await h.resident.get('/people/all')).body.people;
    expect(all).toEqual([
      expect.objectContaining({ clientId: guest.body.clientId, guest: true, sharedPremises: 0 }),
    ]);
    const twice = await h.resident.post(`/people/${guest.body.clientId}/premises`, { role: 'guest' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('PERSON_ALREADY_GUEST');
    // A guest of mine may be given a role in a premise later (picked from choices).
    const placed = await h.resident.post(`/people/${guest.body.clientId}/premises`, {
      role: 'resident',
      premiseId: h.p2,
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    expect(placed.body).toMatchObject({
      guest: true,
      premises: [{ premiseId: h.p2, role: 'resident', addedByMe: true }],
    });
  });
});

describe('changing and removing (APP-7, L-4)', () => {
  it('a link I added: role and rent date change, access closes; one added by staff cannot be touched', async () => {
    const h = await household();
    const added = (
      await h.resident.post('/people', {
        phone: fixturePhone(),
        fullName: 'Сменов Савва',
        role: 'resident',
        premiseId: h.p1,
      })
    ).body;
    const id = added.clientId as string;
    const toTenant = await patch(h.resident, `/people/${id}/premises/${h.p1}`, {
      role: 'tenant',
      rentDate: '2026-02-28',
    });
    expect(toTenant.status, JSON.stringify(toTenant.body)).toBe(200);
    expect(toTenant.body.premises[0]).toMatchObject({ role: 'tenant', rentDate: '2026-02-28' });
    // Back to resident: the rent date goes with the tenancy.
    const back = await patch(h.resident, `/people/${id}/premises/${h.p1}`, { role: 'resident' });
    expect(back.body.premises[0]).toMatchObject({ role: 'resident', rentDate: null });
    const rentOnResident = await patch(h.resident, `/people/${id}/premises/${h.p1}`, {
      rentDate: '2026-02-01',
    });
    expect(rentOnResident.status).toBe(400);
    const toOwner = await patch(h.resident, `/people/${id}/premises/${h.p1}`, { role: 'owner' });
    expect(toOwner.status).toBe(400);

    const staffAdded = await makeClient(a.admin, 'Штатов Степан');
    await link(a.admin, h.p1, staffAdded.id, { role: 'resident', ownerClientId: h.owner.id });
    const change = await patch(h.resident, `/people/${staffAdded.id}/premises/${h.p1}`, { role: 'tenant' });
    expect(change.status).toBe(403);
    expect(change.body.code).toBe('LINK_NOT_YOURS');
    expect(change.body.detail).toContain('управляющая организация');
    const close = await del(h.resident, `/people/${staffAdded.id}/premises/${h.p1}`);
    expect(close.status).toBe(403);
    expect(await linksOf(staffAdded.id)).toHaveLength(1);
    const deletePerson = await del(h.resident, `/people/${staffAdded.id}`);
    expect(deletePerson.status).toBe(403);
    expect(deletePerson.body.code).toBe('PERSON_NOT_YOURS');

    const closed = await del(h.resident, `/people/${id}/premises/${h.p1}`);
    expect(closed.status).toBe(204);
    expect(await linksOf(id)).toHaveLength(0);
    // Still one of mine: the card opens and they are among my choices.
    expect((await h.resident.get(`/people/${id}`)).status).toBe(200);
    const history = (await a.admin.get(`/api/premises/${h.p1}/history`)).body;
    expect(history.filter((e: { entityType: string }) => e.entityType === 'link')[0]).toMatchObject({
      action: 'delete',
      actorName: 'Клиент в приложении: Собственников Олег Петрович',
    });
  });

  it('a link added by another owner is theirs: I may not change it', async () => {
    const h = await household();
    const phone = fixturePhone();
    const coOwner = await makeClient(a.admin, 'Совладельцев Сергей', phone);
    await link(a.admin, h.p1, coOwner.id, { role: 'owner' });
    const co = await signInResident(t, phone, a.slug);
    const theirs = (
      await co.post('/people', {
        phone: fixturePhone(),
        fullName: 'Чужов Чеслав',
        role: 'resident',
        premiseId: h.p1,
      })
    ).body;
    const card = (await h.resident.get(`/people/${theirs.clientId}`)).body;
    expect(card).toMatchObject({ addedByMe: false, canDelete: false, canEdit: false });
    expect(card.premises[0]).toMatchObject({ addedByMe: false, addableRoles: [] });
    const change = await patch(h.resident, `/people/${theirs.clientId}/premises/${h.p1}`, { role: 'tenant' });
    expect(change.status).toBe(403);
    expect(change.body.detail).toContain('другой житель');
    // Not among my choices; but seen in «Все», so I may add them to my other premise.
    expect((await h.resident.get('/people/choices')).body.people).toEqual([]);
    const toP2 = await h.resident.post(`/people/${theirs.clientId}/premises`, {
      role: 'tenant',
      premiseId: h.p2,
      rentDate: '2026-04-30',
    });
    expect(toP2.status, JSON.stringify(toP2.body)).toBe(201);
    expect(
      toP2.body.premises
        .map((p: { premiseId: string; addedByMe: boolean }) => [p.premiseId, p.addedByMe])
        .sort(),
    ).toEqual(
      [
        [h.p1, false],
        [h.p2, true],
      ].sort(),
    );
  });

  it('only a person seen in «Все» is added to my premise: one of my organisation I share nothing with is 404', async () => {
    // Its own address: the file's sign-ins from 127.0.0.1 fill that address's hourly codes.
    const h = await household(a, undefined, '10.0.0.13');
    const object = await makeObject(a.admin, { name: 'ЖК «Соседний»' });
    const theirs = await makePremise(a.admin, object.id);
    const neighbour = await makeClient(a.admin, 'Соседов Семён', fixturePhone());
    await link(a.admin, theirs.id, neighbour.id, { role: 'owner' });
    const all = (await h.resident.get('/people/all')).body;
    expect(all.people.map((p: { clientId: string }) => p.clientId)).not.toContain(neighbour.id);

    const added = await h.resident.post(`/people/${neighbour.id}/premises`, {
      role: 'resident',
      premiseId: h.p1,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(404);
    expect(added.body.code).toBe('NOT_FOUND');
    expect((await linksOf(neighbour.id)).map((l) => l.premiseId)).toEqual([theirs.id]);
  });

  it('«Удалить пользователя» removes only the links I gave and my row; editing is for my guests only', async () => {
    const h = await household();
    const guest = (
      await h.resident.post('/people', { phone: fixturePhone(), fullName: 'Гостев Игорь', role: 'guest' })
    ).body;
    const id = guest.clientId as string;
    await h.resident.post(`/people/${id}/premises`, { role: 'resident', premiseId: h.p1 });
    await link(a.admin, h.p2, id, { role: 'resident', ownerClientId: h.owner.id });

    const edited = await patch(h.resident, `/people/${id}`, {
      fullName: 'Гостев Игорь Ильич',
      email: 'Guest@Example.ru',
      addressAs: 'Игорёк',
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({
      fullName: 'Гостев Игорь Ильич',
      email: 'guest@example.ru',
      addressAs: 'Игорёк',
    });
    const badEmail = await patch(h.resident, `/people/${id}`, { email: 'nope' });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.errors[0].field).toBe('email');

    const removed = await del(h.resident, `/people/${id}`);
    expect(removed.status).toBe(204);
    const left = await linksOf(id);
    expect(left.map((l) => l.premiseId)).toEqual([h.p2]);
    const rows = await t.db
      .select()
      .from(residentPeople)
      .where(and(eq(residentPeople.personClientId, id), eq(residentPeople.clientId, h.owner.id)));
    expect(rows).toHaveLength(0);
    // Still shares p2 (added by staff): the card opens, but is not mine any more.
    const card = (await h.resident.get(`/people/${id}`)).body;
    expect(card).toMatchObject({ addedByMe: false, canDelete: false, guest: false });
    expect((await patch(h.resident, `/people/${id}`, { fullName: 'Другое Имя' })).status).toBe(403);
    const history = await t.db.select().from(changeHistory).where(eq(changeHistory.clientId, id));
    expect(
      history.some((e) => (e.changes as Array<{ field: string }>).some((c) => c.field === 'addressAs')),
    ).toBe(true);
  });

  it('the photo follows the card’s rules; another organisation’s people are never reached', async () => {
    const h = await household();
    const stranger = await household(b);
    const added = (
      await h.resident.post('/people', {
        phone: fixturePhone(),
        fullName: 'Фотов Фёдор',
        role: 'resident',
        premiseId: h.p1,
      })
    ).body;
    expect((await h.resident.get(`/people/${added.clientId}/photo`)).status).toBe(404);
    expect((await stranger.resident.get(`/people/${added.clientId}`)).status).toBe(404);
    expect((await stranger.resident.get(`/people/${added.clientId}/photo`)).status).toBe(404);
    expect((await del(stranger.resident, `/people/${added.clientId}`)).status).toBe(404);
    expect(
      (
        await stranger.resident.post(`/people/${added.clientId}/premises`, {
          role: 'resident',
          premiseId: stranger.p1,
        })
      ).status,
    ).toBe(404);
    expect((await noticesOf(stranger.resident.signIn.account.id)).length).toBe(0);
  });
});

describe('a person’s premises in other organisations (T-3, APP-7 «Доступ к помещениям»)', () => {
  const ELSEWHERE_SOURCE = '10.0.0.12';
  it('adds the premises shared with them where both phones have a card, read only; nothing else of those organisations', async () => {
    const h = await household(a, undefined, ELSEWHERE_SOURCE);
    const wifePhone = fixturePhone();
    const wife = await makeClient(a.admin, 'Собственникова Ольга', wifePhone);
    await link(a.admin, h.p1, wife.id, { role: 'resident', ownerClientId: h.owner.id });
    // In B both have cards: a flat shared (she rents it from him), and a flat of hers alone.
    const objectB = await makeObject(b.admin, { name: 'ЖК «Берег»' });
    const [shared, hers, his] = [
      await makePremise(b.admin, objectB.id),
      await makePremise(b.admin, objectB.id),
      await makePremise(b.admin, objectB.id),
    ];
    const himInB = await makeClient(b.admin, 'Собственников Олег', h.phone);
    const herInB = await makeClient(b.admin, 'Собственникова Ольга Ивановна', wifePhone);
    await link(b.admin, shared.id, himInB.id, { role: 'owner' });
    await link(b.admin, shared.id, herInB.id, {
      role: 'tenant',
      ownerClientId: himInB.id,
      rentDate: '2026-03-15',
    });
    await link(b.admin, hers.id, herInB.id, { role: 'owner' });
    await link(b.admin, his.id, himInB.id, { role: 'owner' });
    // In C only she has a card: nothing is read there.
    const c = await org('УК Люди В', ['requests']);
    const herInC = await makeClient(c.admin, 'Собственникова Ольга', wifePhone);
    await link(c.admin, (await makePremise(c.admin, (await makeObject(c.admin)).id)).id, herInC.id, {
      role: 'owner',
    });

    const card = await h.resident.get(`/people/${wife.id}`);
    expect(card.status, JSON.stringify(card.body)).toBe(200);
    expect(card.body.premises.map((p: { premiseId: string }) => p.premiseId)).toEqual([h.p1]);
    expect(card.body.otherPremises).toEqual([
      {
        organization: { id: b.id, slug: b.slug, name: 'УК Люди Б' },
        premiseId: shared.id,
        address: expect.any(String),
        objectName: 'ЖК «Берег»',
        role: 'tenant',
        roleLabel: 'Арендатор',
        rentDate: '2026-03-15',
      },
    ]);
    const text = JSON.stringify(card.body);
    expect(text).not.toContain(hers.id);
    expect(text).not.toContain(his.id);
    expect(text).not.toContain(c.id);
    // Read only: the link in B is not one of this session's organisation.
    expect(
      (await patch(h.resident, `/people/${wife.id}/premises/${shared.id}`, { rentDate: null })).status,
    ).toBe(404);
    expect((await del(h.resident, `/people/${wife.id}/premises/${shared.id}`)).status).toBe(404);
    expect((await linksOf(herInB.id)).find((l) => l.premiseId === shared.id)?.rentDate).toBe('2026-03-15');

    // From B's session the other way round: the flat in A.
    const inB = await signInResident(t, h.phone, b.slug, undefined, ELSEWHERE_SOURCE);
    const fromB = (await inB.get(`/people/${herInB.id}`)).body;
    expect(fromB.premises.map((p: { premiseId: string }) => p.premiseId)).toEqual([shared.id]);
    expect(fromB.otherPremises).toEqual([
      expect.objectContaining({
        organization: expect.objectContaining({ id: a.id }),
        premiseId: h.p1,
        role: 'resident',
      }),
    ]);
  });

  it('nothing elsewhere for a child (no phone), nor where the person shares no premise with me', async () => {
    const h = await household(a, undefined, ELSEWHERE_SOURCE);
    const child = (
      await h.resident.post('/people', {
        fullName: 'Собственников Петя',
        birthDate: '2018-05-05',
        addressAs: 'Петя',
        role: 'resident',
        premiseId: h.p1,
      })
    ).body;
    expect(child.otherPremises).toEqual([]);
    const neighbourPhone = fixturePhone();
    const neighbour = await makeClient(a.admin, 'Соседов Семён', neighbourPhone);
    await link(a.admin, h.p1, neighbour.id, { role: 'resident', ownerClientId: h.owner.id });
    expect((await h.resident.get(`/people/${neighbour.id}`)).body.otherPremises).toEqual([]);
    // In B both have cards, but they share no premise there.
    const objectB = await makeObject(b.admin);
    const mine = await makePremise(b.admin, objectB.id);
    const theirs = await makePremise(b.admin, objectB.id);
    await link(b.admin, mine.id, (await makeClient(b.admin, 'Собственников Олег', h.phone)).id, {
      role: 'owner',
    });
    const neighbourInB = await makeClient(b.admin, 'Соседов Семён', neighbourPhone);
    await link(b.admin, theirs.id, neighbourInB.id, { role: 'owner' });
    expect((await h.resident.get(`/people/${neighbour.id}`)).body.otherPremises).toEqual([]);
  });
});
