import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tidySpaces } from './tidy-spaces';

// Letters and whitespace of every kind JavaScript trims.
const piece = fc.constantFrom(
  'а',
  'Б',
  '1',
  '-',
  ' ',
  '  ',
  '\u00a0',
  '\t',
  '\n',
  '\r\n',
  '\u2003',
  '\ufeff',
  '\u3000',
);
const messy = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

describe('tidySpaces', () => {
  it('is trim and one space a run, for any text', () => {
    fc.assert(
      fc.property(messy, (value) => {
        expect(tidySpaces(value)).toBe(value.trim().replace(/\s+/g, ' '));
      }),
      { numRuns: 10_000 },
    );
  });
});
