// Issue 15: each export re-imports, through the real routes, into the kind of file it belongs to —
// the premises export as «Помещения с лицевыми счетами», the clients export as the consolidated
// kind — with no row errors and nothing to change; and the file says which kind that is. A client
// made by hand with neither phone nor external id is found by its code in Domovoy.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeAccount, makeLegalEntity, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization } from '../../../test/helpers';
import { applyImport, uploadImport } from '../../../test/imports';

let t: TestApp;
let admin: Client;
let legalEntityId: string;
let objectId: string;
let handMadeId: string;

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
    // Made by hand with neither phone nor external id: only its code in Domovoy finds it.
    { fullName: 'Ручнов Роман', email: 'roman@example.ru' },
  ];
  for (const client of clients) {
    const created = await admin.post('/api/clients', client);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    if (client.fullName === 'Ручнов Роман') handMadeId = created.body.id;
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
    expect(job).toMatchObject({ status: 'ready', rowCount: 5, errorCount: 0 });
    expect(job.preview).toMatchObject({
      clients: { created: 0, updated: 0, merged: 0, unchanged: 5 },
      refused: [],
    });
    expect(job.preview.deletions?.total ?? 0).toBe(0);
    expect(await note(data)).toContain('«Сводный: помещение, лицевой счёт, клиент и его роль»');
    const wrong = await reimported(data, 'premises');
    expect(wrong.problem).toMatchObject({ code: 'IMPORT_WRONG_KIND' });
  });

  it('the clients export with a name edited: the client made by hand (no phone, no external id) is found by its code and updated', async () => {
    const data = await edited(await exported('/api/clients/export.xlsx'), (row, cell) => {
      if (cell(row, 'ФИО в CRM') === 'Ручнов Роман')
        row.getCell(column(row, 'ФИО в CRM')).value = 'Ручнов Роман Ильич';
    });
    const job = await reimported(data, 'consolidated');
    expect(job).toMatchObject({ status: 'ready', rowCount: 5, errorCount: 0 });
    expect(job.preview).toMatchObject({
      clients: { created: 0, updated: 1, merged: 0, unchanged: 4 },
      refused: [],
    });
    const applied = await applyImport(admin, job.id);
    expect(applied.body.status, JSON.stringify(applied.body)).toBe('applied');
    const card = await admin.get(`/api/clients/${handMadeId}`);
    expect(card.body).toMatchObject({
      fullName: 'Ручнов Роман Ильич',
      phone: null,
      email: 'roman@example.ru',
    });
    const list = await admin.get(`/api/clients?search=${encodeURIComponent('Ручнов')}`);
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([handMadeId]);

    // A phone and an external id typed for it: found by its code, it gets both (I-4 2a).
    const more = await edited(await exported('/api/clients/export.xlsx'), (row, cell) => {
      if (cell(row, 'ФИО в CRM') !== 'Ручнов Роман Ильич') return;
      row.getCell(column(row, 'Телефон')).value = '8 916 555-44-36';
      row.getCell(column(row, 'Внешний идентификатор клиента')).value = 'R-1';
    });
    const second = await reimported(more, 'consolidated');
    expect(second.preview).toMatchObject({
      clients: { created: 0, updated: 1, merged: 0, unchanged: 4 },
      refused: [],
    });
    expect((await applyImport(admin, second.id)).body.status).toBe('applied');
    const after = (await admin.get(`/api/clients/${handMadeId}`)).body;
    expect(after).toMatchObject({ fullName: 'Ручнов Роман Ильич', phone: '+7 916 555-44-36' });
    expect(after.externalIds).toEqual([expect.objectContaining({ source: 'Excel', externalId: 'R-1' })]);
    // Read back once more, it is unchanged.
    const again = await reimported(await exported('/api/clients/export.xlsx'), 'consolidated');
    expect(again.preview).toMatchObject({ clients: { updated: 0, unchanged: 5 }, refused: [] });
  });

  it('a code of another organisation, an unknown one or with another card’s phone is the row’s reason, a malformed one a cell error', async () => {
    const other = (await makeOrganization(t)).admin;
    const foreign = await other.post('/api/clients', { fullName: 'Чужой Клиент' });
    expect(foreign.status).toBe(201);
    const unknown = '01234567-89ab-4def-8123-456789abcdef';
    const codes: Record<string, string> = {
      'Ручнов Роман Ильич': foreign.body.id,
      'Безтелефонов Пётр': unknown,
      'Круглова Ольга Олеговна': 'не код',
    };
    const rows: Record<string, number> = {};
    const data = await edited(await exported('/api/clients/export.xlsx'), (row, cell) => {
      const name = String(cell(row, 'ФИО в CRM'));
      rows[name] = row.number;
      const code = codes[name];
      if (code) row.getCell(column(row, 'Код клиента в Домовом')).value = code;
      // Кругов's code with ООО «Круг»'s phone: two cards.
      if (name === 'Кругов Иван') row.getCell(column(row, 'Телефон')).value = '+7 916 555-44-34';
    });
    const job = await reimported(data, 'consolidated');
    expect(job).toMatchObject({ status: 'ready', rowCount: 5, errorCount: 1 });
    const missing = (code: string) =>
      `Клиента с кодом в Домовом «${code}» нет: код не из выгрузки клиентов этой организации, или карточку удалили либо объединили с другой`;
    expect(job.preview.refused).toEqual(
      [
        { row: rows['Безтелефонов Пётр'], message: missing(unknown) },
        { row: rows['Кругов Иван'], message: 'Код клиента в Домовом и телефон указывают на разных клиентов' },
        { row: rows['Ручнов Роман Ильич'], message: missing(foreign.body.id) },
      ].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    );
    const report = await admin.get(`/api/imports/${job.id}/errors.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(report.raw as unknown as ArrayBuffer);
    const lines = (workbook.getWorksheet('Ошибки')?.getSheetValues() ?? [])
      .slice(2)
      .map((r) => (r as unknown[]).slice(1, 5));
    expect(lines).toContainEqual([
      rows['Круглова Ольга Олеговна'],
      'Код клиента в Домовом',
      'не код',
      'Код из выгрузки клиентов: 36 символов — цифры, буквы a–f и дефисы',
    ]);
    // Nothing of the other organisation's client was touched.
    expect((await other.get(`/api/clients/${foreign.body.id}`)).body.fullName).toBe('Чужой Клиент');
  });
});

/** The header's column number on the row's sheet. */
function column(row: ExcelJS.Row, header: string): number {
  const headers = (row.worksheet.getRow(1).values as unknown[]).map(String);
  const index = headers.indexOf(header);
  if (index < 1) throw new Error(`no column «${header}»`);
  return index;
}

/** An export changed as a user changes it in Excel: each data row of its first sheet. */
async function edited(
  data: Buffer,
  change: (row: ExcelJS.Row, cell: (row: ExcelJS.Row, header: string) => unknown) => void,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  sheet.eachRow((row, n) => {
    if (n > 1) change(row, (r, header) => r.getCell(column(r, header)).value);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
