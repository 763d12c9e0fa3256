import type {
  IntegrationReadingsPage,
  IntegrationReadingsQuery,
  MeterResource,
  ReadingSource,
} from '@domovoy/contract';
import { and, asc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { meterReadings, meters, objects, personalAccounts, premises } from '../../db/schema';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { valuesOf } from './meters.view';

/** The first day of the month and of the next one: a period's readings are those taken in between. */
export function periodBounds(period: string): { from: string; to: string } {
  const [year, month] = period.split('-').map(Number) as [number, number];
  const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
  return { from: `${period}-01`, to: `${next}-01` };
}

type Cursor = { takenOn: string; id: string };

const encodeCursor = (cursor: Cursor) =>
  Buffer.from(JSON.stringify([cursor.takenOn, cursor.id])).toString('base64url');

function decodeCursor(text: string): Cursor {
  try {
    const [takenOn, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (
      typeof takenOn === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(takenOn) &&
      typeof id === 'string' &&
      /^[0-9a-f-]{36}$/i.test(id)
    )
      return { takenOn, id };
  } catch {
    // falls through to the refusal
  }
  throw new AppError('VALIDATION_FAILED', {
    fields: [
      {
        field: 'cursor',
        code: 'CURSOR',
        message: 'Неверный курсор: передайте nextCursor предыдущей страницы',
      },
    ],
  });
}

/** The rows of a period's readings with their meter, premise, object and account, in (day, id) order. */
export function periodReadings<Extra extends Record<string, SQL>>(
  db: Db,
  organizationId: string,
  period: string,
  options: { after?: SQL; objectId?: string; fields?: Extra } = {},
) {
  const { from, to } = periodBounds(period);
  return db
    .select({
      reading: meterReadings,
      meter: meters,
      premise: premises,
      objectName: objects.name,
      accountNumber: personalAccounts.number,
      ...(options.fields as Extra),
    })
    .from(meterReadings)
    .innerJoin(
      meters,
      and(eq(meters.organizationId, meterReadings.organizationId), eq(meters.id, meterReadings.meterId)),
    )
    .innerJoin(
      premises,
      and(eq(premises.organizationId, meterReadings.organizationId), eq(premises.id, meters.premiseId)),
    )
    .innerJoin(
      objects,
      and(eq(objects.organizationId, meterReadings.organizationId), eq(objects.id, premises.objectId)),
    )
    .leftJoin(
      personalAccounts,
      and(
        eq(personalAccounts.organizationId, meterReadings.organizationId),
        eq(personalAccounts.id, meters.accountId),
      ),
    )
    .where(
      and(
        eq(meterReadings.organizationId, organizationId),
        gte(meterReadings.takenOn, from),
        lt(meterReadings.takenOn, to),
        options.objectId ? eq(premises.objectId, options.objectId) : undefined,
        options.after,
      ),
    );
}

/**
 * Issue 13: the period's readings for the accounting system, a page at a time in the order of the
 * day taken and id (the `meter_readings_taken_idx` index); the cursor is where the page ended.
 */
export async function readingsFeed(
  db: Db,
  actor: Actor,
  query: IntegrationReadingsQuery,
): Promise<IntegrationReadingsPage> {
  assertCan(actor, 'premises.view', 'export.meter_readings');
  const limit = query.limit ?? 500;
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  const after = cursor
    ? sql`(${meterReadings.takenOn}, ${meterReadings.id}) > (${cursor.takenOn}::date, ${cursor.id}::uuid)`
    : undefined;
  const rows = await periodReadings(db, actor.organizationId, query.period, { after })
    .orderBy(asc(meterReadings.takenOn), asc(meterReadings.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      id: r.reading.id,
      meterId: r.meter.id,
      meterExternalId: r.meter.externalId,
      serialNumber: r.meter.serialNumber,
      resource: r.meter.resource as MeterResource,
      premiseId: r.premise.id,
      premiseExternalId: r.premise.externalId,
      accountNumber: r.accountNumber,
      takenOn: r.reading.takenOn,
      values: valuesOf(r.reading, r.meter.tariffs),
      source: r.reading.source as ReadingSource,
      createdAt: r.reading.createdAt.toISOString(),
    })),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ takenOn: last.reading.takenOn, id: last.reading.id })
        : null,
  };
}
