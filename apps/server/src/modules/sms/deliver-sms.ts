import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/database';
import { type JobHandler, PermanentJobError } from '../../platform/job-runner';
import { safeError } from '../../platform/log-redaction';
import * as repo from './sms.repository';
import { SmsSendError, type SmsSender } from './sms-sender';

/**
 * A sign-in code is kept readable only while it may still be sent. Once a real provider took it
 * (or gave up), the digits are masked in the outbox: administrators reading «Настройки → SMS»
 * must not be able to sign in as a resident. With the 'outbox' provider the code stays readable:
 * reading it there is how a newcomer signs in (README «SMS»).
 */
export function storedText(purpose: string, provider: string, text: string): string {
  if (purpose !== 'auth_code' || provider === 'outbox') return text;
  return text.replace(/\d{4,8}/g, (digits) => '•'.repeat(digits.length));
}

export type SmsOutcome = { status: 'sent' } | { status: 'failed'; error: string };

/**
 * Told of a message's final outcome, in the transaction that records it on the message, with the
 * `ref` it was queued with (M-1: a mailing's recipient follows its SMS).
 */
export type SmsSettled = (
  tx: Db,
  message: { id: string; organizationId: string | null; purpose: string },
  outcome: SmsOutcome,
  ref: Record<string, unknown>,
) => Promise<void>;

function messageIdOf(payload: Record<string, unknown>): string {
  if (typeof payload.messageId !== 'string') throw new PermanentJobError('в задании нет messageId');
  return payload.messageId;
}

/**
 * The 'sms.send' job (queued by `queueSms`): sends the outbox message through the configured
 * provider and records the outcome on the message. A temporary failure is thrown back to the
 * runner, which retries with backoff; a permanent one fails the job at once; either way the
 * message shows its attempts and last error, and ends `failed` when the job is given up — it is
 * never lost. The text is never logged (it may be a sign-in code).
 */
export function smsDelivery({
  db,
  sender,
  log,
  settled,
}: {
  db: Db;
  sender: SmsSender;
  log: FastifyBaseLogger;
  settled?: SmsSettled;
}): JobHandler {
  return {
    // Far above the provider's timeout: a claim never runs out under a send in progress.
    lockMs: 2 * 60_000,

    async run(job) {
      const id = messageIdOf(job.payload);
      const message = await repo.findMessage(db, id);
      // Deleted with its organisation, or already sent by an attempt whose bookkeeping was lost.
      if (message?.status !== 'queued') return;
      let sent: { providerMessageId: string | null };
      try {
        sent = await sender.send(message.phone, message.text);
      } catch (caught) {
        const error =
          caught instanceof SmsSendError ? caught : new SmsSendError('temporary', safeError(caught).message);
        await repo.recordFailedAttempt(db, id, sender.provider, error.message);
        throw error.kind === 'permanent' ? new PermanentJobError(error.message) : error;
      }
      const text = storedText(message.purpose, sender.provider, message.text);
      // The listener first: it takes its locks (a mailing's row) before the message's, in the
      // order a cancelled mailing takes them.
      await db.transaction(async (tx) => {
        await settled?.(tx, message, { status: 'sent' }, job.payload);
        await repo.markSent(tx, id, {
          provider: sender.provider,
          providerMessageId: sent.providerMessageId,
          text,
        });
      });
      log.info({ smsId: id, purpose: message.purpose, provider: sender.provider }, 'sms sent');
    },

    async onFailed(job, error) {
      await db.transaction(async (tx) => {
        const message = await repo.findMessage(tx, messageIdOf(job.payload));
        if (message?.status !== 'queued') return;
        await settled?.(tx, message, { status: 'failed', error }, job.payload);
        await repo.markFailed(tx, message.id, error, (row) =>
          storedText(row.purpose, sender.provider, row.text),
        );
      });
    },
  };
}
