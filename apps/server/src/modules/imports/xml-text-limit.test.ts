import { describe, expect, it } from 'vitest';
import { limitXmlText, type TextCut, type XmlTextLimits } from './xml-text-limit';

async function limited(chunks: string[], limits: Omit<XmlTextLimits, 'onCut'>) {
  const cuts: TextCut[] = [];
  async function* source() {
    yield* chunks;
  }
  let text = '';
  for await (const piece of limitXmlText(source(), { ...limits, onCut: (cut) => cuts.push(cut) }))
    text += piece;
  return { text, cuts };
}

const SHEET =
  '<x:sheetData>\n<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>long text here</x:t></x:is></x:c>' +
  '<c r="B2"><v>1</v></c></x:row>\n<row r="3" spans="1:2"><c r="A3" s="1" t="inlineStr"><is><t>also too long</t></is></c>' +
  '<c r="B3"/></row><row r="4"><c r="A4"><v>1234</v></c><c r="B4"><v>56789</v></c></row></x:sheetData>';
const LIMITS = { maxText: 5, maxTag: 100, watch: ['c', 'row'], unit: { name: 'row', maxText: 8 } };

describe('limitXmlText', () => {
  it('reports each cut with the start tags of its cell and row, namespace prefix or not', async () => {
    const { cuts } = await limited([SHEET], LIMITS);
    expect(cuts.map((c) => [c.line, c.open.row, c.open.c, c.unit])).toEqual([
      [2, '<x:row r="2">', '<x:c r="A2" t="inlineStr">', false],
      [3, '<row r="3" spans="1:2">', '<c r="A3" s="1" t="inlineStr">', false],
      [3, '<row r="4">', '<c r="B4">', true],
    ]);
  });

  it('gives the same text and cuts wherever the chunks split the XML', async () => {
    const whole = await limited([SHEET], LIMITS);
    for (let at = 1; at < SHEET.length; at++) {
      const split = await limited([SHEET.slice(0, at), SHEET.slice(at)], LIMITS);
      expect(split, `split at ${at}`).toEqual(whole);
    }
  });

  it('stops at a tag longer than its limit, in one chunk or split', async () => {
    const xml = `<a><b ${'x="1" '.repeat(20)}/></a>`;
    await expect(limited([xml], LIMITS)).rejects.toThrow('XML markup longer than the limit at line 1');
    await expect(limited([xml.slice(0, 10), xml.slice(10)], LIMITS)).rejects.toThrow('line 1');
  });
});
