import type { App } from './http';

/**
 * Periodic housekeeping inside the server process; every process may run it (the work is
 * idempotent). Stops with the app; never keeps the process alive on its own.
 */
export function schedule(app: App, name: string, everyMs: number, task: () => Promise<void>) {
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    timer = setInterval(() => {
      task().catch((error: unknown) => app.log.error({ err: error, task: name }, 'scheduled task failed'));
    }, everyMs);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
