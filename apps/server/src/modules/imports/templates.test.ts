// I-3: GET /api/imports/templates/{consolidated,premises}.xlsx — downloaded, then read back with
// the import's own parser.
import { writeFile } from 'node:fs/promises';
import { CLIENT_TYPES } from '@domovoy/contract';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { failureOf, parseAll, tempDir } from '../../../test/import-files';
import { IMPORT_TEMPLATES, type TemplateKind, templateSheetColumns } from './columns';
import { VALIDATED_LAST_ROW } from './template-xlsx';

let t: TestApp;
let admin: Client;
let dir: string;
let remove: () => Promise<void>;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  ({ dir, remove } = await tempDir());
});
afterAll(async () => {
  await t.close();
  await remove();
});

async function download(client: Client, kind: TemplateKind) {
  const response = await client.get(`/api/imports/templates/${kind}.xlsx`);
  expect(response.status).toBe(200);
  const path = `${dir}/${kind}-${Math.random()}.xlsx`;
  await writeFile(path, response.raw);
  return { response, path };
}

describe.each(['consolidated', 'premises'] as const)('the %s template', (kind) => {
  it('is an attachment with a Russian file name (RFC 5987)', async () => {
    const { response } = await download(admin, kind);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const fileName = IMPORT_TEMPLATES[kind].fileName;
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="${IMPORT_TEMPLATES[kind].asciiFileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    );
  });

  it('parses back into its example rows without errors (when told to read examples)', async () => {
    const { path } = await download(admin, kind);
    const { rows, summary } = await parseAll(path, kind, { skipExamples: false });
    expect(rows.map((r) => [r.rowNumber, r.errors])).toEqual([
      [2, []],
      [3, []],
      [4, []],
    ]);
    expect(summary.header.unknownColumns).toEqual([]);
    expect(summary.header.columns.map((c) => c.header)).toEqual(
      templateSheetColumns(kind).map(([, c]) => c.header),
    );
    expect(rows[0]?.values).toMatchObject({
      premiseType: 'flat',
      street: 'ул. Северная',
      house: '1',
      number: '15',
      floor: 3,
      totalArea: 54.3,
      els: '75ДА533315',
      accountHidden: false,
      premiseTags: ['Угловая'],
    });
  });

  it('is not imported as it is: its untouched examples are skipped, a changed one is data (issue 17)', async () => {
    const { path } = await download(admin, kind);
    await expect(failureOf(parseAll(path, kind))).resolves.toEqual({
      code: 'IMPORT_EMPTY_SHEET',
      detail: 'В файле только строки-примеры из шаблона: они не загружаются. Замените их своими данными',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const data = workbook.getWorksheet('Данные') as ExcelJS.Worksheet;
    expect(data.getRow(2).getCell(1).font).toMatchObject({ italic: true, color: { argb: 'FF808080' } });
    const numberColumn = templateSheetColumns(kind).findIndex(([key]) => key === 'number') + 1;
    data.getRow(3).getCell(numberColumn).value = '77';
    const edited = `${path}.edited.xlsx`;
    await workbook.xlsx.writeFile(edited);
    const { rows } = await parseAll(edited, kind);
    expect(rows.map((r) => [r.rowNumber, r.values.number])).toEqual([[3, '77']]);
    // ExcelJS reads and writes the drop-downs of 100,000 rows cell by cell: seconds, more under load.
  }, 120_000);

  it('has a bold, frozen header row with widths, and instructions for every column', async () => {
    const { path } = await download(admin, kind);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Данные', 'Инструкция']);
    const data = workbook.getWorksheet('Данные') as ExcelJS.Worksheet;
    expect(data.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(data.getColumn(1).width).toBe(18);
    const instructions = (workbook.getWorksheet('Инструкция') as ExcelJS.Worksheet)
      .getSheetValues()
      .flatMap((row) => (Array.isArray(row) ? row : []))
      .filter((v): v is string => typeof v === 'string');
    const text = instructions.join('\n');
    for (const [, column] of templateSheetColumns(kind)) {
      expect(instructions).toContain(column.header);
      expect(instructions).toContain(column.description);
    }
    expect(text).toContain('Юрлицо и объект выбираются при загрузке файла');
    // Issue 15: no requirement ids («Собственники (I-5)») in what a user reads.
    expect(text).not.toMatch(/\b[A-Z]{1,4}-\d/);
    // Drop-downs cover every row a file may have; «Тип клиента» has one too.
    const validations = (
      data as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model;
    const letterOf = (header: string) =>
      data.getColumn((data.getRow(1).values as unknown[]).indexOf(header)).letter;
    const type = letterOf('Тип помещения');
    expect(validations[`${type}2`]?.type).toBe('list');
    expect(VALIDATED_LAST_ROW).toBe(100_001);
    expect(validations[`${type}${VALIDATED_LAST_ROW}`]?.type).toBe('list');
    expect(validations[`${type}1`]).toBeUndefined();
    if (kind === 'consolidated') {
      expect(validations[`${letterOf('Тип клиента')}${VALIDATED_LAST_ROW}`]?.formulae).toEqual([
        `"${Object.values(CLIENT_TYPES).join(',')}"`,
      ]);
    }
    if (kind === 'consolidated') {
      expect(text).toContain('сначала по внешнему идентификатору клиента, затем по телефону');
      expect(text).toMatch(/Собственники загружаемого помещения, которых нет в файле, удаляются/);
      expect(text).toContain('кроме привязок с отметкой «Не удалять клиента при интеграции»');
    }
  });
});

describe('the consolidated examples', () => {
  it('carry a client, a dependent resident and a company owner', async () => {
    const { path } = await download(admin, 'consolidated');
    const { rows } = await parseAll(path, 'consolidated', { skipExamples: false });
    expect(rows.map((r) => r.values)).toMatchObject([
      {
        clientFullName: 'Иванов Иван Иванович',
        clientPhone: '+79161234567',
        clientType: 'individual',
        clientInn: '770712345633',
        clientSnils: '11223344595',
        clientBirthDate: '1980-03-15',
        role: 'owner',
        share: '1/2',
        dduDate: '2019-02-01',
        keepOnSync: false,
      },
      {
        role: 'resident',
        owner: { externalId: '+7 916 123-45-67', phone: '+79161234567' },
        keepOnSync: true,
      },
      { premiseType: 'parking', clientType: 'legal', clientInn: '7707083893', share: '1' },
    ]);
  });
});

describe('access', () => {
  it('is open to staff with premises or clients, refused to staff with neither', async () => {
    for (const permissions of [['premises.view'], ['clients.view']] as const) {
      const staff = await makeStaff(t, admin, [...permissions]);
      expect((await staff.get('/api/imports/templates/consolidated.xlsx')).status).toBe(200);
    }
    const nobody = await makeStaff(t, admin, ['staff.manage', 'settings.manage']);
    const refused = await nobody.get('/api/imports/templates/premises.xlsx');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
  });
});
