import { describe, expect, it } from 'vitest';
import { formatMoney, formatPeriod } from './money';

// Spaces in Russian number formats are no-break (or narrow no-break): compare without them.
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]/g, ' ');

describe('money', () => {
  it("shows the server's «1234.50» as roubles with kopecks, an overpayment with a minus", () => {
    expect(plain(formatMoney('1234.50'))).toBe('1 234,50 ₽');
    expect(plain(formatMoney('0.00'))).toBe('0,00 ₽');
    expect(plain(formatMoney('-10.00'))).toBe('-10,00 ₽');
  });

  it('names the billing month', () => {
    expect(formatPeriod('2026-11')).toBe('ноябрь 2026 г.');
    expect(formatPeriod('2026-01')).toBe('январь 2026 г.');
  });
});
