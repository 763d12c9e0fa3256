// AUTH-2 decisions that must be refused or masked: rejecting, deciding twice, bad input that
// changes nothing, R-3 masking and search, R-2 permissions, T-1 isolation.
import { PII_MASK } from '@domovoy/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone, makeObject, makePremise, makeRegistrationRequest } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';

let t: TestApp;
let admin: Client;
let premiseId: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  premiseId = (await makePremise(admin, (await makeObject(admin)).id)).id;
});
afterAll(() => t.close());

const url = (id: string, action = '') => `/api/registration-requests/${id}${action}`;
const request = (overrides: Parameters<typeof makeRegistrationRequest>[2] = {}) =>
  makeRegistrationRequest(t, admin.organizationId, overrides);
const clientCount = async () => (await admin.get('/api/clients?pageSize=1')).body.total as number;

/** What a request and the premise look like, for «nothing changed» assertions. */
async function state(id: string) {
  const { status, clientId, linkId, decidedAt, rejectReason, comments } = (await admin.get(url(id))).body;
  const links = (await admin.get(`/api/premises/${premiseId}/clients`)).body.length;
  const history = (await admin.get(url(id, '/history'))).body.length;
  return {
    status,
    clientId,
    linkId,
    decidedAt,
    rejectReason,
    comments,
    links,
    history,
    clients: await clientCount(),
  };
}

describe('AUTH-2: rejecting and deciding once', () => {
  it('rejects with a reason, recorded with who and when', async () => {
    const r = await request();
    const response = await admin.post(url(r.id, '/reject'), { reason: ' Адрес не обслуживается ' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'rejected',
      rejectReason: 'Адрес не обслуживается',
      clientId: null,
      decidedBy: { name: 'Администратор Тестовый' },
    });
    expect(response.body.decidedAt).not.toBeNull();
    const history = (await admin.get(url(r.id, '/history'))).body;
    expect(history[1]).toMatchObject({
      action: 'update',
      actor: { name: 'Администратор Тестовый' },
      summary: 'Изменена заявка на регистрацию: Решение, Причина отказа',
      changes: [
        { field: 'decision', old: null, new: 'Отклонена' },
        { field: 'rejectReason', old: null, new: 'Адрес не обслуживается' },
      ],
    });
  });

  it('refuses a second decision either way with 409 and keeps the first', async () => {
    const rejected = await request();
    await admin.post(url(rejected.id, '/reject'), { reason: 'Дубль' });
    const before = await state(rejected.id);
    for (const [action, body] of [
      ['/approve', { premiseId }],
      ['/reject', { reason: 'Ещё раз' }],
    ] as const) {
      const response = await admin.post(url(rejected.id, action), body);
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        code: 'REQUEST_ALREADY_DECIDED',
        title: 'Заявка уже рассмотрена',
      });
    }
    expect(await state(rejected.id)).toEqual(before);
    const approved = await request();
    expect((await admin.post(url(approved.id, '/approve'), { premiseId })).status).toBe(200);
    expect((await admin.post(url(approved.id, '/reject'), { reason: 'Поздно' })).status).toBe(409);
    expect((await admin.get(url(approved.id))).body.status).toBe('approved');
  });
});

describe('AUTH-2: bad input is refused with a reason and changes nothing', () => {
  const cases: Array<
    [string, (ids: { client: string; foreign: string }) => Record<string, unknown>, string, string]
  > = [
    ['no premise in the request or the body', () => ({}), 'premiseId', 'REQUIRED'],
    [
      'a premise of another organisation',
      (i) => ({ premiseId: i.foreign }),
      'premiseId',
      'REFERENCE_NOT_FOUND',
    ],
    [
      'both a chosen and a new client',
      (i) => ({ premiseId, clientId: i.client, newClient: { fullName: 'Два' } }),
      'clientId',
      'CLIENT_CHOICE_AMBIGUOUS',
    ],
    [
      'a resident without the owner it depends on',
      () => ({ premiseId, role: 'resident' }),
      'ownerClientId',
      'OWNER_REQUIRED',
    ],
    [
      'a new client whose name is not letters',
      () => ({ premiseId, newClient: { fullName: 'R2-D2' } }),
      'fullName',
      'NAME_LETTERS',
    ],
    [
      'a share that is not a share',
      () => ({ premiseId, link: { share: 'половина' } }),
      'share',
      'SHARE_FORMAT',
    ],
  ];

  it.each(cases)('%s', async (_, body, field, code) => {
    const other = await makeOrganization(t);
    const foreign = (await makePremise(other.admin, (await makeObject(other.admin)).id)).id;
    const client = (await admin.post('/api/clients', { fullName: 'Выбранный Клиент', phone: fixturePhone() }))
      .body.id;
    const r = await request();
    const before = await state(r.id);
    const response = await admin.post(url(r.id, '/approve'), body({ client, foreign }));
    expect(response.status, JSON.stringify(response.body)).toBe(400);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(response.body.errors.map((e: { code: string }) => e.code).join()).toContain(code);
    expect(response.body.errors[0].message).toMatch(/[а-яё]/i);
    expect(await state(r.id)).toEqual(before);
  });

  it('refuses a blank reason and an unknown role through the schema', async () => {
    const r = await request();
    const before = await state(r.id);
    const blank = await admin.post(url(r.id, '/reject'), { reason: '  ' });
    expect(blank.body).toMatchObject({
      status: 400,
      errors: [{ field: 'reason', message: 'Заполните поле' }],
    });
    const role = await admin.post(url(r.id, '/approve'), { premiseId, role: 'landlord' });
    expect(role.status).toBe(400);
    expect(role.body.code).toBe('VALIDATION_FAILED');
    expect(await state(r.id)).toEqual(before);
  });
});

describe('R-3: masking and search', () => {
  it('shows asterisks to a role without ФИО and contacts, in the list, the card and the history', async () => {
    const r = await request({ fullName: 'Скрытова Софья', phone: '+79775550011' });
    await admin.post(url(r.id, '/comments'), { text: 'Проверить' });
    const blind = await makeStaff(t, admin, ['clients.view']);
    const listed = (await blind.get('/api/registration-requests?pageSize=200')).body.items.find(
      (x: { id: string }) => x.id === r.id,
    );
    expect(listed).toMatchObject({
      fullName: PII_MASK,
      phone: PII_MASK,
      masked: { name: true, contacts: true },
    });
    expect((await blind.get(url(r.id))).body).toMatchObject({ fullName: PII_MASK, phone: PII_MASK });
    const received = (await blind.get(url(r.id, '/history'))).body[0].changes;
    expect(received).toEqual(
      expect.arrayContaining([
        { field: 'fullName', old: null, new: PII_MASK },
        { field: 'phone', old: null, new: PII_MASK },
      ]),
    );
    expect(JSON.stringify((await blind.get(url(r.id, '/history'))).body)).not.toContain('Скрытова');
  });

  it('refuses a search over a field the role may not see, and allows the other', async () => {
    const r = await request({ fullName: 'Поисков Павел', phone: '+79775550022' });
    const namesOnly = await makeStaff(t, admin, ['clients.view', 'clients.pii.name']);
    const byPhone = await namesOnly.get('/api/registration-requests?search=5550022');
    expect(byPhone.status).toBe(403);
    expect(byPhone.body.code).toBe('PII_SEARCH_FORBIDDEN');
    const byName = (await namesOnly.get(`/api/registration-requests?search=${encodeURIComponent('Поисков')}`))
      .body;
    expect(byName.items).toMatchObject([{ id: r.id, fullName: 'Поисков Павел', phone: PII_MASK }]);
    const blind = await makeStaff(t, admin, ['clients.view']);
    const byNameBlind = await blind.get(`/api/registration-requests?search=${encodeURIComponent('Поисков')}`);
    expect(byNameBlind.status).toBe(403);
  });
});

describe('R-2, T-1: permissions and organisations', () => {
  it('needs «Редактирование» to comment, approve and reject; section access to read', async () => {
    const r = await request();
    const before = await state(r.id);
    const reader = await makeStaff(t, admin, ['clients.view', 'clients.pii.name', 'clients.pii.contacts']);
    expect((await reader.get(url(r.id))).status).toBe(200);
    for (const [action, body] of [
      ['/comments', { text: 'Нельзя' }],
      ['/approve', { premiseId }],
      ['/reject', { reason: 'Нельзя' }],
    ] as const) {
      const response = await reader.post(url(r.id, action), body);
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('FORBIDDEN');
    }
    const outsider = await makeStaff(t, admin, ['premises.view', 'clients.edit']);
    expect((await outsider.get('/api/registration-requests')).status).toBe(403);
    expect(await state(r.id)).toEqual(before);
  });

  it('a role without ФИО may approve into a chosen client but not create one from the request', async () => {
    const editor = await makeStaff(t, admin, ['clients.view', 'clients.edit']);
    const r = await request();
    const before = await state(r.id);
    const refused = await editor.post(url(r.id, '/approve'), { premiseId });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(/ФИО/);
    expect(await state(r.id)).toEqual(before);
    const chosen = (await admin.post('/api/clients', { fullName: 'Выбранный Заранее' })).body.id;
    const approved = await editor.post(url(r.id, '/approve'), { premiseId, clientId: chosen, role: 'owner' });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ clientId: chosen, clientName: PII_MASK, fullName: PII_MASK });
  });

  it('answers 404 to another organisation for every request endpoint and changes nothing', async () => {
    const r = await request();
    const before = await state(r.id);
    const other = await makeOrganization(t);
    for (const call of [
      () => other.admin.get(url(r.id)),
      () => other.admin.get(url(r.id, '/history')),
      () => other.admin.post(url(r.id, '/comments'), { text: 'Чужой' }),
      () => other.admin.post(url(r.id, '/approve'), { premiseId }),
      () => other.admin.post(url(r.id, '/reject'), { reason: 'Чужой' }),
    ]) {
      const response = await call();
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
    }
    expect((await other.admin.get('/api/registration-requests')).body.total).toBe(0);
    expect(await state(r.id)).toEqual(before);
  });
});
