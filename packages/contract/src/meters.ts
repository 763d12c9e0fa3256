// Issue 13: individual meters (ИПУ) — the resources they count, their units and tariff names as
// Russian bills print them, and the rules of their readings that the CRM and the app share.

export const METER_RESOURCES = {
  cold_water: { label: 'ХВС', title: 'Холодная вода', unit: 'м³', maxTariffs: 1 },
  hot_water: { label: 'ГВС', title: 'Горячая вода', unit: 'м³', maxTariffs: 1 },
  electricity: { label: 'Электроэнергия', title: 'Электроэнергия', unit: 'кВт·ч', maxTariffs: 3 },
  heating: { label: 'Отопление', title: 'Отопление', unit: 'Гкал', maxTariffs: 1 },
  gas: { label: 'Газ', title: 'Газ', unit: 'м³', maxTariffs: 1 },
} as const;

export type MeterResource = keyof typeof METER_RESOURCES;

export const METER_RESOURCE_NAMES = Object.keys(METER_RESOURCES) as MeterResource[];

export type MeterTariffs = 1 | 2 | 3;

/** «100,5» from the stored «100.500»: a reading as a Russian bill writes it, without trailing zeros. */
export function readingText(value: string | number): string {
  const text = String(value);
  return text.includes('.') ? text.replace(/\.?0+$/, '').replace('.', ',') : text;
}

/**
 * Names of a meter's tariff zones as electricity bills print them: a two-zone meter counts
 * «день» (Т1) and «ночь» (Т2); a three-zone one «пик» (Т1), «ночь» (Т2) and «полупик» (Т3).
 * A single-tariff meter has one unnamed value.
 */
export function tariffNames(tariffs: number): string[] {
  if (tariffs === 2) return ['День (Т1)', 'Ночь (Т2)'];
  if (tariffs === 3) return ['Пик (Т1)', 'Ночь (Т2)', 'Полупик (Т3)'];
  return ['Показание'];
}

/** «ГВС», «Электроэнергия, 2 тарифа». */
export function meterResourceLabel(resource: MeterResource, tariffs = 1): string {
  const { label } = METER_RESOURCES[resource];
  return tariffs > 1 ? `${label}, ${tariffs} тарифа` : label;
}

/** Where a reading came from. */
export const READING_SOURCES = {
  crm: 'CRM',
  app: 'Приложение',
  integration: 'Интеграция',
} as const;

export type ReadingSource = keyof typeof READING_SOURCES;

/** The default of `meter_settings.jump_factor`: a reading 5× the usual monthly use asks to confirm. */
export const DEFAULT_JUMP_FACTOR = 5;

/** «с 15 по 25 число», the window as the app's refusal names it; a window past the month's end wraps. */
export function readingWindowText(fromDay: number, toDay: number): string {
  return fromDay <= toDay
    ? `с ${fromDay} по ${toDay} число каждого месяца`
    : `с ${fromDay} числа по ${toDay} число следующего месяца`;
}

/** Whether a day of the month is inside the window (inclusive; from > to wraps past the month's end). */
export function inReadingWindow(day: number, fromDay: number, toDay: number): boolean {
  return fromDay <= toDay ? day >= fromDay && day <= toDay : day >= fromDay || day <= toDay;
}

/** Russian names of meter and reading fields, for the change history. */
export const METER_FIELD_LABELS: Record<string, string> = {
  resource: 'Ресурс',
  tariffs: 'Тарифов',
  serialNumber: 'Заводской номер',
  place: 'Место установки',
  account: 'Лицевой счёт',
  installedOn: 'Дата установки',
  verifiedOn: 'Дата поверки',
  nextVerificationOn: 'Дата следующей поверки',
  replacedOn: 'Дата замены',
  replacedBy: 'Заменён на',
  externalId: 'Внешний идентификатор',
  meter: 'Счётчик',
  takenOn: 'Дата показания',
  values: 'Показание',
  source: 'Источник',
  jumpConfirmed: 'Подтверждён большой расход',
};
