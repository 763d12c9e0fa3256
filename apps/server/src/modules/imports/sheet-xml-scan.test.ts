import { describe, expect, it } from 'vitest';
import { type SheetXmlFacts, scanSheetXml } from './sheet-xml-scan';

async function scan(chunks: string[]) {
  const facts: SheetXmlFacts = { lastRow: null, merges: [] };
  async function* source() {
    yield* chunks;
  }
  let text = '';
  for await (const piece of scanSheetXml(source(), facts)) text += piece;
  return { text, facts };
}

const SHEET =
  '<worksheet><dimension ref="A1:C40"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
  `<mergeCells count="3"><mergeCell ref="A1:B1"/><mergeCell ref="C2:C3"/>${' '.repeat(300)}<mergeCell ref="A5:C5"/></mergeCells></worksheet>`;

describe('scanSheetXml', () => {
  it('finds the last row and every merge wherever the chunks split the XML, passing the text through', async () => {
    for (let at = 1; at < SHEET.length; at++) {
      const { text, facts } = await scan([SHEET.slice(0, at), SHEET.slice(at)]);
      expect(text).toBe(SHEET);
      expect(facts, `split at ${at}`).toEqual({ lastRow: 40, merges: ['A1:B1', 'C2:C3', 'A5:C5'] });
    }
  });

  it('finds a merge split over three small chunks', async () => {
    const at = SHEET.indexOf('<mergeCell ref="A5');
    const chunks = [SHEET.slice(0, at + 3), SHEET.slice(at + 3, at + 9), SHEET.slice(at + 9)];
    expect((await scan(chunks)).facts.merges).toEqual(['A1:B1', 'C2:C3', 'A5:C5']);
  });
});
