import {
  CLOSED_REQUEST_STATUSES,
  OPEN_REQUEST_STATUSES,
  type Permission,
  type RequestType,
  type ResidentOrderBody,
  type ResidentOrderCard,
  type ResidentOrderListItem,
  type ResidentOrderListQuery,
  type ResidentOrderRating,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, residentActor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { recordHistory } from '../../platform/history';
import type { ImageFile, ReceiveFile } from '../../platform/images';
import type { FileStorage } from '../../platform/storage';
import type { ResidentSession } from '../resident-auth/resident-sessions';
import { createRequestIn, lockedRequest, requiredText } from './create-request';
import { addPhotoIn, readPhoto } from './request-photos';
import * as types from './request-types.repository';
import { mapRequestType } from './request-types.service';
import * as own from './resident-orders.repository';
import * as repo from './service-requests.repository';
import { mapResidentCard, mapResidentItem } from './service-requests.view';
import { subjectFromDescription } from './subject-from-description';

/** What a resident may do to their own requests: read and create them, as the same services do. */
const RESIDENT_RIGHTS: Permission[] = ['requests.view', 'requests.create'];

type Me = { actor: Actor; clientId: string; blocked: boolean };

/**
 * APP-4 «Мои заказы» → «Заявки в УК»: the resident's own requests (their card's) about a premise
 * they are linked to, in the organisation of the session. Anything else is «not found» (T-1).
 */
export function residentOrdersService({
  db,
  storage,
  maxUploadBytes,
}: {
  db: Db;
  storage: FileStorage;
  maxUploadBytes: number;
}) {
  async function me(session: ResidentSession): Promise<Me> {
    const card = await own.findCard(db, session.organizationId, session.accountId);
    if (!card) throw new AppError('NOT_A_CLIENT');
    const actor = residentActor(session.organizationId, session.accountId, card.fullName, RESIDENT_RIGHTS);
    return { actor, clientId: card.id, blocked: card.status === 'blocked' };
  }

  async function linkedPremise(session: ResidentSession, who: Me, premiseId: string) {
    if (!(await own.isLinked(db, session.organizationId, who.clientId, premiseId)))
      throw new AppError('NOT_FOUND');
  }

  async function ownRequest(db2: Db, session: ResidentSession, who: Me, id: string) {
    const row = await repo.findRequest(db2, session.organizationId, id);
    if (!row || row.request.clientId !== who.clientId) throw new AppError('NOT_FOUND');
    return row;
  }

  async function card(tx: Db, session: ResidentSession, who: Me, id: string): Promise<ResidentOrderCard> {
    const row = await ownRequest(tx, session, who, id);
    const [comments, photos] = await Promise.all([
      repo.listComments(tx, session.organizationId, id),
      repo.listPhotos(tx, session.organizationId, id),
    ]);
    const internal = new Set(comments.filter((c) => c.internal).map((c) => c.id));
    return mapResidentCard(
      row,
      comments,
      photos.filter((p) => !p.commentId || !internal.has(p.commentId)),
    );
  }

  async function requestsOn(session: ResidentSession) {
    if (!(await own.productsOf(db, session.organizationId)).includes('requests'))
      throw new AppError('REQUESTS_NOT_AVAILABLE');
  }

  return {
    /** The types a resident may choose (the catalogue without archived ones). */
    async types(session: ResidentSession): Promise<RequestType[]> {
      await me(session);
      return (await types.listTypes(db, session.organizationId, false)).map(mapRequestType);
    },

    async list(session: ResidentSession, query: ResidentOrderListQuery) {
      const who = await me(session);
      await linkedPremise(session, who, query.premiseId);
      const page = query.page ?? 1;
      const pageSize = query.pageSize ?? 20;
      const statuses =
        (query.state ?? 'active') === 'active' ? OPEN_REQUEST_STATUSES : CLOSED_REQUEST_STATUSES;
      const { ids, total } = await own.listOwn(
        db,
        session.organizationId,
        who.clientId,
        query.premiseId,
        statuses,
        query.sort ?? 'default',
        { limit: pageSize, offset: (page - 1) * pageSize },
      );
      const rows = await Promise.all(ids.map((id) => repo.findRequest(db, session.organizationId, id)));
      const items: ResidentOrderListItem[] = rows.flatMap((row) => (row ? [mapResidentItem(row)] : []));
      return { items, total, page, pageSize };
    },

    async get(session: ResidentSession, id: string): Promise<ResidentOrderCard> {
      return card(db, session, await me(session), id);
    },

    /** APP-4: a new request about one of the resident's premises, when the УО takes requests in the app. */
    async create(session: ResidentSession, body: ResidentOrderBody): Promise<ResidentOrderCard> {
      await requestsOn(session);
      const who = await me(session);
      // C-6: blocked clients cannot create requests.
      if (who.blocked) throw new AppError('CLIENT_BLOCKED');
      await linkedPremise(session, who, body.premiseId);
      const description = requiredText(body.description, 'description');
      return db.transaction(async (tx) => {
        const type = await types.findType(tx, session.organizationId, body.typeId);
        const record = await createRequestIn(tx, who.actor, {
          typeId: body.typeId,
          // APP-4: the app sends no subject; the resident's words are what staff search for.
          subject: body.subject?.trim() || subjectFromDescription(description) || (type?.name ?? ''),
          description,
          premiseId: body.premiseId,
          clientId: who.clientId,
          source: 'app',
          createdByClientId: who.clientId,
        });
        return card(tx, session, who, record.id);
      });
    },

    async comment(session: ResidentSession, id: string, text: string): Promise<ResidentOrderCard> {
      const who = await me(session);
      const body = requiredText(text, 'body');
      return db.transaction(async (tx) => {
        await ownRequest(tx, session, who, id);
        await lockedRequest(tx, who.actor, id);
        await repo.insertComment(tx, session.organizationId, {
          requestId: id,
          body,
          internal: false,
          authorKind: 'resident',
          authorClientId: who.clientId,
        });
        await repo.updateRequest(tx, session.organizationId, id, {});
        await recordHistory(tx, who.actor, [
          {
            entityType: 'service_request',
            entityId: id,
            action: 'update',
            changes: [{ field: 'comment', old: null, new: body }],
          },
        ]);
        return card(tx, session, who, id);
      });
    },

    async addPhoto(session: ResidentSession, id: string, receive: ReceiveFile): Promise<ResidentOrderCard> {
      const who = await me(session);
      await ownRequest(db, session, who, id);
      await addPhotoIn({ db, storage, maxUploadBytes }, who.actor, id, receive, {
        authorKind: 'resident',
        authorClientId: who.clientId,
      });
      return card(db, session, who, id);
    },

    async photo(session: ResidentSession, id: string, photoId: string): Promise<ImageFile> {
      const who = await me(session);
      await ownRequest(db, session, who, id);
      return readPhoto({ db, storage }, session.organizationId, id, photoId, false);
    },

    /** A done request is rated once, 1–5 with an optional review. */
    async rate(session: ResidentSession, id: string, body: ResidentOrderRating): Promise<ResidentOrderCard> {
      const who = await me(session);
      return db.transaction(async (tx) => {
        await ownRequest(tx, session, who, id);
        const request = await lockedRequest(tx, who.actor, id);
        if (request.status !== 'done' || request.rating !== null) throw new AppError('REQUEST_NOT_RATEABLE');
        const review = body.review?.trim() || null;
        await repo.updateRequest(tx, session.organizationId, id, {
          rating: body.rating,
          review,
          ratedAt: new Date(),
        });
        await recordHistory(tx, who.actor, [
          {
            entityType: 'service_request',
            entityId: id,
            action: 'update',
            changes: [
              { field: 'rating', old: null, new: body.rating },
              ...(review ? [{ field: 'review', old: null, new: review }] : []),
            ],
          },
        ]);
        return card(tx, session, who, id);
      });
    },

    /** The resident opened the request: its changes are seen (APP-4's default order). */
    async markSeen(session: ResidentSession, id: string): Promise<void> {
      const who = await me(session);
      await ownRequest(db, session, who, id);
      await own.markSeen(db, session.organizationId, id);
    },
  };
}

export type ResidentOrdersService = ReturnType<typeof residentOrdersService>;
