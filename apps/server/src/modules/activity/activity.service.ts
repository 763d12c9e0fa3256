import {
  ACTIVITY_RECORD_KINDS,
  type ActivityCounters,
  type ActivityItem,
  type ActivityKind,
  type ActivityPage,
  type CallBody,
  type ClientActivityQuery,
  type PremiseActivityQuery,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError, fieldError } from '../../platform/errors';
import { piiAccess } from '../../platform/pii';
import { containsPattern } from '../../platform/sql';
import { normalizeSubject } from '../service-requests/create-request';
import * as repo from './activity.repository';
import { mapActivity } from './activity.view';
import { decodeFeedCursor, encodeFeedCursor } from './feed-cursor';

type FeedQuery = PremiseActivityQuery & ClientActivityQuery;

/** The query's filters; undefined when a search has nothing searchable (finds nothing, issue 10). */
function feedFilters(query: FeedQuery): repo.FeedFilters | undefined {
  const kinds = new Set<ActivityKind>(query.kind?.length ? query.kind : undefined);
  const wants = (kind: ActivityKind) => kinds.size === 0 || kinds.has(kind);
  const filters: repo.FeedFilters = {
    requests: wants('request'),
    readings: wants('meter_reading'),
    recordKinds: ACTIVITY_RECORD_KINDS.filter(wants),
    statuses: query.status,
    clientIds: query.clientId,
    premiseIds: query.premiseId,
  };
  if (query.search === undefined || query.search.trim() === '') return filters;
  const norm = normalizeSubject(query.search);
  return norm ? { ...filters, pattern: containsPattern(norm) } : undefined;
}

/** A call's subject when staff give none: the note's start, on one line. */
function callSubject(body: CallBody): string {
  const given = body.subject?.trim().replace(/\s+/g, ' ');
  if (given) return given;
  const note = body.note.trim().replace(/\s+/g, ' ');
  return note.length > 120 ? `${note.slice(0, 119)}…` : note;
}

/** Five minutes of clock skew; a call logged later than that in the future is a typo. */
const FUTURE_SLACK_MS = 5 * 60_000;

/**
 * ACT-1..ACT-4: the «Активность» tab. R-2: «Активности клиента» opens the tab on either card, with
 * the card's section (premises or clients); logging a call needs the same permission. Every query
 * is scoped to the actor's organisation (T-1): another organisation's card is «not found».
 */
export function activityService({ db, now = () => new Date() }: { db: Db; now?: () => Date }) {
  async function assertScope(actor: Actor, scope: repo.FeedScope) {
    const exists = scope.premiseId
      ? await repo.premiseExists(db, actor.organizationId, scope.premiseId)
      : await repo.clientExists(db, actor.organizationId, scope.clientId as string);
    if (!exists) throw new AppError('NOT_FOUND');
  }

  async function feed(actor: Actor, scope: repo.FeedScope, query: FeedQuery): Promise<ActivityPage> {
    await assertScope(actor, scope);
    const cursor = query.cursor ? decodeFeedCursor(query.cursor) : undefined;
    const filters = feedFilters(query);
    if (!filters) return { items: [], nextCursor: null };
    const limit = query.limit ?? 20;
    const rows = await repo.feedPage(db, actor.organizationId, scope, filters, cursor, limit);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const access = piiAccess(actor);
    return {
      items: page.map((row) => mapActivity(row, access)),
      nextCursor: rows.length > limit && last ? encodeFeedCursor({ at: last.cursor_at, id: last.id }) : null,
    };
  }

  return {
    async premiseFeed(actor: Actor, premiseId: string, query: PremiseActivityQuery) {
      assertCan(actor, 'premises.view', 'clients.activity');
      return feed(actor, { premiseId }, { ...query, premiseId: undefined });
    },

    async clientFeed(actor: Actor, clientId: string, query: ClientActivityQuery) {
      assertCan(actor, 'clients.view', 'clients.activity');
      return feed(actor, { clientId }, { ...query, clientId: undefined });
    },

    async premiseCounters(actor: Actor, premiseId: string): Promise<ActivityCounters> {
      assertCan(actor, 'premises.view', 'clients.activity');
      await assertScope(actor, { premiseId });
      return repo.requestCounters(db, actor.organizationId, { premiseId });
    },

    async clientCounters(actor: Actor, clientId: string): Promise<ActivityCounters> {
      assertCan(actor, 'clients.view', 'clients.activity');
      await assertScope(actor, { clientId });
      return repo.requestCounters(db, actor.organizationId, { clientId });
    },

    /** A call logged from the tab: about a premise, a client or both, of this organisation. */
    async logCall(actor: Actor, body: CallBody): Promise<ActivityItem> {
      assertCan(actor, 'clients.activity');
      const org = actor.organizationId;
      const premiseId = body.premiseId ?? null;
      const clientId = body.clientId ?? null;
      if (!premiseId && !clientId)
        throw fieldError('VALIDATION_FAILED', 'premiseId', 'Укажите помещение или клиента', 'REQUIRED');
      if (premiseId && !(await repo.premiseExists(db, org, premiseId)))
        throw fieldError('REFERENCE_NOT_FOUND', 'premiseId', 'Помещение не найдено');
      if (clientId && !(await repo.clientExists(db, org, clientId)))
        throw fieldError('REFERENCE_NOT_FOUND', 'clientId', 'Клиент не найден');
      const note = body.note.trim();
      if (!note) throw fieldError('VALIDATION_FAILED', 'note', 'Заполните поле', 'REQUIRED');
      const occurredAt = body.occurredAt ? new Date(body.occurredAt) : now();
      if (Number.isNaN(occurredAt.getTime()))
        throw fieldError('VALIDATION_FAILED', 'occurredAt', 'Неверная дата');
      if (occurredAt.getTime() > now().getTime() + FUTURE_SLACK_MS)
        throw fieldError('VALIDATION_FAILED', 'occurredAt', 'Звонок не может быть в будущем', 'FUTURE');
      const record = await repo.insertRecord(db, org, {
        kind: 'call',
        premiseId,
        clientId,
        subject: callSubject(body),
        note,
        result: body.result?.trim() || null,
        occurredAt,
        authorStaffId: actor.staffId,
      });
      const row = await repo.recordFeedRow(db, org, record.id);
      if (!row) throw new Error('the call just logged is not there');
      return mapActivity(row, piiAccess(actor));
    },
  };
}

export type ActivityService = ReturnType<typeof activityService>;
