import type { MonitorPeriod } from '@domovoy/contract';

// M-3: the monitor's days are Moscow days (UTC+3, no daylight saving since 2014) and its weeks
// start on Monday. Days are YYYY-MM-DD strings; the arithmetic is calendar arithmetic in UTC.

const DAY_MS = 86_400_000;

/** How many days a period of the monitor spans. */
export const PERIOD_DAYS: Record<MonitorPeriod, 1 | 7> = { day: 1, week: 7 };

export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export const daysFrom = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** The earlier of two days. */
export const earlier = (a: string, b: string): string => [a, b].sort()[0] as string;

/** The Monday of the day's week. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** The first day of the period (the day itself, or its week's Monday). */
export const periodStart = (period: MonitorPeriod, day: string): string =>
  period === 'week' ? mondayOf(day) : day;

/** The moment a Moscow day begins. */
export const moscowMidnight = (day: string): Date => new Date(`${day}T00:00:00+03:00`);

/** The starts of every day or week from the one holding `from` to the one holding `to`. */
export function periodStarts(period: MonitorPeriod, from: string, to: string): string[] {
  const step = PERIOD_DAYS[period];
  const first = periodStart(period, from);
  const count = Math.floor(daysFrom(first, to) / step) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(first, i * step));
}
