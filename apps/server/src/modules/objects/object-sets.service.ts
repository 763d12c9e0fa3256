import type { NamedItem, NamedItemBody } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { uniqueViolation } from '../../platform/db-errors';
import { AppError, fieldError } from '../../platform/errors';
import * as repo from './object-sets.repository';
import { mapObjectSet } from './objects.view';

const NAME_TAKEN_MESSAGES: Record<repo.ObjectSetKind, string> = {
  groups: 'Группа объектов с таким названием уже есть',
  quarters: 'Квартал с таким названием уже есть',
};

function cleanName(body: NamedItemBody): string {
  const name = body.name.trim();
  if (!name) throw fieldError('VALIDATION_FAILED', 'name', 'Заполните поле', 'REQUIRED');
  return name;
}

/** T-2: object groups or quarters, one service per kind. */
export function objectSetsService({ db }: { db: Db }, kind: repo.ObjectSetKind) {
  async function save<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (uniqueViolation(error) === repo.nameConstraintOf(kind)) {
        throw fieldError('NAME_TAKEN', 'name', NAME_TAKEN_MESSAGES[kind]);
      }
      throw error;
    }
  }

  async function get(actor: Actor, id: string): Promise<NamedItem> {
    const row = await repo.findObjectSet(db, kind, actor.organizationId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return mapObjectSet(row);
  }

  return {
    // Every staff member reads them: the premises filters (P-3) list them.
    async list(actor: Actor): Promise<NamedItem[]> {
      const rows = await repo.listObjectSets(db, kind, actor.organizationId);
      return rows.map(mapObjectSet);
    },

    get,

    async create(actor: Actor, body: NamedItemBody): Promise<NamedItem> {
      assertCan(actor, 'settings.manage');
      const name = cleanName(body);
      const id = await save(() => repo.insertObjectSet(db, kind, actor.organizationId, name));
      return get(actor, id);
    },

    async update(actor: Actor, id: string, body: NamedItemBody): Promise<NamedItem> {
      assertCan(actor, 'settings.manage');
      const name = cleanName(body);
      const found = await save(() => repo.renameObjectSet(db, kind, actor.organizationId, id, name));
      if (!found) throw new AppError('NOT_FOUND');
      return get(actor, id);
    },

    /** Its objects stay, outside any group or quarter, in the same transaction. */
    async remove(actor: Actor, id: string): Promise<void> {
      assertCan(actor, 'settings.manage');
      await db.transaction(async (tx) => {
        if (!(await repo.lockObjectSet(tx, kind, actor.organizationId, id))) throw new AppError('NOT_FOUND');
        await repo.detachObjects(tx, kind, actor.organizationId, id);
        await repo.deleteObjectSet(tx, kind, actor.organizationId, id);
      });
    },
  };
}

export type ObjectSetsService = ReturnType<typeof objectSetsService>;
