import type { ObjectItem } from '@domovoy/contract';
import type { Config } from '../../config';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import type { FileStorage } from '../../platform/storage';
import { discardLogo, type LogoFile, logoPolicy, type ReceiveFile, receiveLogo } from '../brands/brand-logo';
import * as repo from './objects.repository';
import { mapObject } from './objects.view';

/** T-3: an object's own logo in the resident app (null: the organisation's). */
export function objectBrandLogoService({
  db,
  storage,
  config,
}: {
  db: Db;
  storage: FileStorage;
  config: Config;
}) {
  async function replace(actor: Actor, id: string, logo: { key: string | null; contentType: string | null }) {
    const oldKey = await db.transaction(async (tx) => {
      const row = await repo.findObjectBrand(tx, actor.organizationId, id, true);
      if (!row) throw new AppError('NOT_FOUND');
      await repo.setObjectLogo(tx, actor.organizationId, id, {
        brandLogoKey: logo.key,
        brandLogoContentType: logo.contentType,
      });
      return row.brandLogoKey;
    });
    await discardLogo(storage, oldKey);
  }

  return {
    async upload(actor: Actor, id: string, receive: ReceiveFile): Promise<ObjectItem> {
      assertCan(actor, 'settings.manage');
      // Checked before the upload is read, so nothing is stored for an unknown object.
      if (!(await repo.findObjectBrand(db, actor.organizationId, id))) throw new AppError('NOT_FOUND');
      const file = await receiveLogo(
        storage,
        logoPolicy(actor.organizationId, config.maxUploadBytes),
        receive,
      );
      try {
        await replace(actor, id, { key: file.key, contentType: file.contentType });
      } catch (error) {
        await discardLogo(storage, file.key);
        throw error;
      }
      const row = await repo.findObject(db, actor.organizationId, id);
      if (!row) throw new AppError('NOT_FOUND');
      return mapObject(row);
    },

    // Every staff member sees what the objects wear.
    async read(actor: Actor, id: string): Promise<LogoFile> {
      const row = await repo.findObjectBrand(db, actor.organizationId, id);
      if (!row) throw new AppError('NOT_FOUND');
      const stream = row.brandLogoKey ? await storage.get(row.brandLogoKey) : undefined;
      if (!stream || !row.brandLogoContentType)
        throw new AppError('NOT_FOUND', { detail: 'У объекта нет своего логотипа' });
      return { stream, contentType: row.brandLogoContentType };
    },

    async remove(actor: Actor, id: string): Promise<void> {
      assertCan(actor, 'settings.manage');
      await replace(actor, id, { key: null, contentType: null });
    },
  };
}

export type ObjectBrandLogoService = ReturnType<typeof objectBrandLogoService>;
