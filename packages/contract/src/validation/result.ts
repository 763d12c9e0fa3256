// Shared result shape for identifier validators: callers get either the
// normalised value to store, or a stable error code the UI can translate.

export type FieldErrorCode =
  | 'INN_FORMAT'
  | 'INN_CHECKSUM'
  | 'KPP_FORMAT'
  | 'OGRN_FORMAT'
  | 'OGRN_CHECKSUM'
  | 'ELS_FORMAT'
  | 'SNILS_FORMAT'
  | 'SNILS_CHECKSUM'
  | 'PASSPORT_FORMAT'
  | 'CADASTRAL_FORMAT'
  | 'PHONE_FORMAT'
  | 'EMAIL_FORMAT'
  | 'NAME_LETTERS'
  | 'POSTCODE_FORMAT'
  | 'SHARE_FORMAT'
  | 'SHARE_RANGE';

export type Check<T = string> = { ok: true; value: T } | { ok: false; code: FieldErrorCode };

// Messages are shown to Russian-speaking staff next to the field, so they say
// what a correct value looks like rather than just "invalid".
export const FIELD_ERROR_MESSAGES: Record<FieldErrorCode, string> = {
  INN_FORMAT: 'ИНН должен состоять из 10 цифр (организация) или 12 цифр (физическое лицо, ИП)',
  INN_CHECKSUM: 'Неверное контрольное число ИНН: проверьте цифры',
  KPP_FORMAT: 'КПП должен состоять из 9 символов: 4 цифры, 2 цифры или заглавные латинские буквы, 3 цифры',
  OGRN_FORMAT: 'ОГРН должен состоять из 13 цифр (ОГРНИП — из 15 цифр)',
  OGRN_CHECKSUM: 'Неверное контрольное число ОГРН',
  ELS_FORMAT:
    'ЕЛС должен быть в формате ГИС ЖКХ: 2 цифры, 2 заглавные русские буквы, 6 цифр (например, 75ДА533315)',
  SNILS_FORMAT: 'СНИЛС должен состоять из 11 цифр в формате XXX-XXX-XXX YY (например, 112-233-445 95)',
  SNILS_CHECKSUM: 'Неверное контрольное число СНИЛС: проверьте цифры',
  PASSPORT_FORMAT: 'Укажите серию (4 цифры) и номер (6 цифр) паспорта, например 45 06 123456',
  CADASTRAL_FORMAT:
    'Кадастровый номер — четыре части через двоеточие: 2 цифры, 2 цифры, 6 или 7 цифр, номер (например, 77:01:0001001:1234)',
  PHONE_FORMAT: 'Телефон — 10 цифр после +7 или 8',
  EMAIL_FORMAT: 'Введите адрес электронной почты, например ivanov@mail.ru',
  NAME_LETTERS: 'Только буквы, пробел, дефис и апостроф',
  POSTCODE_FORMAT: 'Индекс — 6 цифр',
  SHARE_FORMAT: 'Долю укажите дробью (1/2), десятичным числом (0,5) или в процентах (50%)',
  SHARE_RANGE: 'Доля должна быть больше 0 и не больше 1',
};
