import type { Timers } from '../src/platform/schedule';

/**
 * A clock a test moves by hand: the app's `now` and the timer of its periodic tasks
 * (`buildTestApp({}, testClock(start))`). No real interval runs; a task runs when `advance`
 * passes its turn — once, however many turns were passed, as in a process that slept.
 */
export function testClock(start: Date) {
  let time = start.getTime();
  const tasks = new Set<{ everyMs: number; next: number; run: () => Promise<void> }>();
  const timers: Timers = {
    every(everyMs, run) {
      const task = { everyMs, next: time + everyMs, run };
      tasks.add(task);
      return () => tasks.delete(task);
    },
  };
  return {
    now: () => new Date(time),
    timers,
    /** Moves the time on by `ms` and runs, one after another, each task whose turn came. */
    async advance(ms: number) {
      time += ms;
      for (const task of tasks) {
        if (task.next > time) continue;
        task.next += Math.ceil((time - task.next + 1) / task.everyMs) * task.everyMs;
        await task.run();
      }
    },
  };
}

export type TestClock = ReturnType<typeof testClock>;
