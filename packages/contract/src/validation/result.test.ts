import { describe, expect, it } from 'vitest';
import { FIELD_ERROR_MESSAGES, type FieldErrorCode } from './result';

const ALL_CODES: FieldErrorCode[] = [
  'INN_FORMAT',
  'INN_CHECKSUM',
  'KPP_FORMAT',
  'OGRN_FORMAT',
  'OGRN_CHECKSUM',
  'ELS_FORMAT',
  'SNILS_FORMAT',
  'SNILS_CHECKSUM',
  'PASSPORT_FORMAT',
  'PHONE_FORMAT',
  'EMAIL_FORMAT',
  'NAME_LETTERS',
  'POSTCODE_FORMAT',
  'SHARE_FORMAT',
  'SHARE_RANGE',
  'CADASTRAL_FORMAT',
];

describe('FIELD_ERROR_MESSAGES', () => {
  it('has a non-empty Russian message for every code and nothing else', () => {
    expect(Object.keys(FIELD_ERROR_MESSAGES).sort()).toEqual([...ALL_CODES].sort());
    for (const code of ALL_CODES) {
      expect(FIELD_ERROR_MESSAGES[code]).toMatch(/[А-Яа-яЁё]/);
    }
  });
});
