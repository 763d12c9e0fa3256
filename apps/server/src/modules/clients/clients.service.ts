import type {
  BulkTagsResult,
  Client,
  ClientBody,
  ClientBulkTagsBody,
  ClientListItem,
  ClientListQuery,
  ClientPatch,
  ClientSource,
  HistoryEntry,
} from '@domovoy/contract';
import { eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { clients as clientsTable } from '../../db/schema';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { diffFields, listClientHistory, recordHistory } from '../../platform/history';
import { mapHistory } from '../../platform/history.view';
import { decodeListCursor, listBinding, pageOf } from '../../platform/list-cursor';
import { piiAccess } from '../../platform/pii';
import { deleteClientLinks } from '../links/links.service';
import { residentAccounts } from '../resident-accounts/resident-accounts.service';
import type { TagsService } from '../tags/tags.service';
import { assertMayEditPii } from './assert-may-edit-pii';
import { clientOrderKeys, clientSort, clientWhere, hasNameWords } from './client-filters';
import { type ClientInput, clientValues } from './client-values';
import * as repo from './clients.repository';
import {
  CLIENT_HISTORY_FIELDS,
  clientHistoryView,
  mapClient,
  mapClientListItem,
  mapExternalId,
} from './clients.view';
import * as externalIdsRepo from './external-ids.repository';
import { lockClients } from './merge.repository';
import { mergeClients } from './merge-clients';
import { translateClientWriteError } from './translate-client-error';

type Deps = {
  db: Db;
  tags: TagsService;
  /** The list counts matches up to this (LIST_TOTAL_CAP by default). */
  listTotalCap?: number;
};

/** The list's filters without its paging and order. */
export type ClientFilter = Omit<ClientListQuery, 'page' | 'pageSize' | 'cursor' | 'sort'>;

function inputOf(c: repo.ClientRow['client']): ClientInput {
  return {
    type: c.type as ClientInput['type'],
    taxForm: c.taxForm as ClientInput['taxForm'],
    fullName: c.fullName,
    phone: c.phone,
    extraPhone: c.extraPhone,
    email: c.email,
    gender: c.gender as ClientInput['gender'],
    birthDate: c.birthDate,
    passport: c.passport,
    passportComment: c.passportComment,
    regAddress: c.regAddress,
    regPostcode: c.regPostcode,
    regComment: c.regComment,
    inn: c.inn,
    kpp: c.kpp,
    ogrn: c.ogrn,
    snils: c.snils,
    loyaltyCard: c.loyaltyCard,
    status: c.status as ClientInput['status'],
    tester: c.tester,
    note: c.note,
  };
}

export function clientsService({ db, tags, listTotalCap }: Deps) {
  async function load(tx: Db, actor: Actor, id: string) {
    const row = await repo.findClient(tx, actor.organizationId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async function card(tx: Db, actor: Actor, id: string): Promise<Client> {
    const row = await load(tx, actor, id);
    const externalIds = (await repo.listExternalIds(tx, actor.organizationId, id)).map(mapExternalId);
    return mapClient(row, externalIds, piiAccess(actor));
  }

  /** C-7: a phone belongs to one card of an organisation; the 409 names the other card. */
  async function assertPhoneFree(tx: Db, actor: Actor, phone: string | null, clientId?: string) {
    if (!phone) return;
    const other = await repo.findClientIdByPhone(tx, actor.organizationId, phone);
    if (other && other !== clientId) {
      throw new AppError('PHONE_TAKEN', {
        conflictId: other,
        detail: 'Этот номер уже у другого клиента организации: откройте его карточку или объедините карточки',
      });
    }
  }

  /**
   * C-5: a new card, inside the caller's transaction (also used by approvals and leads).
   * A phone gets the person's one resident account (T-3), created when new.
   */
  async function createIn(tx: Db, actor: Actor, body: ClientBody, source: ClientSource): Promise<string> {
    assertMayEditPii(actor, body);
    const values = clientValues(body);
    await assertPhoneFree(tx, actor, values.phone);
    const account = values.phone ? await residentAccounts.ensure(tx, values.phone) : null;
    const id = await repo.insertClient(
      tx,
      actor.organizationId,
      { ...values, accountId: account?.id ?? null, source },
      actor.staffId,
    );
    if (values.phone) await repo.identifyLeads(tx, actor.organizationId, values.phone, id);
    const tagRows = await tags.resolve(tx, actor, body.tags ?? []);
    await repo.setClientTags(
      tx,
      actor.organizationId,
      id,
      tagRows.map((t) => t.id),
    );
    if (body.externalId?.trim()) {
      await externalIdsRepo.insertExternalId(tx, actor.organizationId, {
        clientId: id,
        source: '',
        externalId: body.externalId.trim(),
      });
    }
    const created = await load(tx, actor, id);
    const changes = diffFields({}, clientHistoryView(created), CLIENT_HISTORY_FIELDS);
    await recordHistory(tx, actor, [
      { entityType: 'client', entityId: id, clientId: id, action: 'create', changes },
    ]);
    return id;
  }

  /**
   * C-6, C-7: the edit inside the caller's transaction, validated as a whole card (C-5) and written
   * to history; also the resident's «Мои данные» (APP-5) on each of their cards.
   */
  async function updateIn(tx: Db, actor: Actor, id: string, patch: ClientPatch): Promise<void> {
    assertCan(actor, 'clients.edit');
    assertMayEditPii(actor, patch);
    const before = await load(tx, actor, id);
    const { tags: tagNames, ...fields } = patch;
    const values = clientValues({ ...inputOf(before.client), ...fields });
    let accountId = before.client.accountId;
    if (values.phone !== before.client.phone) {
      if (before.client.firstLoginAt) throw new AppError('PHONE_LOCKED');
      await assertPhoneFree(tx, actor, values.phone, id);
      accountId = values.phone ? (await residentAccounts.ensure(tx, values.phone)).id : null;
    }
    await repo.updateClient(tx, actor.organizationId, id, { ...values, accountId }, actor.staffId);
    if (values.phone && values.phone !== before.client.phone)
      await repo.identifyLeads(tx, actor.organizationId, values.phone, id);
    if (accountId !== before.client.accountId)
      await residentAccounts.removeIfOrphan(tx, before.client.accountId);
    if (tagNames) {
      const tagRows = await tags.resolve(tx, actor, tagNames);
      await repo.setClientTags(
        tx,
        actor.organizationId,
        id,
        tagRows.map((t) => t.id),
      );
    }
    const after = await load(tx, actor, id);
    const changes = diffFields(clientHistoryView(before), clientHistoryView(after), CLIENT_HISTORY_FIELDS);
    await recordHistory(tx, actor, [
      { entityType: 'client', entityId: id, clientId: id, action: 'update', changes },
    ]);
  }

  /**
   * C-1..C-3: the list's filters. Name words are first read as the beginning of the full name,
   * surname first («Иванов Ив» — how staff type it, and served in order by an index at any size);
   * only when that finds nobody, as words anywhere in the name («Мария»).
   */
  async function listWhere(actor: Actor, query: ClientFilter): Promise<SQL | undefined> {
    const access = piiAccess(actor);
    const prefix = clientWhere(actor.organizationId, query, access, 'prefix');
    if (!query.search || !hasNameWords(query.search)) return prefix;
    if (await repo.anyClient(db, actor.organizationId, prefix)) return prefix;
    return clientWhere(actor.organizationId, query, access, 'contains');
  }

  return {
    createIn,
    updateIn,

    /**
     * M-1: every client the list shows with these filters (all its pages), as a subquery of ids
     * for a mailing to them: the same filters and the same reading of the search as `list`.
     */
    async matchingIds(actor: Actor, query: ClientFilter): Promise<SQL> {
      assertCan(actor, 'clients.view');
      return repo.clientIds(actor.organizationId, await listWhere(actor, query));
    },

    /** M-1: one client of the organisation (a mailing from its card), as a subquery of its id. */
    async oneId(actor: Actor, id: string): Promise<SQL | undefined> {
      assertCan(actor, 'clients.view');
      if (!(await repo.findClientAccount(db, actor.organizationId, id))) return undefined;
      return repo.clientIds(actor.organizationId, eq(clientsTable.id, id));
    },

    /** C-1..C-3: a page of the list (`listWhere`), sorted. */
    async list(actor: Actor, query: ClientListQuery) {
      assertCan(actor, 'clients.view');
      const access = piiAccess(actor);
      const page = query.page ?? 1;
      const pageSize = query.pageSize ?? 20;
      const sort = clientSort(query.sort, access);
      const keys = clientOrderKeys(sort);
      // Issue 16: a cursor of this list, sort and filters pages on by keyset; `page` by offset.
      const binding = listBinding('clients', actor.organizationId, sort, query);
      const cursor = query.cursor ? decodeListCursor(query.cursor, binding, keys) : undefined;
      const result = await repo.listClients(db, actor.organizationId, {
        where: await listWhere(actor, query),
        keys,
        page,
        pageSize,
        cursor,
        binding,
        totalCap: listTotalCap,
      });
      const items: ClientListItem[] = result.rows.map((row) => mapClientListItem(row, access));
      const { total, totalCapped, totalEstimated, nextCursor, prevCursor } = result;
      return {
        items,
        total,
        totalCapped,
        totalEstimated,
        page: pageOf(result.offset, pageSize),
        pageSize,
        nextCursor,
        prevCursor,
      };
    },

    /** Issue 17: tags added and removed on the ticked clients or «все найденные», as the card edits them. */
    async bulkTags(actor: Actor, body: ClientBulkTagsBody): Promise<BulkTagsResult> {
      assertCan(actor, 'clients.edit');
      const where = await listWhere(actor, body.filter);
      return db.transaction((tx) => tags.applyInBulk(tx, actor, 'client', where, body));
    },

    /** S-1: the resident account behind a card of the organisation (null without one). */
    async accountIdOf(actor: Actor, id: string, tx: Db = db): Promise<string | null> {
      assertCan(actor, 'clients.view');
      const row = await repo.findClientAccount(tx, actor.organizationId, id);
      if (!row) throw new AppError('NOT_FOUND');
      return row.accountId;
    },

    async get(actor: Actor, id: string): Promise<Client> {
      assertCan(actor, 'clients.view');
      return card(db, actor, id);
    },

    async create(actor: Actor, body: ClientBody): Promise<Client> {
      assertCan(actor, 'clients.edit');
      return db
        .transaction(async (tx) => card(tx, actor, await createIn(tx, actor, body, 'manual')))
        .catch(translateClientWriteError);
    },

    /** C-6, C-7: edit the card; the phone changes only while the person has never logged in. */
    async update(actor: Actor, id: string, patch: ClientPatch): Promise<Client> {
      assertCan(actor, 'clients.edit');
      assertMayEditPii(actor, patch);
      return db
        .transaction(async (tx) => {
          await updateIn(tx, actor, id, patch);
          return card(tx, actor, id);
        })
        .catch(translateClientWriteError);
    },

    /** C-7 «Объединить»: card `id` is replaced by `intoClientId`; answers the surviving card. */
    async merge(actor: Actor, id: string, intoClientId: string): Promise<Client> {
      return db.transaction(async (tx) => {
        await mergeClients(tx, actor, id, intoClientId);
        return card(tx, actor, intoClientId);
      });
    },

    /** L-5, R-4: the card goes with its links (dependents refused or removed); its history stays. */
    async remove(actor: Actor, id: string, dependents: 'refuse' | 'remove' = 'refuse'): Promise<void> {
      assertCan(actor, 'clients.edit');
      await db.transaction(async (tx) => {
        await lockClients(tx, actor.organizationId, [id]);
        const before = await load(tx, actor, id);
        await deleteClientLinks(tx, actor, id, dependents);
        await repo.deleteClient(tx, actor.organizationId, id);
        await residentAccounts.removeIfOrphan(tx, before.client.accountId);
        // The entry names the card (masked for roles without «ФИО»), not all it held.
        const changes = [{ field: 'fullName', old: before.client.fullName, new: null }];
        await recordHistory(tx, actor, [
          { entityType: 'client', entityId: id, clientId: id, action: 'delete', changes },
        ]);
      });
    },

    /** the client card's history (the client, its external ids, its links), masked as R-3 says. */
    async history(actor: Actor, id: string, limit = 50, before?: number): Promise<HistoryEntry[]> {
      assertCan(actor, 'clients.view');
      await load(db, actor, id).catch(async (error) => {
        if ((await listClientHistory(db, actor.organizationId, id, 1)).length === 0) throw error;
      });
      const rows = await listClientHistory(db, actor.organizationId, id, limit, before);
      return rows.map((row) => mapHistory(row, piiAccess(actor)));
    },
  };
}

export type ClientsService = ReturnType<typeof clientsService>;
