import type {
  ResidentNotificationsPage,
  ResidentNotificationsQuery,
  ResidentNotificationsReadBody,
  ResidentNotificationsReadResult,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { fieldError } from '../../platform/errors';
import type { ResidentSession } from '../resident-auth/resident-sessions';
import * as repo from './resident-notifications.repository';
import { mapNotification } from './resident-notifications.view';

/** APP-1: the unread count of the session's account in the session's organisation (GET /me). */
export const countUnreadNotifications = (db: Db, session: ResidentSession) =>
  repo.countUnread(db, session.organizationId, session.accountId);

/** APP-2 «Мои помещения»: unread notifications per premise id of the account in the organisation. */
export async function unreadByPremise(db: Db, organizationId: string, accountId: string) {
  const rows = await repo.countUnreadByPremise(db, organizationId, accountId);
  return new Map(rows.flatMap((r) => (r.premiseId ? [[r.premiseId, Number(r.n)] as const] : [])));
}

/**
 * APP-1 «Уведомления»: the session's account in the session's organisation only (T-1, T-3):
 * another organisation's notifications show when the app switches to it.
 */
export function residentNotificationsService({ db, now = () => new Date() }: { db: Db; now?: () => Date }) {
  return {
    async list(
      session: ResidentSession,
      query: ResidentNotificationsQuery,
    ): Promise<ResidentNotificationsPage> {
      const page = query.page ?? 1;
      const pageSize = query.pageSize ?? 20;
      const [{ rows, total }, unread] = await Promise.all([
        repo.listNotifications(db, session.organizationId, session.accountId, {
          unreadOnly: query.unreadOnly ?? false,
          limit: pageSize,
          offset: (page - 1) * pageSize,
        }),
        countUnreadNotifications(db, session),
      ]);
      return { items: rows.map(mapNotification), total, page, pageSize, unread };
    },

    async markRead(
      session: ResidentSession,
      body: ResidentNotificationsReadBody,
    ): Promise<ResidentNotificationsReadResult> {
      if (!body.all && !body.ids?.length)
        throw fieldError('VALIDATION_FAILED', 'ids', 'Укажите уведомления или all: true', 'REQUIRED');
      const ids = body.all ? 'all' : [...new Set(body.ids)];
      const marked = await repo.markRead(db, session.organizationId, session.accountId, ids, now());
      return { marked, unread: await countUnreadNotifications(db, session) };
    },
  };
}

export type ResidentNotificationsService = ReturnType<typeof residentNotificationsService>;
