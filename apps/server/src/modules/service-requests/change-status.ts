import {
  formatRequestNumber,
  mayTransition,
  SERVICE_REQUEST_STATUSES,
  type ServiceRequestStatus,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { recordHistory } from '../../platform/history';
import { lockedRequest } from './create-request';
import { notifyRequestClient } from './notify-request';
import * as repo from './service-requests.repository';

/**
 * ACT-3: a status change by the one transitions table (packages/contract); closing stamps
 * closed_at, reopening clears it; history and the resident's notification in the same
 * transaction. An optional comment goes with it as a public comment.
 */
export async function changeStatusIn(
  tx: Db,
  actor: Actor,
  id: string,
  to: ServiceRequestStatus,
  comment?: string,
): Promise<void> {
  const request = await lockedRequest(tx, actor, id);
  const from = request.status as ServiceRequestStatus;
  if (!mayTransition(from, to))
    throw new AppError('REQUEST_STATUS_NOT_ALLOWED', {
      detail: `Заявку ${formatRequestNumber(request.number)} нельзя перевести из статуса «${SERVICE_REQUEST_STATUSES[from].label}» в «${SERVICE_REQUEST_STATUSES[to].label}»`,
    });
  const now = new Date();
  await repo.updateRequest(tx, actor.organizationId, id, {
    status: to,
    statusChangedAt: now,
    closedAt: SERVICE_REQUEST_STATUSES[to].open ? null : now,
    residentChangedAt: now,
  });
  const text = comment?.trim();
  if (text)
    await repo.insertComment(tx, actor.organizationId, {
      requestId: id,
      body: text,
      internal: false,
      authorKind: actor.staffId ? 'staff' : 'integration',
      authorStaffId: actor.staffId,
    });
  await recordHistory(tx, actor, [
    {
      entityType: 'service_request',
      entityId: id,
      action: 'update',
      changes: [
        {
          field: 'status',
          old: SERVICE_REQUEST_STATUSES[from].label,
          new: SERVICE_REQUEST_STATUSES[to].label,
        },
        ...(text ? [{ field: 'comment', old: null, new: text }] : []),
      ],
    },
  ]);
  await notifyRequestClient(tx, request, {
    title: SERVICE_REQUEST_STATUSES[to].label,
    body: text ? `${request.subject}. ${text}` : request.subject,
  });
}
