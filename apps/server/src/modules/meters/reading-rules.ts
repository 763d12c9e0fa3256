// Issue 13: the rules a new reading of a meter meets, as plain functions over its history.
// Values are compared in thousandths (numeric(14,3): at most 14 digits, exact in a double).

export type ReadingPoint = { takenOn: string; values: readonly string[] };

const DAY_MS = 24 * 60 * 60 * 1000;
const MONTH_DAYS = 30.44;
/** Below this span of history the meter's usual consumption is unknown: no jump check. */
export const MIN_HISTORY_DAYS = 28;

export const thousandths = (value: string) => Math.round(Number(value.replace(',', '.')) * 1000);

/** «123,4» → «123.400»: one spelling in the database and in answers. */
export function normaliseValue(value: string): string {
  return (thousandths(value) / 1000).toFixed(3);
}

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS;

/** The tariff (0-based) whose value is below the previous reading's, if any. */
export function lowerTariff(
  previous: ReadingPoint | undefined,
  values: readonly string[],
): number | undefined {
  if (!previous) return undefined;
  const index = values.findIndex((v, i) => {
    const before = previous.values[i];
    return before !== undefined && thousandths(v) < thousandths(before);
  });
  return index >= 0 ? index : undefined;
}

/** The tariff whose value is above the next (later-dated) reading's: a back-dated reading fits between. */
export function aboveNextTariff(
  next: ReadingPoint | undefined,
  values: readonly string[],
): number | undefined {
  if (!next) return undefined;
  const index = values.findIndex((v, i) => {
    const after = next.values[i];
    return after !== undefined && thousandths(v) > thousandths(after);
  });
  return index >= 0 ? index : undefined;
}

export type Jump = { tariff: number; consumption: number; usualMonthly: number };

/**
 * A reading far above the meter's usual consumption: what was used since the last reading exceeds
 * `factor` times the average monthly use over the earlier readings (scaled to the time passed, a
 * month at least). With under two readings, a span under MIN_HISTORY_DAYS or no use at all in the
 * history there is nothing to compare with, and no check.
 */
export function jumpOf(
  history: readonly ReadingPoint[],
  reading: ReadingPoint,
  factor: number,
): Jump | undefined {
  const first = history[0];
  const last = history[history.length - 1];
  if (!first || !last || history.length < 2) return undefined;
  const span = daysBetween(first.takenOn, last.takenOn);
  if (span < MIN_HISTORY_DAYS) return undefined;
  const months = Math.max(daysBetween(last.takenOn, reading.takenOn), MONTH_DAYS) / MONTH_DAYS;
  for (const [tariff, value] of reading.values.entries()) {
    const from = first.values[tariff];
    const to = last.values[tariff];
    if (from === undefined || to === undefined) continue;
    const usualMonthly = ((thousandths(to) - thousandths(from)) / span) * MONTH_DAYS;
    if (usualMonthly <= 0) continue;
    const consumption = thousandths(value) - thousandths(to);
    if (consumption > usualMonthly * factor * months) {
      return { tariff, consumption: consumption / 1000, usualMonthly: Math.round(usualMonthly) / 1000 };
    }
  }
  return undefined;
}

const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;

/** Today in Moscow (UTC+3, no daylight saving since 2014), where the window's days are counted. */
export function moscowToday(now: Date): string {
  return new Date(now.getTime() + MOSCOW_OFFSET_MS).toISOString().slice(0, 10);
}
