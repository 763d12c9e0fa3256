import {
  ACCOUNT_FIELD_LABELS,
  CLIENT_FIELD_LABELS,
  DOCUMENT_FIELD_LABELS,
  type HistoryEntry,
  LINK_FIELD_LABELS,
  METER_FIELD_LABELS,
  PII_MASK,
  PREMISE_FIELD_LABELS,
  REQUEST_FIELD_LABELS,
  SERVICE_REQUEST_FIELD_LABELS,
  SESSION_FIELD_LABELS,
} from '@domovoy/contract';
import type { ChangeRecord } from '../db/schema';
import { RESIDENT_ACTOR_PREFIX } from './actor';
import type { HistoryRow } from './history';
import { CONTACT_FIELDS, NAME_FIELDS, type PiiAccess } from './pii';

const LABELS: Record<string, Record<string, string>> = {
  premise: PREMISE_FIELD_LABELS,
  account: ACCOUNT_FIELD_LABELS,
  document: DOCUMENT_FIELD_LABELS,
  client: CLIENT_FIELD_LABELS,
  link: LINK_FIELD_LABELS,
  external_id: CLIENT_FIELD_LABELS,
  registration_request: REQUEST_FIELD_LABELS,
  lead: REQUEST_FIELD_LABELS,
  resident_session: SESSION_FIELD_LABELS,
  service_request: SERVICE_REQUEST_FIELD_LABELS,
  meter: METER_FIELD_LABELS,
  meter_reading: METER_FIELD_LABELS,
};

const WHAT: Record<string, [string, string, string]> = {
  premise: ['Создано помещение', 'Изменено помещение', 'Удалено помещение'],
  account: ['Добавлен лицевой счёт', 'Изменён лицевой счёт', 'Удалён лицевой счёт'],
  document: ['Добавлен документ', 'Изменён документ', 'Удалён документ'],
  client: ['Создан клиент', 'Изменён клиент', 'Удалён клиент'],
  link: ['Клиент привязан к помещению', 'Изменена привязка к помещению', 'Клиент отвязан от помещения'],
  external_id: [
    'Добавлен внешний идентификатор',
    'Изменён внешний идентификатор',
    'Удалён внешний идентификатор',
  ],
  registration_request: [
    'Получена заявка на регистрацию',
    'Изменена заявка на регистрацию',
    'Удалена заявка на регистрацию',
  ],
  lead: [
    'Новый неидентифицированный клиент',
    'Изменён неидентифицированный клиент',
    'Удалён неидентифицированный клиент',
  ],
  // S-2: only staff ending a session writes history; the resident's own sign-ins and sign-outs do not.
  resident_session: [
    'Вход в приложение',
    'Изменён сеанс в приложении',
    'Деактивирована сессия в приложении:',
  ],
  service_request: ['Создана заявка', 'Изменена заявка', 'Удалена заявка'],
  meter: ['Добавлен счётчик', 'Изменён счётчик', 'Удалён счётчик'],
  meter_reading: ['Внесено показание счётчика', 'Изменено показание счётчика', 'Удалено показание счётчика'],
};

/** The field that names what an entry is about («Добавлен счётчик 123», «Внесено показание счётчика ХВС № 123»). */
const IDENT_FIELDS = new Set(['number', 'title', 'device', 'serialNumber', 'meter']);

/** Fields of entries any entity may have. */
const COMMON_LABELS: Record<string, string> = { importRollback: 'откат загрузки' };

const SILENT_IDENT = new Set(['premise', 'client', 'link', 'registration_request', 'lead']);

/** a change of a personal-data field, its values masked for a role without that data. */
export function maskChange(change: ChangeRecord, access: PiiAccess): ChangeRecord {
  const hidden =
    (NAME_FIELDS.has(change.field) && !access.name) || (CONTACT_FIELDS.has(change.field) && !access.contacts);
  if (!hidden) return change;
  const mask = (value: unknown) => (value === null || value === undefined ? value : PII_MASK);
  return { field: change.field, old: mask(change.old), new: mask(change.new) };
}

/** Who was linked or unlinked, and in which role: «Орлов Олег, Житель / член семьи» (R-3 masked). */
function linkParties(row: HistoryRow, access: PiiAccess): string {
  const value = (field: string) => {
    const change = row.changes.find((c) => c.field === field);
    const v = change ? (row.action === 'delete' ? change.old : change.new) : null;
    return v === null || v === undefined || v === '' ? null : String(v);
  };
  const client = value('client');
  const parts = [client && !access.name ? PII_MASK : client, value('role')].filter(Boolean);
  return parts.length > 0 ? `: ${parts.join(', ')}` : '';
}

function summary(row: HistoryRow, access: PiiAccess): string {
  const [created, updated, deleted] = WHAT[row.entityType] ?? ['Создано', 'Изменено', 'Удалено'];
  const labels = LABELS[row.entityType] ?? {};
  const named = (field: string) => labels[field] ?? COMMON_LABELS[field] ?? field;
  // What the entry is about: a premise's or account's number, a document's title, an ended session's device.
  const ident = row.changes.find((c) => IDENT_FIELDS.has(c.field));
  const which = ident ? ` ${String(ident.new ?? ident.old)}` : '';
  const suffix =
    row.entityType === 'link' ? linkParties(row, access) : SILENT_IDENT.has(row.entityType) ? '' : which;
  if (row.action === 'create') return `${created}${suffix}`;
  if (row.action === 'delete') return `${deleted}${suffix}`;
  return `${updated}: ${row.changes.map((c) => named(c.field)).join(', ')}`;
}

/** a resident author is named by their ФИО, masked like the name itself. */
function actorName(row: HistoryRow, access: PiiAccess): string | null {
  const resident = `${RESIDENT_ACTOR_PREFIX}: `;
  if (access.name || row.actorStaffId || !row.actorName?.startsWith(resident)) return row.actorName;
  return `${resident}${PII_MASK}`;
}

/** R-4 with R-3: personal data in old → new values are masked like everywhere else. */
export function mapHistory(
  row: HistoryRow,
  access: PiiAccess = { name: true, contacts: true },
): HistoryEntry {
  return {
    id: String(row.id),
    at: row.at.toISOString(),
    actor: row.actorStaffId && row.actorName ? { id: row.actorStaffId, name: row.actorName } : null,
    actorName: actorName(row, access),
    entityType: row.entityType,
    entityId: row.entityId,
    action: row.action as HistoryEntry['action'],
    summary: summary(row, access),
    changes: row.changes.map((change) => maskChange(change, access)),
  };
}
