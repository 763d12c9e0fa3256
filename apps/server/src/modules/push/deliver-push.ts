import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/database';
import { type JobHandler, PermanentJobError } from '../../platform/job-runner';
import * as repo from './push.repository';
import { pushPayload } from './push-payload';
import type { PushSender, PushTarget } from './push-sender';

function idsOf(payload: Record<string, unknown>) {
  const { organizationId, notificationId } = payload;
  if (typeof organizationId !== 'string' || typeof notificationId !== 'string')
    throw new PermanentJobError('в задании нет organizationId или notificationId');
  return { organizationId, notificationId };
}

function targetOf(device: repo.PushDevice): PushTarget {
  return device.kind === 'fcm'
    ? { kind: 'fcm', token: device.endpoint }
    : { kind: 'webpush', endpoint: device.endpoint, p256dh: device.p256dh ?? '', auth: device.auth ?? '' };
}

/**
 * The 'push.notification' job (queued with the notification, `queue-push.ts`): pushes it to each
 * device of the account that allows its type now, recording each send in `push_deliveries` — a
 * retried job skips the devices already done, so nobody gets it twice. A subscription the push
 * service calls gone (404/410) is deleted and recorded `dropped`; any other failure makes the job
 * try again later, and when it gives up the devices left are recorded `failed` with the reason.
 */
export function pushDelivery({
  db,
  sender,
  log,
}: {
  db: Db;
  sender: PushSender;
  log: FastifyBaseLogger;
}): JobHandler {
  return {
    lockMs: 2 * 60_000,

    async run(job) {
      const { organizationId, notificationId } = idsOf(job.payload);
      const notification = await repo.findNotification(db, organizationId, notificationId);
      if (!notification) return; // deleted with its organisation or account
      const devices = await repo.pushDevices(db, organizationId, notification.accountId, notification.type);
      const settled = await repo.settledSessions(db, organizationId, notificationId);
      const payload = pushPayload(organizationId, notificationId, notification);
      const errors: string[] = [];
      for (const device of devices) {
        if (settled.has(device.sessionId)) continue;
        const outcome = await sender.send(targetOf(device), payload);
        const record = { organizationId, notificationId, sessionId: device.sessionId };
        if ('ok' in outcome) {
          await repo.recordDelivery(db, { ...record, status: 'sent' });
        } else if ('gone' in outcome) {
          await repo.dropSubscription(db, organizationId, device.sessionId, device.endpoint);
          await repo.recordDelivery(db, { ...record, status: 'dropped' });
        } else {
          errors.push(outcome.error);
        }
      }
      log.info({ notificationId, devices: devices.length, failed: errors.length }, 'push sent');
      if (errors.length > 0) throw new Error([...new Set(errors)].join('; '));
    },

    async onFailed(job, error) {
      const { organizationId, notificationId } = idsOf(job.payload);
      const notification = await repo.findNotification(db, organizationId, notificationId);
      if (!notification) return;
      const devices = await repo.pushDevices(db, organizationId, notification.accountId, notification.type);
      const settled = await repo.settledSessions(db, organizationId, notificationId);
      for (const device of devices.filter((d) => !settled.has(d.sessionId)))
        await repo.recordDelivery(db, {
          organizationId,
          notificationId,
          sessionId: device.sessionId,
          status: 'failed',
          error,
        });
    },
  };
}
