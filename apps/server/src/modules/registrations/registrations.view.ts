import {
  formatPhone,
  formatPremiseAddress,
  LINK_ROLES,
  type LinkRole,
  type PremiseType,
  type RegistrationRequest,
  type RegistrationRequestListItem,
  type RequestComment,
} from '@domovoy/contract';
import type { HistoryRow } from '../../platform/history';
import { maskedFlags, type PiiAccess, showContact, showName } from '../../platform/pii';
import type { CommentRow, RequestRecord, RequestRow } from './registrations.repository';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function premiseAddressOf(row: RequestRow): string | null {
  const { type, ...parts } = row.premise ?? {};
  return type ? formatPremiseAddress(type as PremiseType, parts) : null;
}

/** C-4 with R-3: the request's name and phone are masked here, as the clients view masks them. */
export function mapRequestListItem(row: RequestRow, access: PiiAccess): RegistrationRequestListItem {
  const r = row.request;
  return {
    id: r.id,
    kind: r.kind as RegistrationRequestListItem['kind'],
    status: r.status as RegistrationRequestListItem['status'],
    phone: showContact(formatPhone(r.phone), access),
    fullName: showName(r.fullName, access),
    addressText: r.addressText,
    objectId: r.objectId,
    objectName: row.objectName,
    premiseId: r.premiseId,
    premiseAddress: premiseAddressOf(row),
    requestedRole: r.requestedRole as LinkRole | null,
    clientId: r.clientId,
    clientName: row.clientName === null ? null : showName(row.clientName, access),
    linkId: r.linkId,
    decidedBy: r.decidedBy && row.deciderName ? { id: r.decidedBy, name: row.deciderName } : null,
    decidedAt: iso(r.decidedAt),
    rejectReason: r.rejectReason,
    masked: maskedFlags(access),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function mapComment(row: CommentRow): RequestComment {
  return { id: row.id, authorName: row.authorName, text: row.text, createdAt: row.createdAt.toISOString() };
}

export function mapRequest(row: RequestRow, comments: CommentRow[], access: PiiAccess): RegistrationRequest {
  return { ...mapRequestListItem(row, access), comments: comments.map(mapComment) };
}

const KIND_LABELS = { registration: 'Регистрация', add_premise: 'Добавление помещения' } as const;
const roleLabel = (role: string | null) => (role ? LINK_ROLES[role as LinkRole].label : null);

/**
 * a resident sends the request from the app, so no staff member wrote its creation: the
 * row itself is that record, shown as the first entry (values as shown, masked on reading).
 */
export function receivedEntry(r: RequestRecord): HistoryRow {
  const change = (field: string, value: unknown) => ({ field, old: null, new: value });
  return {
    organizationId: r.organizationId,
    id: 0,
    entityType: 'registration_request',
    entityId: r.id,
    premiseId: null,
    clientId: null,
    action: 'create',
    changes: [
      change('kind', KIND_LABELS[r.kind as keyof typeof KIND_LABELS] ?? r.kind),
      change('fullName', r.fullName),
      change('phone', formatPhone(r.phone)),
      change('addressText', r.addressText),
      ...(r.requestedRole ? [change('requestedRole', roleLabel(r.requestedRole))] : []),
    ],
    actorStaffId: null,
    actorName: null,
    at: r.createdAt,
  };
}

/** What the approval entry records: the decision, the client, the premise and the role, as shown. */
export function approvalChanges(row: RequestRow, role: LinkRole, comment: string | undefined) {
  return [
    { field: 'decision', old: null, new: 'Одобрена' },
    { field: 'client', old: null, new: row.clientName },
    { field: 'premise', old: null, new: premiseAddressOf(row) },
    { field: 'role', old: null, new: roleLabel(role) },
    ...(comment ? [{ field: 'comment', old: null, new: comment }] : []),
  ];
}
