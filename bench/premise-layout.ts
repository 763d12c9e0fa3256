// What the generated premises look like: ~60 streets, ~15 houses a street with корпуса, flats
// from floor 2, commercial premises on floor 1, parking and storage below ground.
import type { PremiseInput } from '../apps/server/src/modules/premises/premise-values';

const STREET_NAMES: Record<string, string> = {
  'ул.':
    'Ленина,Гагарина,Пушкина,Советская,Садовая,Центральная,Молодёжная,Школьная,Лесная,Новая,Заречная,' +
    'Октябрьская,Комсомольская,Первомайская,Кирова,Чехова,Зелёная,Полевая,Луговая,Труда,Южная,Северная,' +
    'Строителей,Дзержинского,Горького,Калинина,Фрунзе,Свердлова,Маяковского,Лермонтова,Мичурина,' +
    'Энергетиков,Некрасова,Суворова,Кутузова,Маршала Жукова,8 Марта,Карла Маркса,Тургенева,Ломоносова,' +
    'Циолковского,Королёва,Заводская,Вокзальная,Рабочая,Солнечная,Спортивная,1-я Парковая,2-я Парковая',
  'пр-кт': 'Мира,Космонавтов,Победы,Ленинский',
  'б-р': 'Есенина,Рокоссовского',
  'пер.': 'Почтовый,Банный',
  'наб.': 'Речная',
  'ш.': 'Ярославское',
};

/** [stored street, the name a user types]. */
export const STREETS: readonly [string, string][] = Object.entries(STREET_NAMES).flatMap(([type, names]) =>
  names.split(',').map((name): [string, string] => [`${type} ${name}`, name]),
);

export type Building = { street: number; house: string; building: string | null; count: number };

/**
 * Houses 1…15 on every street (more when 15 a street would give over ~330 premises a корпус),
 * each with 1–3 корпуса; `total` premises spread unevenly over them.
 */
export function layout(total: number, random: () => number): Building[] {
  const houses = Math.max(15, Math.ceil(total / (STREETS.length * 2 * 330)));
  const buildings: Omit<Building, 'count'>[] = [];
  for (let h = 1; h <= houses; h++) {
    STREETS.forEach((_, street) => {
      const house = (street + h) % 11 === 0 ? `${h}А` : String(h);
      const korpuses = 1 + ((street * 7 + h * 3) % 3);
      for (let k = 1; k <= korpuses; k++) {
        buildings.push({ street, house, building: korpuses > 1 ? String(k) : null });
      }
    });
  }
  const weights = buildings.map(() => 0.6 + random() * 0.8);
  const sum = weights.reduce((a, b) => a + b, 0);
  let left = total;
  return buildings.map((b, i) => {
    const share = Math.round((total * (weights[i] ?? 1)) / sum);
    const count = i === buildings.length - 1 ? left : Math.min(left, share);
    left -= count;
    return { ...b, count };
  });
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The premises of one корпус (before premiseValues); about 2% have no area. */
export function* buildingPremises(
  b: Building,
  objectId: string,
  random: () => number,
): Generator<PremiseInput> {
  const base = { objectId, street: STREETS[b.street]?.[0] ?? '', house: b.house, building: b.building };
  const commercial = Math.round(b.count * 0.03);
  const parking = random() < 0.6 ? Math.round(b.count * 0.12) : 0;
  const storage = random() < 0.5 ? Math.round(b.count * 0.08) : 0;
  const flats = b.count - commercial - parking - storage;
  const perFloor = 4 + Math.floor(random() * 5);
  const floors = 5 + Math.floor(random() * 21);
  const area = (from: number, to: number) => (random() < 0.02 ? null : round2(from + random() * (to - from)));
  for (let i = 0; i < flats; i++) {
    const rooms = 1 + ((i * 7 + b.street) % 4);
    const totalArea = area(22 + rooms * 16, 34 + rooms * 16);
    yield {
      ...base,
      type: 'flat',
      number: String(i + 1),
      entrance: String(Math.floor(i / (floors * perFloor)) + 1),
      floor: 2 + Math.floor((i % (floors * perFloor)) / perFloor),
      rooms,
      totalArea,
      livingArea: totalArea === null ? null : round2(totalArea * 0.62),
    };
  }
  for (let i = 0; i < commercial; i++) {
    yield { ...base, type: 'commercial', number: `${i + 1}Н`, floor: 1, totalArea: area(45, 180) };
  }
  for (let i = 0; i < parking; i++) {
    yield { ...base, type: 'parking', number: String(i + 1), floor: -1, totalArea: area(13, 18) };
  }
  for (let i = 0; i < storage; i++) {
    yield { ...base, type: 'storage', number: String(i + 1), floor: -1, totalArea: area(3, 7) };
  }
}

/** Ten-digit account numbers, all different: a bijection of the index modulo 9·10⁹. */
export const accountNumber = (i: number): string =>
  String(1_000_000_000n + ((BigInt(i) * 982_451_653n + 12_345n) % 9_000_000_000n));

const ELS_LETTERS = 'АБВГДЕЖИКЛМНПРСТ';

/** ЕЛС (ГИС ЖКХ): region, two letters, six digits; all different for the first 256 million. */
export const els = (i: number, region: string): string =>
  `${region}${ELS_LETTERS[i % 16]}${ELS_LETTERS[Math.floor(i / 16) % 16]}` +
  String(Math.floor(i / 256) % 1e6).padStart(6, '0');
