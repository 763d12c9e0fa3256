import type { LegalEntity, LegalEntityBody, LegalEntityPatch } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { uniqueViolation } from '../../platform/db-errors';
import { AppError } from '../../platform/errors';
import * as repo from './legal-entities.repository';
import { mapLegalEntity } from './legal-entities.view';
import { validateLegalEntity } from './validate-legal-entity';

export function legalEntitiesService({ db }: { db: Db }) {
  async function save<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (uniqueViolation(error) === 'legal_entities_inn_kpp_key') throw new AppError('LEGAL_ENTITY_EXISTS');
      throw error;
    }
  }

  return {
    // Every staff member sees the organisation's legal entities (account forms, filters).
    async list(actor: Actor): Promise<LegalEntity[]> {
      const rows = await repo.listLegalEntities(db, actor.organizationId);
      return rows.map(mapLegalEntity);
    },

    async get(actor: Actor, id: string): Promise<LegalEntity> {
      const row = await repo.findLegalEntity(db, actor.organizationId, id);
      if (!row) throw new AppError('NOT_FOUND');
      return mapLegalEntity(row);
    },

    async create(actor: Actor, body: LegalEntityBody): Promise<LegalEntity> {
      assertCan(actor, 'settings.manage');
      const values = validateLegalEntity(body);
      return mapLegalEntity(await save(() => repo.insertLegalEntity(db, actor.organizationId, values)));
    },

    async update(actor: Actor, id: string, patch: LegalEntityPatch): Promise<LegalEntity> {
      assertCan(actor, 'settings.manage');
      const existing = await repo.findLegalEntity(db, actor.organizationId, id);
      if (!existing) throw new AppError('NOT_FOUND');
      const values = validateLegalEntity({ ...existing, ...patch });
      const row = await save(() => repo.updateLegalEntity(db, actor.organizationId, id, values));
      if (!row) throw new AppError('NOT_FOUND');
      return mapLegalEntity(row);
    },

    async remove(actor: Actor, id: string): Promise<void> {
      assertCan(actor, 'settings.manage');
      await db.transaction(async (tx) => {
        if (!(await repo.findLegalEntity(tx, actor.organizationId, id))) throw new AppError('NOT_FOUND');
        if ((await repo.countAccounts(tx, actor.organizationId, id)) > 0) {
          throw new AppError('LEGAL_ENTITY_HAS_ACCOUNTS');
        }
        await repo.deleteLegalEntity(tx, actor.organizationId, id);
      });
    },
  };
}

export type LegalEntitiesService = ReturnType<typeof legalEntitiesService>;
