import { describe, expect, it } from 'vitest';
import { normalizeOgrn, ogrnKind } from './ogrn';

describe('normalizeOgrn', () => {
  it.each([
    ['1027700132195', 'ОГРН, ПАО Сбербанк: remainder 5'],
    ['1037739010891', 'ОГРН, kontragent.info: remainder 1'],
    ['1276859557260', 'ОГРН, remainder 10 → last digit 0'],
    ['5858786826630', 'ОГРН starting with 5, remainder 10 → 0'],
    ['5499195749003', 'ОГРН starting with 5, remainder 3'],
    ['304500116000157', 'ОГРНИП, ybelenko/ogrn docs: remainder 7'],
    ['307760324100018', 'ОГРНИП, rin-nas test data: remainder 8'],
    ['310005422280691', 'ОГРНИП, remainder 11 → last digit 1'],
    ['322531882269082', 'ОГРНИП, remainder 12 → last digit 2'],
  ])('accepts %s (%s)', (ogrn) => {
    expect(normalizeOgrn(ogrn)).toEqual({ ok: true, value: ogrn });
  });

  it('strips spaces and hyphens', () => {
    expect(normalizeOgrn(' 1 02 77 0013219-5 ')).toEqual({ ok: true, value: '1027700132195' });
  });

  it.each([
    ['1027700132196', 'wrong check digit'],
    ['307760324100019', 'wrong check digit'],
    ['1276859557261', 'remainder 10 must give 0, not the first digit 1'],
    ['310005422280690', 'remainder 11 must give 1, not 0'],
    ['310005422280611', 'remainder 11 is not written as 11'],
    ['322531882269080', 'remainder 12 must give 2'],
  ])('rejects checksum of %s (%s)', (ogrn) => {
    expect(normalizeOgrn(ogrn)).toEqual({ ok: false, code: 'OGRN_CHECKSUM' });
  });

  it.each([
    ['10277395526422', '14 digits'],
    ['102781240086a', 'letter'],
    ['2027700132195', 'first digit 2 is a ГРН, not an ОГРН'],
    ['0000000000000', 'first digit 0'],
    ['3027700132195', '13 digits starting with 3'],
    ['104500116000157', '15 digits starting with 1'],
    ['', 'empty'],
  ])('rejects format of %j (%s)', (ogrn) => {
    expect(normalizeOgrn(ogrn)).toEqual({ ok: false, code: 'OGRN_FORMAT' });
  });
});

describe('ogrnKind', () => {
  it('is legal for ОГРН and individual for ОГРНИП', () => {
    expect(ogrnKind('1027700132195')).toBe('legal');
    expect(ogrnKind('304500116000157')).toBe('individual');
  });
});
