// The columns of the .xlsx exports (P-8, C-9, R-2's requests and leads, issue 13's «Заявки»): key, Russian header, width and how a value is
// written. The import reads these headers back (an export re-imports to the same data), so a
// header changes here or nowhere.
import {
  LEAD_SOURCES,
  type Lead,
  LINK_ROLES,
  type RegistrationRequestListItem,
  SERVICE_REQUEST_SOURCES,
  SERVICE_REQUEST_STATUSES,
  type ServiceRequestListItem,
} from '@domovoy/contract';
import type { ClientExportRow } from '../clients/clients.view';
import { FILE_SOURCE } from '../imports/apply-consolidated-file';
import type { PremiseExportRow } from '../premises/premises.view';
import { clientEntry, entries, premiseEntry } from './link-entries';

export type CellValue = string | number | Date | null;

export type ExportColumn<Row> = {
  key: string;
  header: string;
  /** In characters, as Excel measures a column. */
  width: number;
  /** Excel number format of the column's cells. */
  numFmt?: string;
  /** Several lines in a cell: wrap them. */
  wrap?: boolean;
  value(row: Row): CellValue;
};

/** Several values in one cell (accounts, tags, clients…). */
export const LIST_SEPARATOR = '; ';
export const DATE_FORMAT = 'dd.mm.yyyy';
export const DATE_TIME_FORMAT = 'dd.mm.yyyy hh:mm';
export const AREA_FORMAT = '0.00';

/**
 * Excel has no time zones: a moment is written as Moscow wall-clock time (UTC+3, no daylight
 * saving since 2014), where most УО work; an organisation time zone setting can replace it.
 */
const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;

export function excelDateTime(moment: Date | null): Date | null {
  return moment && new Date(moment.getTime() + MOSCOW_OFFSET_MS);
}

/** A date-only value (ГГГГ-ММ-ДД) as an Excel date; anything else (the R-3 mask) as it is. */
export function excelDate(value: string | null): Date | string | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : value;
}

export function joined(values: readonly string[]): string | null {
  return values.length > 0 ? values.join(LIST_SEPARATOR) : null;
}

/**
 * Values that follow another list cell position by position (entrances and floors follow
 * «Помещения»): an empty position stays empty («; 77-АБ»),
 * trailing empty ones are dropped. A single value is written as itself (a date as a date, a number
 * as a number); several as text; none, an empty cell.
 */
function aligned<T extends string | number>(
  values: readonly (T | null)[],
  single: (value: T) => CellValue,
  text: (value: T) => string = String,
): CellValue {
  const present = (v: T | null | undefined): v is T => v !== null && v !== undefined && v !== '';
  let end = values.length;
  while (end > 0 && !present(values[end - 1])) end--;
  const kept = values.slice(0, end);
  const [first] = kept;
  if (kept.length === 0) return null;
  if (kept.length === 1 && present(first)) return single(first);
  return kept.map((v) => (present(v) ? text(v) : '')).join(LIST_SEPARATOR);
}

/** P-8 and issue 17: one row per premise; each client with their role, share and documents in one entry. */
export const PREMISE_EXPORT_COLUMNS: readonly ExportColumn<PremiseExportRow>[] = [
  { key: 'object', header: 'Объект', width: 24, value: (r) => r.objectName },
  { key: 'type', header: 'Тип', width: 16, value: (r) => r.typeLabel },
  { key: 'address', header: 'Адрес', width: 40, value: (r) => r.address },
  { key: 'street', header: 'Улица', width: 24, value: (r) => r.street },
  { key: 'house', header: 'Дом', width: 8, value: (r) => r.house },
  { key: 'building', header: 'Корпус', width: 8, value: (r) => r.building },
  { key: 'number', header: 'Номер помещения', width: 10, value: (r) => r.number },
  { key: 'room', header: 'Комната', width: 9, value: (r) => r.room },
  { key: 'entrance', header: 'Подъезд', width: 10, value: (r) => r.entrance },
  { key: 'floor', header: 'Этаж', width: 8, value: (r) => r.floor },
  { key: 'rooms', header: 'Количество комнат', width: 10, value: (r) => r.rooms },
  { key: 'totalArea', header: 'Общая площадь', width: 14, numFmt: AREA_FORMAT, value: (r) => r.totalArea },
  { key: 'livingArea', header: 'Жилая площадь', width: 14, numFmt: AREA_FORMAT, value: (r) => r.livingArea },
  { key: 'accounts', header: 'Лицевой счёт', width: 18, value: (r) => joined(r.accounts) },
  {
    key: 'clients',
    header: 'Клиенты (роль, доля, документы)',
    width: 60,
    wrap: true,
    value: (r) => entries(r.links.map(clientEntry)),
  },
  { key: 'tags', header: 'Теги', width: 24, value: (r) => joined(r.tags) },
  { key: 'externalId', header: 'Внешний идентификатор', width: 22, value: (r) => r.externalId },
  // Issue 15: the template's columns of the premise, read back by the same headers.
  { key: 'cadastralNumber', header: 'Кадастровый номер', width: 22, value: (r) => r.cadastralNumber },
  {
    key: 'registeredResidents',
    header: 'Зарегистрировано человек',
    width: 14,
    value: (r) => r.registeredResidents,
  },
];

/** C-8: «система: идентификатор», or the identifier alone when it has no source system. */
export function externalIdText({ source, externalId }: { source: string; externalId: string }): string {
  return source ? `${source}: ${externalId}` : externalId;
}

/** C-9, in the order the SPEC lists them. */
export const CLIENT_EXPORT_COLUMNS: readonly ExportColumn<ClientExportRow>[] = [
  { key: 'fullName', header: 'ФИО в CRM', width: 36, value: (r) => r.fullName },
  { key: 'appName', header: 'ФИО в приложении', width: 36, value: (r) => r.appName },
  { key: 'phone', header: 'Телефон', width: 18, value: (r) => r.phone },
  { key: 'email', header: 'E-mail', width: 28, value: (r) => r.email },
  {
    key: 'birthDate',
    header: 'День рождения',
    width: 14,
    numFmt: DATE_FORMAT,
    value: (r) => excelDate(r.birthDate),
  },
  {
    key: 'premises',
    header: 'Помещения (роль, доля)',
    width: 60,
    value: (r) => joined(r.premises.map(premiseEntry)),
  },
  { key: 'accounts', header: 'Лицевые счета', width: 24, value: (r) => joined(r.accounts) },
  {
    key: 'firstLoginAt',
    header: 'Дата первой авторизации',
    width: 18,
    numFmt: DATE_TIME_FORMAT,
    value: (r) => excelDateTime(r.firstLoginAt),
  },
  {
    key: 'lastVisitAt',
    header: 'Дата последнего визита в ЛК',
    width: 18,
    numFmt: DATE_TIME_FORMAT,
    value: (r) => excelDateTime(r.lastVisitAt),
  },
  {
    key: 'externalIds',
    header: 'Внешние идентификаторы',
    width: 28,
    value: (r) => joined(r.externalIds.map(externalIdText)),
  },
  {
    key: 'entrances',
    header: 'Подъезды',
    width: 12,
    value: (r) =>
      aligned(
        r.premises.map((p) => p.entrance),
        (v) => v,
      ),
  },
  {
    key: 'floors',
    header: 'Этажи',
    width: 10,
    value: (r) =>
      aligned(
        r.premises.map((p) => p.floor),
        (v) => v,
      ),
  },
  { key: 'loyaltyCard', header: 'Карта лояльности', width: 18, value: (r) => r.loyaltyCard },
  // Issue 15: what the consolidated import needs to read a row back as the same client — the type
  // (a company's name is not a person's) and the id it matches a client without a phone by.
  { key: 'type', header: 'Тип клиента', width: 18, value: (r) => r.typeLabel },
  {
    key: 'fileExternalId',
    header: 'Внешний идентификатор клиента',
    width: 22,
    value: (r) => r.externalIds.find((e) => e.source === FILE_SOURCE)?.externalId ?? null,
  },
  // Issue 15: the consolidated template's card columns, masked as their neighbours.
  { key: 'extraPhone', header: 'Дополнительный телефон', width: 18, value: (r) => r.extraPhone },
  { key: 'kpp', header: 'КПП', width: 12, value: (r) => r.kpp },
  { key: 'ogrn', header: 'ОГРН / ОГРНИП', width: 17, value: (r) => r.ogrn },
  // Issue 15: the card's own code, by which a re-imported row finds exactly it — a client made by
  // hand with neither phone nor external id too. Not personal data: it is in the card's address.
  { key: 'code', header: 'Код клиента в Домовом', width: 38, value: (r) => r.id },
];

const REQUEST_STATUS_LABELS: Record<string, string> = {
  new: 'Новая',
  approved: 'Одобрена',
  rejected: 'Отклонена',
};
const REQUEST_KIND_LABELS: Record<string, string> = {
  registration: 'Регистрация',
  add_premise: 'Добавление помещения',
};

/** R-2 «Заявки на регистрацию»: the filtered list of requests, masked as the list is. */
export const REQUEST_EXPORT_COLUMNS: readonly ExportColumn<RegistrationRequestListItem>[] = [
  {
    key: 'createdAt',
    header: 'Дата заявки',
    width: 18,
    numFmt: DATE_TIME_FORMAT,
    value: (r) => excelDateTime(new Date(r.createdAt)),
  },
  { key: 'kind', header: 'Вид заявки', width: 22, value: (r) => REQUEST_KIND_LABELS[r.kind] ?? r.kind },
  { key: 'status', header: 'Статус', width: 12, value: (r) => REQUEST_STATUS_LABELS[r.status] ?? r.status },
  { key: 'fullName', header: 'ФИО', width: 32, value: (r) => r.fullName },
  { key: 'phone', header: 'Телефон', width: 18, value: (r) => r.phone },
  { key: 'addressText', header: 'Адрес, указанный жителем', width: 40, value: (r) => r.addressText },
  { key: 'objectName', header: 'Объект', width: 24, value: (r) => r.objectName },
  { key: 'premiseAddress', header: 'Помещение', width: 36, value: (r) => r.premiseAddress },
  {
    key: 'requestedRole',
    header: 'Роль',
    width: 22,
    value: (r) => (r.requestedRole ? LINK_ROLES[r.requestedRole].label : null),
  },
  { key: 'clientName', header: 'Клиент', width: 32, value: (r) => r.clientName },
  { key: 'decidedBy', header: 'Рассмотрел', width: 24, value: (r) => r.decidedBy?.name ?? null },
  {
    key: 'decidedAt',
    header: 'Дата решения',
    width: 18,
    numFmt: DATE_TIME_FORMAT,
    value: (r) => excelDateTime(r.decidedAt ? new Date(r.decidedAt) : null),
  },
  { key: 'rejectReason', header: 'Причина отказа', width: 40, value: (r) => r.rejectReason },
];

/** R-2 «Неидентифицированные»: phones that came in without a known client. */
export const LEAD_EXPORT_COLUMNS: readonly ExportColumn<Lead>[] = [
  {
    key: 'createdAt',
    header: 'Дата',
    width: 18,
    numFmt: DATE_TIME_FORMAT,
    value: (r) => excelDateTime(new Date(r.createdAt)),
  },
  { key: 'phone', header: 'Телефон', width: 18, value: (r) => r.phone },
  { key: 'source', header: 'Источник', width: 18, value: (r) => LEAD_SOURCES[r.source] ?? r.source },
  {
    key: 'convertedAt',
    header: 'Стал клиентом',
    width: 18,
    numFmt: DATE_TIME_FORMAT,
    value: (r) => excelDateTime(r.convertedAt ? new Date(r.convertedAt) : null),
  },
];

const moment = (value: string | null) => excelDateTime(value ? new Date(value) : null);

/** Issue 13 «Заявки»: the filtered list, newest first, the client's name and phone masked as the list's. */
export const SERVICE_REQUEST_EXPORT_COLUMNS: readonly ExportColumn<ServiceRequestListItem>[] = [
  { key: 'number', header: 'Номер', width: 10, value: (r) => r.number },
  { key: 'type', header: 'Тип', width: 18, value: (r) => r.type.name },
  { key: 'subject', header: 'Тема', width: 40, value: (r) => r.subject },
  { key: 'status', header: 'Статус', width: 18, value: (r) => SERVICE_REQUEST_STATUSES[r.status].label },
  { key: 'premise', header: 'Адрес, помещение', width: 40, value: (r) => r.premiseAddress },
  { key: 'client', header: 'Клиент', width: 32, value: (r) => r.clientName },
  { key: 'phone', header: 'Телефон', width: 18, value: (r) => r.clientPhone },
  { key: 'source', header: 'Источник', width: 20, value: (r) => SERVICE_REQUEST_SOURCES[r.source] },
  { key: 'assignee', header: 'Исполнитель', width: 28, value: (r) => r.assignee?.name ?? null },
  { key: 'dueAt', header: 'Срок', width: 18, numFmt: DATE_TIME_FORMAT, value: (r) => moment(r.dueAt) },
  {
    key: 'createdAt',
    header: 'Создана',
    width: 18,
    numFmt: DATE_TIME_FORMAT,
    value: (r) => moment(r.createdAt),
  },
  {
    key: 'updatedAt',
    header: 'Изменена',
    width: 18,
    numFmt: DATE_TIME_FORMAT,
    value: (r) => moment(r.updatedAt),
  },
  { key: 'rating', header: 'Оценка', width: 10, value: (r) => r.rating },
];
