// Issue 15: the template columns УО commonly have — «Кадастровый номер» and «Зарегистрировано
// человек» of a premise (both kinds of file), «Дополнительный телефон», «КПП» and «ОГРН / ОГРНИП» of
// a client (consolidated): read cell by cell with exact Russian errors, checked by the client type,
// shown in the preview's changes and written by the apply.
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeLegalEntity, makeObject } from '../../../test/fixtures';
import { type Client, makeOrganization } from '../../../test/helpers';
import { parseAll, tempDir, writeWorkbook } from '../../../test/import-files';
import { applyImport, uploadImport } from '../../../test/imports';
import { parseXml, type XmlRow } from './parse-xml';

let t: TestApp;
let admin: Client;
let legalEntityId: string;
let objectId: string;
let dir: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  legalEntityId = (await makeLegalEntity(admin)).id;
  objectId = (await makeObject(admin)).id;
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
  await t.close();
});

const CADASTRAL_MESSAGE =
  'Кадастровый номер — четыре части через двоеточие: 2 цифры, 2 цифры, 6 или 7 цифр, номер (например, 77:01:0001001:1234)';

const errorsOf = (row: { errors: { column: string; code: string; message: string }[] } | undefined) =>
  row?.errors.map((e) => [e.column, e.code, e.message]);

describe('the premise columns', () => {
  const HEADER = ['Тип помещения', 'Дом', 'Номер помещения', 'Кадастровый номер', 'Зарегистрировано человек'];

  it('reads good cells and names each bad one with its column and a Russian message', async () => {
    const path = await writeWorkbook(`${dir.dir}/premises.xlsx`, [
      {
        rows: [
          HEADER,
          ['Квартира', '1', '1', '77:01:0001001:1234', 3],
          ['Квартира', '1', '2', ' 50:21:100102:5 ', '0'],
          ['Квартира', '1', '3', '77:01:0001001', 1000],
          ['Квартира', '1', '4', '77-01-0001001-1', 'двое'],
          ['Квартира', '1', '5', null, 2.5],
        ],
      },
    ]);
    const { rows } = await parseAll(path, 'premises');
    expect(rows.map((r) => [r.values.cadastralNumber, r.values.registeredResidents])).toEqual([
      ['77:01:0001001:1234', 3],
      ['50:21:100102:5', 0],
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(errorsOf(rows[0])).toEqual([]);
    expect(errorsOf(rows[1])).toEqual([]);
    expect(errorsOf(rows[2])).toEqual([
      ['Кадастровый номер', 'CADASTRAL_FORMAT', CADASTRAL_MESSAGE],
      ['Зарегистрировано человек', 'NUMBER_RANGE', 'Укажите число от 0 до 999'],
    ]);
    expect(errorsOf(rows[3])).toEqual([
      ['Кадастровый номер', 'CADASTRAL_FORMAT', CADASTRAL_MESSAGE],
      ['Зарегистрировано человек', 'INTEGER_FORMAT', 'Укажите целое число'],
    ]);
    expect(errorsOf(rows[4])).toEqual([
      ['Зарегистрировано человек', 'INTEGER_FORMAT', 'Укажите целое число'],
    ]);
  });

  it('matches the headers’ other spellings', async () => {
    const path = await writeWorkbook(`${dir.dir}/aliases.xlsx`, [
      {
        rows: [
          ['Тип помещения', 'Дом', 'Номер помещения', 'Кад. номер', 'Кол-во зарегистрированных'],
          ['Квартира', '1', '1', '77:01:0001001:1234', 2],
        ],
      },
    ]);
    const { rows, summary } = await parseAll(path, 'premises');
    expect(summary.header.unknownColumns).toEqual([]);
    expect(rows[0]?.values).toMatchObject({ cadastralNumber: '77:01:0001001:1234', registeredResidents: 2 });
  });

  it('shows the change in the preview and writes it on apply; a file without the columns leaves them', async () => {
    const upload = async (name: string, rows: unknown[][]) => {
      const path = await writeWorkbook(`${dir.dir}/${name}`, [{ rows }]);
      return uploadImport(
        admin,
        { kind: 'premises', legalEntityId, objectId },
        { name, data: await readFile(path) },
      );
    };
    const first = await upload('first.xlsx', [HEADER, ['Квартира', '7', '70', '77:01:0001001:70', 2]]);
    expect(first).toMatchObject({ status: 'ready', errorCount: 0 });
    expect((await applyImport(admin, first.id)).body).toMatchObject({ status: 'applied' });
    const [premise] = (await admin.get(`/api/premises?objectId=${objectId}&search=70`)).body.items;
    expect(premise).toMatchObject({ cadastralNumber: '77:01:0001001:70', registeredResidents: 2 });

    const second = await upload('second.xlsx', [HEADER, ['Квартира', '7', '70', '77:01:0001001:71', 0]]);
    expect(second.changes.items).toEqual([
      expect.objectContaining({
        entity: 'premise',
        id: premise.id,
        changes: [
          { field: 'cadastralNumber', old: '77:01:0001001:70', new: '77:01:0001001:71' },
          { field: 'registeredResidents', old: 2, new: 0 },
        ],
      }),
    ]);
    expect((await applyImport(admin, second.id)).body).toMatchObject({ status: 'applied' });
    expect((await admin.get(`/api/premises/${premise.id}`)).body).toMatchObject({
      cadastralNumber: '77:01:0001001:71',
      registeredResidents: 0,
    });

    const without = await upload('without.xlsx', [
      ['Тип помещения', 'Дом', 'Номер помещения', 'Общая площадь'],
      ['Квартира', '7', '70', 40],
    ]);
    expect((await applyImport(admin, without.id)).body).toMatchObject({ status: 'applied' });
    expect((await admin.get(`/api/premises/${premise.id}`)).body).toMatchObject({
      cadastralNumber: '77:01:0001001:71',
      registeredResidents: 0,
      totalArea: 40,
    });
  });
});

describe('the client columns', () => {
  const HEADER = [
    'Тип помещения',
    'Дом',
    'Номер помещения',
    'ФИО / наименование',
    'Тип клиента',
    'Телефон',
    'Дополнительный телефон',
    'КПП',
    'ОГРН / ОГРНИП',
    'Основание',
  ];

  it('reads a second phone, КПП and ОГРН (number cells too) and names bad cells exactly', async () => {
    const path = await writeWorkbook(`${dir.dir}/clients.xlsx`, [
      {
        rows: [
          HEADER,
          [
            'Квартира',
            '2',
            '1',
            'ООО «Колонка»',
            'Юридическое лицо',
            '+79161110001',
            '8 (903) 111-22-33',
            '7736 01 001',
            1027700132195,
            'Собственник',
          ],
          [
            'Квартира',
            '2',
            '2',
            'Колонкин Иван',
            'ИП',
            '+79161110002',
            null,
            null,
            '304500116000157',
            'Собственник',
          ],
          [
            'Квартира',
            '2',
            '3',
            'ООО «Сбой»',
            'Юридическое лицо',
            '+79161110003',
            '12-34',
            '7736-01-001',
            '1027700132196',
            'Собственник',
          ],
          [
            'Квартира',
            '2',
            '4',
            'Сбоев Олег',
            'Физическое лицо',
            '+79161110004',
            null,
            '773601001',
            '1027700132195',
            'Собственник',
          ],
          [
            'Квартира',
            '2',
            '5',
            'ООО «Путаница»',
            'Юридическое лицо',
            '+79161110005',
            null,
            null,
            '304500116000157',
            'Собственник',
          ],
        ],
      },
    ]);
    const { rows } = await parseAll(path, 'consolidated');
    expect(rows.map((r) => [r.values.clientExtraPhone, r.values.clientKpp, r.values.clientOgrn])).toEqual([
      ['+79031112233', '773601001', '1027700132195'],
      [null, null, '304500116000157'],
      [null, null, null],
      [null, '773601001', '1027700132195'],
      [null, null, '304500116000157'],
    ]);
    expect(errorsOf(rows[0])).toEqual([]);
    expect(errorsOf(rows[1])).toEqual([]);
    expect(errorsOf(rows[2])).toEqual([
      ['Дополнительный телефон', 'PHONE_FORMAT', 'Телефон — 10 цифр после +7 или 8'],
      [
        'КПП',
        'KPP_FORMAT',
        'КПП должен состоять из 9 символов: 4 цифры, 2 цифры или заглавные латинские буквы, 3 цифры',
      ],
      ['ОГРН / ОГРНИП', 'OGRN_CHECKSUM', 'Неверное контрольное число ОГРН'],
    ]);
    expect(errorsOf(rows[3])).toEqual([
      ['КПП', 'KPP_NOT_FOR_TYPE', 'КПП указывается только у организации'],
      ['ОГРН / ОГРНИП', 'OGRN_NOT_FOR_TYPE', 'ОГРН указывается только у юридического лица и ИП'],
    ]);
    expect(errorsOf(rows[4])).toEqual([
      ['ОГРН / ОГРНИП', 'OGRN_KIND_MISMATCH', 'У юридического лица ОГРН из 13 цифр'],
    ]);
  });

  it('matches «ОГРН», «ОГРНИП» and «Второй телефон» as the same columns', async () => {
    for (const [header, key] of [
      ['ОГРН', 'clientOgrn'],
      ['ОГРНИП', 'clientOgrn'],
      ['Второй телефон', 'clientExtraPhone'],
    ] as const) {
      const path = await writeWorkbook(`${dir.dir}/alias-${key}.xlsx`, [
        {
          rows: [
            [
              'Тип помещения',
              'Дом',
              'Номер помещения',
              'ФИО / наименование',
              'Тип клиента',
              'Основание',
              header,
            ],
            [
              'Квартира',
              '3',
              '1',
              'Алиасов Иван',
              'ИП',
              'Собственник',
              key === 'clientOgrn' ? '304500116000157' : '+79031112233',
            ],
          ],
        },
      ]);
      const { rows, summary } = await parseAll(path, 'consolidated');
      expect(summary.header.unknownColumns, header).toEqual([]);
      expect(rows[0]?.values[key], header).toBeTruthy();
    }
  });

  it('writes them to the card on apply, and shows a change of them in the preview', async () => {
    const upload = async (name: string, rows: unknown[][]) => {
      const path = await writeWorkbook(`${dir.dir}/${name}`, [{ rows }]);
      return uploadImport(
        admin,
        { kind: 'consolidated', legalEntityId, objectId },
        { name, data: await readFile(path) },
      );
    };
    const row = (extraPhone: string, kpp: string) => [
      'Квартира',
      '9',
      '1',
      'ООО «Загрузка»',
      'Юридическое лицо',
      '+79161119901',
      extraPhone,
      kpp,
      '1027700132195',
      'Собственник',
    ];
    const first = await upload('clients-first.xlsx', [HEADER, row('+7 903 000-00-01', '773601001')]);
    expect(first).toMatchObject({ status: 'ready', errorCount: 0 });
    expect((await applyImport(admin, first.id)).body).toMatchObject({ status: 'applied' });
    const [found] = (await admin.get('/api/clients?search=%2B79161119901')).body.items;
    expect((await admin.get(`/api/clients/${found.id}`)).body).toMatchObject({
      type: 'legal',
      extraPhone: '+7 903 000-00-01',
      kpp: '773601001',
      ogrn: '1027700132195',
    });

    const second = await upload('clients-second.xlsx', [HEADER, row('+7 903 000-00-02', '7736AB001')]);
    const client = second.changes.items.find((c: { entity: string }) => c.entity === 'client');
    expect(client.changes).toEqual([
      { field: 'extraPhone', old: '+79030000001', new: '+79030000002' },
      { field: 'kpp', old: '773601001', new: '7736AB001' },
    ]);
    expect((await applyImport(admin, second.id)).body).toMatchObject({ status: 'applied' });
    expect((await admin.get(`/api/clients/${found.id}`)).body).toMatchObject({
      extraPhone: '+7 903 000-00-02',
      kpp: '7736AB001',
    });
  });
});

describe('the XML format carries them too', () => {
  async function readXml(body: string) {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<import xmlns="urn:domovoy:import:1" version="1" source="1С">
${body}
</import>
`;
    const rows: XmlRow[] = [];
    const generator = parseXml(Readable.from([Buffer.from(xml)]));
    for (let next = await generator.next(); !next.done; next = await generator.next())
      rows.push(...next.value);
    return rows;
  }

  it('reads the elements into the items and names bad ones with their element', async () => {
    const rows = await readXml(`<clients>
  <client externalId="X-1" type="legal"><fullName>ООО «Икс»</fullName><extraPhone>8 903 111-22-33</extraPhone><kpp>773601001</kpp><ogrn>1027700132195</ogrn></client>
  <client externalId="X-2"><fullName>Игрек Иван</fullName><extraPhone>12</extraPhone><kpp>773601001</kpp></client>
</clients>
<premises objectId="${'00000000-0000-4000-8000-00000000000a'}" legalEntityId="${'00000000-0000-4000-8000-00000000000b'}">
  <premise externalId="P-1" type="flat"><address house="1" number="1"/><cadastralNumber>77:01:0001001:1</cadastralNumber><registeredResidents>0</registeredResidents></premise>
  <premise externalId="P-2" type="flat"><address house="1" number="2"/><cadastralNumber>77:01</cadastralNumber><registeredResidents>1000</registeredResidents></premise>
</premises>`);
    expect(rows.map((r) => r.values.item)).toEqual([
      expect.objectContaining({ extraPhone: '8 903 111-22-33', kpp: '773601001', ogrn: '1027700132195' }),
      expect.objectContaining({ extraPhone: '12', kpp: '773601001' }),
      expect.objectContaining({ cadastralNumber: '77:01:0001001:1', registeredResidents: 0 }),
      expect.objectContaining({ cadastralNumber: '77:01', registeredResidents: 1000 }),
    ]);
    expect(rows[0]?.errors).toEqual([]);
    expect(rows[1]?.errors.map((e) => [e.column, e.code, e.message])).toEqual([
      ['extraPhone', 'PHONE_FORMAT', 'Телефон — 10 цифр после +7 или 8'],
      ['kpp', 'KPP_NOT_FOR_TYPE', 'КПП указывается только у организации'],
    ]);
    expect(rows[2]?.errors).toEqual([]);
    expect(rows[3]?.errors.map((e) => [e.column, e.code])).toEqual([
      ['cadastralNumber', 'CADASTRAL_FORMAT'],
      ['registeredResidents', 'MAXIMUM'],
    ]);
    for (const error of rows[3]?.errors ?? []) expect(error.message).toMatch(/[а-я]/);
  });
});
