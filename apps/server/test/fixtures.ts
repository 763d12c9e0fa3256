import { randomUUID } from 'node:crypto';
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
