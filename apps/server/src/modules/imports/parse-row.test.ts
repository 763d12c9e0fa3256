import { describe, expect, it } from 'vitest';
import { templateColumns } from './columns';
import { matchHeaders } from './match-headers';
import { parseRow } from './parse-row';
import { rowChecker } from './row-rules';

const headers = [
  'Тип помещения',
  'Улица',
  'Дом',
  'Номер помещения',
  'Этаж',
  'ФИО / Наименование',
  'Телефон',
  'Роль',
];
const { columns } = matchHeaders('consolidated', headers, false);
const headerOf = new Map(templateColumns('consolidated').map(([key, c]) => [key, c.header]));
const read = (cells: unknown[], row: number, check = rowChecker()) =>
  parseRow<'consolidated'>([undefined, ...cells], row, columns, headerOf, check);

describe('parseRow', () => {
  it('gives every column of the file a value, in the file’s order, each row its own', () => {
    const check = rowChecker();
    const first = read(
      ['Квартира', 'ул. Ленина', '1', '5', 3, 'Иванов Иван', '+7 916 123-45-67', 'Собственник'],
      2,
      check,
    );
    const second = read(['Квартира', 'ул. Ленина', '1', '6', 'третий', null, null, null], 3, check);
    expect(Object.keys(first?.values ?? {})).toEqual(columns.map((c) => c.key));
    expect(first?.values).toMatchObject({
      number: '5',
      floor: 3,
      clientPhone: '+79161234567',
      role: 'owner',
    });
    expect(first?.errors).toEqual([]);
    // Nothing of the first row is left in the second's values.
    expect(second?.values).toEqual({
      premiseType: 'flat',
      street: 'ул. Ленина',
      house: '1',
      number: '6',
      floor: null,
      clientFullName: null,
      clientPhone: null,
      role: null,
    });
    expect(second?.errors.map((e) => e.code)).toEqual(['INTEGER_FORMAT']);
  });
});

describe('the premise check of consecutive rows', () => {
  const keys = [
    'premiseType',
    'street',
    'house',
    'number',
    'totalArea',
    'livingArea',
    'registeredResidents',
    'clientFullName',
    'role',
  ];
  const header = new Map(templateColumns('consolidated').map(([key, c]) => [key, c.header]));
  const { columns: premiseColumns } = matchHeaders(
    'consolidated',
    keys.map((key) => header.get(key) ?? key),
    false,
  );
  const parse = (cells: unknown[], row: number, check: ReturnType<typeof rowChecker>) =>
    parseRow<'consolidated'>([undefined, ...cells], row, premiseColumns, headerOf, check);

  it('is reused for the same premise and done again when any of its values differs', () => {
    const check = rowChecker();
    const flat = ['Квартира', 'Ленина', '1', '5', 50, 30];
    const client = ['Иванов Иван', 'Собственник'];
    const first = parse([...flat, 2, ...client], 2, check);
    const again = parse([...flat, 2, ...client], 3, check);
    const tooLarge = parse(['Квартира', 'Ленина', '1', '5', 50, 60, 2, ...client], 4, check);
    const residents = parse([...flat, 3, ...client], 5, check);
    const empty = parse([...flat, null, ...client], 6, check);
    expect(first?.premise).not.toBeNull();
    expect(again?.premise).toBe(first?.premise);
    expect(tooLarge?.errors.map((e) => e.code)).toEqual(['LIVING_AREA_TOO_LARGE']);
    expect(residents?.premise?.registeredResidents).toBe(3);
    expect(empty?.premise?.registeredResidents).toBeNull();
  });
});
