// Issue 13 «Заявки» → «Экспорт в Excel»: the list's filters and search, newest first, Russian headers
// and labels, Moscow times as Excel dates, the client masked as in the list (R-3), section access
// (R-2), one organisation's requests only (T-1).
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatPhone, PERMISSION_NAMES, PII_MASK } from '@domovoy/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { signInResident } from '../../../test/residents';
import { readXlsx, type Sheet } from '../../../test/xlsx';
import type { Actor } from '../../platform/actor';
import { localFileStorage } from '../../platform/storage';
import { serviceRequestsService } from '../service-requests/service-requests.service';

const URL = '/api/service-requests/export.xlsx';
const HEADERS = [
  'Номер',
  'Тип',
  'Тема',
  'Статус',
  'Адрес, помещение',
  'Клиент',
  'Телефон',
  'Источник',
  'Исполнитель',
  'Срок',
  'Создана',
  'Изменена',
  'Оценка',
];
const column = (sheet: Sheet, header: string) => sheet.rows.map((r) => r[sheet.headers.indexOf(header)]);

let t: TestApp;
let admin: Client;
let phone: string;
let assignee: { id: string; name: string };
let types: { id: string; name: string }[];
let objectIds: string[];
const numbers: Record<'app' | 'leak' | 'light', number> = { app: 0, leak: 0, light: 0 };

beforeAll(async () => {
  t = await buildTestApp();
  const made = await makeOrganization(t);
  admin = made.admin;
  types = (await admin.get('/api/request-types')).body;
  [assignee] = (await admin.get('/api/service-requests/assignees')).body;
  const objects = [await makeObject(admin), await makeObject(admin)];
  objectIds = objects.map((o) => o.id);
  const first = await makePremise(admin, objectIds[0] as string, {
    street: 'ул. Садовая',
    house: '3',
    number: '7',
  });
  const second = await makePremise(admin, objectIds[1] as string, {
    street: 'ул. Лесная',
    house: '5',
    number: '12',
  });
  phone = fixturePhone();
  const client = await admin.post('/api/clients', { fullName: 'Сидоров Иван Петрович', phone });
  await admin.post(`/api/premises/${first.id}/clients`, { clientId: client.body.id, role: 'owner' });

  // From the app, done and rated by the resident.
  const resident = await signInResident(t, phone, made.organization.slug);
  const fromApp = await resident.post('/orders', {
    premiseId: first.id,
    typeId: types[1]?.id,
    description: 'Не работает розетка',
  });
  expect(fromApp.status, JSON.stringify(fromApp.body)).toBe(201);
  numbers.app = fromApp.body.number;
  await admin.post(`/api/service-requests/${fromApp.body.id}/status`, { status: 'done' });
  expect((await resident.post(`/orders/${fromApp.body.id}/rating`, { rating: 5 })).status).toBe(200);

  // By a phone call, assigned, with a due time.
  const leak = await admin.post('/api/service-requests', {
    typeId: types[0]?.id,
    subject: 'Течёт кран на кухне',
    premiseId: first.id,
    clientId: client.body.id,
    assigneeStaffId: assignee.id,
    dueAt: '2026-12-10T09:00:00.000Z',
    source: 'phone',
  });
  expect(leak.status, JSON.stringify(leak.body)).toBe(201);
  numbers.leak = leak.body.number;
  await admin.post(`/api/service-requests/${leak.body.id}/status`, { status: 'in_progress' });

  // In the other object, nobody's.
  const light = await admin.post('/api/service-requests', {
    typeId: types[1]?.id,
    subject: 'Не горит свет в подъезде',
    premiseId: second.id,
  });
  numbers.light = light.body.number;

  const other = (await makeOrganization(t)).admin;
  const otherType = (await other.get('/api/request-types')).body[0].id;
  await other.post('/api/service-requests', { typeId: otherType, subject: 'Чужая заявка' });
});
afterAll(() => t?.close());

describe('«Заявки» → Excel', () => {
  it('writes every request of the organisation, newest first, in the Russian columns', async () => {
    const response = await admin.get(URL);
    expect(response.status).toBe(200);
    expect(String(response.headers['content-type'])).toContain('spreadsheetml');
    expect(String(response.headers['content-disposition'])).toContain("filename*=UTF-8''");
    expect(String(response.headers['content-disposition'])).toContain('service-requests-');
    const sheet = await readXlsx(response);
    expect(sheet.name).toBe('Заявки');
    expect(sheet.headers).toEqual(HEADERS);
    const [light, leak, app] = sheet.rows;
    expect(sheet.rows.length).toBe(3);
    expect(light?.slice(0, 9)).toEqual([
      numbers.light,
      types[1]?.name,
      'Не горит свет в подъезде',
      'Ожидание',
      'ул. Лесная, д. 5, кв. 12',
      null,
      null,
      'CRM',
      null,
    ]);
    expect(leak?.slice(0, 9)).toEqual([
      numbers.leak,
      types[0]?.name,
      'Течёт кран на кухне',
      'В работе',
      'ул. Садовая, д. 3, кв. 7',
      'Сидоров Иван Петрович',
      formatPhone(phone),
      'Телефонный звонок',
      assignee.name,
    ]);
    // Excel has no zones: Moscow wall-clock time (09:00 UTC → 12:00), shown as ДД.ММ.ГГГГ чч:мм.
    expect(leak?.[9]).toEqual(new Date('2026-12-10T12:00:00.000Z'));
    for (const header of ['Срок', 'Создана', 'Изменена'])
      expect(sheet.numFmt(3, sheet.headers.indexOf(header) + 1)).toBe('dd.mm.yyyy hh:mm');
    for (const row of sheet.rows) {
      expect(row[10]).toBeInstanceOf(Date);
      expect(row[11]).toBeInstanceOf(Date);
      expect((row[11] as Date).getTime()).toBeGreaterThanOrEqual((row[10] as Date).getTime());
    }
    const created = (await admin.get(`/api/service-requests?search=${numbers.leak}`)).body.items[0];
    expect(leak?.[10]).toEqual(new Date(new Date(created.createdAt).getTime() + 3 * 3600_000));
    // Sent from the app without a subject: its description is the subject (issue 13).
    expect(app?.slice(2, 8)).toEqual([
      'Не работает розетка',
      'Выполнено',
      'ул. Садовая, д. 3, кв. 7',
      'Сидоров Иван Петрович',
      formatPhone(phone),
      'Приложение жителя',
    ]);
    expect(app?.[12]).toBe(5);
    expect(JSON.stringify(sheet.rows)).not.toContain('Чужая заявка');
  });

  it('honours the list’s search and filters: the same requests as the list, query for query', async () => {
    const queries = [
      `search=${encodeURIComponent(`№ ${numbers.leak}`)}`,
      `search=${encodeURIComponent('КРАН')}`,
      `search=${encodeURIComponent('%')}`,
      'status=done',
      'status=waiting&status=in_progress',
      'state=closed',
      'state=open&status=done',
      `typeId=${types[1]?.id}`,
      `objectId=${objectIds[1]}`,
      `assigneeId=${assignee.id}`,
      'createdFrom=2000-01-01&createdTo=2000-01-31',
      `createdFrom=${new Date().toISOString().slice(0, 10)}&objectId=${objectIds[0]}`,
    ];
    const expected = [
      [numbers.leak],
      [numbers.leak],
      [],
      [numbers.app],
      [numbers.light, numbers.leak],
      [numbers.app],
      [],
      [numbers.light, numbers.app],
      [numbers.light],
      [numbers.leak],
      [],
      [numbers.leak, numbers.app],
    ];
    for (const [i, query] of queries.entries()) {
      const file = await admin.get(`${URL}?${query}`);
      expect(file.status, query).toBe(200);
      const exported = (await readXlsx(file)).rows.map((r) => r[0]);
      const listed = (await admin.get(`/api/service-requests?${query}`)).body.items.map(
        (r: { number: number }) => r.number,
      );
      expect(exported, query).toEqual(listed);
      expect(exported, query).toEqual(expected[i]);
    }
  });

  it('needs access to «Заявки»; masks the client’s name and phone as the list does (R-3)', async () => {
    expect((await t.app.inject({ method: 'GET', url: URL })).statusCode).toBe(401);
    const outsider = await makeStaff(t, admin, ['clients.view', 'clients.pii.name', 'clients.pii.contacts']);
    const refused = await outsider.get(URL);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');

    const masked = await makeStaff(t, admin, ['requests.view']);
    const hidden = await readXlsx(await masked.get(URL));
    expect(column(hidden, 'Клиент')).toEqual([null, PII_MASK, PII_MASK]);
    expect(column(hidden, 'Телефон')).toEqual([null, PII_MASK, PII_MASK]);
    expect(JSON.stringify(hidden.rows)).not.toContain('Сидоров');

    const namesOnly = await makeStaff(t, admin, ['requests.view', 'clients.pii.name']);
    const named = await readXlsx(await namesOnly.get(URL));
    expect(column(named, 'Клиент')).toEqual([null, 'Сидоров Иван Петрович', 'Сидоров Иван Петрович']);
    expect(column(named, 'Телефон')).toEqual([null, PII_MASK, PII_MASK]);
    // The list shows the same.
    const listed = (await namesOnly.get('/api/service-requests')).body.items;
    expect(listed.map((r: { clientPhone: string | null }) => r.clientPhone)).toEqual(
      column(named, 'Телефон'),
    );
  });

  it('reads the list by keyset pages: every request once, in the list’s order', async () => {
    for (let i = 0; i < 3; i++)
      await admin.post('/api/service-requests', { typeId: types[2]?.id, subject: `Лифт ${i}` });
    const service = serviceRequestsService({
      db: t.db,
      storage: localFileStorage(path.join(tmpdir(), `domovoy-${randomUUID()}`)),
      maxUploadBytes: 1,
    });
    const actor: Actor = {
      organizationId: admin.organizationId,
      staffId: randomUUID(),
      name: 'Тест',
      roleId: randomUUID(),
      permissions: new Set(PERMISSION_NAMES),
    };
    const pages: number[][] = [];
    for await (const page of service.exportPages(actor, {}, 2)) pages.push(page.map((r) => r.number));
    const listed = (await admin.get('/api/service-requests?pageSize=100')).body.items.map(
      (r: { number: number }) => r.number,
    );
    expect(pages.map((p) => p.length)).toEqual([2, 2, 2]);
    expect(pages.flat()).toEqual(listed);
  });
});
