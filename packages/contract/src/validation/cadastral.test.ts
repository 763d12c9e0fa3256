import { describe, expect, it } from 'vitest';
import { normalizeCadastralNumber } from './cadastral';

describe('normalizeCadastralNumber', () => {
  it.each([
    ['77:01:0001001:1234', 'a 7-digit quarter'],
    ['50:21:100102:5', 'a 6-digit quarter, a one-digit number'],
    ['23:43:0000000:123456', 'a long object number'],
  ])('accepts %s (%s)', (input) => {
    expect(normalizeCadastralNumber(input)).toEqual({ ok: true, value: input });
  });

  it('drops spaces', () => {
    expect(normalizeCadastralNumber(' 77:01: 0001001:1234 ')).toEqual({
      ok: true,
      value: '77:01:0001001:1234',
    });
  });

  it.each([
    ['77:01:00010:1234', 'a 5-digit quarter'],
    ['77:01:00010011:1234', 'an 8-digit quarter'],
    ['7:01:0001001:1234', 'a one-digit district'],
    ['77:1:0001001:1234', 'a one-digit area'],
    ['77:01:0001001', 'no object number'],
    ['77:01:0001001:', 'an empty object number'],
    ['77-01-0001001-1234', 'hyphens'],
    ['77:01:0001001:12А', 'a letter'],
    ['', 'empty'],
  ])('rejects %j (%s)', (input) => {
    expect(normalizeCadastralNumber(input)).toEqual({ ok: false, code: 'CADASTRAL_FORMAT' });
  });
});
