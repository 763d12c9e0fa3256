// APP-2 «Оплатить все» and APP-3 «Мое помещение» over the resident API, with the sums and the policy
// sent through the integration API and documents staff opened to residents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone, makeAccount, makeLegalEntity, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, send } from '../../../test/helpers';
import { multipart, PDF_BYTES } from '../../../test/multipart';
import { RESIDENT_API, type Resident, signInResident } from '../../../test/residents';

type Org = { admin: Client; slug: string; key: string };
type Home = { premiseId: string; externalId: string; accounts: { id: string; number: string }[] };

let t: TestApp;
let a: Org;
let b: Org;
let phone: string;
let home: Home;
let second: Home;
let theirs: Home;
let visibleDoc: string;
let hiddenDoc: string;
let theirDoc: string;
let resident: Resident;

async function org(): Promise<Org> {
  const made = await makeOrganization(t);
  const key = (await made.admin.post('/api/api-keys', { name: '1С', scopes: ['import'] })).body.key;
  return { admin: made.admin, slug: made.organization.slug, key };
}

async function integrate(o: Org, path: string, items: unknown[]) {
  const response = await send(t, {
    method: 'POST',
    url: `/api/integration/v1/${path}`,
    headers: { authorization: `Bearer ${o.key}` },
    payload: { items },
  });
  expect(response.status).toBe(200);
  expect(response.body.summary.error, JSON.stringify(response.body)).toBe(0);
}

/** A premise with accounts of these legal entities, the client with the phone linked to it. */
async function homeOf(o: Org, clientId: string, entities: string[], objectAddress = 'г. Москва') {
  const externalId = `P-${Math.random().toString(36).slice(2, 10)}`;
  const object = await makeObject(o.admin, { address: objectAddress });
  const premise = await makePremise(o.admin, object.id, { externalId, livingArea: 30 });
  const accounts = [];
  for (const entity of entities) {
    const account = await makeAccount(o.admin, premise.id, entity, {
      number: `ЛС/${accounts.length + 1} ${externalId}`,
    });
    accounts.push({ id: account.id, number: account.number as string });
  }
  const link = await o.admin.post(`/api/premises/${premise.id}/clients`, { clientId, role: 'owner' });
  expect(link.status, JSON.stringify(link.body)).toBe(201);
  return { premiseId: premise.id, externalId, accounts };
}

async function upload(o: Org, premiseId: string, title: string, visible: boolean) {
  const response = await o.admin.request({
    method: 'POST',
    url: `/api/premises/${premiseId}/documents`,
    ...multipart(
      { title, date: '2026-05-01', visibleToResidents: String(visible) },
      { name: `${title}.pdf`, type: 'application/pdf', data: PDF_BYTES },
    ),
  });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

beforeAll(async () => {
  t = await buildTestApp();
  a = await org();
  b = await org();
  phone = fixturePhone();
  const withTemplate = await makeLegalEntity(a.admin, {
    paymentUrlTemplate: 'https://pay.example.ru/?ls={account}&sum={sum}',
  });
  const withoutTemplate = await makeLegalEntity(a.admin);
  const client = await a.admin.post('/api/clients', { fullName: 'Петров Пётр Петрович', phone });
  home = await homeOf(
    a,
    client.body.id,
    [withTemplate.id, withoutTemplate.id],
    '123456, г. Москва, ул. Ленина',
  );
  second = await homeOf(a, client.body.id, [withTemplate.id]);
  const hidden = await makeAccount(a.admin, home.premiseId, withTemplate.id, {
    number: 'СКРЫТЫЙ',
    hiddenFromResidents: true,
  });
  const theirClient = await b.admin.post('/api/clients', { fullName: 'Петров Пётр', phone });
  theirs = await homeOf(b, theirClient.body.id, [(await makeLegalEntity(b.admin)).id]);

  await integrate(a, 'balances', [
    {
      accountExternalId: undefined,
      legalEntityId: withTemplate.id,
      accountNumber: home.accounts[0]?.number,
      amount: 1500.5,
      period: '2026-11',
    },
    {
      legalEntityId: withoutTemplate.id,
      accountNumber: home.accounts[1]?.number,
      amount: '200',
      period: '2026-11',
    },
    {
      legalEntityId: withTemplate.id,
      accountNumber: second.accounts[0]?.number,
      amount: -50,
      period: '2026-11',
    },
    { legalEntityId: withTemplate.id, accountNumber: hidden.number, amount: 999, period: '2026-11' },
  ]);
  await integrate(a, 'insurance', [
    {
      premiseExternalId: home.externalId,
      insurer: 'СК «Старая»',
      number: 'OLD',
      validFrom: '2024-01-01',
      validTo: '2024-12-31',
    },
    {
      premiseExternalId: home.externalId,
      insurer: 'СК «Надёжная»',
      number: 'П-77',
      validFrom: '2025-01-01',
      validTo: '2099-12-31',
    },
  ]);
  await integrate(b, 'balances', [
    {
      legalEntityId: (await b.admin.get('/api/legal-entities')).body[0].id,
      accountNumber: theirs.accounts[0]?.number,
      amount: 777,
      period: '2026-11',
    },
  ]);
  visibleDoc = await upload(a, home.premiseId, 'Договор управления', true);
  hiddenDoc = await upload(a, home.premiseId, 'Служебная записка', false);
  theirDoc = await upload(b, theirs.premiseId, 'Чужой договор', true);
  resident = await signInResident(t, phone, a.slug);
});
afterAll(() => t?.close());

describe('GET /premises/:id (APP-3)', () => {
  it('address with postcode, visible accounts with sums, areas, meters, the policy in force, visible documents', async () => {
    const response = await resident.get(`/premises/${home.premiseId}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const card = response.body;
    expect(card.postcode).toBe('123456');
    expect(card.address).toMatch(/^ул\. Ленина, д\. 10, кв\. /);
    expect(card.fullAddress).toBe(`123456, г. Москва, ${card.address}`);
    expect(card).toEqual(expect.objectContaining({ totalArea: 50, livingArea: 30, metersCount: 0 }));
    expect(card.accounts.map((x: { number: string }) => x.number).sort()).toEqual(
      home.accounts.map((x) => x.number).sort(),
    );
    const first = card.accounts.find((x: { id: string }) => x.id === home.accounts[0]?.id);
    expect(first.balance).toEqual(
      expect.objectContaining({ amount: '1500.50', period: '2026-11', computedAt: null }),
    );
    expect(card.insurance).toEqual({
      insurer: 'СК «Надёжная»',
      number: 'П-77',
      validFrom: '2025-01-01',
      validTo: '2099-12-31',
    });
    expect(card.documents).toEqual([
      {
        id: visibleDoc,
        title: 'Договор управления',
        date: '2026-05-01',
        fileName: 'Договор управления.pdf',
        contentType: 'application/pdf',
        size: PDF_BYTES.length,
        fileUrl: `${RESIDENT_API}/premises/${home.premiseId}/documents/${visibleDoc}`,
      },
    ]);

    const plain = (await resident.get(`/premises/${second.premiseId}`)).body;
    expect(plain).toEqual(expect.objectContaining({ postcode: null, insurance: null, documents: [] }));
    expect(plain.fullAddress).toBe(`г. Москва, ${plain.address}`);
  });

  it('streams a visible document; a hidden one, another premise’s or another organisation’s is 404', async () => {
    const file = await resident.get(`/premises/${home.premiseId}/documents/${visibleDoc}`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(String(file.headers['content-disposition'])).toMatch(/^inline; /);
    expect(file.raw.equals(PDF_BYTES)).toBe(true);
    for (const path of [
      `/premises/${home.premiseId}/documents/${hiddenDoc}`,
      `/premises/${second.premiseId}/documents/${visibleDoc}`,
      `/premises/${theirs.premiseId}/documents/${theirDoc}`,
      `/premises/${home.premiseId}/documents/${theirDoc}`,
    ]) {
      const response = await resident.get(path);
      expect(response.status, path).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
    }
  });

  it('T-1: another organisation’s premise (even of the same phone) and an unlinked premise are 404', async () => {
    const theirPremise = await resident.get(`/premises/${theirs.premiseId}`);
    expect(theirPremise.status).toBe(404);
    expect(JSON.stringify(theirPremise.body)).not.toContain('777');
    const unlinked = await makePremise(a.admin, (await makeObject(a.admin)).id);
    expect((await resident.get(`/premises/${unlinked.id}`)).status).toBe(404);
    // In the other organisation's session it is the other way round.
    const inB = await signInResident(t, phone, b.slug);
    expect((await inB.get(`/premises/${theirs.premiseId}`)).status).toBe(200);
    expect((await inB.get(`/premises/${home.premiseId}`)).status).toBe(404);
    expect((await inB.get(`/premises/${theirs.premiseId}/documents/${theirDoc}`)).status).toBe(200);
  });

  it('only a resident session opens it: no token, a staff token are refused', async () => {
    expect((await send(t, { method: 'GET', url: `${RESIDENT_API}/premises/${home.premiseId}` })).status).toBe(
      401,
    );
    const staff = await a.admin.get(`${RESIDENT_API}/premises/${home.premiseId}`);
    expect(staff.status).toBe(401);
  });
});

describe('GET /payments (APP-2 «Оплатить все»)', () => {
  it('sums due above zero per premise, the payment page built from the template, none without one', async () => {
    const response = await resident.get('/payments');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const [number0, number1] = home.accounts.map((x) => x.number);
    expect(response.body).toEqual({
      // T-3: and the premise of the phone's card in B (several-organizations.test.ts).
      total: '2477.50',
      premises: [
        expect.objectContaining({
          premiseId: home.premiseId,
          organization: expect.objectContaining({ slug: a.slug, current: true }),
          total: '1700.50',
          accounts: expect.arrayContaining([
            expect.objectContaining({
              accountId: home.accounts[0]?.id,
              amount: '1500.50',
              period: '2026-11',
              paymentUrl: `https://pay.example.ru/?ls=${encodeURIComponent(number0 as string)}&sum=1500.50`,
            }),
            expect.objectContaining({ accountId: home.accounts[1]?.id, amount: '200.00', paymentUrl: null }),
          ]),
        }),
        expect.objectContaining({
          premiseId: theirs.premiseId,
          organization: expect.objectContaining({ slug: b.slug, current: false }),
          total: '777.00',
        }),
      ],
    });
    expect(response.body.premises[0].accounts).toHaveLength(2);
    expect(JSON.stringify(response.body)).not.toContain('СКРЫТЫЙ');
    expect(number1).toBeDefined();
  });

  it('no payment page when online payment is off for the object', async () => {
    const premise = (await a.admin.get(`/api/premises/${home.premiseId}`)).body;
    const off = await a.admin.patch(`/api/objects/${premise.objectId}`, { onlinePayment: false });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    const body = (await resident.get('/payments')).body;
    expect(body.premises[0].accounts.every((x: { paymentUrl: null }) => x.paymentUrl === null)).toBe(true);
    await a.admin.patch(`/api/objects/${premise.objectId}`, { onlinePayment: true });
  });
});
