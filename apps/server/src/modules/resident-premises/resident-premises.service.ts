import type { ResidentAllPremises, ResidentPayments, ResidentPremiseCard } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/errors';
import type { FileStorage } from '../../platform/storage';
import type { ResidentSession } from '../resident-auth/resident-sessions';
import { unreadByPremise } from '../resident-notifications/resident-notifications.service';
import * as repo from './resident-premises.repository';
import { mapOrganizationPremises, mapPayments, mapPremiseCard } from './resident-premises.view';

/**
 * APP-2, APP-3: a resident's premises as the app shows them, in the organisation the session is
 * opened in. A premise the account's card is not linked to is «not found» (T-1), as is a document
 * staff did not open to residents.
 */
export function residentPremisesService({ db, storage }: { db: Db; storage: FileStorage }) {
  async function linkedPremise(session: ResidentSession, premiseId: string) {
    const premise = await repo.findLinkedPremise(db, session.organizationId, session.accountId, premiseId);
    if (!premise) throw new AppError('NOT_FOUND');
    return premise;
  }

  /** T-3: the organisations where the account has a card, the session's first. */
  async function cardOrganizations(session: ResidentSession) {
    const rows = await repo.listCardOrganizations(db, session.accountId);
    const unique = rows.filter((o, i) => rows.findIndex((p) => p.id === o.id) === i);
    const current = (o: { id: string }) => Number(o.id === session.organizationId);
    return unique.sort((a, b) => current(b) - current(a));
  }

  return {
    async premise(session: ResidentSession, premiseId: string): Promise<ResidentPremiseCard> {
      const premise = await linkedPremise(session, premiseId);
      const org = session.organizationId;
      const [accounts, policy, documents, metersCount] = await Promise.all([
        repo.listVisibleAccounts(db, org, [premise.id]),
        repo.currentPolicy(db, org, premise.id),
        repo.listVisibleDocuments(db, org, premise.id),
        repo.countMeters(db, org, premise.id),
      ]);
      return mapPremiseCard(premise, accounts, policy, documents, metersCount);
    },

    async documentFile(session: ResidentSession, premiseId: string, documentId: string) {
      const premise = await linkedPremise(session, premiseId);
      const row = await repo.findVisibleDocument(db, session.organizationId, premise.id, documentId);
      if (!row) throw new AppError('NOT_FOUND');
      const stream = await storage.get(row.fileKey);
      if (!stream) throw new AppError('NOT_FOUND', { detail: 'Файл документа не найден в хранилище' });
      return { stream, fileName: row.fileName, contentType: row.contentType, size: row.size };
    },

    /**
     * T-3, APP-2 «Мои помещения»: the premises of the account's cards in every organisation where it
     * has one, the session's organisation first. Only the account's own links are read in each
     * (the same query as the session's organisation uses), so nothing of another person shows.
     */
    async allPremises(session: ResidentSession): Promise<ResidentAllPremises> {
      const organizations = await Promise.all(
        (await cardOrganizations(session)).map(async (organization) => {
          const premises = await repo.listCardPremises(db, organization.id, session.accountId);
          const ids = [...new Set(premises.map((p) => p.id))];
          const [accounts, unread] = await Promise.all([
            ids.length > 0 ? repo.listVisibleAccounts(db, organization.id, ids) : [],
            unreadByPremise(db, organization.id, session.accountId),
          ]);
          const current = organization.id === session.organizationId;
          return mapOrganizationPremises(organization, current, premises, accounts, unread);
        }),
      );
      return { organizations };
    },

    /**
     * APP-2 «Оплатить все»: the sums due on the premises of the account's cards in every
     * organisation where it has one (T-3), the session's first, each with its legal entities'
     * payment pages. As in «Мои помещения», only the account's own links are read.
     */
    async payments(session: ResidentSession): Promise<ResidentPayments> {
      const groups = await Promise.all(
        (await cardOrganizations(session)).map(async (organization) => {
          const linked = await repo.listLinkedPremises(db, organization.id, session.accountId);
          const premises = linked.filter((p, i) => linked.findIndex((q) => q.id === p.id) === i);
          const ids = premises.map((p) => p.id);
          const accounts = ids.length > 0 ? await repo.listVisibleAccounts(db, organization.id, ids) : [];
          return { organization, current: organization.id === session.organizationId, premises, accounts };
        }),
      );
      return mapPayments(groups);
    },
  };
}

export type ResidentPremisesService = ReturnType<typeof residentPremisesService>;
