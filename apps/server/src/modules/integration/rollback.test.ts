// Rollback of an applied batch (issue 4): exactly what it created, changed and deleted comes back.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeObject } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff, send } from '../../../test/helpers';
import { queryRows } from '../../db/database';
import { link, uniquePhone } from '../links/link-fixtures';

let t: TestApp;
let admin: Client;
let key: string;
let objectId: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  key = (await admin.post('/api/api-keys', { name: '1С', scopes: ['import'] })).body.key;
  objectId = (await makeObject(admin)).id;
});
afterAll(() => t.close());

async function load(path: string, body: unknown) {
  const response = await send(t, {
    method: 'POST',
    url: `/api/integration/v1/${path}`,
    headers: { authorization: `Bearer ${key}` },
    payload: body as object,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as { batchId: string | null; results: Array<{ status: string; id: string }> };
}

const TABLES = [
  'premises',
  'personal_accounts',
  'clients',
  'client_external_ids',
  'client_tags',
  'premise_links',
  'resident_accounts',
];

/** Every row of the tables a batch touches, as JSON, in a stable order. */
async function snapshot() {
  const state: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    const rows = await queryRows<{ row: unknown }>(
      t.db,
      sql`select to_jsonb(x) as row from ${sql.raw(table)} x order by to_jsonb(x)::text`,
    );
    state[table] = rows.map((r) => r.row);
  }
  return state;
}

const rollback = (id: string, staff = admin) => staff.post(`/api/import-batches/${id}/rollback`);

describe('rollback of a batch', () => {
  it('restores the exact previous state after creates, updates and a merge (I-4 2d)', async () => {
    const premises = await load('premises', {
      items: [{ externalId: 'RB-P1', objectId, type: 'flat', street: 'ул. Отката', house: '1', number: '1' }],
    });
    const premiseId = premises.results[0]?.id as string;
    const first = await load('clients', {
      source: '1С',
      items: [
        { externalId: 'RB-1', fullName: 'Откатов Первый', phone: uniquePhone() },
        { externalId: 'RB-2', fullName: 'Откатов Второй', phone: uniquePhone(), note: 'было' },
      ],
    });
    await link(admin, premiseId, first.results[0]?.id as string, { role: 'owner', share: '1/2' });
    const phone = uniquePhone();
    const manual = (await admin.post('/api/clients', { fullName: 'Ручной Клиент', phone, tags: ['VIP'] }))
      .body;
    const before = await snapshot();

    const batch = await load('clients', {
      source: '1С',
      items: [
        { externalId: 'RB-1', fullName: 'Ручной Клиент', phone }, // 2d: merged into the manual card
        { externalId: 'RB-2', fullName: 'Откатов Второй', note: 'стало' }, // 1: updated
        { externalId: 'RB-3', fullName: 'Откатов Третий', phone: uniquePhone() }, // 4: created
      ],
    });
    expect(batch.results.map((r) => r.status)).toEqual(['merged', 'updated', 'created']);
    expect((await admin.get(`/api/clients/${first.results[0]?.id}`)).status).toBe(404);
    expect(await snapshot()).not.toEqual(before);

    const response = await rollback(batch.batchId as string);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({
      status: 'rolled_back',
      kind: 'api.clients',
      actorName: 'Интеграция: 1С',
    });
    expect(await snapshot()).toEqual(before);
    const restored = (await admin.get(`/api/clients/${first.results[0]?.id}`)).body;
    expect(restored.premises.map((p: { premiseId: string }) => p.premiseId)).toEqual([premiseId]);
    expect((await admin.get(`/api/clients/${manual.id}`)).body.tags).toEqual(['VIP']);
    const history = (await admin.get(`/api/clients/${first.results[1]?.id}/history`)).body;
    expect(history[0]).toMatchObject({ action: 'update', summary: 'Изменён клиент: откат загрузки' });

    const twice = await rollback(batch.batchId as string);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('IMPORT_ALREADY_ROLLED_BACK');
  });

  it('restores premises, accounts and links of their batches too', async () => {
    const before = await snapshot();
    const premises = await load('premises', {
      items: [
        { externalId: 'RB-P2', objectId, type: 'parking', street: 'ул. Отката', house: '1', number: '12' },
      ],
    });
    const clients = await load('clients', {
      source: '1С',
      items: [{ externalId: 'RB-10', fullName: 'Связев Иван' }],
    });
    const links = await load('links', {
      source: '1С',
      items: [{ premiseExternalId: 'RB-P2', clientExternalId: 'RB-10', role: 'owner' }],
    });
    for (const batch of [links, clients, premises]) {
      expect((await rollback(batch.batchId as string)).status).toBe(200);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('is refused, naming the rows and changing nothing, when a row changed since', async () => {
    const batch = await load('clients', {
      source: '1С',
      items: [{ externalId: 'RB-20', fullName: 'Изменённый Позже' }],
    });
    const id = batch.results[0]?.id as string;
    expect((await admin.patch(`/api/clients/${id}`, { note: 'правка сотрудника' })).status).toBe(200);
    const state = await snapshot();
    const response = await rollback(batch.batchId as string);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('IMPORT_ROLLBACK_CONFLICT');
    expect(response.body.errors).toEqual([
      { field: `clients:${id}`, code: 'CHANGED_SINCE', message: 'Изменено после загрузки: клиент' },
    ]);
    expect(await snapshot()).toEqual(state);
    const listed = (await admin.get('/api/import-batches')).body;
    expect(listed.items.find((b: { id: string }) => b.id === batch.batchId)?.status).toBe('applied');
  });

  it('records created rows by statement, each by its keys and a digest, and still rolls back batches recorded whole', async () => {
    const batch = await load('clients', {
      source: '1С',
      items: [{ externalId: 'RB-40', fullName: 'Дайджестов Пётр', phone: uniquePhone() }],
    });
    const id = batch.results[0]?.id as string;
    const changes = () =>
      queryRows<{ table: string; after: unknown }>(
        t.db,
        sql`select table_name as "table", after from import_changes
          where batch_id = ${batch.batchId} and op = 'INSERT' order by seq`,
      );
    const recorded = await changes();
    expect(recorded.map((c) => c.table)).toEqual(['resident_accounts', 'clients', 'client_external_ids']);
    const cards = recorded.find((c) => c.table === 'clients')?.after as Record<string, unknown>[];
    expect(cards.map((card) => Object.keys(card).sort())).toEqual([['#', 'id']]);
    expect(cards[0]?.id).toBe(id);
    expect(JSON.stringify(recorded)).not.toContain('Дайджестов');

    // Batches recorded before migration 0028 hold whole images: compared whole, rolled back.
    const recordWhole = (batchId: string | null) =>
      t.db.execute(sql`update import_changes ch set after = (
          select to_jsonb(x) from clients x where x.id = (ch.after->0->>'id')::uuid)
        where batch_id = ${batchId} and table_name = 'clients'`);
    await recordWhole(batch.batchId);
    expect((await changes()).find((c) => c.table === 'clients')?.after).toMatchObject({
      full_name: 'Дайджестов Пётр',
    });
    const edited = await load('clients', {
      source: '1С',
      items: [{ externalId: 'RB-41', fullName: 'Дайджестов Иван' }],
    });
    await recordWhole(edited.batchId);
    const editedId = edited.results[0]?.id as string;
    expect((await admin.patch(`/api/clients/${editedId}`, { note: 'правка' })).status).toBe(200);
    expect((await rollback(edited.batchId as string)).body.code).toBe('IMPORT_ROLLBACK_CONFLICT');
    expect((await rollback(batch.batchId as string)).status).toBe(200);
    expect((await admin.get(`/api/clients/${id}`)).status).toBe(404);
  });

  it('leaves alone a batch a file is still being applied in: not listed, refused, changing nothing', async () => {
    const loaded = await load('clients', {
      source: '1С',
      items: [{ externalId: 'RB-OPEN', fullName: 'Открытов Пакет', phone: uniquePhone() }],
    });
    const batchId = loaded.batchId as string;
    // As a file's apply leaves its batch between two pages (issue 15: it commits page by page).
    await t.db.execute(sql`update import_batches set status = 'applying' where id = ${batchId}`);
    const before = await snapshot();
    const listed = (await admin.get('/api/import-batches?pageSize=100')).body.items as { id: string }[];
    expect(listed.map((batch) => batch.id)).not.toContain(batchId);
    const refused = await rollback(batchId);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'IMPORT_NOT_READY',
      detail: 'Этот файл сейчас загружается в базу: дождитесь окончания',
    });
    expect(await snapshot()).toEqual(before);
    await t.db.execute(sql`update import_batches set status = 'applied' where id = ${batchId}`);
    expect((await rollback(batchId)).status).toBe(200);
  });

  it('needs «Настройки», and another organisation gets 404', async () => {
    const batch = await load('clients', {
      source: '1С',
      items: [{ externalId: 'RB-30', fullName: 'Чужой Откат' }],
    });
    const clerk = await makeStaff(t, admin, ['clients.view', 'clients.edit', 'premises.edit']);
    expect((await rollback(batch.batchId as string, clerk)).status).toBe(403);
    const other = (await makeOrganization(t)).admin;
    expect((await rollback(batch.batchId as string, other)).status).toBe(404);
    expect((await other.get('/api/import-batches')).body.total).toBe(0);
  });
});
