import { and, asc, eq, sql } from 'drizzle-orm';
import { anyOf } from '../../db/any-of';
import type { Db } from '../../db/database';
import { meterReadings, meters, personalAccounts, premises } from '../../db/schema';

export type BatchMeterRow = typeof meters.$inferSelect;
export type BatchMeterInsert = typeof meters.$inferInsert;

export const accountKey = (premiseId: string, number: string) => `${premiseId}\u0001${number}`;

/** Premises by their external ids, with their accounts by number. */
export async function premisesAndAccounts(db: Db, organizationId: string, externalIds: string[]) {
  const premiseIds = new Map<string, string>();
  const accounts = new Map<string, { id: string; number: string }>();
  if (externalIds.length === 0) return { premiseIds, accounts };
  const rows = await db
    .select({ id: premises.id, externalId: premises.externalId })
    .from(premises)
    .where(and(eq(premises.organizationId, organizationId), anyOf(premises.externalId, externalIds)));
  for (const row of rows) premiseIds.set(row.externalId as string, row.id);
  if (rows.length > 0) {
    const found = await db
      .select({
        id: personalAccounts.id,
        premiseId: personalAccounts.premiseId,
        number: personalAccounts.number,
      })
      .from(personalAccounts)
      .where(
        and(
          eq(personalAccounts.organizationId, organizationId),
          anyOf(
            personalAccounts.premiseId,
            rows.map((r) => r.id),
          ),
        ),
      );
    for (const a of found) accounts.set(accountKey(a.premiseId, a.number), { id: a.id, number: a.number });
  }
  return { premiseIds, accounts };
}

/** Meters loaded before, by their external id (the integration's one id space, source ''). */
export async function metersByExternalId(db: Db, organizationId: string, externalIds: string[]) {
  if (externalIds.length === 0) return new Map<string, BatchMeterRow>();
  const rows = await db
    .select()
    .from(meters)
    .where(
      and(
        eq(meters.organizationId, organizationId),
        eq(meters.externalSource, ''),
        anyOf(meters.externalId, externalIds),
      ),
    );
  return new Map(rows.map((row) => [row.externalId as string, row]));
}

/** Which of the meters have readings (their resource and tariffs are then fixed). */
export async function withReadings(db: Db, organizationId: string, meterIds: string[]) {
  if (meterIds.length === 0) return new Set<string>();
  const rows = await db
    .selectDistinct({ meterId: meterReadings.meterId })
    .from(meterReadings)
    .where(and(eq(meterReadings.organizationId, organizationId), anyOf(meterReadings.meterId, meterIds)));
  return new Set(rows.map((r) => r.meterId));
}

export async function insertMeters(db: Db, rows: BatchMeterInsert[]) {
  if (rows.length === 0) return;
  await db.insert(meters).values(rows);
}

export async function updateMeter(
  db: Db,
  organizationId: string,
  id: string,
  values: Partial<BatchMeterInsert>,
) {
  await db
    .update(meters)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(meters.organizationId, organizationId), eq(meters.id, id)));
}

/** The premise's meter with this serial number: the one in service, else the one replaced last. */
export async function meterBySerial(db: Db, organizationId: string, premiseId: string, serialNumber: string) {
  const [row] = await db
    .select()
    .from(meters)
    .where(
      and(
        eq(meters.organizationId, organizationId),
        eq(meters.premiseId, premiseId),
        eq(meters.serialNumber, serialNumber),
      ),
    )
    .orderBy(sql`${meters.replacedOn} desc nulls first`, asc(meters.id))
    .limit(1);
  return row;
}

/** The meter's readings taken on the day, first entered first. */
export function readingsOn(db: Db, organizationId: string, meterId: string, takenOn: string) {
  return db
    .select()
    .from(meterReadings)
    .where(
      and(
        eq(meterReadings.organizationId, organizationId),
        eq(meterReadings.meterId, meterId),
        eq(meterReadings.takenOn, takenOn),
      ),
    )
    .orderBy(asc(meterReadings.createdAt), asc(meterReadings.id));
}
