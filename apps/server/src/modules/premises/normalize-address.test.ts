import { describe, expect, it } from 'vitest';
import {
  foldLatinLookalikes,
  isOrdinalToken,
  naturalSortKey,
  normalizeNumber,
  normalizeStreet,
  normalizeText,
} from './normalize-address';

/** Byte-wise comparison of the UTF-8 encodings, as PostgreSQL's COLLATE "C" does. */
const compareBytes = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));
const sortNaturally = (rows: string[][]): string[] =>
  rows
    .map((parts) => ({ parts, key: naturalSortKey(parts) }))
    .sort((a, b) => compareBytes(a.key, b.key))
    .map(({ parts }) => parts.join(' '));

describe('normalizeText', () => {
  it.each([
    ['Ул. Ленина, д.10, кв.15', 'ул ленина д 10 кв 15'],
    ['  ЛЕНИНА   10\t15 \n', 'ленина 10 15'],
    ['Ёлочная, Щёлково', 'елочная щелково'],
    ['Мира 12/2', 'мира 12/2'],
    ['Мира 103-105', 'мира 103-105'],
    ['Мира 103–105', 'мира 103-105'],
    ['д. 12/А', 'д 12/а'],
    ['ул. 2-я Линейная', 'ул 2-я линейная'],
    ['8-го Марта', '8-го марта'],
    ['Римского-Корсакова', 'римского корсакова'],
    ['м/м 34', 'м/м 34'],
    ['м/м34', 'м/м 34'],
    ['пр-кт Мира', 'пр-кт мира'],
    ['кв-л 5', 'кв-л 5'],
    ['б-р Яна Райниса', 'б-р яна райниса'],
    ['Мира - 5', 'мира 5'],
    ['Мира 5-', 'мира 5'],
    ['/5/', '5'],
    ['№ 15', '15'],
    ['СНТ «Ромашка», уч. 12', 'снт ромашка уч 12'],
    ['(1 ур.)', '1 ур'],
    ['Ле\u0301нина', 'ленина'],
    ['', ''],
    ['  ,. ', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('folds Latin look-alikes only in tokens with a digit', () => {
    expect(normalizeText('Lenina 10A')).toBe('lenina 10а');
    expect(normalizeText('Мира 5A, 7')).toBe(normalizeText('Мира 5А, 7'));
  });

  it('is idempotent', () => {
    for (const s of ['Ул. Ленина, д.10к2, кв.15', 'пр-кт Мира 12/2 м/м34', 'Ёлочная 5A']) {
      expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
    }
  });
});

describe('foldLatinLookalikes', () => {
  it('folds upper-case A B C E H K M O P T X and lower-case a c e o p x y', () => {
    expect(foldLatinLookalikes('ABCEHKMOPTX')).toBe('АВСЕНКМОРТХ');
    expect(foldLatinLookalikes('acepoxy')).toBe('асероху');
    expect(foldLatinLookalikes('acepoxy')).toMatch(/^[а-я]+$/);
  });

  it('leaves letters that are not look-alikes in their case', () => {
    expect(foldLatinLookalikes('bhkmtY')).toBe('bhkmtY');
    expect(foldLatinLookalikes('10Д')).toBe('10Д');
  });
});

describe('isOrdinalToken', () => {
  it.each(['1-я', '2-й', '8-го', '3-е', '1-ая', '2-ой', '5-ый', '3-ий'])('%s is an ordinal', (token) => {
    expect(isOrdinalToken(token)).toBe(true);
  });

  it.each(['10', '10а', '10-а', '103-105', '12/2', 'я'])('%s is not an ordinal', (token) => {
    expect(isOrdinalToken(token)).toBe(false);
  });
});

describe('normalizeStreet', () => {
  it.each([
    ['ул. Ленина', 'ленина'],
    ['Ленина улица', 'ленина'],
    ['Ленина ул.', 'ленина'],
    ['улица Ленина', 'ленина'],
    ['ЛЕНИНА', 'ленина'],
    ['проспект Мира', 'мира'],
    ['пр-кт Мира', 'мира'],
    ['пр-т Мира', 'мира'],
    ['просп. Мира', 'мира'],
    ['Мира пр.', 'мира'],
    ['Ленинский проспект', 'ленинский'],
    ['пер. Малый Козихинский', 'малый козихинский'],
    ['Малый Козихинский переулок', 'малый козихинский'],
    ['Энтузиастов ш.', 'энтузиастов'],
    ['шоссе Энтузиастов', 'энтузиастов'],
    ['б-р Яна Райниса', 'яна райниса'],
    ['бульвар Яна Райниса', 'яна райниса'],
    ['пр-д Серебрякова', 'серебрякова'],
    ['Серебрякова проезд', 'серебрякова'],
    ['пл. Ленина', 'ленина'],
    ['площадь Ленина', 'ленина'],
    ['наб. Фонтанки', 'фонтанки'],
    ['набережная реки Фонтанки', 'реки фонтанки'],
    ['туп. Лесной', 'лесной'],
    ['Лесной тупик', 'лесной'],
    ['ал. Героев', 'героев'],
    ['аллея Героев', 'героев'],
    ['мкр. Северный', 'северный'],
    ['мкрн Северный', 'северный'],
    ['микрорайон Северный', 'северный'],
    ['кв-л Солнечный', 'солнечный'],
    ['квартал Солнечный', 'солнечный'],
    ['Римского-Корсакова ул.', 'римского корсакова'],
    ['ул. Ёлочная', 'елочная'],
    ['ул. 8 Марта', '8 марта'],
    ['ул. 8-го Марта', '8-го марта'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeStreet(input)).toBe(expected);
  });

  it('keeps a type word that is the whole name', () => {
    expect(normalizeStreet('ул. Набережная')).toBe('набережная');
    expect(normalizeStreet('Набережная улица')).toBe('набережная');
    expect(normalizeStreet('Набережная')).toBe('набережная');
    expect(normalizeStreet('ул.')).toBe('');
  });

  it('moves ordinals to the end and shortens their suffix', () => {
    const expected = 'парковая 1-я';
    expect(normalizeStreet('1-я Парковая')).toBe(expected);
    expect(normalizeStreet('ул. 1-я Парковая')).toBe(expected);
    expect(normalizeStreet('Парковая 1-я ул.')).toBe(expected);
    expect(normalizeStreet('1-ая Парковая улица')).toBe(expected);
    expect(normalizeStreet('2-ой Казачий пер.')).toBe('казачий 2-й');
  });

  it('is idempotent', () => {
    for (const s of ['ул. Ленина', '1-я Парковая', 'ул. Набережная', 'пр-кт Мира']) {
      expect(normalizeStreet(normalizeStreet(s))).toBe(normalizeStreet(s));
    }
  });
});

describe('normalizeNumber', () => {
  it.each([
    ['10', '10'],
    ['10А', '10а'],
    ['10A', '10а'],
    ['10a', '10а'],
    ['10 А', '10а'],
    ['10 A', '10а'],
    ['4Б', '4б'],
    ['12/2', '12/2'],
    ['12/А', '12а'],
    ['10-а', '10а'],
    ['103-105', '103-105'],
    ['5 к2', '5к2'],
    ['5 корп. 2', '5к2'],
    ['5корпус2', '5к2'],
    ['5 стр. 2', '5с2'],
    ['5строение2', '5с2'],
    ['12 лит. А', '12лита'],
    ['1Н', '1н'],
    ['1 H', '1н'],
    [' 15 ', '15'],
    ['кв. 15', '15'],
    ['д. 10', '10'],
    ['пом. 1Н', '1н'],
    ['м/м 34', '34'],
    ['№ 34', '34'],
    ['С1', 'с1'],
    ['10B', '10в'],
    ['10b', '10b'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeNumber(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const s of ['10 A', '5 корп. 2', '12/А', 'кв. 15']) {
      expect(normalizeNumber(normalizeNumber(s))).toBe(normalizeNumber(s));
    }
  });
});

describe('naturalSortKey', () => {
  const key = naturalSortKey;
  const before = (a: string[], b: string[]): void => {
    expect(compareBytes(key(a), key(b))).toBeLessThan(0);
    expect(key(a) < key(b)).toBe(true);
  };

  it('compares numbers numerically', () => {
    before(['ленина', '10', '2'], ['ленина', '10', '10']);
    before(['ленина', '9', '1'], ['ленина', '10', '1']);
    before(['кв 2'], ['кв 10']);
  });

  it('puts a house letter after the plain house', () => {
    before(['ленина', '10', '99'], ['ленина', '10а', '1']);
    before(['ленина', '10а', '1'], ['ленина', '10б', '1']);
    before(['ленина', '10б', '1'], ['ленина', '11', '1']);
  });

  it('puts a shorter part before a longer one', () => {
    before(['ленина'], ['ленина 2']);
    before(['ленина', '99'], ['ленина 2', '1']);
    before(['ленина', '10'], ['ленина', '10', '1']);
    before(['ленина', '10', '', '5'], ['ленина', '10', '1', '5']);
  });

  it('pads digit runs to 10 digits and joins parts with \\u0001', () => {
    expect(key(['Ленина', '10к2', '015'])).toBe('ленина\u00010000000010к0000000002\u00010000000015');
    expect(key(['7'])).toBe(key(['007']));
  });

  it('normalises case and ё', () => {
    expect(key(['ЛЕНИНА', '10'])).toBe(key(['ленина', '10']));
    expect(key(['Ёлочная', '1'])).toBe(key(['елочная', '1']));
    before(['елочная', '1'], ['жуковского', '1']);
  });

  it('sorts Cyrillic addresses naturally', () => {
    const rows = [
      ['мира', '5', '10'],
      ['ленина', '10', '15'],
      ['ленина', '10а', '1'],
      ['ленина', '9', '100'],
      ['ленина', '10', '2'],
      ['ленина', '10', '1н'],
      ['ленина', '10', '1'],
      ['абрикосовая', '1', '1'],
      ['ленина', '10/2', '1'],
    ];
    expect(sortNaturally(rows)).toEqual([
      'абрикосовая 1 1',
      'ленина 9 100',
      'ленина 10 1',
      'ленина 10 1н',
      'ленина 10 2',
      'ленина 10 15',
      'ленина 10/2 1',
      'ленина 10а 1',
      'мира 5 10',
    ]);
  });

  it('does not depend on the locale', () => {
    const keys = [key(['б', '2']), key(['а', '10']), key(['я', '1']), key(['e', '1'])];
    expect([...keys].sort()).toEqual([...keys].sort(compareBytes));
  });
});
