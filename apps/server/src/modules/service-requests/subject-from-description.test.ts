import { describe, expect, it } from 'vitest';
import { subjectFromDescription } from './subject-from-description';

describe('subjectFromDescription', () => {
  it('takes the first line, spaces collapsed', () => {
    expect(subjectFromDescription('  Течёт   кран на кухне\r\nВода на полу')).toBe('Течёт кран на кухне');
    expect(subjectFromDescription('   ')).toBe('');
  });

  it('cuts a long line on a word boundary with «…», within the limit', () => {
    expect(subjectFromDescription('Течёт кран на кухне', 12)).toBe('Течёт кран…');
    expect(subjectFromDescription('Течёт кран, на кухне', 12)).toBe('Течёт кран…');
    // The limit falls right after a whole word.
    expect(subjectFromDescription('Течёт кран на кухне', 11)).toBe('Течёт кран…');
    const long = 'слово '.repeat(100).trim();
    const subject = subjectFromDescription(long);
    expect(subject.length).toBeLessThanOrEqual(300);
    expect(subject).toMatch(/^(слово )+слово…$/);
  });

  it('cuts a single word too long for the limit where the limit falls', () => {
    expect(subjectFromDescription('Водоснабжение', 6)).toBe('Водос…');
    expect(subjectFromDescription('ab😀cd', 4)).toBe('ab…');
  });
});
