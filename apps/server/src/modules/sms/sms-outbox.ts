import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { jobs, smsMessages } from '../../db/schema';
import { enqueueJob } from '../../platform/jobs';

export const SMS_SEND_JOB = 'sms.send';

export type SmsPurpose = 'auth_code' | 'mailing';

export type OutgoingSms = {
  /** The organisation whose brand sends it (its administrators see it in the outbox). */
  organizationId: string | null;
  /** E.164. */
  phone: string;
  text: string;
  purpose: SmsPurpose;
};

/**
 * Every SMS starts here: a row in the outbox and a job that delivers it through the configured
 * provider, both in the caller's transaction (nothing is sent for a change that rolled back).
 */
export async function queueSms(tx: Db, sms: OutgoingSms): Promise<string> {
  const [row] = await tx.insert(smsMessages).values(sms).returning({ id: smsMessages.id });
  if (!row) throw new Error('insert returned no row');
  await enqueueJob(tx, SMS_SEND_JOB, { messageId: row.id });
  return row.id;
}

/**
 * Many messages at once (M-1: a batch of a mailing), each with its delivery job, in the caller's
 * transaction: two statements whatever the number. `ref` goes into the job's payload and comes
 * back to the `settled` listener of the delivery (`deliver-sms.ts`): a mailing's recipient.
 * Answers the messages' ids in the order given.
 */
export async function queueSmsBatch(
  tx: Db,
  messages: (OutgoingSms & { ref?: Record<string, string> })[],
): Promise<string[]> {
  if (messages.length === 0) return [];
  const rows = await tx
    .insert(smsMessages)
    .values(messages.map(({ ref: _ref, ...sms }) => sms))
    .returning({ id: smsMessages.id });
  if (rows.length !== messages.length) throw new Error('insert returned fewer rows');
  const ids = rows.map((row) => row.id);
  await tx
    .insert(jobs)
    .values(ids.map((messageId, i) => ({ kind: SMS_SEND_JOB, payload: { ...messages[i]?.ref, messageId } })));
  return ids;
}

/**
 * Messages not sent yet are not to be sent (M-1: a cancelled mailing): marked failed with the
 * reason; their delivery jobs then find them no longer queued and do nothing.
 */
export async function cancelQueuedSms(tx: Db, ids: string[], reason: string): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(smsMessages)
    .set({ status: 'failed', lastError: reason })
    .where(and(inArray(smsMessages.id, ids), eq(smsMessages.status, 'queued')));
}
