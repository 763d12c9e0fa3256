import type { ConvertLeadBody, Lead, LeadExportQuery, LeadListQuery } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { recordHistory } from '../../platform/history';
import type { Cursor } from '../../platform/keyset';
import { piiAccess } from '../../platform/pii';
import { piiSearchCondition } from '../clients/client-filters';
import type { ClientsService } from '../clients/clients.service';
import * as repo from './leads.repository';
import { mapLead } from './leads.view';

type Deps = { db: Db; clients: ClientsService };

/**
 * AUTH-3, C-4: «Неидентифицированные» — phones that entered the developer's showcase without a
 * known client. Staff read them with «Клиенты: доступ к разделу» and turn one into a client card.
 */
export function leadsService({ db, clients }: Deps) {
  return {
    /** the phone is masked without the contacts permission, and searching it is refused. */
    async list(actor: Actor, query: LeadListQuery) {
      assertCan(actor, 'clients.view');
      const access = piiAccess(actor);
      const page = query.page ?? 1;
      const pageSize = query.pageSize ?? 20;
      const search = query.search
        ? piiSearchCondition(query.search, access, repo.leadSearchColumns)
        : undefined;
      const { rows, total } = await repo.listLeads(db, actor.organizationId, {
        converted: query.converted,
        search,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      const items: Lead[] = rows.map((row) => mapLead(row, access));
      return { items, total, page, pageSize };
    },

    /** The CRM menu's counter of leads not yet made clients. */
    async countOpen(actor: Actor): Promise<number> {
      assertCan(actor, 'clients.view');
      return repo.countOpenLeads(db, actor.organizationId);
    },

    /** the filtered leads for the .xlsx export, a page of 2,000 at a time. */
    exportPages(actor: Actor, query: LeadExportQuery): AsyncGenerator<Lead[]> {
      assertCan(actor, 'clients.view', 'export.registrations');
      const access = piiAccess(actor);
      const search = query.search
        ? piiSearchCondition(query.search, access, repo.leadSearchColumns)
        : undefined;
      return (async function* () {
        for (let cursor: Cursor | null = null; ; ) {
          const page = await repo.leadsPage(
            db,
            actor.organizationId,
            { converted: query.converted, search },
            cursor,
            2000,
          );
          if (page.rows.length === 0) return;
          yield page.rows.map((row) => mapLead(row, access));
          if (page.rows.length < 2000) return;
          cursor = page.next;
        }
      })();
    },

    /**
     * A card with the lead's phone, through the clients service (C-5 rules; one card per phone,
     * else 409 PHONE_TAKEN naming it). Source «Добавлен вручную» (C-1): staff name the person
     * in the CRM; the app's own sign-ups are «Зарегистрировался сам».
     */
    async convert(actor: Actor, id: string, body: ConvertLeadBody): Promise<Lead> {
      assertCan(actor, 'clients.edit');
      return db.transaction(async (tx) => {
        const lead = await repo.lockLead(tx, actor.organizationId, id);
        if (!lead) throw new AppError('NOT_FOUND');
        if (lead.convertedClientId) throw new AppError('LEAD_ALREADY_CONVERTED');
        const input = { fullName: body.fullName, type: body.type, email: body.email, phone: lead.phone };
        const clientId = await clients.createIn(tx, actor, input, 'manual');
        const converted = await repo.markConverted(tx, actor.organizationId, id, clientId);
        if (!converted) throw new AppError('NOT_FOUND');
        const changes = [{ field: 'client', old: null, new: body.fullName.trim() }];
        await recordHistory(tx, actor, [
          { entityType: 'lead', entityId: id, clientId, action: 'update', changes },
        ]);
        return mapLead(converted, piiAccess(actor));
      });
    },
  };
}

export type LeadsService = ReturnType<typeof leadsService>;
