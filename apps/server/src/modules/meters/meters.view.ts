import {
  type Meter,
  type MeterReading,
  type MeterResource,
  meterResourceLabel,
  READING_SOURCES,
  type ReadingSource,
} from '@domovoy/contract';
import { type PiiAccess, showName } from '../../platform/pii';
import type { MeterRow, ReadingRow } from './meters.repository';

type ReadingValuesRow = Pick<ReadingRow, 'value1' | 'value2' | 'value3'>;

/** The reading's values, one per tariff of the meter. */
export function valuesOf(row: ReadingValuesRow, tariffs = 3): string[] {
  return [row.value1, row.value2, row.value3].slice(0, tariffs).filter((v): v is string => v !== null);
}

/** a client's name as the author of a reading is personal data like anywhere else. */
export function mapReading(row: ReadingRow, access: PiiAccess): MeterReading {
  const authorKind = row.authorStaffId ? 'staff' : row.authorClientId ? 'client' : 'integration';
  const authorName =
    authorKind === 'staff'
      ? row.staffName
      : authorKind === 'client'
        ? showName(row.clientName, access)
        : null;
  return {
    id: row.id,
    meterId: row.meterId,
    takenOn: row.takenOn,
    values: valuesOf(row),
    source: row.source as ReadingSource,
    authorKind,
    authorName,
    jumpConfirmed: row.jumpConfirmed,
    createdAt: row.createdAt.toISOString(),
  };
}

export function mapMeter(row: MeterRow, last: ReadingRow | undefined, access: PiiAccess): Meter {
  return {
    id: row.id,
    premiseId: row.premiseId,
    accountId: row.accountId,
    accountNumber: row.accountNumber,
    resource: row.resource as MeterResource,
    tariffs: row.tariffs,
    serialNumber: row.serialNumber,
    place: row.place,
    installedOn: row.installedOn,
    verifiedOn: row.verifiedOn,
    nextVerificationOn: row.nextVerificationOn,
    replacedOn: row.replacedOn,
    replacedById: row.replacedById,
    externalId: row.externalId,
    lastReading: last ? mapReading(last, access) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** a meter as its history entries show it (names, not ids). */
export function meterHistoryValues(row: MeterRow) {
  return {
    resource: meterResourceLabel(row.resource as MeterResource, row.tariffs),
    serialNumber: row.serialNumber,
    place: row.place,
    account: row.accountNumber,
    installedOn: row.installedOn,
    verifiedOn: row.verifiedOn,
    nextVerificationOn: row.nextVerificationOn,
    replacedOn: row.replacedOn,
    externalId: row.externalId,
  };
}

export const METER_HISTORY_FIELDS = [
  'resource',
  'serialNumber',
  'place',
  'account',
  'installedOn',
  'verifiedOn',
  'nextVerificationOn',
  'replacedOn',
  'externalId',
] as const;

/** a reading as its history entries show it. */
export function readingHistoryValues(
  meter: MeterRow,
  row: ReadingValuesRow & { takenOn: string; source: string },
) {
  return {
    meter: `${meterResourceLabel(meter.resource as MeterResource)} № ${meter.serialNumber}`,
    takenOn: row.takenOn,
    values: valuesOf(row, meter.tariffs).join(' / '),
    source: READING_SOURCES[row.source as ReadingSource] ?? row.source,
  };
}

export const READING_HISTORY_FIELDS = ['meter', 'takenOn', 'values', 'source'] as const;
