import { formatRequestNumber } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { notifyResident } from '../resident-notifications/notify-resident';
import * as repo from './service-requests.repository';

/**
 * Issue 13: the resident of the request's client hears of what they should see (a status, a public
 * comment) with an in-app notification leading to the request in «Мои заказы». A client without
 * the app (no account) has nobody to tell. Written in the change's transaction.
 */
export async function notifyRequestClient(
  tx: Db,
  request: repo.RequestRecord,
  message: { title: string; body: string },
): Promise<void> {
  if (!request.clientId) return;
  const client = await repo.findClientRef(tx, request.organizationId, request.clientId);
  if (!client?.accountId) return;
  await notifyResident(tx, {
    organizationId: request.organizationId,
    accountId: client.accountId,
    type: 'requests',
    title: `Заявка ${formatRequestNumber(request.number)}: ${message.title}`,
    body: message.body,
    link: `/orders/${request.id}`,
    premiseId: request.premiseId,
  });
}
