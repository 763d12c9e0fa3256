// Issue 15: a refused row writes nothing, and a premise with a refused row (or, loaded «только
// строки без ошибок», a row with errors) is left as it was; I-5 then skips only such premises. Each
// case compares the preview with what the apply then does on the same file. «Зависит от
// собственника» names the owner by external id, phone or full name.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
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
  'Лицевой счёт',
  'ФИО / наименование',
  'Телефон',
  'Внешний идентификатор клиента',
  'Основание',
  'Зависит от собственника',
  'Доля в праве собственности',
];

let setup: ImportSetup;
let t: TestApp;
let admin: Client;
let legalEntityId: string;

beforeAll(async () => {
  setup = await openImportSetup();
  ({ t, admin, legalEntityId } = setup);
});
afterAll(() => setup.close());

async function upload(objectId: string, rows: string[][]) {
  const path = await writeWorkbook(join(setup.dir.dir, `${Math.random().toString(36).slice(2)}.xlsx`), [
    { rows: [HEADER, ...rows] },
  ]);
  const job = await uploadImport(
    admin,
    { kind: 'consolidated', legalEntityId, objectId },
    { name: 'c.xlsx', data: await readFile(path) },
  );
  expect(job.status, JSON.stringify(job.problem)).toBe('ready');
  return job;
}

/** Applies the file and checks the apply did what its preview said. */
async function applyAsPreviewed(job: { id: string; preview: unknown }, body: object = {}) {
  const applied = await applyImport(admin, job.id, body);
  expect(applied.status, JSON.stringify(applied.body)).toBe(202);
  expect(applied.body.status, JSON.stringify(applied.body.applyProblem)).toBe('applied');
  expect(applied.body.result).toEqual(job.preview);
}

/** A row of a flat on «ул. Долевая»: house, number, account, name, phone, external id, role, owner, share. */
const flat = (
  house: string,
  number: string,
  client: Partial<Record<'account' | 'name' | 'phone' | 'id' | 'role' | 'owner' | 'share', string>>,
) => [
  'Квартира',
  'ул. Долевая',
  house,
  number,
  client.account ?? '',
  client.name ?? '',
  client.phone ?? '',
  client.id ?? '',
  client.role ?? 'Собственник',
  client.owner ?? '',
  client.share ?? '',
];

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

async function count(query: ReturnType<typeof sql>) {
  const [row] = await queryRows<{ n: number }>(t.db, query);
  return row?.n;
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

describe('refused rows', () => {
  it('a share sum over 1 on a flat of two owners: the flat and its links stay, no client is created', async () => {
    const objectId = (await makeObject(admin)).id;
    const premise = await makePremise(admin, objectId, { street: 'ул. Долевая', house: '1', number: '1' });
    await link(premise.id, await createClient('Прежний Собственник'), { role: 'owner' });
    const first = fixturePhone();
    const second = fixturePhone();
    const job = await upload(objectId, [
      flat('1', '1', { name: 'Первый Дольщик', phone: first, share: '1/2' }),
      flat('1', '1', { name: 'Второй Дольщик', phone: second, share: '2/3' }),
      flat('1', '2', { name: 'Третий Собственник', phone: fixturePhone() }),
    ]);
    expect(job.preview).toMatchObject({
      premises: { created: 1, updated: 0, unchanged: 0 },
      clients: { created: 1, updated: 0, merged: 0, unchanged: 0 },
      links: { created: 1, updated: 0, unchanged: 0 },
      deletions: { total: 0, skipped: null },
      refusedRows: 2,
    });
    expect(job.preview.refused).toEqual([
      { row: 2, message: 'Помещение не загружено: строка 3 этого помещения отклонена' },
      { row: 3, message: expect.stringMatching(/дол/i) },
    ]);
    // What the preview held back is kept for the apply, not shown.
    expect(job.preview).not.toHaveProperty('heldBack');
    // «Что изменится» lists the final run only: not the cards of the run rolled back to its savepoint.
    const listed = (job.changes?.items ?? []).map(
      (c: { entity: string; action: string; clientName: string | null }) =>
        `${c.entity} ${c.action} ${c.clientName}`,
    );
    expect(listed.filter((line: string) => line.startsWith('client'))).toEqual([
      'client create Третий Собственник',
    ]);

    await applyAsPreviewed(job);
    expect(await linksOf(objectId)).toEqual(['1 Прежний Собственник owner', '2 Третий Собственник owner']);
    expect(
      await count(sql`select count(*)::int as n from clients where phone in (${first}, ${second})`),
    ).toBe(0);
  });

  it('an owner found nowhere: nothing of the row or of its premise is written', async () => {
    const objectId = (await makeObject(admin)).id;
    const phone = fixturePhone();
    const job = await upload(objectId, [
      flat('2', '1', { account: '8300001', name: 'Хозяин Квартиры', phone }),
      flat('2', '1', {
        account: '8300001',
        name: 'Жилец Квартиры',
        role: 'Житель / член семьи',
        owner: 'Никто Никакой',
      }),
    ]);
    expect(job.preview).toMatchObject({
      premises: { created: 0, updated: 0, unchanged: 0 },
      accounts: { created: 0, updated: 0, unchanged: 0 },
      clients: { created: 0, updated: 0, merged: 0, unchanged: 0 },
      links: { created: 0, updated: 0, unchanged: 0 },
      refusedRows: 2,
      refused: [
        { row: 2, message: 'Помещение не загружено: строка 3 этого помещения отклонена' },
        { row: 3, message: 'Собственник «Никто Никакой» не найден ни в файле, ни среди клиентов' },
      ],
    });

    await applyAsPreviewed(job);
    expect(await count(sql`select count(*)::int as n from premises where object_id = ${objectId}`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from clients where phone = ${phone}`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from personal_accounts where number = '8300001'`)).toBe(
      0,
    );
  });

  it('«только строки без ошибок»: a row with errors holds back its premise; I-5 runs for the others', async () => {
    const objectId = (await makeObject(admin)).id;
    const one = await makePremise(admin, objectId, { street: 'ул. Долевая', house: '3', number: '1' });
    const two = await makePremise(admin, objectId, { street: 'ул. Долевая', house: '3', number: '2' });
    const gone = await createClient('Уходящий Первый');
    await link(one.id, gone, { role: 'owner' });
    await link(two.id, await createClient('Остающийся Второй'), { role: 'owner' });
    const job = await upload(objectId, [
      flat('3', '1', { name: 'Новый Первый' }),
      flat('3', '2', { name: 'Новый Второй' }),
      flat('3', '2', { name: 'Ошибочный', phone: 'не телефон' }),
    ]);
    expect(job.errorCount).toBe(1);
    expect(job.preview).toMatchObject({
      clients: { created: 1 },
      links: { created: 1 },
      deletions: {
        total: 1,
        skipped: null,
        items: [{ premiseId: one.id, clientId: gone, clientName: 'Уходящий Первый' }],
      },
      refusedRows: 1,
      refused: [{ row: 3, message: 'Помещение не загружено: в строке 4 этого помещения есть ошибки' }],
    });

    await applyAsPreviewed(job, { validOnly: true });
    expect(await linksOf(objectId)).toEqual(['1 Новый Первый owner', '2 Остающийся Второй owner']);
  });

  it('a client alone refused after its card was written (a tag the role may not create): nothing is written', async () => {
    const objectId = (await makeObject(admin)).id;
    const clerk = await makeStaff(t, admin, [
      'premises.view',
      'clients.edit',
      'clients.pii.name',
      'clients.pii.contacts',
    ]);
    const tagged = fixturePhone();
    const plain = fixturePhone();
    const path = await writeWorkbook(join(setup.dir.dir, `${Math.random().toString(36).slice(2)}.xlsx`), [
      {
        rows: [
          ['ФИО / наименование', 'Телефон', 'Теги клиента'],
          ['Клиент С Новым Тегом', tagged, 'Тег Которого Нет'],
          ['Клиент Без Тегов', plain, ''],
        ],
      },
    ]);
    const job = await uploadImport(
      clerk,
      { kind: 'consolidated', legalEntityId, objectId },
      { name: 'c.xlsx', data: await readFile(path) },
    );
    expect(job.status, JSON.stringify(job.problem)).toBe('ready');
    expect(job.preview).toMatchObject({
      clients: { created: 1, updated: 0, merged: 0, unchanged: 0 },
      refusedRows: 1,
      refused: [{ row: 2, message: expect.stringContaining('«Тег Которого Нет»') }],
    });
    const applied = await applyImport(clerk, job.id);
    expect(applied.body.status, JSON.stringify(applied.body)).toBe('applied');
    expect(applied.body.result).toEqual(job.preview);
    expect(await count(sql`select count(*)::int as n from clients where phone = ${tagged}`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from clients where phone = ${plain}`)).toBe(1);
  });
});

describe('«Зависит от собственника»', () => {
  it('names the owner by full name or external id when the same file changes the owner’s phone', async () => {
    const objectId = (await makeObject(admin)).id;
    const before = await upload(objectId, [
      flat('4', '1', { name: 'Именной Собственник', phone: fixturePhone(), id: 'IM-1' }),
    ]);
    await applyAsPreviewed(before);

    const job = await upload(objectId, [
      flat('4', '1', { name: 'Именной Собственник', phone: fixturePhone(), id: 'IM-1' }),
      flat('4', '1', { name: 'Арендатор По Имени', role: 'Арендатор', owner: 'именной  собственник' }),
      flat('4', '1', { name: 'Жилец По Номеру', role: 'Житель / член семьи', owner: 'IM-1' }),
    ]);
    expect(job.preview).toMatchObject({
      clients: { created: 2, updated: 1, merged: 0, unchanged: 0 },
      links: { created: 2, updated: 0, unchanged: 1 },
      refusedRows: 0,
    });
    await applyAsPreviewed(job);
    expect(await linksOf(objectId)).toEqual([
      '1 Арендатор По Имени tenant Именной Собственник',
      '1 Жилец По Номеру resident Именной Собственник',
      '1 Именной Собственник owner',
    ]);
  });

  it('two owners of the premise with that name: refused, asking for the phone or the external id', async () => {
    const objectId = (await makeObject(admin)).id;
    const premise = await makePremise(admin, objectId, { street: 'ул. Долевая', house: '5', number: '1' });
    await link(premise.id, await createClient('Двойной Тёзка', fixturePhone()), { role: 'owner' });
    await link(premise.id, await createClient('Двойной Тёзка', fixturePhone()), { role: 'owner' });
    const job = await upload(objectId, [
      flat('5', '1', { name: 'Арендатор Тёзки', role: 'Арендатор', owner: 'Двойной Тезка' }),
    ]);
    expect(job.preview).toMatchObject({
      clients: { created: 0 },
      refusedRows: 1,
      refused: [{ row: 2, message: expect.stringContaining('несколько собственников «Двойной Тезка»') }],
    });
    await applyAsPreviewed(job);
    expect(await linksOf(objectId)).toEqual(['1 Двойной Тёзка owner', '1 Двойной Тёзка owner']);
  });
});
