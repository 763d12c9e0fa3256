// Issue 15: each export re-imports, through the real routes, into the kind of file it belongs to —
// the premises export as «Помещения с лицевыми счетами», the clients export as the consolidated
// kind — with no row errors and nothing to change; and the file says which kind that is.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeAccount, makeLegalEntity, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization } from '../../../test/helpers';
import { uploadImport } from '../../../test/imports';

let t: TestApp;
let admin: Client;
let legalEntityId: string;
let objectId: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  legalEntityId = (await makeLegalEntity(admin)).id;
  objectId = (await makeObject(admin)).id;
  const flat = await makePremise(admin, objectId, {
    street: 'ул. Круговая',
    house: '3',
    building: '2',
    number: '21',
    entrance: '4',
    floor: 7,
    rooms: 2,
    totalArea: 61.25,
    livingArea: 40.5,
    // Issue 15's columns go round too; a 0 is a value, not an empty cell.
    cadastralNumber: '77:01:0001001:21',
    registeredResidents: 0,
    tags: ['Угловая'],
    externalId: 'EXT-21',
  });
  await makeAccount(admin, flat.id, legalEntityId, { number: '5000000021' });
  const room = await makePremise(admin, objectId, {
    type: 'room',
    street: 'ул. Круговая',
    house: '3',
    number: '22',
    room: '1',
    totalArea: 12,
    registeredResidents: 2,
  });
  await makePremise(admin, objectId, { type: 'parking', street: 'ул. Круговая', house: '3', number: '5' });
  const clients = [
    {
      fullName: 'Круглова Ольга Олеговна',
      phone: '8 916 555-44-33',
      extraPhone: '8 903 555-44-33',
      email: 'olga@example.ru',
      birthDate: '1979-11-30',
    },
    {
      fullName: 'ООО «Круг»',
      type: 'legal',
      phone: '8 916 555-44-34',
      kpp: '773601001',
      ogrn: '1027700132195',
    },
    { fullName: 'Безтелефонов Пётр', email: 'petr@example.ru' },
    { fullName: 'Кругов Иван', type: 'entrepreneur', phone: '8 916 555-44-35', ogrn: '304500116000157' },
  ];
  for (const client of clients) {
    const created = await admin.post('/api/clients', client);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    if (client.fullName === 'Круглова Ольга Олеговна')
      await admin.post(`/api/premises/${flat.id}/clients`, { clientId: created.body.id, role: 'owner' });
    // A client without a phone is found by the id an Excel file gave it.
    if (client.fullName === 'Безтелефонов Пётр') {
      const id = await admin.post(`/api/clients/${created.body.id}/external-ids`, {
        source: 'Excel',
        externalId: 'X-7',
      });
      expect(id.status, JSON.stringify(id.body)).toBe(201);
    }
    if (client.fullName === 'Кругов Иван')
      await admin.post(`/api/premises/${room.id}/clients`, { clientId: created.body.id, role: 'tenant' });
  }
});
afterAll(async () => {
  await t.close();
});

async function exported(url: string) {
  const response = await admin.get(url);
  expect(response.status).toBe(200);
  return response.raw as Buffer;
}

async function reimported(data: Buffer, kind: 'premises' | 'consolidated') {
  return uploadImport(admin, { kind, legalEntityId, objectId }, { name: `${kind}.xlsx`, data });
}

async function note(data: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook.worksheets.map((s) => s.getSheetValues().flat().join(' ')).join('\n');
}

describe('an export imported back', () => {
  it('the premises export, as premises: every premise and account unchanged', async () => {
    const data = await exported('/api/premises/export.xlsx');
    const job = await reimported(data, 'premises');
    expect(job).toMatchObject({ status: 'ready', rowCount: 3, errorCount: 0 });
    expect(job.preview).toMatchObject({
      premises: { created: 0, updated: 0, unchanged: 3 },
      accounts: { created: 0, updated: 0, unchanged: 1 },
      refused: [],
    });
    expect(await note(data)).toContain('«Помещения с лицевыми счетами»');
    // As the other kind it is refused, naming this one.
    const wrong = await reimported(data, 'consolidated');
    expect(wrong.problem).toMatchObject({ code: 'IMPORT_WRONG_KIND' });
  });

  it('the clients export, as a consolidated file: every client unchanged, companies and clients without a phone too', async () => {
    const data = await exported('/api/clients/export.xlsx');
    const job = await reimported(data, 'consolidated');
    expect(job).toMatchObject({ status: 'ready', rowCount: 4, errorCount: 0 });
    expect(job.preview).toMatchObject({
      clients: { created: 0, updated: 0, merged: 0, unchanged: 4 },
      refused: [],
    });
    expect(job.preview.deletions?.total ?? 0).toBe(0);
    expect(await note(data)).toContain('«Сводный: помещение, лицевой счёт, клиент и его роль»');
    const wrong = await reimported(data, 'premises');
    expect(wrong.problem).toMatchObject({ code: 'IMPORT_WRONG_KIND' });
  });
});
