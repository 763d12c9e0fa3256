import {
  formatPremiseAddress,
  METER_RESOURCES,
  type MeterResource,
  type PremiseType,
  READING_SOURCES,
  type ReadingSource,
  type ReadingsExportQuery,
  tariffNames,
} from '@domovoy/contract';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { meterReadings, meters, objects, premises } from '../../db/schema';
import { type Actor, assertCan } from '../../platform/actor';
import { keysetPages, keyValues, mapPages, type OrderKey, orderByKeys } from '../../platform/keyset';
import { type ExportColumn, excelDate } from '../exports/columns';
import { valuesOf } from './meters.view';
import { periodReadings } from './readings-feed';

/** One row per tariff of a reading: how accounting systems load readings. */
export type ReadingExportRow = {
  objectName: string;
  address: string;
  premiseNumber: string | null;
  accountNumber: string | null;
  serialNumber: string;
  resource: string;
  tariff: string;
  previous: number | null;
  current: number;
  takenOn: string;
  source: string;
};

const VALUE_FORMAT = '0.000';

export const READING_EXPORT_COLUMNS: readonly ExportColumn<ReadingExportRow>[] = [
  { key: 'object', header: 'Объект', width: 28, value: (r) => r.objectName },
  { key: 'address', header: 'Адрес', width: 36, value: (r) => r.address },
  { key: 'premise', header: 'Номер помещения', width: 14, value: (r) => r.premiseNumber },
  { key: 'account', header: 'Лицевой счёт', width: 16, value: (r) => r.accountNumber },
  { key: 'serial', header: 'Заводской номер счётчика', width: 22, value: (r) => r.serialNumber },
  { key: 'resource', header: 'Ресурс', width: 16, value: (r) => r.resource },
  { key: 'tariff', header: 'Тариф', width: 14, value: (r) => r.tariff },
  {
    key: 'previous',
    header: 'Предыдущее показание',
    width: 20,
    numFmt: VALUE_FORMAT,
    value: (r) => r.previous,
  },
  { key: 'current', header: 'Текущее показание', width: 18, numFmt: VALUE_FORMAT, value: (r) => r.current },
  {
    key: 'date',
    header: 'Дата показания',
    width: 14,
    numFmt: 'dd.mm.yyyy',
    value: (r) => excelDate(r.takenOn),
  },
  { key: 'source', header: 'Источник', width: 12, value: (r) => r.source },
];

/** By object, premise (natural order), meter and day: a file an operator reads object by object. */
const KEYS: readonly OrderKey[] = [
  { expr: objects.name },
  { expr: sql`${premises.sortKey} collate "C"` },
  { expr: meters.serialNumber },
  { expr: meterReadings.takenOn },
  { expr: meterReadings.id },
];

/** The reading before this one of the same meter (by day, then entry): its values are «previous». */
const previousValues = sql<(string | null)[] | null>`(
  select array[p.value1::text, p.value2::text, p.value3::text] from ${meterReadings} p
  where p.organization_id = ${meterReadings.organizationId} and p.meter_id = ${meterReadings.meterId}
    and (p.taken_on, p.created_at) < (${meterReadings.takenOn}, ${meterReadings.createdAt})
  order by p.taken_on desc, p.created_at desc limit 1)`;

function readPage(db: Db, actor: Actor, query: ReadingsExportQuery, after: SQL | undefined, limit: number) {
  return periodReadings(db, actor.organizationId, query.period, {
    after,
    objectId: query.objectId,
    fields: { previous: previousValues, ...keyValues(KEYS) },
  })
    .orderBy(...orderByKeys(KEYS))
    .limit(limit);
}

type PageRow = Awaited<ReturnType<typeof readPage>>[number];

function rowsOf(r: PageRow): ReadingExportRow[] {
  const type = r.premise.type as PremiseType;
  const current = valuesOf(r.reading, r.meter.tariffs);
  const names = r.meter.tariffs > 1 ? tariffNames(r.meter.tariffs) : ['Единый'];
  return current.map((value, i) => {
    const previous = r.previous?.[i];
    return {
      objectName: r.objectName,
      address: formatPremiseAddress(type, {
        street: r.premise.street,
        house: r.premise.house,
        building: r.premise.building,
      }),
      premiseNumber:
        [r.premise.number, r.premise.room && `ком. ${r.premise.room}`].filter(Boolean).join(', ') || null,
      accountNumber: r.accountNumber,
      serialNumber: r.meter.serialNumber,
      resource: METER_RESOURCES[r.meter.resource as MeterResource]?.label ?? r.meter.resource,
      tariff: names[i] ?? '',
      previous: previous ? Number(previous) : null,
      current: Number(value),
      takenOn: r.reading.takenOn,
      source: READING_SOURCES[r.reading.source as ReadingSource] ?? r.reading.source,
    };
  });
}

/**
 * Issue 13: a period's readings (optionally of one object) for the accounting system, one row per
 * tariff with the previous reading beside the current one, read by keyset in pages of `pageSize`.
 */
export async function exportReadings(
  db: Db,
  actor: Actor,
  query: ReadingsExportQuery,
  pageSize = 2000,
): Promise<AsyncGenerator<ReadingExportRow[]>> {
  assertCan(actor, 'premises.view', 'export.meter_readings');
  const pages = keysetPages(KEYS, pageSize, (after) => readPage(db, actor, query, after, pageSize));
  return mapPages(pages, (page) => page.flatMap(rowsOf));
}
