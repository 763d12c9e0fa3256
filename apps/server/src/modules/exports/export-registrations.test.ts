// R-2 «Заявки на регистрацию и неидентифицированные»: the requests and leads lists as .xlsx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeLead, makeRegistrationRequest } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { readXlsx } from '../../../test/xlsx';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  await makeRegistrationRequest(t, admin.organizationId, {
    fullName: 'Соколова Ирина',
    phone: '+79161110001',
    addressText: 'ул. Садовая, д. 3, кв. 7',
    createdAt: new Date('2026-11-20T09:00:00.123456Z'),
  });
  await makeRegistrationRequest(t, admin.organizationId, {
    fullName: 'Орлов Павел',
    phone: '+79161110002',
    status: 'rejected',
    rejectReason: 'Не собственник',
    createdAt: new Date('2026-11-21T09:00:00Z'),
  });
  await makeLead(t, admin.organizationId, {
    phone: '+79161110003',
    createdAt: new Date('2026-11-22T09:00:00Z'),
  });
  await makeLead(t, admin.organizationId, {
    phone: '+79161110004',
    createdAt: new Date('2026-11-23T09:00:00Z'),
  });
});
afterAll(() => t.close());

describe('export of registration requests (R-2)', () => {
  it('writes the filtered list, newest first, with Russian headers and labels', async () => {
    const response = await admin.get('/api/registration-requests/export.xlsx');
    expect(response.status).toBe(200);
    expect(String(response.headers['content-disposition'])).toContain("filename*=UTF-8''");
    const sheet = await readXlsx(response);
    expect(sheet.headers.slice(0, 6)).toEqual([
      'Дата заявки',
      'Вид заявки',
      'Статус',
      'ФИО',
      'Телефон',
      'Адрес, указанный жителем',
    ]);
    expect(sheet.rows.map((r) => [r[2], r[3], r[4]])).toEqual([
      ['Отклонена', 'Орлов Павел', '+7 916 111-00-02'],
      ['Новая', 'Соколова Ирина', '+7 916 111-00-01'],
    ]);
    expect(sheet.rows[0]?.[sheet.headers.indexOf('Причина отказа')]).toBe('Не собственник');
    const rejected = await readXlsx(await admin.get('/api/registration-requests/export.xlsx?status=new'));
    expect(rejected.rows.map((r) => r[3])).toEqual(['Соколова Ирина']);
    const found = await readXlsx(
      await admin.get(`/api/registration-requests/export.xlsx?search=${encodeURIComponent('Орл')}`),
    );
    expect(found.rows.map((r) => r[3])).toEqual(['Орлов Павел']);
  });

  it('needs the export permission; masks for a role without personal data and refuses such a search', async () => {
    const noExport = await makeStaff(t, admin, ['clients.view', 'clients.pii.name', 'clients.pii.contacts']);
    expect((await noExport.get('/api/registration-requests/export.xlsx')).status).toBe(403);
    expect((await noExport.get('/api/leads/export.xlsx')).status).toBe(403);
    const masked = await makeStaff(t, admin, ['clients.view', 'export.registrations']);
    const sheet = await readXlsx(await masked.get('/api/registration-requests/export.xlsx'));
    expect(sheet.rows.map((r) => [r[3], r[4]])).toEqual([
      ['********', '********'],
      ['********', '********'],
    ]);
    const search = await masked.get(
      `/api/registration-requests/export.xlsx?search=${encodeURIComponent('Орлов')}`,
    );
    expect(search.status).toBe(403);
    expect(search.body.code).toBe('PII_SEARCH_FORBIDDEN');
  });

  it('never writes another organisation’s requests or leads', async () => {
    const other = (await makeOrganization(t)).admin;
    expect((await readXlsx(await other.get('/api/registration-requests/export.xlsx'))).rows).toEqual([]);
    expect((await readXlsx(await other.get('/api/leads/export.xlsx'))).rows).toEqual([]);
  });
});

describe('export of leads (R-2)', () => {
  it('writes the phones, newest first, masked for a role without contacts', async () => {
    const sheet = await readXlsx(await admin.get('/api/leads/export.xlsx'));
    expect(sheet.headers).toEqual(['Дата', 'Телефон', 'Источник', 'Стал клиентом']);
    expect(sheet.rows.map((r) => r[1])).toEqual(['+7 916 111-00-04', '+7 916 111-00-03']);
    // The source in Russian, not its code (issue 17: «showcase» in «Откуда»).
    expect(sheet.rows.map((r) => r[2])).toEqual(['Витрина застройщика', 'Витрина застройщика']);
    const masked = await makeStaff(t, admin, ['clients.view', 'export.registrations']);
    const hidden = await readXlsx(await masked.get('/api/leads/export.xlsx'));
    expect(hidden.rows.map((r) => r[1])).toEqual(['********', '********']);
  });
});
