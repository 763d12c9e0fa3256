// Issue 15: the preview lists which records a file creates or changes, and which fields (old → new),
// read from the history its dry run would write; the apply then changes exactly those.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ImportChange, PII_MASK } from '@domovoy/contract';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/build-test-app';
import { fixturePhone, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeStaff } from '../../../test/helpers';
import { writeWorkbook } from '../../../test/import-files';
import { type ImportSetup, openImportSetup } from '../../../test/import-setup';
import { applyImport, uploadImport } from '../../../test/imports';
import { queryRows } from '../../db/database';

const HEADER = [
  'Тип помещения',
  'Улица',
  'Дом',
  'Номер помещения',
  'Общая площадь',
  'Лицевой счёт',
  'ФИО / наименование',
  'Телефон',
  'Внешний идентификатор клиента',
  'Основание',
  'Доля в праве собственности',
];

let setup: ImportSetup;
let t: TestApp;
let admin: Client;
let legalEntityId: string;
let dir: ImportSetup['dir'];

beforeAll(async () => {
  setup = await openImportSetup();
  ({ t, admin, legalEntityId, dir } = setup);
});
afterAll(() => setup.close());

async function upload(objectId: string, rows: unknown[][]) {
  const path = await writeWorkbook(join(dir.dir, `${Math.random().toString(36).slice(2)}.xlsx`), [
    { rows: [HEADER, ...rows] },
  ]);
  return uploadImport(
    admin,
    { kind: 'consolidated', legalEntityId, objectId },
    { name: 'c.xlsx', data: await readFile(path) },
  );
}

type Change = ImportChange;

/** The history written since `afterId`, as the preview lists it: created and changed records. */
async function historySince(afterId: number) {
  const rows = await queryRows<{
    entity_type: string;
    entity_id: string;
    action: string;
    changes: Change['changes'];
  }>(
    t.db,
    sql`select entity_type, entity_id, action, changes from change_history where id > ${afterId} order by id`,
  );
  return rows.filter((r) => r.action !== 'delete');
}

const lastHistoryId = async () =>
  (await queryRows<{ id: number }>(t.db, sql`select coalesce(max(id), 0)::int as id from change_history`))[0]
    ?.id ?? 0;

describe('the preview’s list of changes', () => {
  it('names the records a file creates; then, of a second file, exactly the fields it changes', async () => {
    const objectId = (await makeObject(admin)).id;
    const phone = fixturePhone();
    const row = [
      'Квартира',
      'ул. Изменяемая',
      '1',
      '1',
      50,
      '9300001',
      'Старов Семён',
      phone,
      'CH-1',
      'Собственник',
      '1/1',
    ];
    const first = await upload(objectId, [row]);
    expect(first.status).toBe('ready');
    const created = first.changes as { total: number; items: Change[] };
    expect(created.total).toBe(4);
    expect(
      created.items.map((c) => [
        c.entity,
        c.action,
        c.premiseAddress,
        c.clientName,
        c.accountNumber,
        c.changes,
      ]),
    ).toEqual([
      ['premise', 'create', 'ул. Изменяемая, д. 1, кв. 1', null, null, []],
      ['account', 'create', 'ул. Изменяемая, д. 1, кв. 1', null, '9300001', []],
      ['client', 'create', null, 'Старов Семён', null, []],
      ['link', 'create', 'ул. Изменяемая, д. 1, кв. 1', 'Старов Семён', null, []],
    ]);
    // Records still to be created have no id yet (the dry run's are not the apply's).
    for (const item of created.items)
      expect([item.id, item.premiseId, item.clientId]).toEqual([null, null, null]);
    expect((await applyImport(admin, first.id)).body.status).toBe('applied');
    const [{ id: premiseId } = { id: '' }] = await queryRows<{ id: string }>(
      t.db,
      sql`select id from premises where object_id = ${objectId}`,
    );
    const [{ id: clientId } = { id: '' }] = await queryRows<{ id: string }>(
      t.db,
      sql`select client_id as id from premise_links where premise_id = ${premiseId}`,
    );

    // The same row with another area and a fuller name.
    const second = await upload(objectId, [
      [
        'Квартира',
        'ул. Изменяемая',
        '1',
        '1',
        62.5,
        '9300001',
        'Старов Семён Петрович',
        phone,
        'CH-1',
        'Собственник',
        '1/1',
      ],
    ]);
    const changed = second.changes as { total: number; items: Change[] };
    expect(changed.total).toBe(2);
    expect(changed.items).toEqual([
      {
        entity: 'premise',
        id: premiseId,
        action: 'update',
        premiseId,
        premiseAddress: 'ул. Изменяемая, д. 1, кв. 1',
        clientId: null,
        clientName: null,
        accountNumber: null,
        changes: [{ field: 'totalArea', old: 50, new: 62.5 }],
      },
      {
        entity: 'client',
        id: clientId,
        action: 'update',
        premiseId: null,
        premiseAddress: null,
        clientId,
        clientName: 'Старов Семён Петрович',
        accountNumber: null,
        changes: [{ field: 'fullName', old: 'Старов Семён', new: 'Старов Семён Петрович' }],
      },
    ]);

    // The apply changes exactly those records and fields.
    const before = await lastHistoryId();
    expect((await applyImport(admin, second.id)).body.status).toBe('applied');
    const written = await historySince(before);
    expect(written.map((h) => [h.entity_type, h.entity_id, h.action, h.changes])).toEqual(
      changed.items.map((c) => [c.entity, c.id, c.action, c.changes]),
    );
    expect(
      await queryRows(t.db, sql`select total_area::float as area from premises where id = ${premiseId}`),
    ).toEqual([{ area: 62.5 }]);
  });

  it('a role without personal data sees the clients of the list masked, and of the removals too (R-3)', async () => {
    const objectId = (await makeObject(admin)).id;
    const premise = await makePremise(admin, objectId, { street: 'ул. Скрытая', house: '2', number: '5' });
    const gone = await admin.post('/api/clients', {
      type: 'individual',
      fullName: 'Уходов Ушедший',
      phone: null,
    });
    expect(gone.status).toBe(201);
    const linked = await admin.post(`/api/premises/${premise.id}/clients`, {
      clientId: gone.body.id,
      role: 'owner',
    });
    expect(linked.status, JSON.stringify(linked.body)).toBe(201);
    const phone = fixturePhone();
    const row = [
      'Квартира',
      'ул. Скрытая',
      '2',
      '5',
      50,
      '',
      'Новиков Новый',
      phone,
      '',
      'Собственник',
      '1/1',
    ];
    const job = await upload(objectId, [row]);
    expect(job.preview.deletions.items).toMatchObject([{ clientName: 'Уходов Ушедший' }]);
    const names = (job.changes.items as Change[]).map((c) => c.clientName).filter(Boolean);
    expect(names).toEqual(['Новиков Новый', 'Новиков Новый']);

    const noPii = await makeStaff(t, admin, ['premises.view']);
    // The file itself is only for a role that may write clients…
    expect((await noPii.get(`/api/imports/${job.id}`)).status).toBe(403);
    // …but the list of files shows its preview to any role with premises: masked.
    const listed = (await noPii.get('/api/imports?pageSize=200')).body.items.find(
      (i: { id: string }) => i.id === job.id,
    );
    const items = listed.changes.items as Change[];
    expect(items.map((c) => c.clientName).filter(Boolean)).toEqual([PII_MASK, PII_MASK]);
    for (const part of [listed.preview, listed.changes]) {
      expect(JSON.stringify(part)).not.toContain('Новиков');
      expect(JSON.stringify(part)).not.toContain('Уходов');
      expect(JSON.stringify(part)).not.toContain(phone.slice(2));
    }
    expect(listed.preview.deletions.items[0].clientName).toBe(PII_MASK);
  });

  it('masks changed personal fields old → new for a role without them', async () => {
    const objectId = (await makeObject(admin)).id;
    const phone = fixturePhone();
    const row = (name: string) => [
      'Квартира',
      'ул. Маскированная',
      '3',
      '1',
      40,
      '',
      name,
      phone,
      'M-1',
      'Собственник',
      '1/1',
    ];
    expect((await applyImport(admin, (await upload(objectId, [row('Маскин Марк')])).id)).body.status).toBe(
      'applied',
    );
    const job = await upload(objectId, [row('Маскин Марк Маркович')]);
    const [client] = job.changes.items as Change[];
    expect(client?.changes).toEqual([{ field: 'fullName', old: 'Маскин Марк', new: 'Маскин Марк Маркович' }]);
    const noNames = await makeStaff(t, admin, ['premises.view', 'clients.view', 'clients.pii.contacts']);
    const listed = (await noNames.get('/api/imports?pageSize=200')).body.items.find(
      (i: { id: string }) => i.id === job.id,
    );
    expect(listed.changes.items[0]).toMatchObject({
      clientName: PII_MASK,
      changes: [{ field: 'fullName', old: PII_MASK, new: PII_MASK }],
    });
  });
});
