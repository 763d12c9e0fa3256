import { SKIP_REASONS } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type ClaimedJob, type JobHandler, PermanentJobError } from '../../platform/job-runner';
import { enqueueJob } from '../../platform/jobs';
import { type PushReach, pushReach } from '../push/push-reach';
import { notifyResidents } from '../resident-notifications/notify-resident';
import type { SmsSettled } from '../sms/deliver-sms';
import { queueSmsBatch } from '../sms/sms-outbox';
import * as delivery from './mailing-delivery.repository';
import * as repo from './mailings.repository';

export const MAILING_SEND_JOB = 'mailing.send';

/** One batch is one transaction; at most this many recipients, however fast the rate. */
const MAX_BATCH = 500;
/** Every SMS handed to the outbox, some not settled yet: when to look again (their outcomes finish it). */
const SETTLE_CHECK_MS = 5_000;

export type MailingRates = { smsPerSecond: number; pushPerSecond: number };

export type MailingDeliveryDeps = {
  db: Db;
  rates: MailingRates;
  /** Who a push reaches (modules/push); a test passes one that breaks down midway. */
  reach?: typeof pushReach;
};

type Payload = { organizationId: string; mailingId: string };

function payloadOf(job: ClaimedJob): Payload {
  const { organizationId, mailingId } = job.payload;
  if (typeof organizationId !== 'string' || typeof mailingId !== 'string')
    throw new PermanentJobError('в задании нет рассылки');
  return { organizationId, mailingId };
}

/** The job that sends a mailing, due at its time (in the creating transaction). */
export async function enqueueMailing(tx: Db, payload: Payload, runAt: Date): Promise<void> {
  await enqueueJob(tx, MAILING_SEND_JOB, payload, { runAt, maxAttempts: 10 });
}

type Step = { kind: 'stop' } | { kind: 'wait' } | { kind: 'more'; count: number; perSecond: number };

/** SMS: each to the outbox (its delivery job sends it); the recipient keeps the message's id. */
async function handOverSms(tx: Db, mailing: repo.MailingRow, batch: delivery.BatchRecipient[]) {
  const { organizationId, id: mailingId } = mailing;
  const withPhone = batch.flatMap((r) => (r.phone ? [{ clientId: r.clientId, phone: r.phone }] : []));
  const messageIds = await queueSmsBatch(
    tx,
    withPhone.map((r) => ({
      organizationId,
      phone: r.phone,
      text: mailing.text,
      purpose: 'mailing' as const,
      ref: { mailingId, clientId: r.clientId },
    })),
  );
  const ids = withPhone.map((r) => r.clientId);
  await delivery.setSmsMessages(tx, organizationId, mailingId, ids, messageIds);
  const noPhone = batch.filter((r) => !r.phone).map((r) => r.clientId);
  await delivery.setSkipped(
    tx,
    organizationId,
    mailingId,
    noPhone,
    noPhone.map(() => SKIP_REASONS.noPhone),
  );
}

/**
 * Push: whoever cannot receive it (no app, push off, «Рассылки» off) is skipped with the reason;
 * the others get an in-app notification, which goes out as a push to their devices (written for
 * the whole batch in a few statements).
 */
async function notifyBatch(
  tx: Db,
  reach: typeof pushReach,
  mailing: repo.MailingRow,
  batch: delivery.BatchRecipient[],
) {
  const { organizationId, id: mailingId } = mailing;
  const accounts = batch.flatMap((r) => (r.accountId ? [r.accountId] : []));
  const reachOf = await reach(tx, organizationId, accounts, 'mailings');
  const skipped: { ids: string[]; reasons: string[] } = { ids: [], reasons: [] };
  const notified: { ids: string[]; notifications: string[] } = { ids: [], notifications: [] };
  const reachable: { clientId: string; accountId: string }[] = [];
  for (const r of batch) {
    const state: PushReach = r.accountId ? (reachOf.get(r.accountId) ?? 'noApp') : 'noApp';
    if (state === 'ok' && r.accountId) reachable.push({ clientId: r.clientId, accountId: r.accountId });
    else {
      skipped.ids.push(r.clientId);
      skipped.reasons.push(SKIP_REASONS[state === 'ok' ? 'noApp' : state]);
    }
  }
  const written = await notifyResidents(
    tx,
    { organizationId, type: 'mailings', title: mailing.title, body: mailing.text, link: '/notifications' },
    reachable.map((r) => r.accountId),
  );
  for (const r of reachable) {
    const notification = written.get(r.accountId);
    if (!notification) throw new Error('notification not written');
    notified.ids.push(r.clientId);
    notified.notifications.push(notification.notificationId);
  }
  await delivery.setSkipped(tx, organizationId, mailingId, skipped.ids, skipped.reasons);
  await delivery.setNotified(tx, organizationId, mailingId, notified.ids, notified.notifications);
}

/**
 * One batch in one transaction: the mailing's row locked first (a cancel waits, or is waited for),
 * the recipients taken, their messages written and their statuses changed together — so a restart
 * at any point neither loses nor repeats a message.
 */
async function sendBatch(
  tx: Db,
  deps: MailingDeliveryDeps,
  { organizationId, mailingId }: Payload,
): Promise<Step> {
  const mailing = await repo.lockMailing(tx, organizationId, mailingId);
  if (!mailing || (mailing.status !== 'scheduled' && mailing.status !== 'sending')) return { kind: 'stop' };
  if (mailing.status === 'scheduled')
    await repo.updateMailing(tx, organizationId, mailingId, { status: 'sending', startedAt: new Date() });
  const perSecond = mailing.channel === 'sms' ? deps.rates.smsPerSecond : deps.rates.pushPerSecond;
  const limit = Math.max(1, Math.min(MAX_BATCH, perSecond));
  const batch = await delivery.takeBatch(tx, organizationId, mailingId, limit);
  if (mailing.channel === 'sms') await handOverSms(tx, mailing, batch);
  else await notifyBatch(tx, deps.reach ?? pushReach, mailing, batch);
  if (batch.length === limit) return { kind: 'more', count: batch.length, perSecond };
  if (await delivery.anyQueued(tx, organizationId, mailingId)) return { kind: 'wait' };
  await repo.updateMailing(tx, organizationId, mailingId, { status: 'done', finishedAt: new Date() });
  return { kind: 'stop' };
}

/**
 * M-1: the 'mailing.send' job. Each run sends one batch and queues the next run — no sooner than
 * the batch's share of a second at the channel's rate (`MAILING_SMS_PER_SECOND`,
 * `MAILING_PUSH_PER_SECOND`) — so a long mailing never holds the job runner from other work.
 */
export function mailingDelivery(deps: MailingDeliveryDeps): JobHandler {
  return {
    lockMs: 2 * 60_000,
    async run(job) {
      const payload = payloadOf(job);
      const started = Date.now();
      const step: Step = await deps.db.transaction((tx) => sendBatch(tx, deps, payload));
      if (step.kind === 'stop') return;
      const runAt =
        step.kind === 'wait'
          ? new Date(Date.now() + SETTLE_CHECK_MS)
          : new Date(started + Math.ceil((step.count * 1000) / step.perSecond));
      await enqueueMailing(deps.db, payload, runAt);
    },
    /**
     * Given up (its attempts spent, or a permanent error): the recipients not handed over yet fail
     * with the reason, so the mailing finishes instead of staying «Отправляется» for ever. SMS
     * already in the outbox still settle, and the last of them finishes it.
     */
    async onFailed(job, error) {
      const { organizationId, mailingId } = payloadOf(job);
      await deps.db.transaction(async (tx) => {
        const mailing = await repo.lockMailing(tx, organizationId, mailingId);
        if (!mailing || (mailing.status !== 'scheduled' && mailing.status !== 'sending')) return;
        await delivery.failUnsent(tx, organizationId, mailingId, `Рассылка прервана: ${error}`);
        if (!(await delivery.anyQueued(tx, organizationId, mailingId)))
          await repo.updateMailing(tx, organizationId, mailingId, { status: 'done', finishedAt: new Date() });
        else if (mailing.status === 'scheduled')
          await repo.updateMailing(tx, organizationId, mailingId, {
            status: 'sending',
            startedAt: new Date(),
          });
      });
    },
  };
}

/**
 * The SMS delivery's listener (`deliver-sms.ts`): a mailing's SMS sent or given up moves its
 * recipient to «Отправлено» or «Ошибка» with the provider's reason; the last one finishes the
 * mailing. The mailing's row is locked first, as everywhere, so that the last of several SMS
 * settling at once sees the others.
 */
export const recordMailingSms: SmsSettled = async (tx, message, outcome, ref) => {
  const { mailingId, clientId } = ref;
  if (message.purpose !== 'mailing' || !message.organizationId) return;
  if (typeof mailingId !== 'string' || typeof clientId !== 'string') return;
  const organizationId = message.organizationId;
  const mailing = await repo.lockMailing(tx, organizationId, mailingId);
  if (!mailing) return;
  await delivery.settleRecipient(
    tx,
    organizationId,
    mailingId,
    clientId,
    message.id,
    outcome.status === 'sent'
      ? { status: 'sent', reason: null }
      : { status: 'failed', reason: outcome.error },
  );
  if (mailing.status === 'sending' && !(await delivery.anyQueued(tx, organizationId, mailingId)))
    await repo.updateMailing(tx, organizationId, mailingId, { status: 'done', finishedAt: new Date() });
};
