import {
  formatRequestNumber,
  SERVICE_REQUEST_SOURCES,
  SERVICE_REQUEST_STATUSES,
  type ServiceRequestSource,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { nextOrganizationNumber } from '../../platform/counters';
import { AppError, fieldError } from '../../platform/errors';
import { recordHistory } from '../../platform/history';
import * as types from './request-types.repository';
import * as repo from './service-requests.repository';
import { premiseAddressOf } from './service-requests.view';

export type NewRequest = {
  typeId: string;
  subject: string;
  description?: string | null;
  premiseId?: string | null;
  clientId?: string | null;
  assigneeStaffId?: string | null;
  dueAt?: string | null;
  source: ServiceRequestSource;
  externalSource?: string | null;
  externalId?: string | null;
  createdByClientId?: string | null;
};

/** Lower-cased, ё as е, spaces collapsed: how the subject is searched. */
export function normalizeSubject(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase().replaceAll('ё', 'е');
}

export function requiredText(value: string, field: string): string {
  const text = value.trim();
  if (!text) throw fieldError('VALIDATION_FAILED', field, 'Заполните поле', 'REQUIRED');
  return text;
}

const notFound = (field: string, message: string) => fieldError('REFERENCE_NOT_FOUND', field, message);

/** An offered type of the organisation (another organisation's id is simply not found: T-1). */
export async function activeType(tx: Db, organizationId: string, typeId: string) {
  const type = await types.findType(tx, organizationId, typeId);
  if (!type) throw notFound('typeId', 'Тип заявки не найден');
  if (type.archived) throw fieldError('REQUEST_TYPE_ARCHIVED', 'typeId', 'Этот тип заявки в архиве');
  return type;
}

/** The references of a request, checked in the organisation; answers them as history shows them. */
export async function resolveReferences(
  tx: Db,
  organizationId: string,
  refs: { premiseId?: string | null; clientId?: string | null; assigneeStaffId?: string | null },
) {
  const shown: { premise?: string | null; client?: string | null; assignee?: string | null } = {};
  if (refs.premiseId) {
    const premise = await repo.findPremiseRef(tx, organizationId, refs.premiseId);
    if (!premise) throw notFound('premiseId', 'Помещение не найдено');
    shown.premise = premiseAddressOf({ ...premise, externalId: null, objectId: '' });
  }
  if (refs.clientId) {
    const client = await repo.findClientRef(tx, organizationId, refs.clientId);
    if (!client) throw notFound('clientId', 'Клиент не найден');
    shown.client = client.fullName;
  }
  if (refs.assigneeStaffId) {
    const name = await repo.staffExists(tx, organizationId, refs.assigneeStaffId);
    if (!name) throw notFound('assigneeStaffId', 'Сотрудник не найден');
    shown.assignee = name;
  }
  return shown;
}

/**
 * One path for every source (CRM, phone, app, integration): the references checked in the
 * organisation, the number taken from the organisation's counter in this transaction (its row
 * stays locked until the commit, so concurrent requests get different numbers), history.
 */
export async function createRequestIn(tx: Db, actor: Actor, input: NewRequest): Promise<repo.RequestRecord> {
  const org = actor.organizationId;
  const subject = requiredText(input.subject, 'subject');
  const type = await activeType(tx, org, input.typeId);
  const shown = await resolveReferences(tx, org, input);
  if (input.dueAt && Number.isNaN(Date.parse(input.dueAt)))
    throw fieldError('VALIDATION_FAILED', 'dueAt', 'Неверная дата');
  const number = await nextOrganizationNumber(tx, org, 'service_request');
  const now = new Date();
  const record = await repo.insertRequest(tx, org, {
    number,
    typeId: type.id,
    subject,
    subjectNorm: normalizeSubject(subject),
    description: input.description?.trim() || null,
    premiseId: input.premiseId ?? null,
    clientId: input.clientId ?? null,
    source: input.source,
    assigneeStaffId: input.assigneeStaffId ?? null,
    dueAt: input.dueAt ? new Date(input.dueAt) : null,
    status: 'waiting',
    statusChangedAt: now,
    externalSource: input.externalId ? (input.externalSource ?? '') : null,
    externalId: input.externalId ?? null,
    createdByStaffId: actor.staffId,
    createdByClientId: input.createdByClientId ?? null,
  });
  const change = (field: string, value: unknown) => ({ field, old: null, new: value ?? null });
  await recordHistory(tx, actor, [
    {
      entityType: 'service_request',
      entityId: record.id,
      action: 'create',
      changes: [
        change('number', formatRequestNumber(number)),
        change('type', type.name),
        change('subject', subject),
        ...(record.description ? [change('description', record.description)] : []),
        ...(shown.premise ? [change('premise', shown.premise)] : []),
        ...(shown.client ? [change('client', shown.client)] : []),
        change('source', SERVICE_REQUEST_SOURCES[input.source]),
        ...(shown.assignee ? [change('assignee', shown.assignee)] : []),
        ...(record.dueAt ? [change('dueAt', record.dueAt.toISOString())] : []),
        change('status', SERVICE_REQUEST_STATUSES.waiting.label),
      ],
    },
  ]);
  return record;
}

/** The request or NOT_FOUND (another organisation's id too). */
export async function lockedRequest(tx: Db, actor: Actor, id: string) {
  const row = await repo.lockRequest(tx, actor.organizationId, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}
