// What the generators share: one array parameter for `unnest`, the time spent in each table's
// INSERT statements apart from building the rows in JS, and reservoir samples for the queries.
import { type SQL, sql } from 'drizzle-orm';

/** Rows written, time in the INSERT statements, and time spent building the rows in JS. */
export type TableLoad = { rows: number; insertMs: number; buildMs: number };

export const newLoad = (): TableLoad => ({ rows: 0, insertMs: 0, buildMs: 0 });

/** One array parameter (drizzle expands a plain JS array into a list of parameters). */
export const arr = (values: unknown[]): SQL => sql`${sql.param(values)}`;

export async function timed(load: TableLoad, rows: number, run: () => Promise<unknown>) {
  const started = performance.now();
  await run();
  load.insertMs += performance.now() - started;
  load.rows += rows;
}

export const SAMPLE_SIZE = 2000;

/** Reservoir sampling: `list` stays a uniform sample of the `seen` items offered so far. */
export function sampler(random: () => number) {
  return <T>(list: T[], seen: number, item: T) => {
    if (list.length < SAMPLE_SIZE) list.push(item);
    else if (random() < SAMPLE_SIZE / seen) list[Math.floor(random() * SAMPLE_SIZE)] = item;
  };
}
