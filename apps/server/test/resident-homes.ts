// A resident's home in one organisation, made through the front doors (the staff API, the
// integration API, the resident's own sign-in with a code from the outbox): one record of every kind
// a resident route names by id, and texts that only this home shows, so that another session's
// answers can be searched for them (the bad-input and cross-tenant walkers of the resident API).
import { randomInt } from 'node:crypto';
import { residentPeople } from '../src/db/schema';
import { notifyResident } from '../src/modules/resident-notifications/notify-resident';
import type { TestApp } from './build-test-app';
import { fixturePhone, makeAccount, makeLegalEntity, makeObject, makePremise } from './fixtures';
import { type Client, type Response, send } from './helpers';
import { multipart, PDF_BYTES } from './multipart';
import { RESIDENT_API, type Resident, signInResident } from './residents';
import { png } from './tenant-data';

/** The kinds of records a resident route names (its path parameters, body and query fields). */
export const RESIDENT_RESOURCES = [
  'premises',
  'documents',
  'notifications',
  'people',
  'clients',
  'organizations',
  'logos',
  'images',
  'meters',
  'orders',
  'photos',
  'types',
] as const;
export type ResidentResource = (typeof RESIDENT_RESOURCES)[number];

/**
 * What only this home shows, by what it belongs to: the premise (with its object, account and sum),
 * the resident's card, the person they added, the document, the notification, the request.
 */
export type MarkerKind =
  | 'premise'
  | 'card'
  | 'person'
  | 'document'
  | 'notification'
  | 'request'
  | 'meter'
  | 'order';

export type ResidentHome = {
  label: string;
  organizationId: string;
  slug: string;
  phone: string;
  resident: Resident;
  ids: Record<ResidentResource, string>;
  markers: Record<MarkerKind, string[]>;
};

/** Names take letters only (C-5): a random word of Cyrillic letters. */
const cyrillic = (length: number) =>
  Array.from({ length }, () => 'абвгдежзиклмнопрстуфхцчшщэюя'[randomInt(28)]).join('');

type Organization = { admin: Client; organization: { id: string; slug: string } };

function ok(response: Response, what: string, status = 201) {
  if (response.status !== status)
    throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A PNG picture put at the address (a logo, a photo). */
const upload = (url: string) =>
  ({ method: 'PUT', url, ...multipart({}, { name: 'i.png', type: 'image/png', data: png }) }) as const;

/** The file id at the end of a brand's public logo address. */
function logoFileId(logoUrl: string | null | undefined, what: string): string {
  const id = /\/brand-logos\/[^/]+\/([^/?]+)/.exec(logoUrl ?? '')?.[1];
  if (!id) throw new Error(`${what}: no logo address in ${logoUrl}`);
  return id;
}

/** The organisation wears a logo (once: a new one would end the old address). */
async function ensureOrganizationLogo(admin: Client) {
  if ((await admin.get('/api/settings/brand')).body.logoUrl) return;
  ok(await admin.request(upload('/api/settings/brand/logo')), 'organisation logo', 200);
}

/** A signed-in device of the phone in the organisation, with a photo uploaded. */
async function signedInWithPhoto(t: TestApp, phone: string, slug: string): Promise<Resident> {
  const resident = await signInResident(t, phone, slug);
  ok(await resident.request(upload(`${RESIDENT_API}/me/photo`)), 'photo', 200);
  return resident;
}

/** Issue 13: a request to the УК from the app with a photo, where the API has them. */
async function makeOrder(t: TestApp, resident: Resident, premiseId: string, label: string) {
  if (!t.app.hasRoute({ method: 'POST', url: `${RESIDENT_API}/orders` }))
    return { ids: { orders: '', photos: '', types: '' }, markers: [] };
  const [type] = ok(await resident.get('/orders/types'), 'request types', 200);
  const order = ok(
    await resident.post('/orders', {
      premiseId,
      typeId: type.id,
      subject: `Заявка ${label}`,
      description: `Течёт кран ${label}`,
    }),
    'order',
  );
  const card = ok(
    await resident.request({ ...upload(`${RESIDENT_API}/orders/${order.id}/photos`), method: 'POST' }),
    'order photo',
  );
  const photo = card.photos[0].id;
  return {
    ids: { orders: order.id, photos: photo, types: type.id },
    markers: [order.id, `Заявка ${label}`, `Течёт кран ${label}`, photo],
  };
}

/**
 * The phone's card in the organisation, owner of a premise (an object with its own logo, an
 * account with a sum due, a document open to residents, a neighbour the resident added), signed
 * in with a code, with a photo, a notification and a registration request.
 */
export async function makeResidentHome(
  t: TestApp,
  { admin, organization }: Organization,
  phone = fixturePhone(),
): Promise<ResidentHome> {
  const label = `Метка-${cyrillic(8)}`;
  await ensureOrganizationLogo(admin);
  const legalEntity = await makeLegalEntity(admin, {
    paymentUrlTemplate: 'https://pay.example.ru/?ls={account}&sum={sum}',
  });
  const object = await makeObject(admin, { name: `ЖК «${label}»`, address: '123456, г. Москва' });
  ok(await admin.request(upload(`/api/objects/${object.id}/brand-logo`)), 'object logo', 200);
  ok(await admin.request(upload(`/api/objects/${object.id}/image`)), 'object image', 200);
  const premise = await makePremise(admin, object.id, { externalId: `P-${label}` });
  const account = await makeAccount(admin, premise.id, legalEntity.id, { number: `ЛС-${label}` });
  const key = ok(await admin.post('/api/api-keys', { name: `1С ${label}`, scopes: ['import'] }), 'key');
  const balances = await send(t, {
    method: 'POST',
    url: '/api/integration/v1/balances',
    headers: { authorization: `Bearer ${key.key}` },
    payload: {
      items: [
        { legalEntityId: legalEntity.id, accountNumber: account.number, amount: 1500.5, period: '2026-11' },
      ],
    },
  });
  if (ok(balances, 'balance', 200).summary.error !== 0) throw new Error(JSON.stringify(balances.body));
  // Issue 13: a meter of the premise, where the API has them.
  const meter = t.app.hasRoute({ method: 'POST', url: '/api/premises/:id/meters' })
    ? ok(
        await admin.post(`/api/premises/${premise.id}/meters`, {
          resource: 'cold_water',
          serialNumber: `СЧ-${label}`,
        }),
        'meter',
      )
    : { id: '' };
  const document = ok(
    await admin.request({
      method: 'POST',
      url: `/api/premises/${premise.id}/documents`,
      ...multipart(
        { title: `Документ ${label}`, visibleToResidents: 'true' },
        { name: 'd.pdf', type: 'application/pdf', data: PDF_BYTES },
      ),
    }),
    'document',
  );
  const card = ok(await admin.post('/api/clients', { fullName: `Житель ${label}`, phone }), 'card');
  ok(await admin.post(`/api/premises/${premise.id}/clients`, { clientId: card.id, role: 'owner' }), 'link');
  const personPhone = fixturePhone();
  const person = ok(
    await admin.post('/api/clients', { fullName: `Сосед ${label}`, phone: personPhone }),
    'person',
  );
  ok(
    await admin.post(`/api/premises/${premise.id}/clients`, {
      clientId: person.id,
      role: 'resident',
      ownerClientId: card.id,
    }),
    'person link',
  );
  // APP-8: the resident added the neighbour (the people API's own table).
  await t.db.insert(residentPeople).values({
    organizationId: organization.id,
    clientId: card.id,
    personClientId: person.id,
  });
  await signedInWithPhoto(t, personPhone, organization.slug);
  const resident = await signedInWithPhoto(t, phone, organization.slug);
  const notification = await notifyResident(t.db, {
    organizationId: organization.id,
    accountId: resident.signIn.account.id,
    type: 'people',
    title: `Уведомление ${label}`,
    body: 'Вас добавили',
    premiseId: premise.id,
  });
  const request = `Адрес ${label}`;
  ok(await resident.post('/registration-requests', { addressText: request, role: 'owner' }), 'request');
  const order = await makeOrder(t, resident, premise.id, label);
  const me = ok(await resident.get('/me'), 'me', 200);
  const objectLogo = logoFileId(me.premises[0]?.brand.logoUrl, 'object logo');
  const objectImage = /\/object-images\/[^/]+\/([^/?]+)/.exec(me.premises[0]?.imageUrl ?? '')?.[1];
  if (!objectImage) throw new Error(`object image: no address in ${me.premises[0]?.imageUrl}`);
  // The codes' SMS and the notification's push go out in the background: done before a test looks.
  await t.app.jobs.wake();
  return {
    label,
    organizationId: organization.id,
    slug: organization.slug,
    phone,
    resident,
    ids: {
      premises: premise.id,
      documents: document.id,
      notifications: notification ?? '',
      people: person.id,
      clients: card.id,
      organizations: organization.id,
      logos: logoFileId(me.organization.brand.logoUrl, 'organisation logo'),
      images: objectImage,
      meters: meter.id,
      ...order.ids,
    },
    markers: {
      premise: [premise.id, `ЖК «${label}»`, account.id, `ЛС-${label}`, objectLogo, objectImage],
      card: [card.id, `Житель ${label}`],
      person: [person.id, `Сосед ${label}`],
      document: [document.id, `Документ ${label}`],
      notification: [notification ?? '', `Уведомление ${label}`],
      request: [request],
      meter: meter.id ? [meter.id, `СЧ-${label}`] : [],
      order: order.markers,
    },
  };
}
