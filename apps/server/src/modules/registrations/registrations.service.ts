import type {
  ApproveBody,
  HistoryEntry,
  RegistrationRequest,
  RegistrationRequestListItem,
  RejectBody,
  RequestCommentBody,
  RequestExportQuery,
  RequestListQuery,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError, fieldError } from '../../platform/errors';
import { listEntityHistory, recordHistory } from '../../platform/history';
import { mapHistory } from '../../platform/history.view';
import type { Cursor } from '../../platform/keyset';
import { piiAccess } from '../../platform/pii';
import { piiSearchCondition } from '../clients/client-filters';
import { type ApproveDeps, approveRequest, lockOpenRequest } from './approve-request';
import { notifyDecision } from './notify-decision';
import * as repo from './registrations.repository';
import { mapRequest, mapRequestListItem, receivedEntry } from './registrations.view';

/** A staff member's text (a comment, a reason): trimmed, and not blank. */
function requiredText(value: string, field: string): string {
  const text = value.trim();
  if (!text) throw fieldError('VALIDATION_FAILED', field, 'Заполните поле', 'REQUIRED');
  return text;
}

const historyEntry = (id: string, changes: { field: string; old: unknown; new: unknown }[]) => ({
  entityType: 'registration_request' as const,
  entityId: id,
  action: 'update' as const,
  changes,
});

/**
 * AUTH-2, C-4: «Заявки на регистрацию» in the CRM. Residents send them from the app (a later
 * issue); staff read them with «Клиенты: доступ к разделу» and decide them with «Редактирование».
 */
export function registrationsService(deps: ApproveDeps) {
  const { db } = deps;

  async function card(tx: Db, actor: Actor, id: string): Promise<RegistrationRequest> {
    const row = await repo.findRequest(tx, actor.organizationId, id);
    if (!row) throw new AppError('NOT_FOUND');
    const comments = await repo.listComments(tx, actor.organizationId, id);
    return mapRequest(row, comments, piiAccess(actor));
  }

  return {
    /** C-4 with R-3: a search by a name or phone the role may not see is refused. */
    async list(actor: Actor, query: RequestListQuery) {
      assertCan(actor, 'clients.view');
      const access = piiAccess(actor);
      const page = query.page ?? 1;
      const pageSize = query.pageSize ?? 20;
      const search = query.search
        ? piiSearchCondition(query.search, access, repo.requestSearchColumns)
        : undefined;
      const { rows, total } = await repo.listRequests(db, actor.organizationId, {
        status: query.status,
        search,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      const items: RegistrationRequestListItem[] = rows.map((row) => mapRequestListItem(row, access));
      return { items, total, page, pageSize };
    },

    /** AUTH-2: the CRM menu's counter of requests waiting for a decision. */
    async countNew(actor: Actor): Promise<number> {
      assertCan(actor, 'clients.view');
      return repo.countNewRequests(db, actor.organizationId);
    },

    /**
     * the filtered list for the .xlsx export, a page of 2,000 at a time; needs «Заявки на
     * регистрацию и неидентифицированные». Masked and searched as the list.
     */
    exportPages(actor: Actor, query: RequestExportQuery): AsyncGenerator<RegistrationRequestListItem[]> {
      assertCan(actor, 'clients.view', 'export.registrations');
      const access = piiAccess(actor);
      const search = query.search
        ? piiSearchCondition(query.search, access, repo.requestSearchColumns)
        : undefined;
      return (async function* () {
        for (let cursor: Cursor | null = null; ; ) {
          const page = await repo.requestsPage(
            db,
            actor.organizationId,
            { status: query.status, search },
            cursor,
            2000,
          );
          if (page.rows.length === 0) return;
          yield page.rows.map((row) => mapRequestListItem(row, access));
          if (page.rows.length < 2000) return;
          cursor = page.next;
        }
      })();
    },

    async get(actor: Actor, id: string): Promise<RegistrationRequest> {
      assertCan(actor, 'clients.view');
      return card(db, actor, id);
    },

    /** AUTH-2: staff comments, on a new or a decided request alike. */
    async comment(actor: Actor, id: string, body: RequestCommentBody): Promise<RegistrationRequest> {
      assertCan(actor, 'clients.edit');
      const text = requiredText(body.text, 'text');
      return db.transaction(async (tx) => {
        if (!(await repo.lockRequest(tx, actor.organizationId, id))) throw new AppError('NOT_FOUND');
        const author = { authorStaffId: actor.staffId, authorName: actor.name };
        await repo.insertComment(tx, actor.organizationId, { requestId: id, ...author, text });
        await recordHistory(tx, actor, [historyEntry(id, [{ field: 'comment', old: null, new: text }])]);
        return card(tx, actor, id);
      });
    },

    approve: (actor: Actor, id: string, body: ApproveBody) => approveRequest(deps, actor, id, body),

    /** AUTH-2: reject with a reason; the resident's data stay as evidence of the request. */
    async reject(actor: Actor, id: string, body: RejectBody): Promise<RegistrationRequest> {
      assertCan(actor, 'clients.edit');
      const reason = requiredText(body.reason, 'reason');
      return db.transaction(async (tx) => {
        const request = await lockOpenRequest(tx, actor, id);
        const decision = { status: 'rejected', rejectReason: reason } as const;
        await repo.decideRequest(tx, actor.organizationId, id, decision, actor.staffId);
        await notifyDecision(tx, request, { status: 'rejected', reason });
        const changes = [
          { field: 'decision', old: null, new: 'Отклонена' },
          { field: 'rejectReason', old: null, new: reason },
        ];
        await recordHistory(tx, actor, [historyEntry(id, changes)]);
        return card(tx, actor, id);
      });
    },

    /** received, commented, decided — with who and when, oldest first; masked as R-3 says. */
    async history(actor: Actor, id: string): Promise<HistoryEntry[]> {
      assertCan(actor, 'clients.view');
      const row = await repo.findRequest(db, actor.organizationId, id);
      if (!row) throw new AppError('NOT_FOUND');
      const entries = await listEntityHistory(db, actor.organizationId, 'registration_request', id);
      const access = piiAccess(actor);
      return [receivedEntry(row.request), ...entries].map((entry) => mapHistory(entry, access));
    },
  };
}

export type RegistrationsService = ReturnType<typeof registrationsService>;
