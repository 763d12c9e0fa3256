// M-3: the monitor of key metrics counts only app versions from a minimum one (the seed's
// «4.7 and above» rule). Versions compare part by part as numbers: 4.10 is above 4.7.

/**
 * The first resident app version that reports app opens and notification settings (issue 11;
 * apps/resident/package.json): the minimum when the organisation set none.
 */
export const MONITOR_DEFAULT_MIN_VERSION = '0.1.0';

/** A minimum version as staff type it: two or three numbers, «4.7» or «4.7.1». */
export const APP_VERSION_PATTERN = /^\d{1,6}\.\d{1,6}(?:\.\d{1,6})?$/;

export const MONITOR_PERIODS = { day: 'По дням', week: 'По неделям' } as const;
export type MonitorPeriod = keyof typeof MONITOR_PERIODS;

/** The longest period the monitor shows at once (days, inclusive). */
export const MONITOR_MAX_DAYS = 1096;

/**
 * [major, minor, patch] of a version a device reports («4.8.2», «4.10», «5.0.1-beta»: the leading
 * numbers, missing parts 0); undefined when it does not start with a number.
 */
export function parseAppVersion(version: string): [number, number, number] | undefined {
  const match = /^(\d{1,6})(?:\.(\d{1,6}))?(?:\.(\d{1,6}))?/.exec(version.trim());
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
}

/** Negative, zero or positive as `a` is below, equal to or above `b` (unparsable: lowest). */
export function compareAppVersions(a: string, b: string): number {
  const x = parseAppVersion(a) ?? [-1, 0, 0];
  const y = parseAppVersion(b) ?? [-1, 0, 0];
  for (let i = 0; i < 3; i += 1) {
    const difference = (x[i] as number) - (y[i] as number);
    if (difference !== 0) return difference;
  }
  return 0;
}
