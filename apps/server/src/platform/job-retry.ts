/**
 * The wait before the next attempt after `attempts` failed ones: doubling from `baseMs`, capped
 * at `maxMs`, with "equal jitter" (half fixed, half random) so that jobs failed together by one
 * outage do not all come back in the same instant.
 */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number, random = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
