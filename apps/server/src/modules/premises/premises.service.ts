import type {
  BulkTagsResult,
  HistoryEntry,
  Premise,
  PremiseBody,
  PremiseBulkTagsBody,
  PremiseListQuery,
  PremisePatch,
  PremiseType,
} from '@domovoy/contract';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/database';
import type { ChangeRecord } from '../../db/schema';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { diffFields, listPremiseHistory, recordHistory } from '../../platform/history';
import { mapHistory } from '../../platform/history.view';
import { decodeListCursor, listBinding, pageOf } from '../../platform/list-cursor';
import { piiAccess } from '../../platform/pii';
import type { FileStorage } from '../../platform/storage';
import type { AccountsService } from '../accounts/accounts.service';
import { hiddenClientReading } from '../clients/client-filters';
import type { DocumentsService } from '../documents/documents.service';
import { premiseLinksDeletion } from '../links/links.service';
import type { TagsService } from '../tags/tags.service';
import { premiseOrderKeys, premiseWhere } from './premise-filters';
import { type PremiseInput, premiseValues } from './premise-values';
import * as repo from './premises.repository';
import { mapPremise, PREMISE_HISTORY_FIELDS } from './premises.view';
import { translatePremiseWriteError } from './translate-premise-error';

/** The list's filters without its paging and order. */
export type PremiseFilter = Omit<PremiseListQuery, 'page' | 'pageSize' | 'cursor' | 'sort'>;

type Deps = {
  db: Db;
  storage: FileStorage;
  tags: TagsService;
  accounts: AccountsService;
  documents: DocumentsService;
  /** The list counts matches up to this (LIST_TOTAL_CAP by default). */
  listTotalCap?: number;
};

/** What the change history records of a premise: names rather than ids. */
function historyView(p: Premise) {
  return { ...p, object: p.objectName, type: p.typeLabel };
}

function inputOf(p: Premise): PremiseInput {
  const { objectId, type, street, house, building, number, room, entrance, floor, rooms } = p;
  const { totalArea, livingArea, cadastralNumber, registeredResidents, onlinePayment, note, externalId } = p;
  return {
    objectId,
    type: type as PremiseType,
    street,
    house,
    building,
    number,
    room,
    entrance,
    floor,
    rooms,
    totalArea,
    livingArea,
    cadastralNumber,
    registeredResidents,
    onlinePayment,
    note,
    externalId,
  };
}

export function premisesService({ db, storage, tags, accounts, documents, listTotalCap }: Deps) {
  async function load(tx: Db, actor: Actor, id: string): Promise<Premise> {
    const row = await repo.findPremise(tx, actor.organizationId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return mapPremise(row);
  }

  async function history(
    tx: Db,
    actor: Actor,
    id: string,
    action: 'create' | 'update' | 'delete',
    changes: ChangeRecord[],
  ) {
    await recordHistory(tx, actor, [{ entityType: 'premise', entityId: id, premiseId: id, action, changes }]);
  }

  return {
    /** P-1..P-3: the organisation's premises, searched, filtered, sorted and paginated. */
    async list(actor: Actor, query: PremiseListQuery) {
      assertCan(actor, 'premises.view');
      const page = query.page ?? 1;
      const pageSize = query.pageSize ?? 20;
      const access = piiAccess(actor);
      const sort = query.sort ?? 'address';
      const keys = premiseOrderKeys(sort);
      // Issue 16: a cursor of this list, sort and filters pages on by keyset; `page` by offset.
      const binding = listBinding('premises', actor.organizationId, sort, query);
      const cursor = query.cursor ? decodeListCursor(query.cursor, binding, keys) : undefined;
      const result = await repo.listPremises(db, actor.organizationId, {
        where: premiseWhere(actor.organizationId, query, access),
        keys,
        page,
        pageSize,
        cursor,
        binding,
        totalCap: listTotalCap,
      });
      const { rows, total, totalCapped, totalEstimated, nextCursor, prevCursor } = result;
      // «Иванов» finds no address, and the client reading was left out for this role: say so
      // rather than answer «nothing» (the refusal depends on addresses only, which the role sees).
      if (total === 0 && query.search && hiddenClientReading(query.search, access))
        throw new AppError('PII_SEARCH_FORBIDDEN');
      return {
        items: rows.map(mapPremise),
        total,
        totalCapped,
        totalEstimated,
        page: pageOf(result.offset, pageSize),
        pageSize,
        nextCursor,
        prevCursor,
      };
    },

    /**
     * M-1: the clients linked (in any role) to every premise the list shows with these filters,
     * as a subquery of distinct client ids for a mailing; refused as the list refuses a search.
     */
    async linkedClientIds(actor: Actor, query: PremiseFilter): Promise<SQL> {
      assertCan(actor, 'premises.view');
      const access = piiAccess(actor);
      const where = premiseWhere(actor.organizationId, query, access);
      if (
        query.search &&
        hiddenClientReading(query.search, access) &&
        !(await repo.anyPremise(db, actor.organizationId, where))
      )
        throw new AppError('PII_SEARCH_FORBIDDEN');
      return repo.linkedClientIds(actor.organizationId, where);
    },

    async get(actor: Actor, id: string): Promise<Premise> {
      assertCan(actor, 'premises.view');
      return load(db, actor, id);
    },

    /** P-5: created manually (needs «Редактирование»). */
    async create(actor: Actor, body: PremiseBody): Promise<Premise> {
      assertCan(actor, 'premises.edit');
      const values = premiseValues(body);
      return db
        .transaction(async (tx) => {
          if (!(await repo.objectExists(tx, actor.organizationId, values.objectId))) {
            throw new AppError('REFERENCE_NOT_FOUND', {
              fields: [{ field: 'objectId', code: 'REFERENCE_NOT_FOUND', message: 'Объект не найден' }],
            });
          }
          const id = await repo.insertPremise(tx, actor.organizationId, values, actor.staffId);
          const tagRows = await tags.resolve(tx, actor, body.tags ?? []);
          await repo.setPremiseTags(
            tx,
            actor.organizationId,
            id,
            tagRows.map((t) => t.id),
          );
          const created = await load(tx, actor, id);
          await history(
            tx,
            actor,
            id,
            'create',
            diffFields({}, historyView(created), PREMISE_HISTORY_FIELDS),
          );
          return created;
        })
        .catch(translatePremiseWriteError);
    },

    /** P-6: partial update; the merged state is validated as a whole (type ↔ address fields). */
    async update(actor: Actor, id: string, patch: PremisePatch): Promise<Premise> {
      assertCan(actor, 'premises.edit');
      return db
        .transaction(async (tx) => {
          const before = await load(tx, actor, id);
          const { tags: tagNames, ...fields } = patch;
          const values = premiseValues({ ...inputOf(before), ...fields });
          if (
            values.objectId !== before.objectId &&
            !(await repo.objectExists(tx, actor.organizationId, values.objectId))
          ) {
            throw new AppError('REFERENCE_NOT_FOUND', {
              fields: [{ field: 'objectId', code: 'REFERENCE_NOT_FOUND', message: 'Объект не найден' }],
            });
          }
          await repo.updatePremise(tx, actor.organizationId, id, values, actor.staffId);
          if (tagNames) {
            const tagRows = await tags.resolve(tx, actor, tagNames);
            await repo.setPremiseTags(
              tx,
              actor.organizationId,
              id,
              tagRows.map((t) => t.id),
            );
          }
          const after = await load(tx, actor, id);
          await history(
            tx,
            actor,
            id,
            'update',
            diffFields(historyView(before), historyView(after), PREMISE_HISTORY_FIELDS),
          );
          return after;
        })
        .catch(translatePremiseWriteError);
    },

    /** Issue 17: tags added and removed on the ticked premises or «все найденные», as the card edits them. */
    async bulkTags(actor: Actor, body: PremiseBulkTagsBody): Promise<BulkTagsResult> {
      assertCan(actor, 'premises.edit');
      const where = premiseWhere(actor.organizationId, body.filter, piiAccess(actor));
      return db.transaction((tx) => tags.applyInBulk(tx, actor, 'premise', where, body));
    },

    /** P-7: its accounts (and all billed to them), documents and links go with it, atomically. */
    async remove(actor: Actor, id: string): Promise<void> {
      assertCan(actor, 'premises.edit');
      const fileKeys = await db.transaction(async (tx) => {
        const before = await load(tx, actor, id);
        const accountEntries = await accounts.deletionHistory(tx, actor, id);
        const docs = await documents.deletionOf(tx, actor, id);
        const linkEntries = await premiseLinksDeletion(tx, actor, id);
        await repo.deletePremise(tx, actor.organizationId, id);
        await recordHistory(tx, actor, [...accountEntries, ...docs.history, ...linkEntries]);
        await history(tx, actor, id, 'delete', diffFields(historyView(before), {}, PREMISE_HISTORY_FIELDS));
        return docs.fileKeys;
      });
      await Promise.all(fileKeys.map((key) => storage.delete(key)));
    },

    /** the premise card's history, its accounts and documents included; newest first. */
    async history(actor: Actor, id: string, limit = 50, before?: number): Promise<HistoryEntry[]> {
      assertCan(actor, 'premises.view');
      await load(db, actor, id).catch(async (error) => {
        // A deleted premise keeps its history: answer from it when there is any.
        const rows = await listPremiseHistory(db, actor.organizationId, id, 1);
        if (rows.length === 0) throw error;
      });
      const rows = await listPremiseHistory(db, actor.organizationId, id, limit, before);
      return rows.map((row) => mapHistory(row, piiAccess(actor)));
    },
  };
}

export type PremisesService = ReturnType<typeof premisesService>;
