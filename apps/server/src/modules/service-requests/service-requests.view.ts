import {
  formatPhone,
  formatPremiseAddress,
  type IntegrationRequest,
  type PremiseType,
  type ResidentOrderCard,
  type ResidentOrderListItem,
  SERVICE_REQUEST_TRANSITIONS,
  type ServiceRequest,
  type ServiceRequestComment,
  type ServiceRequestListItem,
  type ServiceRequestPhoto,
  type ServiceRequestSource,
  type ServiceRequestStatus,
} from '@domovoy/contract';
import { maskedFlags, type PiiAccess, showContact, showName } from '../../platform/pii';
import type { CommentRow, PhotoRow, RequestRow } from './service-requests.repository';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function premiseAddressOf(premise: RequestRow['premise'] | undefined | null): string | null {
  if (!premise?.type) return null;
  const { type, ...parts } = premise;
  return formatPremiseAddress(type as PremiseType, parts);
}

/** «Заявки» with R-3: the client's name and phone masked here, as the clients view masks them. */
export function mapRequestListItem(row: RequestRow, access: PiiAccess): ServiceRequestListItem {
  const r = row.request;
  return {
    id: r.id,
    number: r.number,
    status: r.status as ServiceRequestStatus,
    type: { id: r.typeId, name: row.typeName },
    subject: r.subject,
    source: r.source as ServiceRequestSource,
    premiseId: r.premiseId,
    premiseAddress: premiseAddressOf(row.premise),
    objectId: row.premise?.objectId ?? null,
    objectName: row.objectName,
    clientId: r.clientId,
    clientName: row.client?.fullName == null ? null : showName(row.client.fullName, access),
    clientPhone: row.client?.phone ? showContact(formatPhone(row.client.phone), access) : null,
    assignee:
      r.assigneeStaffId && row.assigneeName ? { id: r.assigneeStaffId, name: row.assigneeName } : null,
    dueAt: iso(r.dueAt),
    closedAt: iso(r.closedAt),
    rating: r.rating,
    masked: maskedFlags(access),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** A comment's author: staff by name; a resident by their ФИО, masked like the name itself. */
export function mapComment(row: CommentRow, access: PiiAccess): ServiceRequestComment {
  const authorKind = row.authorKind as ServiceRequestComment['authorKind'];
  const authorName =
    authorKind === 'resident'
      ? showName(row.authorName, access)
      : authorKind === 'integration'
        ? 'Интеграция'
        : row.authorName;
  return {
    id: row.id,
    body: row.body,
    internal: row.internal,
    authorKind,
    authorName,
    createdAt: row.createdAt.toISOString(),
  };
}

export function mapPhoto(row: PhotoRow): ServiceRequestPhoto {
  return {
    id: row.id,
    commentId: row.commentId,
    authorKind: row.authorKind as ServiceRequestPhoto['authorKind'],
    createdAt: row.createdAt.toISOString(),
  };
}

/** The card; internal comments only for a role that may see them (the caller filters the rows). */
export function mapRequest(
  row: RequestRow,
  comments: CommentRow[],
  photos: PhotoRow[],
  access: PiiAccess,
): ServiceRequest {
  const r = row.request;
  return {
    ...mapRequestListItem(row, access),
    description: r.description,
    review: r.review,
    ratedAt: iso(r.ratedAt),
    externalSource: r.externalSource,
    externalId: r.externalId,
    nextStatuses: [...SERVICE_REQUEST_TRANSITIONS[r.status as ServiceRequestStatus]],
    comments: comments.map((comment) => mapComment(comment, access)),
    photos: photos.map(mapPhoto),
  };
}

/** The integration's feed: what a dispatch system needs to sync, no personal data of the client. */
export function mapIntegrationRequest(row: RequestRow): IntegrationRequest {
  const r = row.request;
  return {
    id: r.id,
    number: r.number,
    status: r.status as ServiceRequestStatus,
    type: row.typeName,
    subject: r.subject,
    description: r.description,
    source: r.source as ServiceRequestSource,
    externalSource: r.externalSource,
    externalId: r.externalId,
    premiseId: r.premiseId,
    premiseExternalId: row.premise?.externalId ?? null,
    clientId: r.clientId,
    assignee: row.assigneeName,
    dueAt: iso(r.dueAt),
    closedAt: iso(r.closedAt),
    rating: r.rating,
    review: r.review,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** APP-4: unseen when something the resident should see changed after they last opened it. */
export function isUnseen(r: RequestRow['request']): boolean {
  return (
    r.residentChangedAt !== null && (r.residentSeenAt === null || r.residentSeenAt < r.residentChangedAt)
  );
}

export function mapResidentItem(row: RequestRow): ResidentOrderListItem {
  const r = row.request;
  return {
    id: r.id,
    number: r.number,
    status: r.status as ServiceRequestStatus,
    typeName: row.typeName,
    subject: r.subject,
    premiseId: r.premiseId,
    unseen: isUnseen(r),
    rating: r.rating,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The resident's card: public comments only; staff named by name, the resident as «Вы» is the app's. */
export function mapResidentCard(
  row: RequestRow,
  comments: CommentRow[],
  photos: PhotoRow[],
): ResidentOrderCard {
  const r = row.request;
  const full = { name: true, contacts: true };
  return {
    ...mapResidentItem(row),
    description: r.description,
    review: r.review,
    canRate: r.status === 'done' && r.rating === null,
    comments: comments
      .filter((comment) => !comment.internal)
      .map((comment) => {
        const { internal: _internal, ...rest } = mapComment(comment, full);
        return rest;
      }),
    photos: photos.map(mapPhoto),
  };
}
