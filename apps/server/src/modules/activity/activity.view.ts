import {
  type ActivityItem,
  type ActivityKind,
  METER_RESOURCES,
  type MeterResource,
  meterResourceLabel,
  readingText,
} from '@domovoy/contract';
import { maskedFlags, type PiiAccess, showName } from '../../platform/pii';
import { premiseAddressOf } from '../service-requests/service-requests.view';
import type { FeedRow } from './activity.repository';

/** A reading's subject: the meter and its values, «ХВС, № 123: 45,5 м³». */
function readingSubject(row: FeedRow): string {
  const values = [row.value1, row.value2, row.value3]
    .slice(0, row.tariffs ?? 1)
    .filter((v): v is string => v !== null);
  const meter = meterResourceLabel(row.resource as MeterResource, row.tariffs ?? 1);
  const unit = METER_RESOURCES[row.resource as MeterResource]?.unit ?? '';
  return `${meter}, № ${row.serial}: ${values.map(readingText).join(' / ')} ${unit}`.trimEnd();
}

/** ACT-2: a row of the tab; the client's name masked here as everywhere else. */
export function mapActivity(row: FeedRow, access: PiiAccess): ActivityItem {
  const premiseAddress = row.p_type
    ? premiseAddressOf({
        type: row.p_type,
        street: row.p_street,
        house: row.p_house,
        building: row.p_building,
        number: row.p_number,
        room: row.p_room,
        externalId: null,
        objectId: '',
      })
    : null;
  return {
    id: row.id,
    kind: row.kind as ActivityKind,
    status: row.status,
    number: row.number,
    requestType: row.request_type,
    subject: row.kind === 'meter_reading' ? readingSubject(row) : (row.subject ?? ''),
    note: row.note,
    result: row.result,
    premiseId: row.premise_id,
    premiseAddress,
    clientId: row.client_id,
    clientName: row.client_name === null ? null : showName(row.client_name, access),
    authorName: row.kind === 'call' ? row.author_name : null,
    masked: maskedFlags(access),
    occurredAt: row.occurred_at,
    updatedAt: row.updated_at,
  };
}
