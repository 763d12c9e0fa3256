import { type ClientSession, NOTIFICATION_TYPE_CODES, NOTIFICATION_TYPES } from '@domovoy/contract';
import type { SessionRow } from './client-sessions.repository';

/**
 * S-1..S-3: a session as the card's «Информирование» shows it. Nothing here is masked:
 * the device model, platform, app version and notification settings are neither a name nor a
 * contact, and the one personal trace a session keeps, its IP address, never leaves the server.
 */
export function mapClientSession(row: SessionRow): ClientSession {
  const reported = row.notificationTypes ?? {};
  return {
    id: row.id,
    deviceName: row.deviceName,
    devicePlatform: row.devicePlatform,
    appVersion: row.appVersion,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    osPermission: row.osPermission,
    notificationsChangedAt: row.notificationsChangedAt?.toISOString() ?? null,
    // The catalogue decides which types exist and their order; a code the device reported that
    // the catalogue no longer has is left out.
    notificationTypes: NOTIFICATION_TYPE_CODES.map((code) => ({
      code,
      name: NOTIFICATION_TYPES[code],
      enabled: typeof reported[code] === 'boolean' ? reported[code] : null,
    })),
  };
}

/** how the history names the device of an ended session. */
export function deviceLabel(row: SessionRow): string {
  const device = [row.deviceName, row.devicePlatform].filter(Boolean).join(', ');
  return device || 'Неизвестное устройство';
}
