// I-3, I-4, I-5: a consolidated file (premise + account + client + link on a row) is previewed by a
// dry run, applied as previewed, repeats as unchanged, removes owners it does not carry, rolls back.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/build-test-app';
import { fixturePhone, makeLegalEntity, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { writeWorkbook } from '../../../test/import-files';
import { type ImportSetup, openImportSetup } from '../../../test/import-setup';
import { applyImport, uploadImport } from '../../../test/imports';
import { readXlsx } from '../../../test/xlsx';
import { queryRows } from '../../db/database';

const HEADER = [
  'Тип помещения',
  'Улица',
  'Дом',
  'Номер помещения',
  'Лицевой счёт',
  'ФИО / наименование',
  'Телефон',
  'Внешний идентификатор клиента',
  'Основание',
  'Зависит от собственника',
  'Доля в праве собственности',
  'Не удалять клиента при интеграции',
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

async function upload(objectId: string, rows: unknown[][], header = HEADER) {
  const path = await writeWorkbook(join(dir.dir, `${Math.random().toString(36).slice(2)}.xlsx`), [
    { rows: [header, ...rows] },
  ]);
  return uploadImport(
    admin,
    { kind: 'consolidated', legalEntityId, objectId },
    { name: 'c.xlsx', data: await readFile(path) },
  );
}

const apply = (id: string, body: object = {}) => applyImport(admin, id, body);

/** The object's links as `<number> <name> <role>[ <owner name>]`, sorted. */
async function linksOf(objectId: string) {
  const rows = await queryRows<{ line: string }>(
    t.db,
    sql`select concat_ws(' ', p.number, c.full_name, l.role, o.full_name) as line
      from premise_links l join premises p on p.id = l.premise_id join clients c on c.id = l.client_id
      left join clients o on o.id = l.owner_client_id
      where p.object_id = ${objectId} order by 1`,
  );
  return rows.map((r) => r.line);
}

async function createClient(fullName: string, phone: string | null = null) {
  const response = await admin.post('/api/clients', { type: 'individual', fullName, phone });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id as string;
}

async function link(premiseId: string, clientId: string, body: Record<string, unknown>) {
  const response = await admin.post(`/api/premises/${premiseId}/clients`, { clientId, ...body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
}

describe('a consolidated file', () => {
  it('previews, applies as previewed, repeats as unchanged, and rolls back', async () => {
    const objectId = (await makeObject(admin)).id;
    const owner = fixturePhone();
    const rows = [
      [
        'Квартира',
        'ул. Сводная',
        '1',
        '1',
        '8100001',
        'Петров Пётр',
        owner,
        'K-1',
        'Собственник',
        '',
        '1/2',
        '',
      ],
      [
        'Квартира',
        'ул. Сводная',
        '1',
        '1',
        '8100001',
        'Петрова Анна',
        fixturePhone(),
        'K-2',
        'Собственник',
        '',
        '1/2',
        '',
      ],
      // The resident names her owner by phone, as an operator types it.
      [
        'Квартира',
        'ул. Сводная',
        '1',
        '1',
        '8100001',
        'Петрова Мария',
        '',
        '',
        'Житель / член семьи',
        `8 ${owner.slice(2, 5)} ${owner.slice(5)}`,
        '',
        '',
      ],
      // The same owner on a second premise: one card.
      [
        'Квартира',
        'ул. Сводная',
        '1',
        '2',
        '8100002',
        'Петров Пётр',
        owner,
        'K-1',
        'Собственник',
        '',
        '',
        '',
      ],
    ];
    const job = await upload(objectId, rows);
    expect(job.status, JSON.stringify(job.problem)).toBe('ready');
    const expected = {
      premises: { created: 2, updated: 0, unchanged: 0 },
      accounts: { created: 2, updated: 0, unchanged: 0 },
      clients: { created: 3, updated: 0, merged: 0, unchanged: 0 },
      links: { created: 4, updated: 0, unchanged: 0 },
      deletions: { total: 0, kept: 0, skipped: null, items: [] },
      refusedRows: 0,
    };
    expect(job.preview).toMatchObject(expected);
    expect(await linksOf(objectId)).toEqual([]);

    const applied = await apply(job.id);
    expect(applied.status, JSON.stringify(applied.body)).toBe(202);
    // The apply does what the preview said.
    expect(applied.body.result).toEqual(job.preview);
    expect(await linksOf(objectId)).toEqual([
      '1 Петров Пётр owner',
      '1 Петрова Анна owner',
      '1 Петрова Мария resident Петров Пётр',
      '2 Петров Пётр owner',
    ]);

    const again = await upload(objectId, rows);
    expect(again.preview).toMatchObject({
      clients: { created: 0, updated: 0, merged: 0, unchanged: 3 },
      links: { created: 0, updated: 0, unchanged: 4 },
      deletions: { total: 0 },
    });
    expect((await apply(again.id)).body).toMatchObject({ status: 'applied', batchId: null });

    const rolledBack = await admin.post(`/api/imports/${job.id}/rollback`);
    expect(rolledBack.status, JSON.stringify(rolledBack.body)).toBe(200);
    expect(await linksOf(objectId)).toEqual([]);
    const [left] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from premises where object_id = ${objectId}`,
    );
    expect(left?.n).toBe(0);
  });

  // The apply commits page by page (250 rows a page on the embedded database, 1,000 on a server):
  // premises whose rows straddle two pages, dependents naming their owner on the page before, and
  // I-5 end as the preview (one dry run) said.
  it('of many pages: the apply, page by page, does what the preview said, I-5 included', async () => {
    const objectId = (await makeObject(admin)).id;
    const flats = 210;
    // Names have no digits: «Первый Собственник Бв» for flat 31.
    const letters = (n: number) =>
      [Math.floor(n / 30), n % 30]
        .map((d) => 'АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯЫЬ'[d])
        .join('')
        .toLowerCase();
    const name = (n: number) => letters(n).charAt(0).toUpperCase() + letters(n).slice(1);
    const rows: unknown[][] = [];
    for (let flat = 1; flat <= flats; flat += 1) {
      const account = String(8_300_000 + flat);
      const ownerPhone = fixturePhone();
      const owner = (name: string, phone: string, share: string) => [
        'Квартира',
        'ул. Страничная',
        '3',
        String(flat),
        account,
        name,
        phone,
        '',
        'Собственник',
        '',
        share,
        '',
      ];
      rows.push(owner(`Первый Собственник ${name(flat)}`, ownerPhone, '1/2'));
      rows.push(owner(`Второй Собственник ${name(flat)}`, fixturePhone(), '1/2'));
      rows.push([
        'Квартира',
        'ул. Страничная',
        '3',
        String(flat),
        account,
        `Жилец ${name(flat)}`,
        '',
        '',
        'Житель / член семьи',
        ownerPhone,
        '',
        '',
      ]);
    }
    // An owner the file does not carry, on the flat whose rows straddle the first page's end.
    const straddling = Math.ceil(250 / 3);
    const premise = await makePremise(admin, objectId, {
      street: 'ул. Страничная',
      house: '3',
      number: String(straddling),
    });
    const gone = await createClient('Уходящий Со Страницы', fixturePhone());
    await link(premise.id, gone, { role: 'owner' });

    const job = await upload(objectId, rows);
    expect(job.status, JSON.stringify(job.problem)).toBe('ready');
    expect(job.preview).toMatchObject({
      premises: { created: flats - 1, updated: 0, unchanged: 1 },
      clients: { created: 3 * flats },
      links: { created: 3 * flats },
      deletions: { total: 1 },
      refusedRows: 0,
    });
    const applied = await apply(job.id);
    expect(applied.body.status, JSON.stringify(applied.body)).toBe('applied');
    expect(applied.body.result).toEqual(job.preview);
    const lines = await linksOf(objectId);
    expect(lines).toHaveLength(3 * flats);
    expect(lines).toContain(
      `${straddling} Жилец ${name(straddling)} resident Первый Собственник ${name(straddling)}`,
    );
    expect(lines.filter((line) => line.includes('Уходящий'))).toEqual([]);
  }, 120_000);

  it('I-5: removes owners the file does not carry with those depending on them, keeps the flagged', async () => {
    const objectId = (await makeObject(admin)).id;
    const premise = await makePremise(admin, objectId, { street: 'ул. Сводная', house: '2', number: '7' });
    const gone = await createClient('Уходящий Собственник', fixturePhone());
    const goneResident = await createClient('Жилец Уходящего');
    const stays = await createClient('Остающийся Собственник', fixturePhone());
    const flagged = await createClient('Защищённый Собственник', fixturePhone());
    await link(premise.id, gone, { role: 'owner' });
    await link(premise.id, goneResident, { role: 'resident', ownerClientId: gone });
    await link(premise.id, stays, { role: 'owner' });
    await link(premise.id, flagged, { role: 'owner', keepOnSync: true });
    const staysPhone = (await admin.get(`/api/clients/${stays}`)).body.phone;

    const job = await upload(objectId, [
      [
        'Квартира',
        'ул. Сводная',
        '2',
        '7',
        '',
        'Остающийся Собственник',
        staysPhone,
        '',
        'Собственник',
        '',
        '',
        '',
      ],
    ]);
    expect(job.preview.deletions).toMatchObject({
      total: 2,
      kept: 1,
      skipped: null,
      items: [
        {
          premiseId: premise.id,
          clientId: gone,
          clientName: 'Уходящий Собственник',
          dependents: [{ clientId: goneResident, clientName: 'Жилец Уходящего' }],
        },
      ],
    });
    expect(job.preview.deletions.items[0].premiseAddress).toContain('ул. Сводная');
    expect(await linksOf(objectId)).toHaveLength(4);

    const applied = await apply(job.id);
    expect(applied.status, JSON.stringify(applied.body)).toBe(202);
    expect(await linksOf(objectId)).toEqual([
      '7 Защищённый Собственник owner',
      '7 Остающийся Собственник owner',
    ]);
    const history = await admin.get(`/api/clients/${gone}/history`);
    expect(JSON.stringify(history.body)).toContain('delete');

    await admin.post(`/api/imports/${job.id}/rollback`);
    expect(await linksOf(objectId)).toEqual([
      '7 Жилец Уходящего resident Уходящий Собственник',
      '7 Защищённый Собственник owner',
      '7 Остающийся Собственник owner',
      '7 Уходящий Собственник owner',
    ]);
  });

  it('I-5: a row with errors whose premise cannot be told removes nothing and says which row', async () => {
    const objectId = (await makeObject(admin)).id;
    const premise = await makePremise(admin, objectId, { street: 'ул. Сводная', house: '3', number: '1' });
    await link(premise.id, await createClient('Собственник Без Файла'), { role: 'owner' });
    // Issue 15: a row with errors of a premise that can be told holds back only that premise
    // (held-back-rows.test.ts); this one's type does not read, so it may be any premise's.
    const job = await upload(objectId, [
      ['Квартира', 'ул. Сводная', '3', '1', '', 'Новый Собственник', '', '', 'Собственник', '', '', ''],
      ['Ангар', 'ул. Сводная', '3', '2', '', 'Кто-то', 'не телефон', '', 'Собственник', '', '', ''],
    ]);
    expect(job.errorCount).toBe(1);
    expect(job.preview.deletions).toMatchObject({ total: 1, skipped: expect.stringContaining('ошибками') });
    expect(job.preview.deletions.skipped).toContain('помещение которых не определить (строка 3)');
    const applied = await apply(job.id, { validOnly: true });
    expect(applied.status, JSON.stringify(applied.body)).toBe(202);
    expect(await linksOf(objectId)).toEqual(['1 Новый Собственник owner', '1 Собственник Без Файла owner']);
  });

  it('I-4 on a file: a phone already known adds the external id; a logged-in phone is refused', async () => {
    const objectId = (await makeObject(admin)).id;
    const phone = fixturePhone();
    const known = await createClient('Известный Клиент', phone);
    const job = await upload(objectId, [
      [
        'Квартира',
        'ул. Сводная',
        '4',
        '1',
        '',
        'Известный Клиент',
        phone,
        'EXT-1',
        'Собственник',
        '',
        '',
        '',
      ],
    ]);
    expect(job.preview.clients).toMatchObject({ created: 0, updated: 1 });
    await apply(job.id);
    const ids = await admin.get(`/api/clients/${known}/external-ids`);
    expect(JSON.stringify(ids.body)).toContain('EXT-1');

    // EXT-1 comes back with the phone of a client who has logged in: I-4 2b.
    const other = fixturePhone();
    await createClient('Вошедший Клиент', other);
    await t.db.execute(sql`update resident_accounts set first_login_at = now() where phone = ${other}`);
    await t.db.execute(sql`update clients set first_login_at = now() where phone = ${other}`);
    const refused = await upload(objectId, [
      [
        'Квартира',
        'ул. Сводная',
        '4',
        '1',
        '',
        'Известный Клиент',
        other,
        'EXT-1',
        'Собственник',
        '',
        '',
        '',
      ],
    ]);
    expect(refused.preview.refused).toEqual([
      {
        row: 2,
        message: 'Невозможно изменить номер телефона, так как клиент уже выполнил вход в личный кабинет',
      },
    ]);
    expect(refused.preview.deletions.total).toBe(0);
  });

  it('client tags: set as the file gives them, once per client, and rolled back', async () => {
    const objectId = (await makeObject(admin)).id;
    const phone = fixturePhone();
    const header = [...HEADER, 'Теги клиента'];
    const row = (number: string, tags: string) => [
      'Квартира',
      'ул. Сводная',
      '5',
      number,
      '',
      'Теговый Клиент',
      phone,
      '',
      'Собственник',
      '',
      '',
      '',
      tags,
    ];
    const job = await upload(objectId, [row('1', 'VIP; Должник'), row('2', 'VIP; Должник')], header);
    expect(job.preview).toMatchObject({ clients: { created: 1 }, links: { created: 2 }, notApplied: [] });
    await apply(job.id);
    const tagsOf = async () =>
      (
        await queryRows<{ tags: string }>(
          t.db,
          sql`select string_agg(t.name, ';' order by t.name) as tags from clients c
            join client_tags ct on ct.client_id = c.id join tags t on t.id = ct.tag_id where c.phone = ${phone}`,
        )
      )[0]?.tags ?? null;
    expect(await tagsOf()).toBe('VIP;Должник');
    await admin.post(`/api/imports/${job.id}/rollback`);
    expect(await tagsOf()).toBeNull();
  });

  it('C-9 → I-3: the clients export re-imports to the same data; a masked export is refused cell by cell', async () => {
    const { admin: owner } = await makeOrganization(t);
    const le = (await makeLegalEntity(owner)).id;
    const objectId = (await makeObject(owner)).id;
    for (const [fullName, phone] of [
      ['Выгрузкин Иван', fixturePhone()],
      ['Выгрузкина Анна', fixturePhone()],
    ] as const) {
      const created = await owner.post('/api/clients', {
        type: 'individual',
        fullName,
        phone,
        email: `${phone.slice(-4)}@example.ru`,
        birthDate: '1980-01-02',
      });
      expect(created.status).toBe(201);
    }
    const exported = await owner.get('/api/clients/export.xlsx');
    expect(exported.status).toBe(200);
    const fields = { kind: 'consolidated', legalEntityId: le, objectId };
    const same = await uploadImport(owner, fields, { name: 'clients.xlsx', data: exported.raw });
    expect(same.status, JSON.stringify(same.problem)).toBe('ready');
    expect(same.errorCount).toBe(0);
    expect(same.preview).toMatchObject({
      premises: { created: 0, updated: 0, unchanged: 0 },
      clients: { created: 0, updated: 0, merged: 0, unchanged: 2 },
      links: { created: 0, updated: 0, unchanged: 0 },
      refusedRows: 0,
    });
    expect((await applyImport(owner, same.id)).body).toMatchObject({
      status: 'applied',
      batchId: null,
    });

    const masked = await makeStaff(t, owner, ['clients.view', 'export.clients']);
    const hidden = await masked.get('/api/clients/export.xlsx');
    expect(hidden.status).toBe(200);
    const refused = await uploadImport(owner, fields, { name: 'masked.xlsx', data: hidden.raw });
    expect(refused.errorCount).toBe(2);
    const report = await readXlsx(await owner.get(`/api/imports/${refused.id}/errors.xlsx`));
    const messages = new Set(report.rows.map((row) => row[report.headers.indexOf('Ошибка')]));
    expect([...messages]).toEqual([
      'Значение скрыто звёздочками: выгрузку сделала роль без доступа к персональным данным. Выгрузите файл с доступом к ним',
    ]);
    expect((await owner.post(`/api/imports/${refused.id}/apply`, {})).body.code).toBe('IMPORT_HAS_ERRORS');
  });
});
