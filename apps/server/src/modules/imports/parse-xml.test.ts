// I-2: the XML reader on the documented example and on broken files (no database).
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { failureOf } from '../../../test/import-files';
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
      'a tag left open',
      '<import xmlns="urn:domovoy:import:1" version="1">\n<clients>\n<client externalId="a">\n</clients>\n</import>',
      'IMPORT_XML_MALFORMED',
      'Строка 4',
    ],
  ])('fails %s as a whole', async (_, xml, code, detail) => {
    const failure = await failureOf(readAll(text(xml)));
    expect(failure.code).toBe(code);
    if (detail) expect(failure.detail).toContain(detail);
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
