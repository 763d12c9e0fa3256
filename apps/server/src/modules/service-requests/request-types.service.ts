import { DEFAULT_REQUEST_TYPES, type RequestType, type RequestTypePatch } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { uniqueViolation } from '../../platform/db-errors';
import { AppError, fieldError } from '../../platform/errors';
import * as repo from './request-types.repository';

const cleanName = (name: string) => name.trim().replace(/\s+/g, ' ');

export function mapRequestType(row: repo.RequestTypeRow): RequestType {
  return { id: row.id, name: row.name, position: row.position, archived: row.archived };
}

/** Issue 13: every organisation starts with the default catalogue (called where organisations are made). */
export async function createDefaultRequestTypes(tx: Db, organizationId: string): Promise<void> {
  await repo.insertTypes(tx, organizationId, DEFAULT_REQUEST_TYPES);
}

async function saveName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (uniqueViolation(error) === 'request_types_name_key')
      throw fieldError('NAME_TAKEN', 'name', 'Тип заявки с таким названием уже есть');
    throw error;
  }
}

function requiredName(name: string): string {
  const clean = cleanName(name);
  if (!clean) throw fieldError('VALIDATION_FAILED', 'name', 'Заполните поле', 'REQUIRED');
  return clean;
}

/**
 * «Настройки» → «Типы заявок»: read by every staff member (forms and filters need them), changed
 * with «Настройки». A type in use is archived, never deleted: old requests keep it.
 */
export function requestTypesService({ db }: { db: Db }) {
  return {
    async list(actor: Actor, withArchived = false): Promise<RequestType[]> {
      return (await repo.listTypes(db, actor.organizationId, withArchived)).map(mapRequestType);
    },

    async create(actor: Actor, name: string): Promise<RequestType> {
      assertCan(actor, 'settings.manage');
      const clean = requiredName(name);
      const [row] = await saveName(() => repo.insertTypes(db, actor.organizationId, [clean]));
      if (!row) throw new Error('insert returned no row');
      return mapRequestType(row);
    },

    async update(actor: Actor, id: string, patch: RequestTypePatch): Promise<RequestType> {
      assertCan(actor, 'settings.manage');
      const values = {
        ...(patch.name !== undefined ? { name: requiredName(patch.name) } : {}),
        ...(patch.archived !== undefined ? { archived: patch.archived } : {}),
      };
      const row = await saveName(() => repo.updateType(db, actor.organizationId, id, values));
      if (!row) throw new AppError('NOT_FOUND');
      return mapRequestType(row);
    },

    /** The new order of the whole catalogue: every type of the organisation, each once. */
    async reorder(actor: Actor, ids: string[]): Promise<RequestType[]> {
      assertCan(actor, 'settings.manage');
      return db.transaction(async (tx) => {
        const all = await repo.listTypes(tx, actor.organizationId, true);
        const known = new Set(all.map((row) => row.id));
        if (ids.length !== all.length || ids.some((id) => !known.has(id)))
          throw fieldError(
            'VALIDATION_FAILED',
            'ids',
            'Перечислите все типы заявок организации по одному разу',
          );
        for (const [position, id] of ids.entries())
          await repo.updateType(tx, actor.organizationId, id, { position });
        return (await repo.listTypes(tx, actor.organizationId, true)).map(mapRequestType);
      });
    },
  };
}

export type RequestTypesService = ReturnType<typeof requestTypesService>;
