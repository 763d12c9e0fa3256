import { type Static, Type } from 'typebox';
import { NOTIFICATION_TYPE_CODES } from '../notification-types';
import { Id, Nullable, Timestamp } from './common';

/** S-3: one notification type of the catalogue and its state on the device. */
export const SessionNotificationType = Type.Object({
  code: Type.Enum(NOTIFICATION_TYPE_CODES),
  name: Type.String({ description: 'Название типа по-русски' }),
  enabled: Nullable(Type.Boolean({ description: 'null — устройство не сообщало состояние этого типа' })),
});

/**
 * S-1..S-3: a device on which the client is signed in to the organisation's app («Активные
 * сеансы»). Device data is null for a session from before devices were recorded: the CRM shows
 * «Неизвестное устройство».
 */
export const ClientSession = Type.Object({
  id: Id,
  deviceName: Nullable(Type.String()),
  devicePlatform: Nullable(Type.String({ description: 'ios, android, web…' })),
  appVersion: Nullable(Type.String()),
  createdAt: Timestamp,
  lastSeenAt: Timestamp,
  osPermission: Nullable(
    Type.Boolean({ description: 'Разрешены ли уведомления приложения в настройках устройства' }),
  ),
  notificationsChangedAt: Nullable(Timestamp),
  notificationTypes: Type.Array(SessionNotificationType, {
    description: 'Типы из каталога по порядку; смысл имеют, когда osPermission = true',
  }),
});

export const ClientSessionParams = Type.Object({ id: Id, sessionId: Id });

/** The CRM menu's counters (AUTH-2, AUTH-3): what waits for staff. */
export const ClientCounters = Type.Object({
  newRequests: Type.Integer({ description: 'Заявки на регистрацию в статусе «Новая»' }),
  newLeads: Type.Integer({ description: 'Неидентифицированные, ещё не ставшие клиентами' }),
});

/** Russian names of the fields in the history entry of a session staff ended (S-2). */
export const SESSION_FIELD_LABELS: Record<string, string> = { device: 'Устройство' };

export type SessionNotificationType = Static<typeof SessionNotificationType>;
export type ClientSession = Static<typeof ClientSession>;
export type ClientSessionParams = Static<typeof ClientSessionParams>;
export type ClientCounters = Static<typeof ClientCounters>;
