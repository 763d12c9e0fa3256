import {
  NOTIFICATION_TYPE_CODES,
  type ResidentNotifications,
  type ResidentNotificationsBody,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/errors';
import type { ResidentSession } from './resident-sessions';
import * as repo from './resident-sessions.repository';

const KNOWN = new Set<string>(NOTIFICATION_TYPE_CODES);

const sameTypes = (a: Record<string, boolean> | null, b: Record<string, boolean>) => {
  const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b)]);
  return a !== null && [...keys].every((key) => a[key] === b[key]);
};

/**
 * S-3: the device reports its notification settings. Only a report that changes something is
 * kept as a change (the monitor counts them, M-3); `notifications_changed_at` moves when the
 * types change (the CRM shows when the client last changed them).
 */
export async function reportNotifications(
  db: Db,
  session: ResidentSession,
  body: ResidentNotificationsBody,
  at: Date,
): Promise<ResidentNotifications> {
  const unknown = Object.keys(body.types).filter((code) => !KNOWN.has(code));
  if (unknown.length > 0) {
    const fields = unknown.map((code) => ({
      field: `types.${code}`,
      code: 'NOTIFICATION_TYPE_UNKNOWN',
      message: 'Неизвестный тип уведомлений',
    }));
    throw new AppError('VALIDATION_FAILED', { fields });
  }
  const types = Object.fromEntries(
    NOTIFICATION_TYPE_CODES.filter((c) => c in body.types).map((c) => [c, body.types[c] === true]),
  );
  return db.transaction(async (tx) => {
    const row = await repo.lockSession(tx, session.organizationId, session.sessionId);
    if (!row) throw new AppError('RESIDENT_SESSION_REQUIRED');
    const typesChanged = !sameTypes(row.notificationTypes, types);
    const changed = typesChanged || row.osPermission !== body.osPermission;
    const changedAt = typesChanged ? at : row.notificationsChangedAt;
    if (changed) {
      await repo.updateNotifications(tx, session.organizationId, session.sessionId, {
        osPermission: body.osPermission,
        notificationTypes: types,
        notificationsChangedAt: changedAt,
      });
      await repo.insertNotificationChange(tx, {
        organizationId: session.organizationId,
        accountId: session.accountId,
        sessionId: session.sessionId,
        appVersion: row.appVersion,
        osPermission: body.osPermission,
        notificationTypes: types,
        changedAt: at,
      });
    }
    return {
      osPermission: body.osPermission,
      types,
      changedAt: changedAt ? changedAt.toISOString() : null,
    };
  });
}
