import type { ApproveBody, LinkRole, RegistrationRequest } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError, fieldError } from '../../platform/errors';
import { recordHistory } from '../../platform/history';
import { piiAccess } from '../../platform/pii';
import type { ClientsService } from '../clients/clients.service';
import type { LinksService } from '../links/links.service';
import { notifyDecision } from './notify-decision';
import * as repo from './registrations.repository';
import { approvalChanges, mapRequest } from './registrations.view';

export type ApproveDeps = { db: Db; clients: ClientsService; links: LinksService };

/** AUTH-2: the request row, locked; a request is decided once (approve or reject). */
export async function lockOpenRequest(tx: Db, actor: Actor, id: string): Promise<repo.RequestRecord> {
  const request = await repo.lockRequest(tx, actor.organizationId, id);
  if (!request) throw new AppError('NOT_FOUND');
  if (request.status !== 'new') throw new AppError('REQUEST_ALREADY_DECIDED');
  return request;
}

/**
 * AUTH-2: the client the approval links: the one chosen, or a new card as typed, or else the
 * organisation's client with the request's phone (one card per phone, C-7), or else a new card
 * from the request's name and phone. New cards go through the clients service (C-5 rules, R-3:
 * a role writes only the personal data it may read) with the source «одобренная заявка» (C-1).
 */
async function chooseClient(
  tx: Db,
  deps: ApproveDeps,
  actor: Actor,
  request: repo.RequestRecord,
  body: ApproveBody,
): Promise<string> {
  if (body.clientId && body.newClient) {
    const message = 'Выберите существующего клиента или заполните нового, но не то и другое';
    throw fieldError('VALIDATION_FAILED', 'clientId', message, 'CLIENT_CHOICE_AMBIGUOUS');
  }
  if (body.clientId) return body.clientId;
  const { phone, fullName } = request;
  if (body.newClient)
    return deps.clients.createIn(tx, actor, { phone, ...body.newClient }, 'registration_request');
  const existing = await repo.findClientIdByPhone(tx, actor.organizationId, phone);
  if (existing) return existing;
  return deps.clients.createIn(tx, actor, { fullName, phone }, 'registration_request');
}

/**
 * AUTH-2: approve — link the client to the premise with the role (the requested one, else
 * owner, L-1), as staff (L-4); the link's own rules (L-2) are the links service's. All in one
 * transaction: a refused link leaves no new client behind, and the request stays new.
 */
export async function approveRequest(
  deps: ApproveDeps,
  actor: Actor,
  id: string,
  body: ApproveBody,
): Promise<RegistrationRequest> {
  assertCan(actor, 'clients.edit');
  return deps.db.transaction(async (tx) => {
    const request = await lockOpenRequest(tx, actor, id);
    const premiseId = body.premiseId ?? request.premiseId;
    if (!premiseId) throw fieldError('VALIDATION_FAILED', 'premiseId', 'Выберите помещение', 'REQUIRED');
    const role = body.role ?? (request.requestedRole as LinkRole | null) ?? 'owner';
    const clientId = await chooseClient(tx, deps, actor, request, body);
    const linkId = await deps.links.createIn(tx, actor, { premiseId, clientId }, { ...body.link, role });
    const decision = { status: 'approved', premiseId, clientId, linkId } as const;
    await repo.decideRequest(tx, actor.organizationId, id, decision, actor.staffId);
    await notifyDecision(tx, request, { status: 'approved', premiseId });
    const comment = body.comment?.trim();
    if (comment) {
      const author = { authorStaffId: actor.staffId, authorName: actor.name };
      await repo.insertComment(tx, actor.organizationId, { requestId: id, ...author, text: comment });
    }
    const row = await repo.findRequest(tx, actor.organizationId, id);
    if (!row) throw new AppError('NOT_FOUND');
    const changes = approvalChanges(row, role, comment);
    await recordHistory(tx, actor, [
      { entityType: 'registration_request', entityId: id, action: 'update', changes },
    ]);
    return mapRequest(row, await repo.listComments(tx, actor.organizationId, id), piiAccess(actor));
  });
}
