import {
  CLOSED_REQUEST_STATUSES,
  type HistoryEntry,
  OPEN_REQUEST_STATUSES,
  parseRequestNumber,
  SERVICE_REQUEST_STATUSES,
  type ServiceRequest,
  type ServiceRequestBody,
  type ServiceRequestCommentBody,
  type ServiceRequestExportQuery,
  type ServiceRequestListItem,
  type ServiceRequestListQuery,
  type ServiceRequestPatch,
  type ServiceRequestStatus,
  type ServiceRequestStatusBody,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan, can } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { diffFields, listEntityHistory, recordHistory } from '../../platform/history';
import { mapHistory } from '../../platform/history.view';
import type { ImageFile, ReceiveFile } from '../../platform/images';
import type { Cursor } from '../../platform/keyset';
import { piiAccess } from '../../platform/pii';
import { containsPattern } from '../../platform/sql';
import type { FileStorage } from '../../platform/storage';
import { changeStatusIn } from './change-status';
import {
  activeType,
  createRequestIn,
  lockedRequest,
  normalizeSubject,
  requiredText,
  resolveReferences,
} from './create-request';
import { notifyRequestClient } from './notify-request';
import { addPhotoIn, readPhoto } from './request-photos';
import * as types from './request-types.repository';
import * as repo from './service-requests.repository';
import { mapRequest, mapRequestListItem } from './service-requests.view';

const MOSCOW = '+03:00';
const dayStart = (day: string) => new Date(`${day}T00:00:00${MOSCOW}`);
const nextDay = (day: string) => new Date(dayStart(day).getTime() + 24 * 60 * 60_000);

/** The list's filters from the query: a number («№ 1042») or a part of the subject; dates are Moscow days. */
export function requestFilters(query: ServiceRequestListQuery): repo.RequestFilters | undefined {
  const statuses = query.state
    ? (query.state === 'open' ? OPEN_REQUEST_STATUSES : CLOSED_REQUEST_STATUSES).filter(
        (s) => !query.status?.length || query.status.includes(s),
      )
    : query.status;
  const filters: repo.RequestFilters = {
    statuses: statuses && query.state && statuses.length === 0 ? ['none'] : statuses,
    typeIds: query.typeId,
    objectIds: query.objectId,
    premiseIds: query.premiseId,
    clientIds: query.clientId,
    assigneeIds: query.assigneeId,
    createdFrom: query.createdFrom ? dayStart(query.createdFrom) : undefined,
    createdBefore: query.createdTo ? nextDay(query.createdTo) : undefined,
  };
  const search = query.search?.trim();
  if (!search) return filters;
  const number = parseRequestNumber(search);
  if (number !== undefined) return { ...filters, number };
  const norm = normalizeSubject(search);
  // A query with nothing searchable finds nothing, never everything (issue 10).
  if (!norm) return undefined;
  return { ...filters, subjectPattern: containsPattern(norm) };
}

const EXPORT_PAGE = 2000;

const EDIT_FIELDS = [
  'typeId',
  'subject',
  'description',
  'premiseId',
  'clientId',
  'assigneeStaffId',
  'dueAt',
] as const;

/**
 * Issue 13: «Заявки» in the CRM. Section access reads them; creating, editing, changing the status
 * and seeing internal comments are separate switches. Every query is scoped to the actor's
 * organisation (T-1): another organisation's request is «not found».
 */
export function serviceRequestsService({
  db,
  storage,
  maxUploadBytes,
}: {
  db: Db;
  storage: FileStorage;
  maxUploadBytes: number;
}) {
  async function card(tx: Db, actor: Actor, id: string): Promise<ServiceRequest> {
    const row = await repo.findRequest(tx, actor.organizationId, id);
    if (!row) throw new AppError('NOT_FOUND');
    const [comments, photos] = await Promise.all([
      repo.listComments(tx, actor.organizationId, id),
      repo.listPhotos(tx, actor.organizationId, id),
    ]);
    const internal = can(actor, 'requests.internal');
    const visible = comments.filter((comment) => internal || !comment.internal);
    const hidden = new Set(comments.filter((c) => c.internal).map((c) => c.id));
    const shownPhotos = photos.filter((p) => internal || !p.commentId || !hidden.has(p.commentId));
    return mapRequest(row, visible, shownPhotos, piiAccess(actor));
  }

  return {
    async list(actor: Actor, query: ServiceRequestListQuery) {
      assertCan(actor, 'requests.view');
      const page = query.page ?? 1;
      const pageSize = query.pageSize ?? 20;
      const filters = requestFilters(query);
      if (!filters) return { items: [], total: 0, totalCapped: false, page, pageSize };
      const { rows, total, totalCapped } = await repo.listRequests(db, actor.organizationId, filters, {
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      const access = piiAccess(actor);
      const items: ServiceRequestListItem[] = rows.map((row) => mapRequestListItem(row, access));
      return { items, total, totalCapped, page, pageSize };
    },

    /**
     * Issue 13: the list for the .xlsx export — the same filters and search (`requestFilters`),
     * newest first, 2,000 a page by keyset; masked as the list. Section access is enough.
     */
    exportPages(
      actor: Actor,
      query: ServiceRequestExportQuery,
      pageSize = EXPORT_PAGE,
    ): AsyncGenerator<ServiceRequestListItem[]> {
      assertCan(actor, 'requests.view');
      const access = piiAccess(actor);
      const filters = requestFilters(query);
      return (async function* () {
        if (!filters) return;
        for (let cursor: Cursor | null = null; ; ) {
          const page = await repo.requestsPage(db, actor.organizationId, filters, cursor, pageSize);
          if (page.rows.length === 0) return;
          yield page.rows.map((row) => mapRequestListItem(row, access));
          if (page.rows.length < pageSize) return;
          cursor = page.next;
        }
      })();
    },

    async get(actor: Actor, id: string): Promise<ServiceRequest> {
      assertCan(actor, 'requests.view');
      return card(db, actor, id);
    },

    async assignees(actor: Actor) {
      assertCan(actor, 'requests.view');
      return repo.listAssignees(db, actor.organizationId);
    },

    /** From the CRM or a phone call: a premise and/or a client of the organisation, or neither. */
    async create(actor: Actor, body: ServiceRequestBody): Promise<ServiceRequest> {
      assertCan(actor, 'requests.view', 'requests.create');
      return db.transaction(async (tx) => {
        const record = await createRequestIn(tx, actor, { ...body, source: body.source ?? 'crm' });
        return card(tx, actor, record.id);
      });
    },

    async update(actor: Actor, id: string, patch: ServiceRequestPatch): Promise<ServiceRequest> {
      assertCan(actor, 'requests.view', 'requests.edit');
      return db.transaction(async (tx) => {
        const before = await lockedRequest(tx, actor, id);
        if (!SERVICE_REQUEST_STATUSES[before.status as ServiceRequestStatus].open)
          throw new AppError('REQUEST_CLOSED');
        const org = actor.organizationId;
        const values = {
          ...patch,
          ...(patch.subject !== undefined ? { subject: requiredText(patch.subject, 'subject') } : {}),
          ...(patch.description !== undefined ? { description: patch.description?.trim() || null } : {}),
        };
        const after = {
          ...before,
          ...values,
          dueAt: values.dueAt === undefined ? before.dueAt : values.dueAt ? new Date(values.dueAt) : null,
        };
        const changed = diffFields(before, after, EDIT_FIELDS);
        if (changed.length === 0) return card(tx, actor, id);
        const changedNames = new Set(changed.map((c) => c.field));
        if (changedNames.has('typeId')) await activeType(tx, org, after.typeId);
        const refs = (source: typeof before) => ({
          premiseId: changedNames.has('premiseId') ? source.premiseId : undefined,
          clientId: changedNames.has('clientId') ? source.clientId : undefined,
          assigneeStaffId: changedNames.has('assigneeStaffId') ? source.assigneeStaffId : undefined,
        });
        const [oldShown, newShown] = [
          await resolveReferences(tx, org, refs(before)),
          await resolveReferences(tx, org, refs(after)),
        ];
        const [oldType, newType] = changedNames.has('typeId')
          ? [await activeTypeName(tx, org, before.typeId), await activeTypeName(tx, org, after.typeId)]
          : [null, null];
        await repo.updateRequest(tx, org, id, {
          typeId: after.typeId,
          subject: after.subject,
          subjectNorm: normalizeSubject(after.subject),
          description: after.description,
          premiseId: after.premiseId,
          clientId: after.clientId,
          assigneeStaffId: after.assigneeStaffId,
          dueAt: after.dueAt,
        });
        const changes = changed.map((c) => {
          switch (c.field) {
            case 'typeId':
              return { field: 'type', old: oldType, new: newType };
            case 'premiseId':
              return { field: 'premise', old: oldShown.premise ?? null, new: newShown.premise ?? null };
            case 'clientId':
              return { field: 'client', old: oldShown.client ?? null, new: newShown.client ?? null };
            case 'assigneeStaffId':
              return { field: 'assignee', old: oldShown.assignee ?? null, new: newShown.assignee ?? null };
            default:
              return c;
          }
        });
        await recordHistory(tx, actor, [
          { entityType: 'service_request', entityId: id, action: 'update', changes },
        ]);
        return card(tx, actor, id);
      });
    },

    async changeStatus(actor: Actor, id: string, body: ServiceRequestStatusBody): Promise<ServiceRequest> {
      assertCan(actor, 'requests.view', 'requests.status');
      return db.transaction(async (tx) => {
        await changeStatusIn(tx, actor, id, body.status, body.comment);
        return card(tx, actor, id);
      });
    },

    /** A public comment reaches the resident (notification); an internal one needs its permission. */
    async comment(actor: Actor, id: string, body: ServiceRequestCommentBody): Promise<ServiceRequest> {
      assertCan(actor, 'requests.view', 'requests.edit');
      const internal = body.internal ?? false;
      if (internal) assertCan(actor, 'requests.internal');
      const text = requiredText(body.body, 'body');
      return db.transaction(async (tx) => {
        const request = await lockedRequest(tx, actor, id);
        await repo.insertComment(tx, actor.organizationId, {
          requestId: id,
          body: text,
          internal,
          authorKind: actor.staffId ? 'staff' : 'integration',
          authorStaffId: actor.staffId,
        });
        await repo.updateRequest(
          tx,
          actor.organizationId,
          id,
          internal ? {} : { residentChangedAt: new Date() },
        );
        await recordHistory(tx, actor, [
          {
            entityType: 'service_request',
            entityId: id,
            action: 'update',
            changes: [{ field: internal ? 'internalComment' : 'comment', old: null, new: text }],
          },
        ]);
        if (!internal) await notifyRequestClient(tx, request, { title: 'новый комментарий', body: text });
        return card(tx, actor, id);
      });
    },

    async addPhoto(actor: Actor, id: string, receive: ReceiveFile): Promise<ServiceRequest> {
      assertCan(actor, 'requests.view', 'requests.edit');
      // Checked before the upload is read: nothing is stored for a request that is not there.
      if (!(await repo.findRequest(db, actor.organizationId, id))) throw new AppError('NOT_FOUND');
      await addPhotoIn({ db, storage, maxUploadBytes }, actor, id, receive, {
        authorKind: actor.staffId ? 'staff' : 'integration',
        authorStaffId: actor.staffId,
      });
      return card(db, actor, id);
    },

    async photo(actor: Actor, id: string, photoId: string): Promise<ImageFile> {
      assertCan(actor, 'requests.view');
      return readPhoto({ db, storage }, actor.organizationId, id, photoId, can(actor, 'requests.internal'));
    },

    /** who changed what; internal comments only for a role that sees them; names masked. */
    async history(actor: Actor, id: string): Promise<HistoryEntry[]> {
      assertCan(actor, 'requests.view');
      if (!(await repo.findRequest(db, actor.organizationId, id))) throw new AppError('NOT_FOUND');
      const rows = await listEntityHistory(db, actor.organizationId, 'service_request', id);
      const internal = can(actor, 'requests.internal');
      const access = piiAccess(actor);
      return rows
        .map((row) =>
          internal ? row : { ...row, changes: row.changes.filter((c) => c.field !== 'internalComment') },
        )
        .filter((row) => row.action !== 'update' || row.changes.length > 0)
        .map((row) => mapHistory(row, access));
    },
  };
}

async function activeTypeName(tx: Db, organizationId: string, typeId: string): Promise<string | null> {
  return (await types.findType(tx, organizationId, typeId))?.name ?? null;
}

export type ServiceRequestsService = ReturnType<typeof serviceRequestsService>;
