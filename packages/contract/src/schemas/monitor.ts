import { type Static, Type } from 'typebox';
import { MONITOR_PERIODS, type MonitorPeriod } from '../monitor';
import { DateOnly, Nullable } from './common';

// M-3: «Монитор основных метрик» — active users, those with push on, and push disables.

export const MonitorPeriodSchema = Type.Enum(Object.keys(MONITOR_PERIODS) as MonitorPeriod[], {
  description: 'day — по дням, week — по неделям (с понедельника, по Москве)',
});

export const MonitorQuery = Type.Object({
  from: Type.String({ format: 'date', description: 'Первый день периода (ГГГГ-ММ-ДД, по Москве)' }),
  to: Type.String({ format: 'date', description: 'Последний день периода, включительно' }),
  period: Type.Optional(MonitorPeriodSchema),
});
export type MonitorQuery = Static<typeof MonitorQuery>;

const Count = (description: string) => Type.Integer({ minimum: 0, description });

export const MonitorPoint = Type.Object({
  startsOn: Type.String({ format: 'date', description: 'День или понедельник недели (ГГГГ-ММ-ДД)' }),
  activeUsers: Count('Жители, открывавшие приложение (версии от минимальной)'),
  pushUsers: Count(
    'Из них те, у кого на конец дня или недели уведомления разрешены в устройстве и включён хотя бы один тип',
  ),
  pushDisables: Count('Жители, отключившие push: запрет в устройстве или все типы выключены'),
});
export type MonitorPoint = Static<typeof MonitorPoint>;

export const MonitorReport = Type.Object({
  period: MonitorPeriodSchema,
  from: DateOnly,
  to: DateOnly,
  points: Type.Array(MonitorPoint, { description: 'Каждый день или неделя периода, по порядку' }),
  pushDisablesTotal: Count('Жители, отключившие push за весь период (каждый один раз)'),
  minAppVersion: Type.String({ description: 'Учитываются версии приложения от этой' }),
  computedAt: Nullable(
    Type.String({ format: 'date-time', description: 'Когда цифры периода пересчитаны последний раз' }),
  ),
  recomputing: Type.Boolean({ description: 'Цифры пересчитываются после смены минимальной версии' }),
});
export type MonitorReport = Static<typeof MonitorReport>;

export const MonitorSettings = Type.Object({
  minAppVersion: Nullable(Type.String({ description: 'Минимальная версия приложения; null — по умолчанию' })),
  defaultMinAppVersion: Type.String({ description: 'Первая версия, сообщающая эти события' }),
});
export type MonitorSettings = Static<typeof MonitorSettings>;

export const MonitorSettingsBody = Type.Object({
  minAppVersion: Nullable(
    Type.String({ maxLength: 20, description: 'Например 4.7 или 4.7.1; null или пусто — по умолчанию' }),
  ),
});
export type MonitorSettingsBody = Static<typeof MonitorSettingsBody>;
