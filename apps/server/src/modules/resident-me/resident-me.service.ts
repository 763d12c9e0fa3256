import type { ResidentMe, ResidentRequest, ResidentRequestBody } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { AppError, fieldError } from '../../platform/errors';
import type { OrganizationsService } from '../organizations/organizations.service';
import { submitResidentRequest } from '../registrations/submit-request';
import { residentAccounts } from '../resident-accounts/resident-accounts.service';
import type { ResidentSession } from '../resident-auth/resident-sessions';
import { countUnreadNotifications } from '../resident-notifications/resident-notifications.service';
import * as repo from './resident-me.repository';
import { mapCard, mapOrganization, mapPremise, mapRequest } from './resident-me.view';

const required = (value: string | undefined, field: string, message: string) => {
  const text = value?.trim();
  if (!text) throw fieldError('VALIDATION_FAILED', field, message, 'REQUIRED');
  return text;
};

/**
 * The resident's own data in the organisation the session is opened in (T-1): its card, premises
 * and requests. Of other organisations only their names, and only where the account has a card.
 */
export function residentMeService({ db, organizations }: { db: Db; organizations: OrganizationsService }) {
  async function accountOf(session: ResidentSession) {
    const account = await residentAccounts.find(db, session.accountId);
    if (!account) throw new AppError('RESIDENT_SESSION_REQUIRED');
    return account;
  }

  return {
    async me(session: ResidentSession): Promise<ResidentMe> {
      const account = await accountOf(session);
      const organization = await organizations.find(session.organizationId);
      if (!organization) throw new AppError('RESIDENT_SESSION_REQUIRED');
      const card = await repo.findCard(db, session.organizationId, account.id);
      const [cardOrganizations, premises, requests, premisesEverywhere] = await Promise.all([
        repo.listCardOrganizations(db, account.id),
        card ? repo.listCardPremises(db, session.organizationId, card.id) : [],
        repo.listAccountRequests(db, session.organizationId, account.id),
        repo.countPremisesEverywhere(db, account.id),
      ]);
      return {
        account: { id: account.id, phone: account.phone, hasPassword: account.passwordHash !== null },
        organization: mapOrganization(organization),
        organizations: cardOrganizations.map(mapOrganization),
        client: card ? mapCard(card) : null,
        premises: premises.map((premise) => mapPremise(premise, organization)),
        requests: requests.map(mapRequest),
        unreadNotifications: await countUnreadNotifications(db, session),
        premisesEverywhere,
      };
    },

    /** T-3: the organisation's brand for its app's manifest (public, as the brand is); undefined: none. */
    async appOrganization(slug: string) {
      const organization = await organizations.findBySlug(slug.toLowerCase());
      return organization ? mapOrganization(organization) : undefined;
    },

    /**
     * AUTH-2: a request to be registered (no premises yet) or to add a premise, in the session's
     * organisation, under the account's phone. The name is the card's unless the person gives one.
     */
    async submitRequest(session: ResidentSession, body: ResidentRequestBody): Promise<ResidentRequest> {
      const account = await accountOf(session);
      const card = await repo.findCard(db, session.organizationId, account.id);
      const premises = card ? await repo.listCardPremises(db, session.organizationId, card.id) : [];
      const id = await submitResidentRequest(db, {
        organizationId: session.organizationId,
        accountId: account.id,
        phone: account.phone,
        fullName: required(body.fullName ?? card?.fullName, 'fullName', 'Укажите фамилию, имя и отчество'),
        kind: premises.length > 0 ? 'add_premise' : 'registration',
        addressText: required(body.addressText, 'addressText', 'Укажите адрес'),
        premiseText: body.premiseText?.trim() || null,
        role: body.role,
        comment: body.comment?.trim() || null,
      });
      const rows = await repo.listAccountRequests(db, session.organizationId, account.id);
      const row = rows.find((r) => r.id === id);
      if (!row) throw new AppError('NOT_FOUND');
      return mapRequest(row);
    },
  };
}

export type ResidentMeService = ReturnType<typeof residentMeService>;
