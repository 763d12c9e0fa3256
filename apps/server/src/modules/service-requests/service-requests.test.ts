// Issue 13: «Заявки» in the CRM — types, numbering under concurrency, transitions, notifications,
// permissions and masking, history, tenancy (T-1), photos.
import { crc32, deflateSync } from 'node:zlib';
import { DEFAULT_REQUEST_TYPES, PII_MASK } from '@domovoy/contract';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { signInResident } from '../../../test/residents';
import { residentNotifications } from '../../db/schema';

type Org = { admin: Client; slug: string; id: string };

let t: TestApp;
let a: Org;
let b: Org;
let typeId: string;
let premiseId: string;
let objectId: string;
let clientId: string;
let accountId: string;

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  pngChunk('IHDR', Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])),
  pngChunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
  pngChunk('IEND', Buffer.alloc(0)),
]);

function photoUpload(data: Buffer) {
  const boundary = '----domovoy-test';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="leak.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload };
}

async function org(name: string): Promise<Org> {
  const made = await makeOrganization(t, name);
  return { admin: made.admin, slug: made.organization.slug, id: made.organization.id };
}

async function create(client: Client, body: Record<string, unknown> = {}) {
  return client.post('/api/service-requests', { typeId, subject: 'Течёт кран на кухне', ...body });
}

async function notificationsOf(account: string) {
  return t.db
    .select()
    .from(residentNotifications)
    .where(and(eq(residentNotifications.organizationId, a.id), eq(residentNotifications.accountId, account)));
}

beforeAll(async () => {
  t = await buildTestApp();
  a = await org('УК Заявки А');
  b = await org('УК Заявки Б');
  const types = await a.admin.get('/api/request-types');
  typeId = types.body[0].id;
  const object = await makeObject(a.admin);
  objectId = object.id;
  premiseId = (await makePremise(a.admin, object.id)).id;
  const phone = fixturePhone();
  const client = await a.admin.post('/api/clients', { fullName: 'Сидоров Иван Петрович', phone });
  clientId = client.body.id;
  await a.admin.post(`/api/premises/${premiseId}/clients`, { clientId, role: 'owner' });
  const resident = await signInResident(t, phone, a.slug);
  accountId = resident.signIn.account.id;
});
afterAll(() => t?.close());

describe('request types («Настройки»)', () => {
  it('every new organisation has the default catalogue, in order', async () => {
    const response = await b.admin.get('/api/request-types');
    expect(response.status).toBe(200);
    expect(response.body.map((type: { name: string }) => type.name)).toEqual([...DEFAULT_REQUEST_TYPES]);
  });

  it('creates, renames, reorders and archives; a duplicate name is refused; writes need «Настройки»', async () => {
    const created = await b.admin.post('/api/request-types', { name: 'Домофон' });
    expect(created.status).toBe(201);
    expect((await b.admin.post('/api/request-types', { name: 'домофон' })).status).toBe(400);
    const renamed = await b.admin.patch(`/api/request-types/${created.body.id}`, { name: 'Домофоны' });
    expect(renamed.body.name).toBe('Домофоны');
    const all = (await b.admin.get('/api/request-types')).body.map((type: { id: string }) => type.id);
    const order = await b.admin.request({
      method: 'PUT',
      url: '/api/request-types/order',
      payload: { ids: [created.body.id, ...all.filter((id: string) => id !== created.body.id)] },
    });
    expect(order.status).toBe(200);
    expect(order.body[0].name).toBe('Домофоны');
    const archived = await b.admin.patch(`/api/request-types/${created.body.id}`, { archived: true });
    expect(archived.body.archived).toBe(true);
    expect((await b.admin.get('/api/request-types')).body).toHaveLength(6);
    expect((await b.admin.get('/api/request-types?archived=true')).body).toHaveLength(7);
    const clerk = await makeStaff(t, b.admin, ['requests.view']);
    expect((await clerk.get('/api/request-types')).status).toBe(200);
    expect((await clerk.post('/api/request-types', { name: 'Окна' })).status).toBe(403);
    // T-1: another organisation's type is not found.
    expect((await a.admin.patch(`/api/request-types/${created.body.id}`, { name: 'X' })).status).toBe(404);
  });
});

describe('requests', () => {
  it('creates from the CRM with a premise and a client; numbers go one after another', async () => {
    const first = await create(a.admin, { premiseId, clientId, description: 'Под раковиной' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({
      status: 'waiting',
      source: 'crm',
      premiseId,
      objectId,
      clientId,
      clientName: 'Сидоров Иван Петрович',
      description: 'Под раковиной',
      nextStatuses: expect.arrayContaining(['in_progress', 'done', 'cancelled']),
    });
    const second = await create(a.admin, { source: 'phone', subject: 'Не работает лифт' });
    expect(second.body.number).toBe(first.body.number + 1);
    expect(second.body.source).toBe('phone');
  });

  it('two requests created at once get different numbers', async () => {
    const made = await Promise.all(
      Array.from({ length: 8 }, (_, i) => create(a.admin, { subject: `Параллельно ${i}` })),
    );
    for (const response of made) expect(response.status).toBe(201);
    const numbers = made.map((response) => response.body.number as number);
    expect(new Set(numbers).size).toBe(8);
    expect(Math.max(...numbers) - Math.min(...numbers)).toBe(7);
  });

  it('searches by number («1042», «№ 1042») and subject; filters by status, type, object, period', async () => {
    const made = await create(a.admin, { subject: 'Сломана дверь подъезда', premiseId });
    const number = made.body.number;
    for (const search of [String(number), `№ ${number}`, `№${number}`]) {
      const found = await a.admin.get(`/api/service-requests?search=${encodeURIComponent(search)}`);
      expect(found.body.items.map((item: { id: string }) => item.id)).toEqual([made.body.id]);
    }
    const bySubject = await a.admin.get(
      `/api/service-requests?search=${encodeURIComponent('ДВЕРЬ подъезда')}`,
    );
    expect(bySubject.body.items.map((item: { id: string }) => item.id)).toEqual([made.body.id]);
    expect((await a.admin.get('/api/service-requests?search=%25')).body.total).toBe(0);
    const byObject = await a.admin.get(`/api/service-requests?objectId=${objectId}`);
    expect(byObject.body.items.every((item: { objectId: string }) => item.objectId === objectId)).toBe(true);
    expect(byObject.body.items[0].id).toBe(made.body.id);
    const today = new Date().toISOString().slice(0, 10);
    const period = await a.admin.get(`/api/service-requests?createdFrom=2000-01-01&createdTo=2000-12-31`);
    expect(period.body.total).toBe(0);
    const all = await a.admin.get(`/api/service-requests?createdFrom=${today}&pageSize=200&typeId=${typeId}`);
    expect(all.body.total).toBeGreaterThanOrEqual(11);
    // Newest first.
    const numbers = all.body.items.map((item: { number: number }) => item.number);
    expect(numbers).toEqual([...numbers].sort((x: number, y: number) => y - x));
    expect((await a.admin.get('/api/service-requests?state=closed')).body.total).toBe(0);
    expect((await a.admin.get('/api/service-requests?status=waiting')).body.total).toBe(all.body.total);
  });

  it('changes the status by the table only; closing stamps closed_at; history and the resident’s notification', async () => {
    const made = await create(a.admin, { clientId, premiseId, subject: 'Нет света' });
    const id = made.body.id;
    const before = (await notificationsOf(accountId)).length;
    const working = await a.admin.post(`/api/service-requests/${id}/status`, { status: 'in_progress' });
    expect(working.status).toBe(200);
    expect(working.body).toMatchObject({ status: 'in_progress', closedAt: null });
    const done = await a.admin.post(`/api/service-requests/${id}/status`, {
      status: 'done',
      comment: 'Заменили автомат',
    });
    expect(done.body.status).toBe('done');
    expect(done.body.closedAt).not.toBeNull();
    expect(done.body.nextStatuses).toEqual(['in_progress']);
    expect(done.body.comments[0]).toMatchObject({
      body: 'Заменили автомат',
      internal: false,
      authorKind: 'staff',
    });
    const refused = await a.admin.post(`/api/service-requests/${id}/status`, { status: 'paused' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('REQUEST_STATUS_NOT_ALLOWED');
    expect((await a.admin.patch(`/api/service-requests/${id}`, { subject: 'X' })).body.code).toBe(
      'REQUEST_CLOSED',
    );
    const reopened = await a.admin.post(`/api/service-requests/${id}/status`, { status: 'in_progress' });
    expect(reopened.body.closedAt).toBeNull();

    const notes = await notificationsOf(accountId);
    expect(notes.length - before).toBe(3);
    expect(notes.find((n) => n.title.endsWith('Выполнено'))).toMatchObject({
      type: 'requests',
      link: `/orders/${id}`,
      premiseId,
      title: `Заявка № ${made.body.number}: Выполнено`,
    });
    const history = await a.admin.get(`/api/service-requests/${id}/history`);
    expect(history.body[0]).toMatchObject({
      action: 'create',
      summary: `Создана заявка № ${made.body.number}`,
    });
    const statuses = history.body
      .flatMap((entry: { changes: { field: string; old: unknown; new: unknown }[] }) => entry.changes)
      .filter((change: { field: string }) => change.field === 'status')
      .map((change: { old: unknown; new: unknown }) => `${change.old}→${change.new}`);
    expect(statuses).toEqual([
      'null→Ожидание',
      'Ожидание→В работе',
      'В работе→Выполнено',
      'Выполнено→В работе',
    ]);
  });

  it('edits fields with history; assignee must be staff of the organisation', async () => {
    const made = await create(a.admin);
    const staffList = await a.admin.get('/api/service-requests/assignees');
    const assignee = staffList.body[0];
    const types = (await a.admin.get('/api/request-types')).body;
    const patched = await a.admin.patch(`/api/service-requests/${made.body.id}`, {
      assigneeStaffId: assignee.id,
      typeId: types[2].id,
      dueAt: '2030-01-01T10:00:00.000Z',
      subject: 'Течёт кран в ванной',
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({
      assignee,
      type: { id: types[2].id, name: 'Лифт' },
      dueAt: '2030-01-01T10:00:00.000Z',
    });
    const history = await a.admin.get(`/api/service-requests/${made.body.id}/history`);
    const last = history.body[history.body.length - 1];
    expect(last.changes).toEqual(
      expect.arrayContaining([
        { field: 'type', old: 'Сантехника', new: 'Лифт' },
        { field: 'assignee', old: null, new: assignee.name },
      ]),
    );
    const bAssignee = (await b.admin.get('/api/service-requests/assignees')).body[0];
    const foreign = await a.admin.patch(`/api/service-requests/${made.body.id}`, {
      assigneeStaffId: bAssignee.id,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.code).toBe('REFERENCE_NOT_FOUND');
  });

  it('comments: public ones notify the resident; internal ones need their permission to be seen', async () => {
    const made = await create(a.admin, { clientId });
    const id = made.body.id;
    const before = (await notificationsOf(accountId)).length;
    await a.admin.post(`/api/service-requests/${id}/comments`, { body: 'Мастер придёт завтра' });
    await a.admin.post(`/api/service-requests/${id}/comments`, { body: 'Жилец конфликтный', internal: true });
    expect((await notificationsOf(accountId)).length - before).toBe(1);
    const admin = await a.admin.get(`/api/service-requests/${id}`);
    expect(admin.body.comments.map((c: { body: string }) => c.body)).toEqual([
      'Мастер придёт завтра',
      'Жилец конфликтный',
    ]);

    const clerk = await makeStaff(t, a.admin, ['requests.view', 'requests.edit']);
    const seen = await clerk.get(`/api/service-requests/${id}`);
    expect(seen.body.comments.map((c: { body: string }) => c.body)).toEqual(['Мастер придёт завтра']);
    const history = await clerk.get(`/api/service-requests/${id}/history`);
    expect(JSON.stringify(history.body)).not.toContain('конфликтный');
    expect(
      (await clerk.post(`/api/service-requests/${id}/comments`, { body: 'x', internal: true })).status,
    ).toBe(403);
  });

  it('R-2 and R-3: each switch guards its action; the client’s name and phone are masked', async () => {
    const made = await create(a.admin, { clientId });
    const viewer = await makeStaff(t, a.admin, ['requests.view']);
    const list = await viewer.get('/api/service-requests');
    expect(list.status).toBe(200);
    const row = list.body.items.find((item: { id: string }) => item.id === made.body.id);
    expect(row).toMatchObject({
      clientName: PII_MASK,
      clientPhone: PII_MASK,
      masked: { name: true, contacts: true },
    });
    expect((await viewer.get(`/api/service-requests/${made.body.id}`)).body.clientName).toBe(PII_MASK);
    const history = await viewer.get(`/api/service-requests/${made.body.id}/history`);
    expect(history.body[0].changes.find((c: { field: string }) => c.field === 'client').new).toBe(PII_MASK);
    expect((await create(viewer)).status).toBe(403);
    expect((await viewer.patch(`/api/service-requests/${made.body.id}`, { subject: 'X' })).status).toBe(403);
    expect(
      (await viewer.post(`/api/service-requests/${made.body.id}/status`, { status: 'done' })).status,
    ).toBe(403);
    const nobody = await makeStaff(t, a.admin, ['premises.view']);
    expect((await nobody.get('/api/service-requests')).status).toBe(403);
    const creator = await makeStaff(t, a.admin, ['requests.view', 'requests.create']);
    expect((await create(creator)).status).toBe(201);
  });

  it('T-1: another organisation’s request is not found; its premise or client cannot be named', async () => {
    const made = await create(a.admin);
    expect((await b.admin.get(`/api/service-requests/${made.body.id}`)).status).toBe(404);
    expect(
      (await b.admin.post(`/api/service-requests/${made.body.id}/status`, { status: 'done' })).status,
    ).toBe(404);
    expect((await b.admin.get(`/api/service-requests/${made.body.id}/history`)).status).toBe(404);
    expect((await b.admin.get('/api/service-requests')).body.total).toBe(0);
    const bType = (await b.admin.get('/api/request-types')).body[0].id;
    const foreignPremise = await b.admin.post('/api/service-requests', {
      typeId: bType,
      subject: 'X',
      premiseId,
    });
    expect(foreignPremise.status).toBe(400);
    expect((await b.admin.post('/api/service-requests', { typeId, subject: 'X' })).status).toBe(400);
  });

  it('photos: uploaded through the picture path, served to staff of the organisation only', async () => {
    const made = await create(a.admin);
    const uploaded = await a.admin.request({
      method: 'POST',
      url: `/api/service-requests/${made.body.id}/photos`,
      ...photoUpload(PNG),
    });
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    const photo = uploaded.body.photos[0];
    const image = await a.admin.get(`/api/service-requests/${made.body.id}/photos/${photo.id}`);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.raw.equals(PNG)).toBe(true);
    expect((await b.admin.get(`/api/service-requests/${made.body.id}/photos/${photo.id}`)).status).toBe(404);
    const text = await a.admin.request({
      method: 'POST',
      url: `/api/service-requests/${made.body.id}/photos`,
      ...photoUpload(Buffer.from('not a picture at all')),
    });
    expect(text.status).toBe(400);
  });
});
