import type { ObjectBody, ObjectItem, ObjectListQuery, ObjectPatch } from '@domovoy/contract';
import type { Config } from '../../config';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { foreignKeyViolation } from '../../platform/db-errors';
import { AppError, fieldError } from '../../platform/errors';
import { discardFile } from '../../platform/images';
import type { FileStorage } from '../../platform/storage';
import { objectBrandLogoService, objectImageService } from './object-pictures.service';
import { objectSetsService } from './object-sets.service';
import * as repo from './objects.repository';
import { mapObject } from './objects.view';

export type ObjectsDeps = { db: Db; storage: FileStorage; config: Config };

// Composite foreign keys (organization_id, group_id) reject a group of another organisation
// as well as an unknown one (T-1), without a separate look-up that could race.
const REFERENCES: Record<string, { field: string; message: string }> = {
  objects_group_fk: { field: 'groupId', message: 'Группа объектов не найдена' },
  objects_quarter_fk: { field: 'quarterId', message: 'Квартал не найден' },
};

async function save<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const reference = REFERENCES[foreignKeyViolation(error) ?? ''];
    if (reference) throw fieldError('REFERENCE_NOT_FOUND', reference.field, reference.message);
    throw error;
  }
}

function valuesOf(body: ObjectBody): repo.ObjectValues {
  const name = body.name.trim();
  if (!name) throw fieldError('VALIDATION_FAILED', 'name', 'Заполните поле', 'REQUIRED');
  return {
    name,
    address: body.address.trim(),
    // P-5: online payment is on unless the administrator switches it off.
    onlinePayment: body.onlinePayment ?? true,
    groupId: body.groupId ?? null,
    quarterId: body.quarterId ?? null,
    // T-3: an empty override is none — the object wears the organisation's brand.
    brandName: body.brandName?.trim() || null,
    brandColor: body.brandColor?.toLowerCase() ?? null,
  };
}

/** T-2: objects (residential complexes, buildings), their groups, quarters and images. */
export function objectsService(deps: ObjectsDeps) {
  const { db, storage } = deps;

  async function get(actor: Actor, id: string): Promise<ObjectItem> {
    const row = await repo.findObject(db, actor.organizationId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return mapObject(row);
  }

  return {
    groups: objectSetsService(deps, 'groups'),
    quarters: objectSetsService(deps, 'quarters'),
    image: objectImageService(deps),
    brandLogo: objectBrandLogoService(deps),

    // Every staff member reads objects: premise forms and filters (P-3, P-5) list them.
    async list(actor: Actor, filters: ObjectListQuery): Promise<ObjectItem[]> {
      const rows = await repo.listObjects(db, actor.organizationId, filters);
      return rows.map(mapObject);
    },

    get,

    async create(actor: Actor, body: ObjectBody): Promise<ObjectItem> {
      assertCan(actor, 'settings.manage');
      const values = valuesOf(body);
      const id = await save(() => repo.insertObject(db, actor.organizationId, values));
      return get(actor, id);
    },

    async update(actor: Actor, id: string, patch: ObjectPatch): Promise<ObjectItem> {
      assertCan(actor, 'settings.manage');
      const existing = await repo.findObjectRow(db, actor.organizationId, id);
      if (!existing) throw new AppError('NOT_FOUND');
      const values = valuesOf({ ...existing, ...patch });
      const found = await save(() => repo.updateObject(db, actor.organizationId, id, values));
      if (!found) throw new AppError('NOT_FOUND');
      return get(actor, id);
    },

    /** Refused while premises belong to the object: deleting them is a decision of its own (P-7). */
    async remove(actor: Actor, id: string): Promise<void> {
      assertCan(actor, 'settings.manage');
      const files = await db.transaction(async (tx) => {
        const row = await repo.findObjectRow(tx, actor.organizationId, id, true);
        if (!row) throw new AppError('NOT_FOUND');
        if ((await repo.countPremises(tx, actor.organizationId, id)) > 0)
          throw new AppError('OBJECT_HAS_PREMISES');
        await repo.deleteObject(tx, actor.organizationId, id);
        return [row.imageKey, row.brandLogoKey];
      });
      for (const key of files) if (key) await discardFile(storage, key);
    },
  };
}

export type ObjectsService = ReturnType<typeof objectsService>;
