import { describe, expect, it } from 'vitest';
import { type AddressQuery, parseAddressQuery } from './parse-address-query';

type Parts = Omit<AddressQuery, 'rest' | 'raw' | 'types'>;

/** The parsed parts only (types are checked on their own); absent parts must be absent keys. */
const parts = (input: string): Parts => {
  const { rest: _rest, raw: _raw, types: _types, ...result } = parseAddressQuery(input);
  for (const value of Object.values(result)) expect(value).not.toBeUndefined();
  return result;
};

const cases = (rows: Array<[string, Parts]>) => rows;

describe('parseAddressQuery', () => {
  describe('street – house – premise without markers', () => {
    it.each(
      cases([
        ['Ленина 10 15', { street: 'ленина', house: '10', number: '15' }],
        ['  ЛЕНИНА   10   15 ', { street: 'ленина', house: '10', number: '15' }],
        ['Ленина, 10, 15', { street: 'ленина', house: '10', number: '15' }],
        ['ул.Щорса,103,212', { street: 'щорса', house: '103', number: '212' }],
        ['10 15', { house: '10', number: '15' }],
        ['Ленина 10', { street: 'ленина', house: '10' }],
        ['Ленина', { street: 'ленина' }],
        ['ул. Ленина', { street: 'ленина' }],
        ['Ленинский проспект 10', { street: 'ленинский', house: '10' }],
        ['проспект Мира 12/2 34', { street: 'мира', house: '12/2', number: '34' }],
        ['Мира 5А 7', { street: 'мира', house: '5а', number: '7' }],
        ['Мира 5A 7', { street: 'мира', house: '5а', number: '7' }],
        ['Мира 5 А 7', { street: 'мира', house: '5а', number: '7' }],
        ['Мира 5 7 б', { street: 'мира', house: '5', number: '7б' }],
        ['Мира 5 1Н', { street: 'мира', house: '5', number: '1н' }],
        ['Ленина 10 2 15', { street: 'ленина', house: '10', building: '2', number: '15' }],
        ['Ленина 10 2 15 3', { street: 'ленина', house: '10', building: '2', number: '15', room: '3' }],
        ['Ленина 10-15', { street: 'ленина', house: '10-15' }],
        ['Ёлочная 3 4', { street: 'елочная', house: '3', number: '4' }],
      ]),
    )('%j', (input, expected) => {
      expect(parts(input)).toEqual(expected);
    });
  });

  describe('only a premise number', () => {
    it.each(
      cases([
        ['15', { number: '15' }],
        ['1н', { number: '1н' }],
        ['15 а', { number: '15а' }],
        ['кв 15', { number: '15' }],
        ['кв. 15', { number: '15' }],
        ['кв15', { number: '15' }],
        ['Кв.15', { number: '15' }],
        ['квартира 15', { number: '15' }],
        ['кв 2', { number: '2' }],
        ['пом. 1Н', { number: '1н' }],
        ['м/м 34', { number: '34' }],
        ['15 кв', { number: '15' }],
      ]),
    )('%j', (input, expected) => {
      expect(parts(input)).toEqual(expected);
    });
  });

  describe('explicit markers', () => {
    it.each(
      cases([
        ['ул. Ленина, д. 10, кв. 15', { street: 'ленина', house: '10', number: '15' }],
        ['Ленина д 10 кв 15', { street: 'ленина', house: '10', number: '15' }],
        ['Ленина д10 кв15', { street: 'ленина', house: '10', number: '15' }],
        ['Ленина дом 10 квартира 15', { street: 'ленина', house: '10', number: '15' }],
        ['д 10', { house: '10' }],
        ['д. 10', { house: '10' }],
        ['д 10 15', { house: '10', number: '15' }],
        ['Ленина 10 кв 15', { street: 'ленина', house: '10', number: '15' }],
        ['10 кв 15', { house: '10', number: '15' }],
        ['Ленина кв 15', { street: 'ленина', number: '15' }],
        ['Ленина 10к2 кв 15', { street: 'ленина', house: '10', building: '2', number: '15' }],
        ['Ленина 10 к 2 кв 15', { street: 'ленина', house: '10', building: '2', number: '15' }],
        ['Ленина 10 к2 кв 15', { street: 'ленина', house: '10', building: '2', number: '15' }],
        ['Ленина д. 10, корп. 2, кв. 15', { street: 'ленина', house: '10', building: '2', number: '15' }],
        ['Ленина 10 корпус 2 15', { street: 'ленина', house: '10', building: '2', number: '15' }],
        ['Ленина 10к2кв15', { street: 'ленина', house: '10', building: '2', number: '15' }],
        ['10кв15', { house: '10', number: '15' }],
        ['10 к2', { house: '10', building: '2' }],
        ['Ленина 10 кв 15 ком 3', { street: 'ленина', house: '10', number: '15', room: '3' }],
        ['Ленина 10 кв 15 комн. 3', { street: 'ленина', house: '10', number: '15', room: '3' }],
        ['кв 15 3', { number: '15', room: '3' }],
        ['Ленина 10 15 кв 20', { street: 'ленина', house: '10', building: '15', number: '20' }],
        ['кв 15 кв 20', { number: '15' }],
      ]),
    )('%j', (input, expected) => {
      expect(parts(input)).toEqual(expected);
    });
  });

  describe('premise kinds', () => {
    it.each(
      cases([
        ['Садовая м/м 34', { street: 'садовая', number: '34' }],
        ['Садовая 3 мм 34', { street: 'садовая', house: '3', number: '34' }],
        ['Садовая 3 м/м34', { street: 'садовая', house: '3', number: '34' }],
        ['Садовая 3 машиноместо 34', { street: 'садовая', house: '3', number: '34' }],
        ['Садовая 3 а/м 34', { street: 'садовая', house: '3', number: '34' }],
        ['Садовая 3 оф. 305', { street: 'садовая', house: '3', number: '305' }],
        ['Садовая 3 офис 305', { street: 'садовая', house: '3', number: '305' }],
        ['Садовая 3 пом 1Н', { street: 'садовая', house: '3', number: '1н' }],
        ['Садовая 3 помещение 12', { street: 'садовая', house: '3', number: '12' }],
        ['Садовая 3 кл 59', { street: 'садовая', house: '3', number: '59' }],
        ['Садовая 3 кладовая 59', { street: 'садовая', house: '3', number: '59' }],
        ['Садовая 3 апарт. 12', { street: 'садовая', house: '3', number: '12' }],
        ['Садовая 3 ап 12', { street: 'садовая', house: '3', number: '12' }],
        ['Садовая 3 нп 2', { street: 'садовая', house: '3', number: '2' }],
        ['СНТ Ромашка уч. 12', { street: 'снт ромашка', number: '12' }],
        ['СНТ Ромашка участок 12', { street: 'снт ромашка', number: '12' }],
      ]),
    )('%j', (input, expected) => {
      expect(parts(input)).toEqual(expected);
    });
  });

  describe('строение and литера are appended to the house', () => {
    it.each(
      cases([
        ['пр-кт Мира д 5 стр 2 пом 1н', { street: 'мира', house: '5с2', number: '1н' }],
        ['Мира 5 стр. 2', { street: 'мира', house: '5с2' }],
        ['Мира 14стр4 15', { street: 'мира', house: '14с4', number: '15' }],
        ['Мира 5 с 2 пом 1', { street: 'мира', house: '5с2', number: '1' }],
        ['Мира 5 строение 2 к 1 12', { street: 'мира', house: '5с2', building: '1', number: '12' }],
        ['Невский 12 лит А 5', { street: 'невский', house: '12лита', number: '5' }],
        ['Невский д. 12, литера А, пом. 5Н', { street: 'невский', house: '12лита', number: '5н' }],
        ['Мира стр 2', { street: 'мира' }],
      ]),
    )('%j', (input, expected) => {
      expect(parts(input)).toEqual(expected);
    });
  });

  describe('streets with numbers and type words', () => {
    it.each(
      cases([
        ['ул. 2-я Линейная 19 кл 59', { street: 'линейная 2-я', house: '19', number: '59' }],
        ['ул.2-я Линейная, д.19, кл.59 (19Дк1 кв.67)', { street: 'линейная 2-я', house: '19', number: '59' }],
        ['1-я Парковая 3 15', { street: 'парковая 1-я', house: '3', number: '15' }],
        ['Парковая 1-я 3 15', { street: 'парковая 1-я', house: '3', number: '15' }],
        ['8-го Марта 5', { street: '8-го марта', house: '5' }],
        ['ул 8 Марта 5 12', { street: '8 марта', house: '5', number: '12' }],
        ['8 Марта 5 12', { street: '8 марта', house: '5', number: '12' }],
        ['50 лет Октября 10 кв 3', { street: '50 лет октября', house: '10', number: '3' }],
        ['мкр 5 10 15', { street: '5', house: '10', number: '15' }],
        ['ул Набережная 3', { street: 'набережная', house: '3' }],
        ['кв-л Солнечный 4 12', { street: 'солнечный', house: '4', number: '12' }],
        ['Римского-Корсакова 3 7', { street: 'римского корсакова', house: '3', number: '7' }],
        ['д Ивановка 5', { street: 'д ивановка', house: '5' }],
        // A list of places is not recognised: the second number becomes the room.
        [
          'пер.Малый Козихинский, д.7, м/м 3,4 (1 ур.)',
          { street: 'малый козихинский', house: '7', number: '3', room: '4' },
        ],
      ]),
    )('%j', (input, expected) => {
      expect(parts(input)).toEqual(expected);
    });
  });

  describe('unknown words after the house', () => {
    it.each(
      cases([
        ['Ленина 10 этаж 3', { street: 'ленина', house: '10' }],
        ['Ленина 10 подъезд 2 кв 15', { street: 'ленина', house: '10', number: '15' }],
        ['Ленина 10 15 Иванов', { street: 'ленина', house: '10', number: '15' }],
        ['Ленина 10 кв', { street: 'ленина', house: '10' }],
      ]),
    )('%j', (input, expected) => {
      expect(parts(input)).toEqual(expected);
    });
  });

  it('keeps the trimmed input in raw and the normalised query in rest', () => {
    expect(parseAddressQuery('  Ул. Ленина, д. 10, КВ. 15 ')).toEqual({
      street: 'ленина',
      house: '10',
      number: '15',
      types: ['flat', 'room'],
      rest: 'ул ленина д 10 кв 15',
      raw: 'Ул. Ленина, д. 10, КВ. 15',
    });
  });

  it('keeps parenthesised text and unparsed words in rest', () => {
    const query = parseAddressQuery('Ленина 10 этаж 3 (старый адрес)');
    expect(query.rest).toBe('ленина 10 этаж 3 старый адрес');
  });

  it('returns only rest and raw for an empty or punctuation-only query', () => {
    expect(parseAddressQuery('')).toEqual({ rest: '', raw: '' });
    expect(parseAddressQuery(' ., ')).toEqual({ rest: '', raw: '.,' });
  });

  it('treats a client name like a street (the caller also searches rest)', () => {
    expect(parseAddressQuery('Иванов Иван')).toEqual({
      street: 'иванов иван',
      rest: 'иванов иван',
      raw: 'Иванов Иван',
    });
  });

  it('reads a personal account number as a premise number (the caller also searches rest)', () => {
    expect(parseAddressQuery('1234567890')).toEqual({
      number: '1234567890',
      rest: '1234567890',
      raw: '1234567890',
    });
  });

  describe('a premise marker that names a type narrows the search to it (issue 17)', () => {
    it.each([
      ['кв 15', ['flat', 'room']],
      ['Северная 1 к3 кв 32', ['flat', 'room']],
      ['квартира 15', ['flat', 'room']],
      ['Садовая 3 м/м 34', ['parking']],
      ['Садовая 3 мм 34', ['parking']],
      ['Садовая 3 а/м 34', ['parking']],
      ['Садовая 3 кл 59', ['storage']],
      ['Садовая 3 оф. 305', ['commercial']],
      ['Садовая 3 нп 2', ['commercial']],
      ['Садовая 3 апарт. 12', ['apartment']],
      ['СНТ Ромашка уч. 12', ['plot']],
      ['кв 15 кв 20', ['flat', 'room']],
    ])('%j', (input, types) => {
      expect(parseAddressQuery(input).types).toEqual(types);
    });

    it.each(['15', 'Ленина 10 15', 'Садовая 3 пом 1Н', '15 кв', 'Ленина 10 этаж 3', 'д 10'])(
      '%j names no type',
      (input) => {
        expect(parseAddressQuery(input)).not.toHaveProperty('types');
      },
    );
  });
});
