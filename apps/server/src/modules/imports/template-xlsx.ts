import type { Writable } from 'node:stream';
import { CLIENT_TYPES, LINK_ROLES, PREMISE_TYPES } from '@domovoy/contract';
import ExcelJS from 'exceljs';
import { IMPORT_TEMPLATES, type TemplateKind, templateSheetColumns } from './columns';
import { TEMPLATE_EXAMPLES } from './template-examples';
import { instructionRows } from './template-instructions';

const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
/**
 * The drop-down lists cover 100,000 rows under the header (a file may have IMPORT_MAX_ROWS; one
 * that long is rare, and its rows past that are read all the same). Not the whole column: ExcelJS's
 * own reader expands a range cell by cell (a whole column of five lists takes it 40 s and 600 MB;
 * the tests edit the template with it), and LibreOffice keeps only about 1,000 rows of a range.
 */
export const VALIDATED_LAST_ROW = 100_001;

const dropDown = (labels: string[]): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  showErrorMessage: false, // a typed synonym («Житель») is still accepted by the import
  formulae: [`"${labels.join(',')}"`],
});

const DROP_DOWNS: Record<string, ExcelJS.DataValidation> = {
  premiseType: dropDown(Object.values(PREMISE_TYPES).map((t) => t.label)),
  role: dropDown(Object.values(LINK_ROLES).map((r) => r.label)),
  clientType: dropDown(Object.values(CLIENT_TYPES)),
  accountHidden: dropDown(['да', 'нет']),
  keepOnSync: dropDown(['да', 'нет']),
};

function writeDataSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, kind: TemplateKind) {
  const columns = templateSheetColumns(kind);
  const sheet = workbook.addWorksheet('Данные', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map(([key, c]) => ({
    key,
    header: c.header,
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  columns.forEach(([, c], i) => {
    if (c.required) header.getCell(i + 1).fill = REQUIRED_FILL;
  });
  header.commit();
  // Examples look like examples: grey italics (and the import skips them while unchanged).
  for (const example of TEMPLATE_EXAMPLES[kind] as Record<string, unknown>[]) {
    const row = sheet.addRow(columns.map(([key]) => example[key] ?? null));
    row.font = { italic: true, color: { argb: 'FF808080' } };
    row.commit();
  }
  columns.forEach(([key], i) => {
    const validation = DROP_DOWNS[key];
    const letter = sheet.getColumn(i + 1).letter;
    if (validation) {
      (
        sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
      ).dataValidations.add(`${letter}2:${letter}${VALIDATED_LAST_ROW}`, validation);
    }
  });
  sheet.commit();
}

function writeInstructions(workbook: ExcelJS.stream.xlsx.WorkbookWriter, kind: TemplateKind) {
  const sheet = workbook.addWorksheet('Инструкция');
  sheet.columns = [{ width: 36 }, { width: 14 }, { width: 100 }];
  const rows = instructionRows(kind);
  rows.forEach((cells, i) => {
    const row = sheet.addRow(cells);
    const isTitle = i === 0;
    const isTableHead = cells[0] === 'Колонка' && cells[2] === 'Как заполнять';
    if (isTitle || isTableHead) row.font = { bold: true, size: isTitle ? 14 : 11 };
    // Paragraphs are one long cell each; merged across the table's width so they read as text.
    if (cells.length === 1 && !isTitle) {
      sheet.mergeCells(row.number, 1, row.number, 3);
      row.alignment = { wrapText: true, vertical: 'top' };
      row.height = Math.ceil((cells[0]?.length ?? 0) / 120) * 15 + 3;
    } else if (cells.length === 3) {
      row.alignment = { wrapText: true, vertical: 'top' };
    }
    row.commit();
  });
  sheet.commit();
}

/** Streams the template of `kind` into `out`: «Данные» with examples, then «Инструкция». */
export async function writeTemplate(out: Writable, kind: TemplateKind): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Domovoy';
  writeDataSheet(workbook, kind);
  writeInstructions(workbook, kind);
  await workbook.commit();
}

export function templateFile(kind: TemplateKind) {
  const { fileName, asciiFileName } = IMPORT_TEMPLATES[kind];
  return { fileName, asciiFileName };
}
