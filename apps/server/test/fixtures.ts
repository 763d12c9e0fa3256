import { randomUUID } from 'node:crypto';
import { phoneSearchDigits } from '@domovoy/contract';
import { leads, registrationRequests } from '../src/db/schema';
import { residentAccounts } from '../src/modules/resident-accounts/resident-accounts.service';
import type { TestApp } from './build-test-app';
import type { Client } from './helpers';

function expectCreated(response: { status: number; body: unknown }, what: string) {
  if (response.status !== 201)
    throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string } & Record<string, unknown>;
}

// Valid identifiers (check digits computed per shared/reference/ru-validation.md).
export const VALID_INN = '7707083893';
export const VALID_KPP = '773601001';
export const VALID_OGRN = '1027700132195';

export async function makeLegalEntity(admin: Client, overrides: Record<string, unknown> = {}) {
  const response = await admin.post('/api/legal-entities', {
    name: `ООО «УК ${randomUUID().slice(0, 6)}»`,
    inn: VALID_INN,
    kpp: `7736${String(Math.floor(Math.random() * 100000)).padStart(5, '0')}`,
    ogrn: VALID_OGRN,
    ...overrides,
  });
  return expectCreated(response, 'legal entity');
}

export async function makeObject(admin: Client, overrides: Record<string, unknown> = {}) {
  const response = await admin.post('/api/objects', {
    name: `ЖК «${randomUUID().slice(0, 6)}»`,
    address: 'г. Москва',
    ...overrides,
  });
  return expectCreated(response, 'object');
}

export async function makePremise(admin: Client, objectId: string, overrides: Record<string, unknown> = {}) {
  const response = await admin.post('/api/premises', {
    objectId,
    type: 'flat',
    street: 'ул. Ленина',
    house: '10',
    number: String(Math.floor(Math.random() * 1e9)),
    totalArea: 50,
    ...overrides,
  });
  return expectCreated(response, 'premise');
}

export async function makeAccount(
  admin: Client,
  premiseId: string,
  legalEntityId: string,
  overrides: Record<string, unknown> = {},
) {
  const response = await admin.post(`/api/premises/${premiseId}/accounts`, {
    legalEntityId,
    number: String(Math.floor(Math.random() * 1e10)),
    ...overrides,
  });
  return expectCreated(response, 'account');
}

/** A mobile number no other fixture of this process has handed out: +7 977 …. */
let phoneSequence = 0;
export function fixturePhone(): string {
  phoneSequence += 1;
  return `+7977${String((process.pid * 1000 + phoneSequence) % 1e7).padStart(7, '0')}`;
}

type RequestInsert = Partial<typeof registrationRequests.$inferInsert>;

/** AUTH-2: a registration request as a resident's app would store it (that endpoint comes later). */
export async function makeRegistrationRequest(
  t: TestApp,
  organizationId: string,
  overrides: RequestInsert = {},
) {
  const phone = overrides.phone ?? fixturePhone();
  const account = await residentAccounts.ensure(t.db, phone);
  const [row] = await t.db
    .insert(registrationRequests)
    .values({
      organizationId,
      phone,
      fullName: 'Петров Пётр Петрович',
      addressText: 'ул. Ленина, д. 10, кв. 5',
      accountId: account.id,
      ...overrides,
    })
    .returning();
  if (!row) throw new Error('registration request: insert returned no row');
  return row;
}

/** AUTH-3: a phone that entered the developer's showcase without a known client. */
export async function makeLead(
  t: TestApp,
  organizationId: string,
  overrides: Partial<typeof leads.$inferInsert> = {},
) {
  const phone = overrides.phone ?? fixturePhone();
  const [row] = await t.db
    .insert(leads)
    .values({ organizationId, phone, phoneDigits: phoneSearchDigits(phone), ...overrides })
    .returning();
  if (!row) throw new Error('lead: insert returned no row');
  return row;
}
