// I-3: the sheet's XML as Excel, LibreOffice and other writers put it, read into rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textCell, workbookParts, zip } from '../../../test/hostile-files';
import { parseAll, tempDir, writeBytes } from '../../../test/import-files';
import { readSheetRows, type SheetContext, type SheetRow } from './read-sheet-rows';
import { scanSheetXml, sheetCuts } from './sheet-xml-scan';
import { limitXmlText } from './xml-text-limit';

const CONTEXT: SheetContext = {
  sharedStrings: ['общая строка', { richText: [{ text: 'Ив' }, { text: 'анов' }] }],
  isDateStyle: (id) => (id === 1 ? true : id === 2 ? false : undefined),
  date1904: false,
};

async function rowsOf(xml: string | (string | Buffer)[], context = CONTEXT): Promise<SheetRow[]> {
  const chunks = typeof xml === 'string' ? [xml] : xml;
  async function* source() {
    yield* chunks;
  }
  const text = scanSheetXml(limitXmlText(source(), sheetCuts().limits), { lastRow: null, merges: [] });
  const rows: SheetRow[] = [];
  for await (const batch of readSheetRows(text, context)) rows.push(...batch);
  return rows;
}

const sheet = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

describe('cell values', () => {
  it('reads each type of cell as ExcelJS gives it', async () => {
    const [row] = await rowsOf(
      sheet(
        '<row r="2">' +
          '<c r="A2" t="s"><v>0</v></c>' +
          '<c r="B2" t="s"><v>1</v></c>' +
          '<c r="C2" t="str"><f>A2&amp;"!"</f><v>общая строка!</v></c>' +
          '<c r="D2" t="b"><v>1</v></c>' +
          '<c r="E2" t="b"><v>0</v></c>' +
          '<c r="F2" t="e"><v>#N/A</v></c>' +
          '<c r="G2"><v>12.5</v></c>' +
          '<c r="H2" t="n" s="2"><v>7</v></c>' +
          '<c r="I2" s="3"><v>-1</v></c>' +
          '<c r="J2" t="s"><v>9</v></c>' +
          '<c r="K2" s="1"/>' +
          '</row>',
      ),
    );
    expect(row?.number).toBe(2);
    expect(row?.values).toEqual([
      undefined,
      'общая строка',
      { richText: [{ text: 'Ив' }, { text: 'анов' }] },
      'общая строка!',
      true,
      false,
      { error: '#N/A' },
      12.5,
      7,
      -1,
    ]);
  });

  it('a formula’s cached result keeps its type: an error is the Excel error, a boolean a boolean', async () => {
    const [row] = await rowsOf(
      sheet(
        '<row r="1"><c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B1" t="b"><f>TRUE()</f><v>1</v></c>' +
          '<c r="C1"><f>SUM(1,2)</f><v>3</v></c><c r="D1"><f>NOW()</f></c></row>',
      ),
    );
    expect(row?.values).toEqual([undefined, { error: '#DIV/0!' }, true, 3]);
  });

  it('inline strings: entities decoded once, spaces kept, rich-text runs joined, phonetic hints left out', async () => {
    const [row] = await rowsOf(
      sheet(
        '<row r="1">' +
          '<c r="A1" t="inlineStr"><is><t>ООО «Рога &amp; копыта» &lt;ЖК&gt; &#1025;&#x436;</t></is></c>' +
          '<c r="B1" t="inlineStr"><is><t xml:space="preserve">  кв. 5  </t></is></c>' +
          '<c r="C1" t="inlineStr"><is><r><rPr><b/></rPr><t>Иван</t></r><r><t xml:space="preserve">ов И</t></r><r><t>.И.</t></r></is></c>' +
          '<c r="D1" t="inlineStr"><is><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c>' +
          '<c r="E1" t="inlineStr"><is><t>&amp;amp;</t></is></c>' +
          '<c r="F1" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c>' +
          '</row>',
      ),
    );
    expect(row?.values).toEqual([
      undefined,
      'ООО «Рога & копыта» <ЖК> Ёж',
      '  кв. 5  ',
      'Иванов И.И.',
      '東京',
      '&amp;',
      'a<b',
    ]);
  });

  it('a number is a date when the cell’s style, else its row’s, shows a date', async () => {
    const rows = await rowsOf(
      sheet(
        '<row r="1"><c r="A1" s="1"><v>31078</v></c><c r="B1" s="2"><v>31078</v></c><c r="C1"><v>31078</v></c>' +
          '<c r="D1" s="1"><f>DATE(1985,1,31)</f><v>31078.5</v></c></row>' +
          // The row's style is a date's: its cells without a style of their own (or with one the book lacks) take it.
          '<row r="2" s="1" customFormat="1"><c r="A2"><v>43861</v></c><c r="B2" s="2"><v>43861</v></c><c r="C2" s="9"><v>43861</v></c></row>',
      ),
    );
    expect(rows.map((r) => r.values)).toEqual([
      [undefined, new Date(Date.UTC(1985, 0, 31)), 31078, 31078, new Date(Date.UTC(1985, 0, 31, 12))],
      [undefined, new Date(Date.UTC(2020, 0, 31)), 43861, new Date(Date.UTC(2020, 0, 31))],
    ]);
    const [mac] = await rowsOf(sheet('<row r="1"><c r="A1" s="1"><v>29616</v></c></row>'), {
      ...CONTEXT,
      date1904: true,
    });
    expect(mac?.values[1]).toEqual(new Date(Date.UTC(1985, 0, 31)));
  });

  it('a cell has only its own style and type, not the cell’s before it', async () => {
    const [row] = await rowsOf(
      sheet(
        '<row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1"><v>1</v></c><c r="C1" t="s"><v>1</v></c></row>',
      ),
    );
    expect(row?.values).toEqual([
      undefined,
      'общая строка',
      1,
      { richText: [{ text: 'Ив' }, { text: 'анов' }] },
    ]);
  });
});

describe('addresses', () => {
  it('a cell or a row without r= is the one after the previous (LibreOffice omits them)', async () => {
    const rows = await rowsOf(
      sheet(
        '<row r="3"><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c><c r="E3"><v>5</v></c><c><v>6</v></c></row>' +
          '<row><c><v>1</v></c></row>' +
          '<row spans="1:2"><c r="B5"><v>2</v></c></row>' +
          '<row r="9"/>',
      ),
    );
    expect(rows).toEqual([
      { number: 3, values: [undefined, 'a', 2, undefined, undefined, 5, 6] },
      { number: 4, values: [undefined, 1] },
      { number: 5, values: [undefined, undefined, 2] },
      { number: 9, values: [] },
    ]);
  });

  it('empty formatted rows and cells are rows without values; rows outside sheetData are none', async () => {
    const rows = await rowsOf(
      sheet(
        '<row r="1" customFormat="1" s="1"><c r="A1" s="1"/><c r="B1" t="s"/><c r="C1"><f>A1</f></c></row>',
      ),
    );
    expect(rows).toEqual([{ number: 1, values: [] }]);
  });
});

describe('chunks', () => {
  it('a letter split between two chunks, and a tag or an entity split, read whole', async () => {
    const xml = Buffer.from(
      sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Щука &amp; Ёрш</t></is></c></row>'),
    );
    const at = xml.indexOf(Buffer.from('Щ'));
    for (const cut of [at + 1, xml.indexOf('&amp;') + 2, xml.indexOf('<c r=') + 3]) {
      const [row] = await rowsOf([xml.subarray(0, cut), xml.subarray(cut)]);
      expect(row?.values[1]).toBe('Щука & Ёрш');
    }
  });

  it('yields the rows read from each chunk together', async () => {
    const row = (r: number) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
    const batches: number[] = [];
    async function* chunks() {
      yield `${sheet('').slice(0, -'</sheetData></worksheet>'.length)}${row(1)}${row(2)}`;
      yield `${row(3)}</sheetData></worksheet>`;
    }
    for await (const batch of readSheetRows(chunks(), CONTEXT)) batches.push(batch.length);
    expect(batches).toEqual([2, 1]);
  });

  it('XML broken or cut short is an error', async () => {
    await expect(rowsOf(sheet('<row r="1"><c r="A1"><v>1</v></row>'))).rejects.toThrow();
    const whole = sheet('<row r="1"><c r="A1"><v>1</v></c></row>');
    await expect(rowsOf(whole.slice(0, -'</sheetData></worksheet>'.length))).rejects.toThrow();
  });
});

describe('a workbook with its own styles', () => {
  let dir: string;
  let remove: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, remove } = await tempDir());
  });
  afterAll(() => remove());

  const styles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00&quot; м²&quot;"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="47" applyNumberFormat="1"/></cellXfs></styleSheet>`;

  it('reads dates by the built-in and the book’s own date formats, other formats as numbers', async () => {
    const header = ['Тип помещения', 'Дом', 'Номер помещения', 'Общая площадь', 'Дата ДДУ', 'Дата рождения'];
    const cells = (r: number, style: number) =>
      `${textCell(`A${r}`, 'Квартира')}${textCell(`B${r}`, '1')}${textCell(`C${r}`, String(r))}` +
      `<c r="D${r}" s="3"><v>54.5</v></c><c r="E${r}" s="${style}"><v>43861</v></c><c r="F${r}" s="${style}"><v>31078</v></c>`;
    const parts = workbookParts(
      [
        `<row r="1">${header.map((h, i) => textCell(`${'ABCDEF'[i]}1`, h)).join('')}</row>`,
        `<row r="2">${cells(2, 1)}</row>`,
        `<row r="3">${cells(3, 2)}</row>`,
        `<row r="4">${cells(4, 3)}</row>`,
      ],
      ['<si><t>не используется</t></si>'],
      [{ path: 'xl/styles.xml', pieces: [styles] }],
    );
    const path = await writeBytes(`${dir}/styles.xlsx`, await zip(parts));
    const { rows } = await parseAll(path, 'consolidated', { requiredColumns: false });
    expect(rows.map((r) => [r.values.totalArea, r.values.dduDate])).toEqual([
      [54.5, '2020-01-31'],
      [54.5, '2020-01-31'],
      [54.5, null],
    ]);
    expect(rows[2]?.errors.map((e) => e.code)).toContain('DATE_FORMAT');
  });
});
