import { describe, expect, it } from 'vitest';
import { formatPhone, nationalDigits } from './phone-mask';

describe('phone mask', () => {
  it('takes typed, pasted and masked numbers alike', () => {
    for (const typed of [
      '9990000001',
      '89990000001',
      '79990000001',
      '+7 999 000-00-01',
      '+7 (999) 000-00-01',
    ])
      expect(nationalDigits(typed)).toBe('9990000001');
  });

  it('formats as it is typed, and backspace over the bracket removes a digit', () => {
    expect(formatPhone('9')).toBe('+7 (9');
    expect(formatPhone('9990')).toBe('+7 (999) 0');
    expect(formatPhone('9990000001')).toBe('+7 (999) 000-00-01');
    expect(nationalDigits('+7 (999) ')).toBe('999');
    expect(nationalDigits('+7 (')).toBe('');
  });
});
