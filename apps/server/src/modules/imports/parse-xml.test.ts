// I-2: the XML reader on the documented example and on broken files (no database).
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { failureOf } from '../../../test/import-files';
import { formatCount, TAG_MAX_CHARS } from './import-limits';
import { parseXml, type XmlRow } from './parse-xml';

const EXAMPLE = fileURLToPath(new URL('../../../../../docs/xml/example.xml', import.meta.url));

async function readAll(input: Readable, chunkSize = 1000) {
  const chunks: XmlRow[][] = [];
  const generator = parseXml(input, { chunkSize });
  for (let next = await generator.next(); ; next = await generator.next()) {
    if (next.done) return { chunks, rows: chunks.flat(), summary: next.value };
    chunks.push(next.value);
  }
}

const text = (xml: string) => Readable.from([Buffer.from(xml)]);
const file = (body: string, root = 'xmlns="urn:domovoy:import:1" version="1" source="1С"') =>
  text(`<?xml version="1.0" encoding="UTF-8"?>\n<import ${root}>\n${body}\n</import>\n`);
const OBJECT = '00000000-0000-4000-8000-00000000000a';
const ENTITY = '00000000-0000-4000-8000-00000000000b';

describe('the XML reader (I-2)', () => {
  it('reads the documented example: a row per element, at its line, shaped as the integration API items', async () => {
    const { rows, chunks, summary } = await readAll(createReadStream(EXAMPLE), 4);
    expect(summary).toEqual({ source: '1С', rows: 11, rowsWithErrors: 0, unknown: [] });
    expect(chunks.map((c) => c.length)).toEqual([4, 4, 3]);
    expect(rows.map((r) => [r.rowNumber, r.values.entity])).toEqual([
      [4, 'client'],
      [10, 'client'],
      [14, 'client'],
      [20, 'premise'],
      [27, 'account'],
      [29, 'link'],
      [32, 'link'],
      [35, 'premise'],
      [38, 'account'],
      [40, 'link'],
      [41, 'link'],
    ]);
    expect(rows.every((r) => r.errors.length === 0)).toBe(true);
    expect(rows[2]?.values).toEqual({
      entity: 'client',
      item: { externalId: '1C-0003', type: 'legal', fullName: 'ООО «Ромашка»', inn: '7707083893' },
    });
    expect(rows[3]?.values).toMatchObject({
      entity: 'premise',
      hasLinks: true,
      item: {
        externalId: '1C-P-015',
        objectId: '00000000-0000-4000-8000-000000000001',
        type: 'flat',
        street: 'ул. Северная',
        number: '15',
        room: null,
        floor: 3,
        totalArea: 54.3,
      },
    });
    expect(rows[4]?.values).toEqual({
      entity: 'account',
      premiseRow: 20,
      item: {
        premiseExternalId: '1C-P-015',
        legalEntityId: '00000000-0000-4000-8000-000000000002',
        number: '4000000015',
        els: '75ДА533315',
        externalId: '1C-A-015',
      },
    });
    expect(rows[6]?.values).toEqual({
      entity: 'link',
      premiseRow: 20,
      item: {
        premiseExternalId: '1C-P-015',
        clientExternalId: '1C-0002',
        ownerExternalId: '1C-0001',
        role: 'resident',
        keepOnSync: true,
      },
    });
  });

  it('reports a bad phone, a bad ИНН and an unknown premise type per row, at the line and element', async () => {
    const { rows, summary } = await readAll(
      file(`<clients>
  <client externalId="c1"><fullName>Петров Пётр</fullName><phone>12345</phone></client>
  <client externalId="c2" type="legal"><fullName>ООО «Лес»</fullName><inn>7707083894</inn></client>
</clients>
<premises objectId="${OBJECT}" legalEntityId="${ENTITY}">
  <premise externalId="p1" type="hangar">
    <address street="ул. Лесная" house="1" number="1"/>
    <account number="100"/>
  </premise>
  <premise externalId="p2" type="flat">
    <address street="ул. Лесная" house="1" number="2"/>
    <totalArea>54,3</totalArea>
  </premise>
</premises>`),
    );
    expect(summary.rowsWithErrors).toBe(5);
    const errors = rows.map((r) => [r.rowNumber, r.errors.map((e) => [e.column, e.value])]);
    expect(errors).toEqual([
      [4, [['phone', '12345']]],
      [5, [['inn', '7707083894']]],
      [8, [['@type', 'hangar']]],
      [10, [['premise', '']]],
      [12, [['totalArea', '54,3']]],
    ]);
    const messages = rows.flatMap((r) => r.errors.map((e) => e.message));
    for (const message of messages) expect(message).toMatch(/[А-Яа-я]/);
    expect(messages[2]).toContain('flat, parking');
    expect(messages[3]).toContain('строка 8');
  });

  it('checks the link rules and the group ids, and lists elements it does not know', async () => {
    const { rows, summary } = await readAll(
      file(`<premises objectId="not-an-id" legalEntityId="${ENTITY}">
  <premise externalId="p1" type="flat" color="red">
    <address street="ул. Лесная" house="1" number="1"/>
    <balcony>2</balcony>
  </premise>
</premises>
<premises objectId="${OBJECT}" legalEntityId="${ENTITY}">
  <premise externalId="p2" type="flat">
    <address street="ул. Лесная" house="1" number="2"/>
    <links>
      <link client="c1" role="tenant"/>
      <link client="c2" share="много"/>
    </links>
  </premise>
</premises>`),
    );
    expect(rows.map((r) => [r.rowNumber, r.errors.map((e) => e.column)])).toEqual([
      [4, ['premises/@objectId']],
      [10, []],
      [13, ['@owner']],
      [14, ['@share']],
    ]);
    expect(rows[1]?.values).toMatchObject({ entity: 'premise', hasLinks: true });
    expect(summary.unknown.sort()).toEqual(['premise/@color', 'premise/balcony']);
  });

  it('reports every problem of an element at once, each at its line and character, in file order', async () => {
    const { rows, summary } = await readAll(
      file(`<clients>
  <client externalId="c1">
    <phone>12345</phone>
    <email>not-an-email</email>
    <snils>123</snils>
  </client>
  <client externalId="c2" type="robot"><fullName>ООО «Лес»</fullName><inn>7707083894</inn><phone>1</phone></client>
</clients>
<premises objectId="not-an-id" legalEntityId="${ENTITY}">
  <premise externalId="p1" type="flat">
    <address street="ул. Лесная"
             house="1"/>
    <floor>два</floor>
    <totalArea>54,3</totalArea>
    <account number="" els="bad"/>
    <links><link client="c1" role="tenant" share="1/2"/><link client="c1" role="king"/></links>
  </premise>
</premises>`),
    );
    expect(summary.rowsWithErrors).toBe(6);
    const errors = rows.map((r) => [r.rowNumber, r.errors.map((e) => [e.column, e.value, e.line, e.char])]);
    expect(errors).toEqual([
      // No <fullName> (reported at the client), a bad phone, e-mail and СНИЛС: all four in one read.
      [
        4,
        [
          ['fullName', '', 4, 3],
          ['phone', '12345', 5, 5],
          ['email', 'not-an-email', 6, 5],
          ['snils', '123', 7, 5],
        ],
      ],
      // A bad type: its own error and the rules that hold for any type (no ИНН-kind guess).
      [
        9,
        [
          ['@type', 'robot', 9, undefined],
          ['phone', '1', 9, 91],
        ],
      ],
      // The group's id, the address part the type needs, a floor and an area: attributes at their line.
      [
        12,
        [
          ['premises/@objectId', 'not-an-id', 11, undefined],
          ['address/@number', '', 13, 5],
          ['floor', 'два', 15, 5],
          ['totalArea', '54,3', 16, 5],
        ],
      ],
      [
        17,
        [
          ['@number', '', 17, undefined],
          ['@els', 'bad', 17, undefined],
        ],
      ],
      // Two links on one line: rows 18 and 19, both at line 18.
      [
        18,
        [
          ['@owner', '', 18, 12],
          ['@share', '1/2', 18, undefined],
        ],
      ],
      [19, [['@role', 'king', 18, undefined]]],
    ]);
    const messages = rows.flatMap((r) => r.errors.map((e) => e.message));
    expect(messages).toEqual([
      'Обязательный элемент <fullName>',
      'Телефон — 10 цифр после +7 или 8',
      'Введите адрес электронной почты, например ivanov@mail.ru',
      expect.stringContaining('СНИЛС'),
      'Выберите значение из списка',
      'Телефон — 10 цифр после +7 или 8',
      'Укажите идентификатор объекта Domovoy (UUID из GET /api/objects)',
      'Заполните поле «Номер квартиры»',
      'Введите целое число',
      'Число пишется с точкой: 54.30',
      'Заполните поле',
      expect.stringContaining('ЕЛС'),
      'Укажите собственника, от которого зависит клиент',
      expect.stringContaining('Долю'),
      'Выберите значение из списка',
    ]);
  });

  it('numbers a row by the line its start tag is on when its attributes are on the next lines', async () => {
    const { rows } = await readAll(
      file(`<clients>
  <client
      externalId="c1"><fullName>Ан Ан</fullName><phone>1</phone></client>
</clients>`),
    );
    expect(rows.map((r) => [r.rowNumber, r.errors.map((e) => [e.column, e.line])])).toEqual([
      [4, [['phone', 5]]],
    ]);
  });

  it('numbers rows of a file written on one line one after another', async () => {
    const { rows } = await readAll(
      text(
        `<import xmlns="urn:domovoy:import:1" version="1"><clients><client externalId="a"><fullName>Ан Ан</fullName></client><client externalId="b"><fullName>Бо Бо</fullName></client></clients></import>`,
      ),
    );
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 2]);
  });

  it.each([
    ['a .csv', 'Тип;Улица\nКвартира;Ленина\n', 'IMPORT_NOT_XML', 'разметки'],
    ['an empty file', '', 'IMPORT_NOT_XML', 'пустой'],
    [
      'another encoding',
      '<?xml version="1.0" encoding="windows-1251"?><import/>',
      'IMPORT_NOT_XML',
      'windows-1251',
    ],
    ['another root', '<?xml version="1.0"?>\n<premises/>', 'IMPORT_XML_ROOT', '<premises>'],
    ['another namespace', '<import xmlns="urn:other" version="1"/>', 'IMPORT_XML_ROOT', 'urn:other'],
    ['another version', '<import xmlns="urn:domovoy:import:1" version="2"/>', 'IMPORT_XML_VERSION', '2'],
    [
      'nothing to load',
      '<import xmlns="urn:domovoy:import:1" version="1"><clients/></import>',
      'IMPORT_XML_EMPTY',
      undefined,
    ],
    [
      'a DTD (at the line it starts on)',
      '<?xml version="1.0"?>\n<!DOCTYPE import [\n<!ENTITY a "b">\n]>\n<import xmlns="urn:domovoy:import:1" version="1"/>',
      'IMPORT_XML_MALFORMED',
      'Строка 2: объявление <!DOCTYPE>',
    ],
    [
      'a tag left open (at the line it opens on)',
      '<import xmlns="urn:domovoy:import:1" version="1">\n<clients>\n<client externalId="a">\n</clients>\n</import>',
      'IMPORT_XML_MALFORMED',
      'Строка 3',
    ],
  ])('fails %s as a whole', async (_, xml, code, detail) => {
    const failure = await failureOf(readAll(text(xml)));
    expect(failure.code).toBe(code);
    if (detail) expect(failure.detail).toContain(detail);
  });

  // saxes notices most of these later than where they start (at the end of the file, at the next
  // close tag, at the next «<» or «;»): the detail names the line and character where they start.
  const broken = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<import xmlns="urn:domovoy:import:1" version="1">\n${body}`;
  const CLIENT = '<fullName>Ан Ан</fullName>';
  it.each([
    [
      'an element closed by its parent’s close tag',
      `<clients>\n  <client externalId="a">\n    ${CLIENT}\n</clients>\n</import>\n`,
      'Строка 4, символ 3: элемент <client>, открытый в строке 4, не закрыт: в строке 6 стоит </clients>',
    ],
    [
      'an element still open at the end of the file',
      `<clients>\n  <client externalId="a">\n    ${CLIENT}\n\n\n`,
      'Строка 4, символ 3: элемент <client>, открытый в строке 4, не закрыт',
    ],
    [
      'a mistyped close tag',
      `<clients>\n  <client externalId="a">\n    <fullName>Ан Ан</fullNam>\n  </client>\n</clients>\n</import>\n`,
      'Строка 5, символ 20: закрывающий тег </fullNam> не соответствует открытому элементу <fullName> (строка 5)',
    ],
    [
      'a stray close tag',
      '<clients>\n  </client>\n</clients>\n</import>\n',
      'Строка 4, символ 3: закрывающий тег </client> не соответствует открытому элементу <clients> (строка 3)',
    ],
    [
      'an unknown entity',
      `<clients>\n  <client externalId="a">\n    <fullName>Ан &nbsp; Ан</fullName>\n  </client>\n</clients>\n</import>\n`,
      'Строка 5, символ 18: неизвестная ссылка на символ (&…;)',
    ],
    [
      'a bare «&» (saxes would read on to the next «;»)',
      `<clients>\n  <client externalId="a">\n    <fullName>Ан & Ан</fullName>\n  </client>\n<client><note>a &amp; b</note></client></clients>\n</import>\n`,
      'Строка 5, символ 18: знак & не начинает ссылку на символ (&amp;, &lt;, &#1234;): сам знак пишется &amp;',
    ],
    [
      'a bare «&» with no «;» after it',
      `<clients>\n  <client externalId="a">\n    <fullName>Ан & Ан</fullName>\n  </client>\n</clients>\n</import>\n`,
      'Строка 5, символ 18: знак & не начинает ссылку на символ (&amp;, &lt;, &#1234;): сам знак пишется &amp;',
    ],
    [
      'text after the root (saxes tells it at the end of the file)',
      `<clients>\n  <client externalId="a">${CLIENT}</client>\n</clients>\n</import>\nещё текст\n\n\n`,
      'Строка 7, символ 1: текст вне корневого элемента',
    ],
    [
      'an element after the root',
      `<clients>\n  <client externalId="a">${CLIENT}</client>\n</clients>\n</import>\n<import/>\n`,
      'Строка 7, символ 1: после корневого элемента — ещё один элемент',
    ],
    [
      'an attribute’s quote left open (saxes fails at the next «<», a line below)',
      `<clients>\n  <client externalId="a>\n    ${CLIENT}\n  </client>\n</clients>\n</import>\n`,
      'Строка 4, символ 22: у атрибута externalId не закрыта кавычка (или в его значении знак «<», в строке 5: он пишется &lt;)',
    ],
    [
      'quotes that do not match',
      `<clients>\n  <client externalId="a' type="legal">\n    ${CLIENT}\n  </client>\n</clients>\n</import>\n`,
      'Строка 4, символ 32: между атрибутами нет пробела (проверьте кавычки)',
    ],
    [
      'an attribute without quotes',
      `<clients>\n  <client externalId=a>\n    ${CLIENT}\n  </client>\n</clients>\n</import>\n`,
      'Строка 4, символ 22: значение атрибута не в кавычках',
    ],
    [
      'a comment left open',
      `<clients>\n  <!-- старый клиент\n  <client externalId="a">${CLIENT}</client>\n</clients>\n</import>\n`,
      'Строка 4, символ 3: комментарий <!-- не закрыт (-->)',
    ],
    [
      'a CDATA section left open',
      `<clients>\n  <client externalId="a"><fullName><![CDATA[Ан Ан</fullName></client>\n</clients>\n</import>\n`,
      'Строка 4, символ 36: раздел <![CDATA[ не закрыт (]]>)',
    ],
    [
      'a start tag cut off at the end of the file (its attributes on the next line)',
      `<clients>\n  <client externalId="a">${CLIENT}</client>\n  <client\n   externalId="b"`,
      'Строка 5: тег <client> не закрыт знаком «>»',
    ],
    [
      'an attribute given twice',
      `<clients>\n  <client externalId="a" externalId="b">${CLIENT}</client>\n</clients>\n</import>\n`,
      'Строка 4, символ 40: атрибут externalId указан дважды',
    ],
    [
      'a control character',
      `<clients>\n  <client externalId="a"><fullName>Ан\u0001Ан</fullName></client>\n</clients>\n</import>\n`,
      'Строка 4, символ 38: недопустимый символ',
    ],
  ])('fails %s at the line and character where it starts', async (_, body, detail) => {
    const xml = Buffer.from(broken(body));
    // The same place read whole and read three bytes at a time (the problem spans chunks).
    const pieces = Array.from({ length: Math.ceil(xml.length / 3) }, (_, i) =>
      xml.subarray(i * 3, i * 3 + 3),
    );
    for (const input of [text(xml.toString()), Readable.from(pieces)])
      expect(await failureOf(readAll(input))).toEqual({ code: 'IMPORT_XML_MALFORMED', detail });
  });

  it('fails a comment over the markup limit at the line it starts on', async () => {
    const comment = `<!--\n${'комментарий\n'.repeat(20_000)}-->`;
    const xml = Buffer.from(broken(`<clients>\n${comment}\n</clients>\n</import>\n`));
    const pieces = Array.from({ length: Math.ceil(xml.length / 1000) }, (_, i) =>
      xml.subarray(i * 1000, i * 1000 + 1000),
    );
    for (const input of [text(xml.toString()), Readable.from(pieces)])
      expect(await failureOf(readAll(input))).toEqual({
        code: 'IMPORT_XML_MALFORMED',
        detail: `Строка 4: тег с атрибутами или комментарий длиннее ${formatCount(TAG_MAX_CHARS)} символов`,
      });
  });

  it('fails bytes that are not UTF-8 text', async () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0xff, 0xfe, 0x00, 0x01]);
    expect((await failureOf(readAll(Readable.from([zip])))).code).toBe('IMPORT_NOT_XML');
  });

  it('streams: the first rows come before the file has been read to its end', async () => {
    const premises = 20_000;
    let produced = 0;
    async function* source() {
      yield Buffer.from(
        `<import xmlns="urn:domovoy:import:1" version="1"><premises objectId="${OBJECT}" legalEntityId="${ENTITY}">\n`,
      );
      for (let i = 1; i <= premises; i += 1) {
        produced = i;
        yield Buffer.from(
          `<premise externalId="P-${i}" type="flat"><address street="ул. Длинная" house="1" number="${i}"/>` +
            `<account number="A-${i}"/></premise>\n`,
        );
      }
      yield Buffer.from('</premises></import>\n');
    }
    const generator = parseXml(Readable.from(source()), { chunkSize: 1000 });
    const first = await generator.next();
    expect(first.done).toBe(false);
    expect(produced).toBeLessThan(premises / 10);
    let rows = (first.value as XmlRow[]).length;
    for (let next = await generator.next(); !next.done; next = await generator.next())
      rows += next.value.length;
    expect(rows).toBe(premises * 2);
  });
});
