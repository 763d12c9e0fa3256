import type { Db } from '../../db/database';
import { notifyResident } from '../resident-notifications/notify-resident';
import type { RequestRecord } from './registrations.repository';

export type Decision = { status: 'approved'; premiseId: string } | { status: 'rejected'; reason: string };

/**
 * APP-1, AUTH-2: the resident who sent the request from the app hears the decision, in the
 * decision's transaction; once per request (dedupe key). Requests without an account: nobody to tell.
 */
export async function notifyDecision(tx: Db, request: RequestRecord, decision: Decision): Promise<void> {
  if (!request.accountId) return;
  const what = [request.addressText, request.premiseText].filter(Boolean).join(', ');
  const approved = decision.status === 'approved';
  await notifyResident(tx, {
    organizationId: request.organizationId,
    accountId: request.accountId,
    type: 'requests',
    title: approved ? 'Заявка одобрена: помещение добавлено' : `Заявка отклонена: ${decision.reason}`,
    body: approved ? `${what} — теперь в «Моих помещениях»` : `Заявка: ${what}`,
    link: '/premises',
    premiseId: approved ? decision.premiseId : null,
    dedupeKey: `registration-request:${request.id}`,
  });
}
