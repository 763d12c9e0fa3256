import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
});
afterAll(() => t.close());

async function makeClient(name = 'Клиент Внешний') {
  return (await admin.post('/api/clients', { fullName: name })).body.id as string;
}
const idsOf = async (clientId: string) =>
  (await admin.get(`/api/clients/${clientId}/external-ids`)).body.map(
    (e: { source: string; externalId: string }) => `${e.source}:${e.externalId}`,
  );

describe('C-8: several external ids per client, each with a note', () => {
  it('adds ids from several source systems, edits and deletes them', async () => {
    const clientId = await makeClient();
    const first = await admin.post(`/api/clients/${clientId}/external-ids`, {
      source: '1С',
      externalId: 'K-001',
      note: 'эксплуатация',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ clientId, source: '1С', externalId: 'K-001', note: 'эксплуатация' });
    await admin.post(`/api/clients/${clientId}/external-ids`, {
      source: 'Строительство',
      externalId: 'LOT-77',
    });
    expect(await idsOf(clientId)).toEqual(['1С:K-001', 'Строительство:LOT-77']);

    const edited = await admin.patch(`/api/external-ids/${first.body.id}`, {
      externalId: 'K-002',
      note: null,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ externalId: 'K-002', note: null });
    expect((await admin.delete(`/api/external-ids/${first.body.id}`)).status).toBe(204);
    expect(await idsOf(clientId)).toEqual(['Строительство:LOT-77']);
    expect((await admin.get(`/api/clients/${clientId}`)).body.externalIds).toHaveLength(1);

    const summaries = (await admin.get(`/api/clients/${clientId}/history`)).body.map(
      (e: { summary: string }) => e.summary,
    );
    expect(summaries.slice(0, 4)).toEqual([
      'Удалён внешний идентификатор',
      'Изменён внешний идентификатор: Внешний идентификатор, Примечание',
      'Добавлен внешний идентификатор',
      'Добавлен внешний идентификатор',
    ]);
  });

  it('keeps an id unique per organisation and source system', async () => {
    const a = await makeClient('Первый Клиент');
    const b = await makeClient('Второй Клиент');
    await admin.post(`/api/clients/${a}/external-ids`, { source: '1С', externalId: 'SAME' });
    const taken = await admin.post(`/api/clients/${b}/external-ids`, { source: '1С', externalId: 'SAME' });
    expect(taken.status).toBe(400);
    expect(taken.body).toMatchObject({
      code: 'EXTERNAL_ID_TAKEN',
      errors: [expect.objectContaining({ field: 'externalId' })],
    });
    expect(await idsOf(b)).toEqual([]);
    const otherSource = await admin.post(`/api/clients/${b}/external-ids`, {
      source: 'Доминанта',
      externalId: 'SAME',
    });
    expect(otherSource.status).toBe(201);
    const other = await makeOrganization(t);
    const otherClient = (await other.admin.post('/api/clients', { fullName: 'Чужой Клиент' })).body.id;
    expect(
      (
        await other.admin.post(`/api/clients/${otherClient}/external-ids`, {
          source: '1С',
          externalId: 'SAME',
        })
      ).status,
    ).toBe(201);
  });

  it('refuses an empty id and answers 404 across organisations; reading needs section access, writing «Редактирование»', async () => {
    const clientId = await makeClient();
    expect((await admin.post(`/api/clients/${clientId}/external-ids`, { externalId: '' })).status).toBe(400);
    const created = (await admin.post(`/api/clients/${clientId}/external-ids`, { externalId: 'X-1' })).body;
    const other = await makeOrganization(t);
    expect((await other.admin.get(`/api/clients/${clientId}/external-ids`)).status).toBe(404);
    expect((await other.admin.patch(`/api/external-ids/${created.id}`, { note: 'чужое' })).status).toBe(404);
    expect((await other.admin.delete(`/api/external-ids/${created.id}`)).status).toBe(404);
    const viewer = await makeStaff(t, admin, ['clients.view']);
    expect((await viewer.get(`/api/clients/${clientId}/external-ids`)).status).toBe(200);
    expect((await viewer.post(`/api/clients/${clientId}/external-ids`, { externalId: 'X-2' })).status).toBe(
      403,
    );
    expect(await idsOf(clientId)).toEqual([':X-1']);
  });
});
