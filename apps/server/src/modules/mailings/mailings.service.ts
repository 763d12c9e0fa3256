import {
  type Mailing,
  type MailingBody,
  type MailingListItem,
  type MailingListQuery,
  type MailingPreview,
  type MailingPreviewBody,
  type MailingRecipient,
  type MailingRecipientQuery,
  SKIP_REASONS,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { nextOrganizationNumber } from '../../platform/counters';
import { AppError } from '../../platform/errors';
import { piiAccess } from '../../platform/pii';
import { containsPattern } from '../../platform/sql';
import { pushReach } from '../push/push-reach';
import { cancelQueuedSms } from '../sms/sms-outbox';
import {
  type AudienceDeps,
  audienceClientIds,
  audienceFilter,
  checkMessage,
  noRecipients,
} from './mailing-audience';
import * as repo from './mailings.repository';
import { mapMailing, mapMailingListItem, mapRecipient } from './mailings.view';
import { enqueueMailing } from './send-mailing';

const MOSCOW = '+03:00';
const dayStart = (day: string) => new Date(`${day}T00:00:00${MOSCOW}`);
const nextDay = (day: string) => new Date(dayStart(day).getTime() + 24 * 60 * 60_000);

/** M-2: the list's filters; the period is of creation, in Moscow days. */
function listFilters(query: MailingListQuery): repo.MailingFilters {
  const search = query.search?.trim();
  return {
    statuses: query.status,
    channels: query.channel,
    initiatorIds: query.initiatorId,
    createdFrom: query.from ? dayStart(query.from) : undefined,
    createdBefore: query.to ? nextDay(query.to) : undefined,
    pattern: search ? containsPattern(search) : undefined,
    clientId: query.clientId,
  };
}

type Deps = AudienceDeps & { db: Db; now?: () => Date; wake?: () => void };

/**
 * Issue 14, M-1 and M-2: SMS and push mailings. «Рассылки: создание и отмена» previews, sends and
 * cancels; «Рассылки: просмотр» reads them; every query is scoped to the actor's organisation.
 */
export function mailingsService(deps: Deps) {
  const { db } = deps;
  const clock = () => deps.now?.() ?? new Date();

  async function load(tx: Db, actor: Actor, id: string): Promise<Mailing> {
    const row = await repo.findMailing(tx, actor.organizationId, id);
    if (!row) throw new AppError('NOT_FOUND');
    const counts = await repo.countsOf(tx, actor.organizationId, [id]);
    return mapMailing(row, counts.get(id));
  }

  return {
    /** Before sending: how many it goes to, and how many of them cannot receive it and why. */
    async preview(actor: Actor, body: MailingPreviewBody): Promise<MailingPreview> {
      assertCan(actor, 'mailings.create');
      const ids = await audienceClientIds(deps, actor, body.audience);
      const push = body.channel === 'push';
      const audience = await repo.audienceOf(db, actor.organizationId, ids, push);
      const skipped = { noPhone: 0, noApp: 0, pushOff: 0, typeOff: 0 };
      if (!push) skipped.noPhone = audience.noPhone;
      else {
        skipped.noApp = audience.noAccount;
        const reach = await pushReach(db, actor.organizationId, audience.accountIds, 'mailings');
        for (const state of reach.values()) if (state !== 'ok') skipped[state] += 1;
      }
      const unreachable = skipped.noPhone + skipped.noApp + skipped.pushOff + skipped.typeOff;
      return { recipients: audience.total, reachable: audience.total - unreachable, skipped };
    },

    /**
     * M-1: the mailing and all its recipients written at once (INSERT … SELECT), numbered from the
     * organisation's counter, and its job queued for its time.
     */
    async create(actor: Actor, body: MailingBody): Promise<Mailing> {
      assertCan(actor, 'mailings.create');
      const sendAt = checkMessage(body, clock());
      const ids = await audienceClientIds(deps, actor, body.audience);
      const { organizationId } = actor;
      const mailing = await db.transaction(async (tx) => {
        const row = await repo.insertMailing(tx, organizationId, {
          number: await nextOrganizationNumber(tx, organizationId, 'mailing'),
          channel: body.channel,
          title: body.title.trim(),
          text: body.text.trim(),
          source: body.audience.source,
          filter: audienceFilter(body.audience),
          initiatorStaffId: actor.staffId,
          initiatorName: actor.name,
          sendAt,
        });
        const total = await repo.insertRecipients(tx, organizationId, row.id, ids, {
          skip: body.channel === 'sms',
          reason: SKIP_REASONS.noPhone,
        });
        if (total === 0) throw noRecipients();
        await repo.setRecipientsTotal(tx, organizationId, row.id, total);
        await enqueueMailing(tx, { organizationId, mailingId: row.id }, sendAt);
        return load(tx, actor, row.id);
      });
      if (sendAt.getTime() <= clock().getTime()) deps.wake?.();
      return mailing;
    },

    /** Scheduled or sending → cancelled: whoever has not got it yet is skipped, their SMS stopped. */
    async cancel(actor: Actor, id: string): Promise<Mailing> {
      assertCan(actor, 'mailings.create');
      return db.transaction(async (tx) => {
        const row = await repo.lockMailing(tx, actor.organizationId, id);
        if (!row) throw new AppError('NOT_FOUND');
        if (row.status !== 'scheduled' && row.status !== 'sending')
          throw new AppError('MAILING_NOT_CANCELLABLE');
        await repo.updateMailing(tx, actor.organizationId, id, { status: 'cancelled', finishedAt: clock() });
        const sms = await repo.skipQueued(tx, actor.organizationId, id, SKIP_REASONS.cancelled);
        await cancelQueuedSms(tx, sms, SKIP_REASONS.cancelled);
        return load(tx, actor, id);
      });
    },

    /** M-2: newest first, with each mailing's recipients by status; `clientId` — the client card's tab. */
    async list(actor: Actor, query: MailingListQuery) {
      assertCan(actor, 'mailings.view');
      const page = query.page ?? 1;
      const pageSize = query.pageSize ?? 20;
      const { organizationId } = actor;
      const { rows, total } = await repo.listMailings(db, organizationId, listFilters(query), {
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      const ids = rows.map((row) => row.id);
      const counts = await repo.countsOf(db, organizationId, ids);
      const received = query.clientId
        ? await repo.recipientStates(db, organizationId, query.clientId, ids)
        : undefined;
      const items: MailingListItem[] = rows.map((row) =>
        mapMailingListItem(row, counts.get(row.id), received && (received.get(row.id) ?? null)),
      );
      return { items, total, page, pageSize };
    },

    /** M-2: the «Инициатор» filter's choices — everyone who created a mailing here, even since deleted. */
    async initiators(actor: Actor) {
      assertCan(actor, 'mailings.view');
      return repo.listInitiators(db, actor.organizationId);
    },

    async get(actor: Actor, id: string): Promise<Mailing> {
      assertCan(actor, 'mailings.view');
      return load(db, actor, id);
    },

    /** A mailing's recipients with their statuses; names and phones masked as R-3 says. */
    async recipients(actor: Actor, id: string, query: MailingRecipientQuery) {
      assertCan(actor, 'mailings.view');
      if (!(await repo.findMailing(db, actor.organizationId, id))) throw new AppError('NOT_FOUND');
      const page = query.page ?? 1;
      const pageSize = query.pageSize ?? 20;
      const { rows, total } = await repo.listRecipients(db, actor.organizationId, id, query.status, {
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      const access = piiAccess(actor);
      const items: MailingRecipient[] = rows.map((row) => mapRecipient(row, access));
      return { items, total, page, pageSize };
    },
  };
}

export type MailingsService = ReturnType<typeof mailingsService>;
