import type { Db } from '../../db/database';
import { smsMessages } from '../../db/schema';
import { enqueueJob } from '../../platform/jobs';

export const SMS_SEND_JOB = 'sms.send';

export type SmsPurpose = 'auth_code';

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
