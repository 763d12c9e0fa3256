import { describe, expect, it } from 'vitest';
import { countSms } from './mailings';

describe('countSms', () => {
  it('counts Cyrillic as 70 characters in one part and 67 in each of several', () => {
    expect(countSms('я'.repeat(70))).toMatchObject({
      encoding: 'ucs2',
      characters: 70,
      segments: 1,
      left: 0,
    });
    expect(countSms('я'.repeat(71))).toMatchObject({ segments: 2, perSegment: 67, left: 63 });
    expect(countSms('я'.repeat(134))).toMatchObject({ segments: 2, left: 0 });
    expect(countSms('я'.repeat(135))).toMatchObject({ segments: 3 });
  });

  it('counts Latin text as GSM: 160, then 153 per part; an extension character takes two', () => {
    expect(countSms('a'.repeat(160))).toMatchObject({ encoding: 'gsm', segments: 1, left: 0 });
    expect(countSms('a'.repeat(161))).toMatchObject({ segments: 2, perSegment: 153 });
    expect(countSms('{}')).toMatchObject({ encoding: 'gsm', characters: 4 });
  });

  it('turns the whole text into UCS-2 for one Cyrillic letter or an emoji', () => {
    expect(countSms(`${'a'.repeat(100)}ж`)).toMatchObject({ encoding: 'ucs2', characters: 101, segments: 2 });
    expect(countSms('👍')).toMatchObject({ encoding: 'ucs2', characters: 2, segments: 1 });
  });

  it('counts an empty text as no parts', () => {
    expect(countSms('')).toMatchObject({ segments: 0, characters: 0 });
  });
});
