import { and, desc, eq, gt, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { clients, leads, residentAccounts, residentAuthCodes, residentSessions } from '../../db/schema';

/** When the phone last got a code, under any organisation (the 60 s rule is per phone). */
export async function lastCodeAt(db: Db, phone: string): Promise<Date | undefined> {
  const [row] = await db
    .select({ createdAt: residentAuthCodes.createdAt })
    .from(residentAuthCodes)
    .where(eq(residentAuthCodes.phone, phone))
    .orderBy(desc(residentAuthCodes.createdAt))
    .limit(1);
  return row?.createdAt;
}

/** Two sign-in code requests for one phone run one after the other (the 60 s rule holds). */
export async function lockPhone(db: Db, phone: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`resident-code:${phone}`}, 0))`);
}

/** A new code replaces the phone's open ones in the organisation: only the newest works. */
export async function expireOpenCodes(db: Db, organizationId: string, phone: string, at: Date) {
  await db
    .update(residentAuthCodes)
    .set({ expiresAt: at })
    .where(
      and(
        eq(residentAuthCodes.organizationId, organizationId),
        eq(residentAuthCodes.phone, phone),
        isNull(residentAuthCodes.usedAt),
        gt(residentAuthCodes.expiresAt, at),
      ),
    );
}

export async function insertCode(db: Db, values: typeof residentAuthCodes.$inferInsert) {
  await db.insert(residentAuthCodes).values(values);
}

/**
 * One try at the phone's live code, counted before the code is compared: the update is atomic, so
 * concurrent tries cannot exceed `maxAttempts` between them. Undefined: no code left to try.
 */
export async function takeAttempt(
  db: Db,
  organizationId: string,
  phone: string,
  at: Date,
  maxAttempts: number,
): Promise<{ id: string; codeHash: string } | undefined> {
  const live = db
    .select({ id: residentAuthCodes.id })
    .from(residentAuthCodes)
    .where(
      and(
        eq(residentAuthCodes.organizationId, organizationId),
        eq(residentAuthCodes.phone, phone),
        isNull(residentAuthCodes.usedAt),
        gt(residentAuthCodes.expiresAt, at),
      ),
    )
    .orderBy(desc(residentAuthCodes.createdAt))
    .limit(1);
  const [row] = await db
    .update(residentAuthCodes)
    .set({ attempts: sql`${residentAuthCodes.attempts} + 1` })
    .where(
      and(
        eq(residentAuthCodes.id, sql`(${live})`),
        lt(residentAuthCodes.attempts, maxAttempts),
        isNull(residentAuthCodes.usedAt),
      ),
    )
    .returning({ id: residentAuthCodes.id, codeHash: residentAuthCodes.codeHash });
  return row;
}

/** A code is used once: false when another request used it first. */
export async function useCode(db: Db, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(residentAuthCodes)
    .set({ usedAt: at })
    .where(and(eq(residentAuthCodes.id, id), isNull(residentAuthCodes.usedAt)))
    .returning({ id: residentAuthCodes.id });
  return rows.length > 0;
}

/** Whether the session was opened by this code sign-in: the code's use and the session share a time. */
export async function openedByCode(db: Db, organizationId: string, phone: string, createdAt: Date) {
  const [row] = await db
    .select({ id: residentAuthCodes.id })
    .from(residentAuthCodes)
    .where(
      and(
        eq(residentAuthCodes.organizationId, organizationId),
        eq(residentAuthCodes.phone, phone),
        eq(residentAuthCodes.usedAt, createdAt),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * T-3, C-7: the first sign-in anywhere stamps the account and every card of it that has none (each
 * organisation reads only its own card, docs/decisions.md «No answer depends on another organisation»).
 */
export async function stampFirstLogin(db: Db, accountId: string, at: Date) {
  await db
    .update(residentAccounts)
    .set({ firstLoginAt: sql`coalesce(${residentAccounts.firstLoginAt}, ${at})`, lastSeenAt: at })
    .where(eq(residentAccounts.id, accountId));
  await db
    .update(clients)
    .set({ firstLoginAt: at })
    .where(and(eq(clients.accountId, accountId), isNull(clients.firstLoginAt)));
}

/** «Был(а) в ЛК» on the card of the organisation signed into; false when there is no card. */
export async function stampVisit(db: Db, organizationId: string, accountId: string, at: Date) {
  const rows = await db
    .update(clients)
    .set({ lastVisitAt: at })
    .where(and(eq(clients.organizationId, organizationId), eq(clients.accountId, accountId)))
    .returning({ id: clients.id });
  return rows.length > 0;
}

/** AUTH-3: the phone becomes an «Неидентифицированный» of the organisation, once (unique per phone). */
export async function insertLead(db: Db, organizationId: string, phone: string, phoneDigits: string) {
  await db
    .insert(leads)
    .values({ organizationId, phone, phoneDigits, source: 'app' })
    .onConflictDoNothing({ target: [leads.organizationId, leads.phone] });
}

export async function setPassword(db: Db, accountId: string, passwordHash: string) {
  await db.update(residentAccounts).set({ passwordHash }).where(eq(residentAccounts.id, accountId));
}

export async function insertSession(db: Db, values: typeof residentSessions.$inferInsert) {
  const [row] = await db.insert(residentSessions).values(values).returning({ id: residentSessions.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function deleteSession(db: Db, id: string) {
  await db.delete(residentSessions).where(eq(residentSessions.id, id));
}

/** A new password ends the account's sessions on every other device, in every organisation. */
export async function deleteOtherSessions(db: Db, accountId: string, keepId: string) {
  await db
    .delete(residentSessions)
    .where(and(eq(residentSessions.accountId, accountId), ne(residentSessions.id, keepId)));
}

/** Whether the account has a client card in the organisation (T-3: what lets it into that app). */
export async function hasCard(db: Db, organizationId: string, accountId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), eq(clients.accountId, accountId)))
    .limit(1);
  return row !== undefined;
}

/** The device a session was opened on, as it told (for a session of the same device elsewhere). */
export async function findSessionDevice(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select({
      name: residentSessions.deviceName,
      platform: residentSessions.devicePlatform,
      appVersion: residentSessions.appVersion,
      pushPermission: residentSessions.osPermission,
    })
    .from(residentSessions)
    .where(and(eq(residentSessions.organizationId, organizationId), eq(residentSessions.id, id)));
  return row;
}
