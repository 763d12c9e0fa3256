import { inReadingWindow } from '@domovoy/contract';
import { describe, expect, it } from 'vitest';
import { jumpOf, lowerTariff, moscowToday, normaliseValue } from './reading-rules';

describe('reading rules', () => {
  it('normalises a comma and compares per tariff in thousandths', () => {
    expect(normaliseValue('12,5')).toBe('12.500');
    expect(lowerTariff({ takenOn: '2026-01-01', values: ['10.000', '5.000'] }, ['10.000', '4.999'])).toBe(1);
    expect(lowerTariff({ takenOn: '2026-01-01', values: ['10.000'] }, ['10.000'])).toBeUndefined();
  });

  it('a jump is measured against the usual monthly use, a month at least', () => {
    const history = [
      { takenOn: '2026-01-01', values: ['0'] },
      { takenOn: '2026-03-02', values: ['20'] },
    ];
    // ~10 a month; factor 5: 50 a month is the limit.
    expect(jumpOf(history, { takenOn: '2026-04-01', values: ['69'] }, 5)).toBeUndefined();
    expect(jumpOf(history, { takenOn: '2026-04-01', values: ['80'] }, 5)?.tariff).toBe(0);
    // Three months later three times as much is usual.
    expect(jumpOf(history, { takenOn: '2026-06-01', values: ['160'] }, 5)).toBeUndefined();
    // A few days after the last reading still allow a month's worth.
    expect(jumpOf(history, { takenOn: '2026-03-05', values: ['60'] }, 5)).toBeUndefined();
  });

  it('no check with one reading, a short history or no use', () => {
    expect(
      jumpOf([{ takenOn: '2026-01-01', values: ['0'] }], { takenOn: '2026-02-01', values: ['999'] }, 5),
    ).toBe(undefined);
    const short = [
      { takenOn: '2026-01-01', values: ['0'] },
      { takenOn: '2026-01-20', values: ['1'] },
    ];
    expect(jumpOf(short, { takenOn: '2026-02-01', values: ['999'] }, 5)).toBeUndefined();
    const idle = [
      { takenOn: '2026-01-01', values: ['5'] },
      { takenOn: '2026-03-01', values: ['5'] },
    ];
    expect(jumpOf(idle, { takenOn: '2026-04-01', values: ['999'] }, 5)).toBeUndefined();
  });

  it('the window wraps past the month end; days are Moscow days', () => {
    expect(inReadingWindow(15, 15, 25)).toBe(true);
    expect(inReadingWindow(26, 15, 25)).toBe(false);
    expect(inReadingWindow(3, 25, 5)).toBe(true);
    expect(inReadingWindow(10, 25, 5)).toBe(false);
    expect(moscowToday(new Date('2026-12-14T21:00:00Z'))).toBe('2026-12-15');
  });
});
