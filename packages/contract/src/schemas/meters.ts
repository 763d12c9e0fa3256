import { type Static, Type } from 'typebox';
import { METER_RESOURCE_NAMES, READING_SOURCES, type ReadingSource } from '../meters';
import { DateOnly, Id, Nullable, Text, Timestamp } from './common';
import { INTEGRATION_BATCH_LIMIT } from './integration';

// Issue 13: meters (ИПУ) of a premise, their readings and the organisation's rules for them.

export const MeterResourceSchema = Type.Enum(METER_RESOURCE_NAMES, {
  description:
    'Ресурс: cold_water — ХВС, hot_water — ГВС, electricity — электроэнергия, heating — отопление, gas — газ',
});

export const MeterTariffsSchema = Type.Integer({
  minimum: 1,
  maximum: 3,
  description: 'Число тарифов: 1; у электроэнергии 2 (день/ночь) или 3 (пик/ночь/полупик)',
});

/** A value as read off the meter: up to 11 digits and 3 decimals, a comma or a point. */
export const ReadingValue = Type.String({
  pattern: '^\\d{1,11}([.,]\\d{1,3})?$',
  maxLength: 15,
  description: 'Показание: до 11 цифр и до 3 знаков после точки (или запятой), строкой: «123.456»',
});

export const ReadingValues = Type.Array(ReadingValue, {
  minItems: 1,
  maxItems: 3,
  description: 'Значения по тарифам по порядку (Т1, Т2, Т3); столько, сколько тарифов у счётчика',
});

export const ReadingSourceSchema = Type.Enum(Object.keys(READING_SOURCES) as ReadingSource[]);

export const MeterReading = Type.Object({
  id: Id,
  meterId: Id,
  takenOn: DateOnly,
  values: Type.Array(Type.String({ description: 'Значение, строкой с точкой: «123.456»' })),
  source: ReadingSourceSchema,
  authorKind: Type.Enum(['staff', 'client', 'integration']),
  authorName: Nullable(Type.String({ description: 'Сотрудник или клиент (ФИО — по правам на ПД)' })),
  jumpConfirmed: Type.Boolean({
    description:
      'Показание намного выше обычного: подтверждено автором, а у показаний из интеграции — принято без подтверждения',
  }),
  createdAt: Timestamp,
});
export type MeterReading = Static<typeof MeterReading>;

export const Meter = Type.Object({
  id: Id,
  premiseId: Id,
  accountId: Nullable(Id),
  accountNumber: Nullable(Type.String()),
  resource: MeterResourceSchema,
  tariffs: Type.Integer(),
  serialNumber: Type.String(),
  place: Nullable(Type.String()),
  installedOn: Nullable(DateOnly),
  verifiedOn: Nullable(DateOnly),
  nextVerificationOn: Nullable(DateOnly),
  replacedOn: Nullable(DateOnly),
  replacedById: Nullable(Id),
  externalId: Nullable(Type.String()),
  lastReading: Nullable(MeterReading),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Meter = Static<typeof Meter>;

const meterFields = {
  accountId: Type.Optional(Nullable(Id)),
  serialNumber: Text(50, 1),
  place: Type.Optional(Nullable(Text(200))),
  installedOn: Type.Optional(Nullable(DateOnly)),
  verifiedOn: Type.Optional(Nullable(DateOnly)),
  nextVerificationOn: Type.Optional(Nullable(DateOnly)),
  externalId: Type.Optional(Nullable(Text(100))),
};

export const MeterBody = Type.Object({
  resource: MeterResourceSchema,
  tariffs: Type.Optional(MeterTariffsSchema),
  ...meterFields,
});
export type MeterBody = Static<typeof MeterBody>;

export const MeterPatch = Type.Partial(MeterBody);
export type MeterPatch = Static<typeof MeterPatch>;

export const MeterReplaceBody = Type.Object({
  replacedOn: DateOnly,
  meter: MeterBody,
  initialValues: Type.Optional(ReadingValues),
});
export type MeterReplaceBody = Static<typeof MeterReplaceBody>;

export const ReadingBody = Type.Object({
  takenOn: Type.Optional(DateOnly),
  values: ReadingValues,
  confirmJump: Type.Optional(
    Type.Boolean({
      description: 'Показание намного выше обычного верно (после ответа 409 METER_READING_JUMP)',
    }),
  ),
});
export type ReadingBody = Static<typeof ReadingBody>;

export const DayOfMonth = Type.Integer({ minimum: 1, maximum: 31 });

export const MeterSettings = Type.Object({
  windowFromDay: Nullable(DayOfMonth),
  windowToDay: Nullable(DayOfMonth),
  jumpFactor: Type.Number({
    minimum: 1.5,
    maximum: 100,
    description: 'Во сколько раз показание может превышать обычный месячный расход без подтверждения',
  }),
});
export type MeterSettings = Static<typeof MeterSettings>;

/** The app's side: my premise's meters that count now, with their last reading and the window. */
export const ResidentMeters = Type.Object({
  meters: Type.Array(
    Type.Object({
      id: Id,
      resource: MeterResourceSchema,
      tariffs: Type.Integer(),
      tariffNames: Type.Array(Type.String()),
      unit: Type.String(),
      serialNumber: Type.String(),
      place: Nullable(Type.String()),
      nextVerificationOn: Nullable(DateOnly),
      lastReading: Nullable(
        Type.Object({ takenOn: DateOnly, values: Type.Array(Type.String()), source: ReadingSourceSchema }),
      ),
    }),
  ),
  window: Nullable(
    Type.Object({
      fromDay: Type.Integer(),
      toDay: Type.Integer(),
      text: Type.String({ description: '«с 15 по 25 число каждого месяца»' }),
      open: Type.Boolean({ description: 'Сегодня (по Москве) показания принимаются' }),
    }),
  ),
});
export type ResidentMeters = Static<typeof ResidentMeters>;

export const ResidentReadingBody = Type.Object({
  values: ReadingValues,
  confirmJump: Type.Optional(Type.Boolean()),
});
export type ResidentReadingBody = Static<typeof ResidentReadingBody>;

export const ResidentMeterParams = Type.Object({ id: Id, meterId: Id });

/** Integration: a meter of the accounting system, matched by its external id. */
export const IntegrationMeter = Type.Object({
  externalId: Text(100, 1),
  premiseExternalId: Text(100, 1),
  accountNumber: Type.Optional(Nullable(Text(50))),
  resource: MeterResourceSchema,
  tariffs: Type.Optional(MeterTariffsSchema),
  serialNumber: Text(50, 1),
  place: Type.Optional(Nullable(Text(200))),
  installedOn: Type.Optional(Nullable(DateOnly)),
  verifiedOn: Type.Optional(Nullable(DateOnly)),
  nextVerificationOn: Type.Optional(Nullable(DateOnly)),
});
export type IntegrationMeter = Static<typeof IntegrationMeter>;

export const IntegrationMetersBody = Type.Object({
  items: Type.Array(Type.Unknown(), {
    minItems: 1,
    maxItems: INTEGRATION_BATCH_LIMIT,
    description:
      'Счётчики (схема IntegrationMeter). Каждый элемент проверяется отдельно: ошибка в одном не мешает остальным',
  }),
});

/**
 * Integration: a reading from the accounting system. The meter by its external id (as `POST meters`
 * names it), or by the premise's external id and the serial number; given together, they must agree.
 */
export const IntegrationMeterReading = Type.Object({
  meterExternalId: Type.Optional(Text(100, 1)),
  premiseExternalId: Type.Optional(Text(100, 1)),
  serialNumber: Type.Optional(Text(50, 1)),
  takenOn: DateOnly,
  values: ReadingValues,
});
export type IntegrationMeterReading = Static<typeof IntegrationMeterReading>;

export const IntegrationMeterReadingsBody = Type.Object({
  items: Type.Array(Type.Unknown(), {
    minItems: 1,
    maxItems: INTEGRATION_BATCH_LIMIT,
    description:
      'Показания (схема IntegrationMeterReading). Каждое проверяется отдельно: ошибка в одном не мешает остальным',
  }),
});

export const Period = Type.String({
  pattern: '^\\d{4}-(0[1-9]|1[0-2])$',
  maxLength: 7,
  description: 'Месяц, ГГГГ-ММ',
});

export const IntegrationReadingsQuery = Type.Object({
  period: Period,
  cursor: Type.Optional(Type.String({ maxLength: 200, description: 'nextCursor предыдущей страницы' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 500 })),
});
export type IntegrationReadingsQuery = Static<typeof IntegrationReadingsQuery>;

export const IntegrationReading = Type.Object({
  id: Id,
  meterId: Id,
  meterExternalId: Nullable(Type.String()),
  serialNumber: Type.String(),
  resource: MeterResourceSchema,
  premiseId: Id,
  premiseExternalId: Nullable(Type.String()),
  accountNumber: Nullable(Type.String()),
  takenOn: DateOnly,
  values: Type.Array(Type.String()),
  source: ReadingSourceSchema,
  createdAt: Timestamp,
});

export const IntegrationReadingsPage = Type.Object({
  items: Type.Array(IntegrationReading),
  nextCursor: Nullable(Type.String({ description: 'Следующая страница; null — это последняя' })),
});
export type IntegrationReadingsPage = Static<typeof IntegrationReadingsPage>;

export const ReadingsExportQuery = Type.Object({
  period: Period,
  objectId: Type.Optional(Id),
});
export type ReadingsExportQuery = Static<typeof ReadingsExportQuery>;
