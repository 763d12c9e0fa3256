import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { smsMessages } from '../../db/schema';

export type SmsMessageRow = typeof smsMessages.$inferSelect;

/** The delivery job's read: by id alone (the job is the platform's, the row may have no organisation). */
export async function findMessage(db: Db, id: string): Promise<SmsMessageRow | undefined> {
  const [row] = await db.select().from(smsMessages).where(eq(smsMessages.id, id));
  return row;
}

export async function markSent(
  db: Db,
  id: string,
  sent: { provider: string; providerMessageId: string | null; text: string },
) {
  await db
    .update(smsMessages)
    .set({
      ...sent,
      status: 'sent',
      sentAt: sql`now()`,
      attempts: sql`${smsMessages.attempts} + 1`,
      lastError: null,
    })
    .where(and(eq(smsMessages.id, id), eq(smsMessages.status, 'queued')));
}

/** An attempt that did not go through: the message stays queued (the job retries) or fails next. */
export async function recordFailedAttempt(db: Db, id: string, provider: string, error: string) {
  await db
    .update(smsMessages)
    .set({ provider, lastError: error, attempts: sql`${smsMessages.attempts} + 1` })
    .where(and(eq(smsMessages.id, id), eq(smsMessages.status, 'queued')));
}

/** Given up: `text` is what to keep of it (a sign-in code is masked, see `storedText`). */
export async function markFailed(db: Db, id: string, error: string, text: (row: SmsMessageRow) => string) {
  const row = await findMessage(db, id);
  if (row?.status !== 'queued') return;
  await db
    .update(smsMessages)
    .set({ status: 'failed', lastError: error, text: text(row) })
    .where(and(eq(smsMessages.id, id), eq(smsMessages.status, 'queued')));
}

/** The organisation's outbox, newest first. */
export async function listMessages(db: Db, organizationId: string, page: number, pageSize: number) {
  const where = eq(smsMessages.organizationId, organizationId);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(smsMessages)
      .where(where)
      .orderBy(desc(smsMessages.createdAt), desc(smsMessages.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(smsMessages).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
