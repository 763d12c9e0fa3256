import {
  type BatchResult,
  IntegrationMeterReading,
  type ItemResult,
  READING_SOURCES,
  type ReadingSource,
  readingText,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError, fieldError } from '../../platform/errors';
import { enterReading } from '../meters/enter-reading';
import * as meters from '../meters/meters.repository';
import { valuesOf } from '../meters/meters.view';
import { moscowToday, normaliseValue } from '../meters/reading-rules';
import { applyEach, type ItemNaming } from './batch';
import { premiseOfItem } from './item-references';
import * as repo from './meters-batch.repository';

type Parsed = {
  index: number;
  /** The item's name in its result: the meter's external id, else its serial number. */
  ref: string;
  meterExternalId: string | null;
  premiseExternalId: string | null;
  serialNumber: string | null;
  takenOn: string;
  values: string[];
};

function parseReading(item: IntegrationMeterReading, index: number): Parsed {
  const meterExternalId = item.meterExternalId?.trim() || null;
  const premiseExternalId = item.premiseExternalId?.trim() || null;
  const serialNumber = item.serialNumber?.trim() || null;
  const ref = meterExternalId ?? (premiseExternalId && serialNumber);
  if (!ref) {
    const field = premiseExternalId ? 'serialNumber' : serialNumber ? 'premiseExternalId' : 'meterExternalId';
    throw fieldError(
      'VALIDATION_FAILED',
      field,
      'Укажите счётчик: его внешний идентификатор (meterExternalId) или помещение (premiseExternalId) и заводской номер (serialNumber)',
      'REQUIRED',
    );
  }
  return {
    index,
    ref: meterExternalId ?? (serialNumber as string),
    meterExternalId,
    premiseExternalId,
    serialNumber,
    takenOn: item.takenOn,
    values: item.values,
  };
}

const naming: ItemNaming<Parsed> = {
  rawRef: (item) =>
    typeof item.meterExternalId === 'string'
      ? item.meterExternalId.trim()
      : typeof item.serialNumber === 'string'
        ? item.serialNumber.trim()
        : null,
  ref: (p) => p.ref,
  // One reading of a meter a day per batch (the same meter named both ways is caught by the day's check).
  keys: (p) => [
    `${p.meterExternalId ? `e:${p.meterExternalId}` : `s:${p.premiseExternalId}\u0001${p.serialNumber}`}\u0001${p.takenOn}`,
  ],
};

/** The meter as `POST meters` names it (external id), or by premise and serial; both must agree. */
async function meterOf(tx: Db, organizationId: string, p: Parsed): Promise<string> {
  const premiseId = await premiseOfItem(tx, organizationId, p.premiseExternalId ?? undefined);
  if (p.meterExternalId) {
    const meter = (await repo.metersByExternalId(tx, organizationId, [p.meterExternalId])).get(
      p.meterExternalId,
    );
    if (!meter)
      throw fieldError(
        'REFERENCE_NOT_FOUND',
        'meterExternalId',
        'Счётчик с таким внешним идентификатором не найден',
      );
    if (premiseId && meter.premiseId !== premiseId)
      throw fieldError(
        'VALIDATION_FAILED',
        'premiseExternalId',
        'Счётчик с этим внешним идентификатором стоит в другом помещении',
        'MISMATCH',
      );
    if (p.serialNumber && meter.serialNumber !== p.serialNumber)
      throw fieldError(
        'VALIDATION_FAILED',
        'serialNumber',
        `У счётчика с этим внешним идентификатором заводской номер ${meter.serialNumber}`,
        'MISMATCH',
      );
    return meter.id;
  }
  const meter = await repo.meterBySerial(tx, organizationId, premiseId as string, p.serialNumber as string);
  if (!meter)
    throw fieldError(
      'REFERENCE_NOT_FOUND',
      'serialNumber',
      'У этого помещения нет счётчика с таким заводским номером',
    );
  return meter.id;
}

/**
 * One item: the same reading of the day answers `unchanged`; another one that day is refused (the
 * CRM deletes a wrong reading, nothing overwrites one); else a new reading by the CRM's own rules.
 */
async function applyItem(tx: Db, actor: Actor, p: Parsed, today: string): Promise<ItemResult> {
  const org = actor.organizationId;
  // Locked before the day's readings are read: two sendings of one reading go one after the other.
  const meter = await meters.findMeter(tx, org, await meterOf(tx, org, p), true);
  if (!meter) throw new AppError('NOT_FOUND');
  const result = (status: ItemResult['status'], id: string): ItemResult => ({
    index: p.index,
    externalId: p.ref,
    status,
    id,
  });
  if (p.values.length === meter.tariffs) {
    const values = p.values.map(normaliseValue).join(' / ');
    const sameDay = await repo.readingsOn(tx, org, meter.id, p.takenOn);
    const same = sameDay.find((r) => valuesOf(r, meter.tariffs).join(' / ') === values);
    if (same) return result('unchanged', same.id);
    const other = sameDay[0];
    if (other) {
      const shown = valuesOf(other, meter.tariffs).map(readingText).join(' / ');
      const source = READING_SOURCES[other.source as ReadingSource] ?? other.source;
      throw new AppError('METER_READING_EXISTS', {
        detail: `На ${p.takenOn.split('-').reverse().join('.')} у счётчика № ${meter.serialNumber} уже есть показание ${shown} (${source}). Чтобы заменить его, удалите его в CRM и загрузите снова`,
        fields: [
          {
            field: 'takenOn',
            code: 'METER_READING_EXISTS',
            message: 'На эту дату уже есть другое показание',
          },
        ],
      });
    }
  }
  // No one to ask about a jump: the accounting system bills on what it sends, so the reading is
  // taken and marked (jump_confirmed) for staff to see, not refused (docs/decisions.md).
  const id = await enterReading(
    tx,
    actor,
    meter.id,
    {
      takenOn: p.takenOn,
      values: p.values,
      confirmJump: true,
      source: 'integration',
      authorStaffId: null,
      authorClientId: null,
    },
    today,
  );
  return result('created', id);
}

/**
 * Issue 13: readings from the accounting system, by the rules the CRM applies (one value per
 * tariff, none below the previous reading or above the next, none after the meter's replacement,
 * none in the future). Idempotent by meter and day: the same values again are `unchanged`. Items
 * are checked one by one in one transaction, as the other batches (I-1); no rollback record.
 */
export async function importReadings(db: Db, actor: Actor, raw: unknown[], now: Date): Promise<BatchResult> {
  assertCan(actor, 'premises.view', 'meters.readings');
  const today = moscowToday(now);
  return applyEach(db, raw, IntegrationMeterReading, naming, parseReading, (tx, p) =>
    applyItem(tx, actor, p, today),
  );
}
