// P-8, C-9, I-3: the exported lists read back through the consolidated template's headers and
// aliases, where their columns are the same data.
import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeAccount, makeLegalEntity, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization } from '../../../test/helpers';
import { parseAll, tempDir } from '../../../test/import-files';
import { PREMISE_EXPORT_COLUMNS } from '../exports/columns';

let t: TestApp;
let admin: Client;
let dir: string;
let remove: () => Promise<void>;
let ownerId: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  ({ dir, remove } = await tempDir());
  const legalEntity = await makeLegalEntity(admin);
  const object = await makeObject(admin);
  const premise = await makePremise(admin, object.id, {
    street: 'ул. Обратная',
    house: '3',
    number: '21',
    entrance: '4',
    floor: 7,
    totalArea: 61.25,
    livingArea: 40.5,
    tags: ['Угловая', 'Вид на парк'],
    externalId: 'EXT-21',
  });
  await makeAccount(admin, premise.id, legalEntity.id, { number: '5000000021' });
  const owner = (
    await admin.post('/api/clients', {
      fullName: 'Обратнова Ольга Олеговна',
      phone: '8 916 555-44-33',
      email: 'olga@example.ru',
      birthDate: '1979-11-30',
    })
  ).body;
  ownerId = owner.id;
  const link = await admin.post(`/api/premises/${premise.id}/clients`, {
    clientId: owner.id,
    role: 'owner',
    certificate: { number: '77-АБ 555', date: '2018-05-15' },
    ddu: { number: 'ДДУ-21', date: '2017-01-31' },
    act: { number: 'А-21', date: '2018-02-01' },
    contract: { number: 'ДУ-21', date: '2018-03-02' },
  });
  expect(link.status).toBe(201);
});
afterAll(async () => {
  await t.close();
  await remove();
});

async function exported(url: string, kind: 'premises' | 'consolidated') {
  const response = await admin.get(url);
  expect(response.status).toBe(200);
  const path = `${dir}/${url.split('/')[2]}.xlsx`;
  await writeFile(path, response.raw);
  // An export has no premise type or role: read without the required columns.
  return parseAll(path, kind, { requiredColumns: false });
}

describe('export → import headers', () => {
  it('the premises export reads back, every column but the object and the clients', async () => {
    const { rows, summary } = await exported('/api/premises/export.xlsx', 'premises');
    // One row per premise: the clients (with their link documents) are one cell, not link columns.
    expect(summary.header.unknownColumns).toEqual(['Объект', 'Клиенты (роль, доля, документы)']);
    expect(summary.header.columns).toHaveLength(PREMISE_EXPORT_COLUMNS.length - 2);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.values).toEqual({
      premiseType: 'flat',
      address: 'ул. Обратная, д. 3, кв. 21',
      street: 'ул. Обратная',
      house: '3',
      building: null,
      number: '21',
      room: null,
      entrance: '4',
      floor: 7,
      rooms: null,
      accountNumber: '5000000021',
      totalArea: 61.25,
      livingArea: 40.5,
      premiseTags: ['Вид на парк', 'Угловая'],
      premiseExternalId: 'EXT-21',
      cadastralNumber: null,
      registeredResidents: null,
    });
  });

  it('the clients export reads back name, phone, e-mail and birthday', async () => {
    const { rows, summary } = await exported('/api/clients/export.xlsx', 'consolidated');
    expect(summary.header.columns.map((c) => [c.header, c.key])).toEqual([
      ['ФИО в CRM', 'clientFullName'],
      ['Телефон', 'clientPhone'],
      ['E-mail', 'clientEmail'],
      ['День рождения', 'clientBirthDate'],
      ['Тип клиента', 'clientType'],
      ['Внешний идентификатор клиента', 'clientExternalId'],
      ['Дополнительный телефон', 'clientExtraPhone'],
      ['КПП', 'clientKpp'],
      ['ОГРН / ОГРНИП', 'clientOgrn'],
      ['Код клиента в Домовом', 'clientCode'],
    ]);
    expect(rows.map((r) => r.values)).toEqual([
      {
        clientFullName: 'Обратнова Ольга Олеговна',
        clientPhone: '+79165554433',
        clientEmail: 'olga@example.ru',
        clientBirthDate: '1979-11-30',
        clientType: 'individual',
        clientExternalId: null,
        clientExtraPhone: null,
        clientKpp: null,
        clientOgrn: null,
        clientCode: ownerId,
      },
    ]);
    // A client alone (no premise, no role), found by its code (and the phone).
    expect(rows[0]?.errors).toEqual([]);
  });
});
