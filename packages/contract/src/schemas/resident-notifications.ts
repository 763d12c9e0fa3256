import { type Static, Type } from 'typebox';
import { Id, Nullable, PageQuery, Timestamp } from './common';

// APP-1: the resident's in-app notifications in the organisation the session is opened in.

export const ResidentNotificationItem = Type.Object({
  id: Id,
  type: Type.String({ description: 'Код типа уведомлений (каталог NOTIFICATION_TYPES)' }),
  title: Type.String(),
  body: Type.String(),
  link: Nullable(Type.String({ description: 'Куда ведёт нажатие в приложении, например /people' })),
  premiseId: Nullable(Id),
  createdAt: Timestamp,
  readAt: Nullable(Timestamp),
});
export type ResidentNotificationItem = Static<typeof ResidentNotificationItem>;

export const ResidentNotificationsQuery = Type.Object({
  ...PageQuery,
  unreadOnly: Type.Optional(Type.Boolean({ description: 'Только непрочитанные' })),
});
export type ResidentNotificationsQuery = Static<typeof ResidentNotificationsQuery>;

export const ResidentNotificationsPage = Type.Object({
  items: Type.Array(ResidentNotificationItem, { description: 'Новые — первыми' }),
  total: Type.Integer({ description: 'Всего уведомлений по условиям запроса' }),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  unread: Type.Integer({ description: 'Непрочитанных всего' }),
});
export type ResidentNotificationsPage = Static<typeof ResidentNotificationsPage>;

export const ResidentNotificationsReadBody = Type.Object({
  ids: Type.Optional(Type.Array(Id, { maxItems: 200, description: 'Отметить прочитанными эти' })),
  all: Type.Optional(Type.Boolean({ description: 'true — отметить прочитанными все' })),
});
export type ResidentNotificationsReadBody = Static<typeof ResidentNotificationsReadBody>;

export const ResidentNotificationsReadResult = Type.Object({
  marked: Type.Integer({ description: 'Сколько отмечено сейчас' }),
  unread: Type.Integer({ description: 'Непрочитанных осталось' }),
});
export type ResidentNotificationsReadResult = Static<typeof ResidentNotificationsReadResult>;
