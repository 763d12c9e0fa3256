import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database';
import { clients, mailingRecipients } from '../../db/schema';

/** A recipient the job takes next: its phone (SMS) or its resident account (push). */
export type BatchRecipient = { clientId: string; phone: string | null; accountId: string | null };

/**
 * The next recipients still queued and not handed to the SMS outbox yet, locked for this
 * transaction (`skip locked`: a second run of the job at the same time takes others).
 */
export async function takeBatch(db: Db, organizationId: string, mailingId: string, limit: number) {
  return queryRows<BatchRecipient>(
    db,
    sql`select r.client_id as "clientId", r.phone, c.account_id as "accountId"
      from ${mailingRecipients} r
      left join ${clients} c on c.organization_id = r.organization_id and c.id = r.client_id
      where r.organization_id = ${organizationId} and r.mailing_id = ${mailingId}
        and r.status = 'queued' and r.sms_message_id is null
      order by r.client_id limit ${limit}
      for update of r skip locked`,
  );
}

/** Whether any recipient of the mailing is still queued (an SMS waiting for the provider counts). */
export async function anyQueued(db: Db, organizationId: string, mailingId: string): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(
    db,
    sql`select 1 as one from ${mailingRecipients}
      where organization_id = ${organizationId} and mailing_id = ${mailingId} and status = 'queued' limit 1`,
  );
  return rows.length > 0;
}

const uuids = (values: string[]) => sql`${sql.param(values)}::uuid[]`;
const texts = (values: (string | null)[]) => sql`${sql.param(values)}::text[]`;

/** The SMS of these recipients are in the outbox: each remembers its message (still queued). */
export async function setSmsMessages(
  db: Db,
  organizationId: string,
  mailingId: string,
  clientIds: string[],
  messageIds: string[],
) {
  await db.execute(sql`update ${mailingRecipients} r set sms_message_id = v.message_id, updated_at = now()
    from unnest(${uuids(clientIds)}, ${uuids(messageIds)}) as v(client_id, message_id)
    where r.organization_id = ${organizationId} and r.mailing_id = ${mailingId} and r.client_id = v.client_id`);
}

/** Push: these recipients got their in-app notification (the push goes with it). */
export async function setNotified(
  db: Db,
  organizationId: string,
  mailingId: string,
  clientIds: string[],
  notificationIds: string[],
) {
  await db.execute(sql`update ${mailingRecipients} r
    set status = 'sent', reason = null, notification_id = v.notification_id, updated_at = now()
    from unnest(${uuids(clientIds)}, ${uuids(notificationIds)}) as v(client_id, notification_id)
    where r.organization_id = ${organizationId} and r.mailing_id = ${mailingId} and r.client_id = v.client_id`);
}

/** These recipients cannot receive it: skipped, each with its reason. */
export async function setSkipped(
  db: Db,
  organizationId: string,
  mailingId: string,
  clientIds: string[],
  reasons: string[],
) {
  if (clientIds.length === 0) return;
  await db.execute(sql`update ${mailingRecipients} r set status = 'skipped', reason = v.reason, updated_at = now()
    from unnest(${uuids(clientIds)}, ${texts(reasons)}) as v(client_id, reason)
    where r.organization_id = ${organizationId} and r.mailing_id = ${mailingId} and r.client_id = v.client_id`);
}

/** The job gave up: every recipient not handed to the SMS outbox or notified yet fails with `reason`. */
export async function failUnsent(db: Db, organizationId: string, mailingId: string, reason: string) {
  await db.execute(sql`update ${mailingRecipients} set status = 'failed', reason = ${reason}, updated_at = now()
    where organization_id = ${organizationId} and mailing_id = ${mailingId}
      and status = 'queued' and sms_message_id is null`);
}

/** An SMS of the mailing settled: its recipient follows it (only while queued: not after a cancel). */
export async function settleRecipient(
  db: Db,
  organizationId: string,
  mailingId: string,
  clientId: string,
  smsMessageId: string,
  outcome: { status: 'sent' | 'delivered' | 'failed'; reason: string | null },
) {
  await db.execute(sql`update ${mailingRecipients} set status = ${outcome.status}, reason = ${outcome.reason},
      updated_at = now()
    where organization_id = ${organizationId} and mailing_id = ${mailingId} and client_id = ${clientId}
      and sms_message_id = ${smsMessageId} and status = 'queued'`);
}
