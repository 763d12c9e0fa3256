import type { PremiseType } from '@domovoy/contract';
import type { PremiseInput } from '../modules/premises/premise-values';

/** A deterministic pseudo-random sequence, so every demo database looks the same. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type DemoObjectKey = 'north' | 'river' | 'sunny' | 'pines';
export type DemoPremise = Omit<PremiseInput, 'objectId'> & { object: DemoObjectKey };

type Building = { object: DemoObjectKey; street: string; house: string; building?: string };

function apartmentBlock(
  b: Building,
  entrances: number,
  floors: number,
  perFloor: number,
  random: () => number,
) {
  const out: DemoPremise[] = [];
  let number = 1;
  for (let entrance = 1; entrance <= entrances; entrance++) {
    for (let floor = 2; floor <= floors + 1; floor++) {
      for (let i = 0; i < perFloor; i++, number++) {
        const rooms = 1 + ((number + floor) % 4);
        const totalArea = Math.round((22 + rooms * 16 + random() * 12) * 10) / 10;
        out.push({
          ...b,
          type: 'flat',
          number: String(number),
          entrance: String(entrance),
          floor,
          rooms,
          totalArea,
          livingArea: Math.round(totalArea * 0.62 * 10) / 10,
        });
      }
    }
  }
  return out;
}

function numbered(
  b: Building,
  type: PremiseType,
  count: number,
  area: [number, number],
  random: () => number,
) {
  return Array.from(
    { length: count },
    (_, i): DemoPremise => ({
      ...b,
      type,
      number: type === 'commercial' ? `${i + 1}Н` : String(i + 1),
      floor: type === 'parking' || type === 'storage' ? -1 : 1,
      totalArea: Math.round((area[0] + random() * (area[1] - area[0])) * 10) / 10,
    }),
  );
}

/** About 1,250 premises of every type in four objects (issue 2, item 10). */
export function demoPremises(): DemoPremise[] {
  const random = seededRandom(2026);
  const north1 = { object: 'north', street: 'ул. Северная', house: '1', building: '1' } as const;
  const north2 = { object: 'north', street: 'ул. Северная', house: '1', building: '2' } as const;
  const north3 = { object: 'north', street: 'ул. Северная', house: '3' } as const;
  const river = { object: 'river', street: 'наб. Речная', house: '5' } as const;
  const sunny = { object: 'sunny', street: 'ул. Солнечная', house: '7' } as const;
  const rooms: DemoPremise[] = ['1', '2', '3'].flatMap((room) =>
    ['151', '152', '153'].map((flat) => ({
      ...river,
      type: 'room' as const,
      number: flat,
      room,
      floor: 11,
      totalArea: 14 + Number(room),
    })),
  );
  const houses = Array.from(
    { length: 40 },
    (_, i): DemoPremise => ({
      object: 'pines',
      type: 'house',
      street: 'ул. Сосновая',
      house: String(i + 1),
      totalArea: Math.round(120 + random() * 180),
    }),
  );
  const townhouses = Array.from(
    { length: 20 },
    (_, i): DemoPremise => ({
      object: 'pines',
      type: 'townhouse',
      street: 'ул. Кедровая',
      house: String(Math.floor(i / 4) + 1),
      number: String((i % 4) + 1),
      totalArea: Math.round(110 + random() * 40),
    }),
  );
  const duplexes = Array.from(
    { length: 6 },
    (_, i): DemoPremise => ({
      object: 'pines',
      type: 'duplex',
      street: 'ул. Кедровая',
      house: String(10 + Math.floor(i / 2)),
      number: String((i % 2) + 1),
      totalArea: Math.round(140 + random() * 30),
    }),
  );
  const plots = Array.from(
    { length: 30 },
    (_, i): DemoPremise => ({
      object: 'pines',
      type: 'plot',
      street: 'ул. Лесная',
      number: String(i + 1),
      totalArea: Math.round(600 + random() * 900),
    }),
  );
  return [
    ...apartmentBlock(north1, 4, 12, 4, random),
    ...apartmentBlock(north2, 4, 12, 4, random),
    ...apartmentBlock(north3, 2, 9, 4, random),
    ...numbered({ ...north3, house: '1', building: '3' }, 'parking', 120, [13, 18], random),
    ...numbered(north1, 'storage', 60, [3, 7], random),
    ...numbered(north2, 'commercial', 10, [45, 180], random),
    ...apartmentBlock(river, 3, 10, 5, random),
    ...rooms,
    ...numbered({ ...river, house: '5А' }, 'apartment', 40, [25, 60], random),
    ...apartmentBlock(sunny, 4, 10, 4, random),
    ...houses,
    ...townhouses,
    ...duplexes,
    ...plots,
  ];
}
