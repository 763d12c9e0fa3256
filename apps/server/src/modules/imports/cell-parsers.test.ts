import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looseText, text } from './cell-parsers';

// Letters, the separators labels have, and whitespace of every kind JavaScript trims.
const piece = fc.constantFrom(
  'а',
  'Ё',
  'b',
  '1',
  '/',
  '-',
  ' ',
  '  ',
  '\u00a0',
  '\t',
  '\n',
  '\r\n',
  '\u2003',
  '\ufeff',
);
const messy = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

describe('cell text (issue 15: the tidy cell is not rewritten)', () => {
  it('a text cell reads as its text with whitespace runs collapsed and trimmed, for any text', () => {
    const read = text(1000);
    fc.assert(
      fc.property(messy, (value) => {
        expect(read(value)).toEqual({ ok: true, value: value.replace(/\s+/g, ' ').trim() || null });
      }),
      { numRuns: 5000 },
    );
  });

  it('a label is compared loosely, the same on every call', () => {
    fc.assert(
      fc.property(messy, (value) => {
        const loose = value
          .toLowerCase()
          .replaceAll('ё', 'е')
          .replace(/[\s\u00a0]+/g, ' ')
          .replace(/\s*\/\s*/g, '/')
          .trim();
        expect([looseText(value), looseText(value)]).toEqual([loose, loose]);
      }),
      { numRuns: 5000 },
    );
  });
});
