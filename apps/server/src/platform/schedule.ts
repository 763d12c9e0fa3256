import type { App } from './http';

/** How periodic tasks are timed: real intervals, or a test's clock (test/test-clock.ts). */
export type Timers = {
  /** Calls `run` every `everyMs` until the returned function is called. */
  every(everyMs: number, run: () => Promise<void>): () => void;
};

/** Real intervals that never keep the process alive on their own. */
export const intervalTimers: Timers = {
  every(everyMs, run) {
    const timer = setInterval(() => void run(), everyMs);
    timer.unref();
    return () => clearInterval(timer);
  },
};

/**
 * Periodic housekeeping inside the server process; every process may run it (the work is
 * idempotent). Each task starts with the app and stops with it; a failure is logged, and the
 * next turn tries again.
 */
export function scheduler(app: App, timers: Timers = intervalTimers) {
  return (name: string, everyMs: number, task: () => Promise<void>) => {
    let stop: (() => void) | undefined;
    app.addHook('onReady', async () => {
      stop = timers.every(everyMs, () =>
        task().catch((error: unknown) => app.log.error({ err: error, task: name }, 'scheduled task failed')),
      );
    });
    app.addHook('onClose', async () => stop?.());
  };
}
