import { and, asc, desc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import {
  clients,
  meterReadings,
  meterSettings,
  meters,
  personalAccounts,
  premiseLinks,
  staff,
} from '../../db/schema';

export type MeterRow = typeof meters.$inferSelect & { accountNumber: string | null };
export type MeterInsert = Omit<
  typeof meters.$inferInsert,
  'organizationId' | 'id' | 'createdAt' | 'updatedAt'
>;
export type MeterChanges = Partial<MeterInsert>;
export type ReadingInsert = Omit<typeof meterReadings.$inferInsert, 'organizationId' | 'id' | 'createdAt'>;
export type ReadingRow = typeof meterReadings.$inferSelect & {
  staffName: string | null;
  clientName: string | null;
};
export type SettingsRow = typeof meterSettings.$inferSelect;

const readingColumns = {
  id: meterReadings.id,
  organizationId: meterReadings.organizationId,
  meterId: meterReadings.meterId,
  takenOn: meterReadings.takenOn,
  value1: meterReadings.value1,
  value2: meterReadings.value2,
  value3: meterReadings.value3,
  source: meterReadings.source,
  authorStaffId: meterReadings.authorStaffId,
  authorClientId: meterReadings.authorClientId,
  jumpConfirmed: meterReadings.jumpConfirmed,
  createdAt: meterReadings.createdAt,
  staffName: staff.fullName,
  clientName: clients.fullName,
};

function selectMeters(db: Db) {
  return db
    .select({ meter: meters, accountNumber: personalAccounts.number })
    .from(meters)
    .leftJoin(
      personalAccounts,
      and(
        eq(personalAccounts.organizationId, meters.organizationId),
        eq(personalAccounts.id, meters.accountId),
      ),
    );
}

const flat = (rows: { meter: typeof meters.$inferSelect; accountNumber: string | null }[]): MeterRow[] =>
  rows.map((r) => ({ ...r.meter, accountNumber: r.accountNumber }));

/** The premise's meters: the ones in service first, then replaced ones; by resource and serial. */
export async function listMeters(db: Db, organizationId: string, premiseId: string, inServiceOnly = false) {
  const rows = await selectMeters(db)
    .where(
      and(
        eq(meters.organizationId, organizationId),
        eq(meters.premiseId, premiseId),
        inServiceOnly ? isNull(meters.replacedById) : undefined,
      ),
    )
    .orderBy(
      sql`${meters.replacedOn} is not null`,
      asc(meters.resource),
      asc(meters.serialNumber),
      asc(meters.id),
    );
  return flat(rows);
}

export async function findMeter(db: Db, organizationId: string, id: string, lock = false) {
  const query = selectMeters(db).where(and(eq(meters.organizationId, organizationId), eq(meters.id, id)));
  const rows = lock ? await query.for('update', { of: meters }) : await query;
  return flat(rows)[0];
}

export async function insertMeter(db: Db, organizationId: string, values: MeterInsert) {
  const [row] = await db
    .insert(meters)
    .values({ organizationId, ...values })
    .returning({ id: meters.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updateMeter(db: Db, organizationId: string, id: string, changes: MeterChanges) {
  await db
    .update(meters)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(meters.organizationId, organizationId), eq(meters.id, id)));
}

export async function deleteMeter(db: Db, organizationId: string, id: string) {
  // A meter that replaced this one is kept; the old one no longer points at a missing row.
  await db
    .update(meters)
    .set({ replacedById: null, replacedOn: null, updatedAt: new Date() })
    .where(and(eq(meters.organizationId, organizationId), eq(meters.replacedById, id)));
  await db.delete(meters).where(and(eq(meters.organizationId, organizationId), eq(meters.id, id)));
}

/** The account is the premise's own (the composite key only keeps it in the organisation). */
export async function accountOfPremise(db: Db, organizationId: string, premiseId: string, accountId: string) {
  const [row] = await db
    .select({ id: personalAccounts.id, number: personalAccounts.number })
    .from(personalAccounts)
    .where(
      and(
        eq(personalAccounts.organizationId, organizationId),
        eq(personalAccounts.premiseId, premiseId),
        eq(personalAccounts.id, accountId),
      ),
    );
  return row;
}

function selectReadings(db: Db) {
  return db
    .select(readingColumns)
    .from(meterReadings)
    .leftJoin(
      staff,
      and(eq(staff.organizationId, meterReadings.organizationId), eq(staff.id, meterReadings.authorStaffId)),
    )
    .leftJoin(
      clients,
      and(
        eq(clients.organizationId, meterReadings.organizationId),
        eq(clients.id, meterReadings.authorClientId),
      ),
    );
}

/** A meter's readings, newest first. */
export function listReadings(db: Db, organizationId: string, meterId: string, limit = 200) {
  return selectReadings(db)
    .where(and(eq(meterReadings.organizationId, organizationId), eq(meterReadings.meterId, meterId)))
    .orderBy(desc(meterReadings.takenOn), desc(meterReadings.createdAt))
    .limit(limit);
}

/** The last reading of each of the meters (by the day taken, then entered). */
export async function lastReadings(db: Db, organizationId: string, meterIds: string[]) {
  if (meterIds.length === 0) return new Map<string, ReadingRow>();
  const rows = await selectReadings(db)
    .where(and(eq(meterReadings.organizationId, organizationId), inArray(meterReadings.meterId, meterIds)))
    .orderBy(asc(meterReadings.meterId), desc(meterReadings.takenOn), desc(meterReadings.createdAt));
  const last = new Map<string, ReadingRow>();
  for (const row of rows) if (!last.has(row.meterId)) last.set(row.meterId, row);
  return last;
}

/** Readings up to the day (inclusive), oldest first: the history the rules read. */
export function readingsUpTo(db: Db, organizationId: string, meterId: string, takenOn: string) {
  return db
    .select()
    .from(meterReadings)
    .where(
      and(
        eq(meterReadings.organizationId, organizationId),
        eq(meterReadings.meterId, meterId),
        lte(meterReadings.takenOn, takenOn),
      ),
    )
    .orderBy(asc(meterReadings.takenOn), asc(meterReadings.createdAt));
}

/** The first reading after the day: a back-dated reading may not exceed it. */
export async function readingAfter(db: Db, organizationId: string, meterId: string, takenOn: string) {
  const [row] = await db
    .select()
    .from(meterReadings)
    .where(
      and(
        eq(meterReadings.organizationId, organizationId),
        eq(meterReadings.meterId, meterId),
        gt(meterReadings.takenOn, takenOn),
      ),
    )
    .orderBy(asc(meterReadings.takenOn), asc(meterReadings.createdAt))
    .limit(1);
  return row;
}

export async function hasReadings(db: Db, organizationId: string, meterId: string) {
  const [row] = await db
    .select({ id: meterReadings.id })
    .from(meterReadings)
    .where(and(eq(meterReadings.organizationId, organizationId), eq(meterReadings.meterId, meterId)))
    .limit(1);
  return row !== undefined;
}

export async function insertReading(db: Db, organizationId: string, values: ReadingInsert) {
  const [row] = await db
    .insert(meterReadings)
    .values({ organizationId, ...values })
    .returning({ id: meterReadings.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function findReading(db: Db, organizationId: string, id: string) {
  const [row] = await selectReadings(db).where(
    and(eq(meterReadings.organizationId, organizationId), eq(meterReadings.id, id)),
  );
  return row;
}

export async function deleteReading(db: Db, organizationId: string, id: string) {
  await db
    .delete(meterReadings)
    .where(and(eq(meterReadings.organizationId, organizationId), eq(meterReadings.id, id)));
}

export async function findSettings(db: Db, organizationId: string) {
  const [row] = await db.select().from(meterSettings).where(eq(meterSettings.organizationId, organizationId));
  return row;
}

export async function saveSettings(
  db: Db,
  organizationId: string,
  values: Pick<SettingsRow, 'windowFromDay' | 'windowToDay' | 'jumpFactor'>,
) {
  await db
    .insert(meterSettings)
    .values({ organizationId, ...values })
    .onConflictDoUpdate({ target: meterSettings.organizationId, set: { ...values, updatedAt: new Date() } });
}

/** The account's card in the organisation, when it is linked to the premise (the app's T-1 check). */
export async function findCardOnPremise(
  db: Db,
  organizationId: string,
  accountId: string,
  premiseId: string,
) {
  const [row] = await db
    .select({ id: clients.id, fullName: clients.fullName })
    .from(clients)
    .innerJoin(
      premiseLinks,
      and(eq(premiseLinks.organizationId, clients.organizationId), eq(premiseLinks.clientId, clients.id)),
    )
    .where(
      and(
        eq(clients.organizationId, organizationId),
        eq(clients.accountId, accountId),
        eq(premiseLinks.premiseId, premiseId),
      ),
    )
    .limit(1);
  return row;
}
