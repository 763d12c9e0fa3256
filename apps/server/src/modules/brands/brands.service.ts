import type { OrganizationBrand, OrganizationBrandBody } from '@domovoy/contract';
import type { Config } from '../../config';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { discardFile, type ImageFile, type ReceiveFile, withReceivedImage } from '../../platform/images';
import type { FileStorage } from '../../platform/storage';
import { logoLimits, logoPolicy } from './brand-logo';
import * as repo from './brands.repository';
import { brandLogoPrefix, mapOrganizationBrand, objectImagePrefix, productsOf } from './brands.view';

/** T-3, issue 12: the organisation's brand in the resident app (name, colour, logo) and its products. */
export function brandsService({ db, storage, config }: { db: Db; storage: FileStorage; config: Config }) {
  async function get(actor: Actor): Promise<OrganizationBrand> {
    const row = await repo.findOrganizationBrand(db, actor.organizationId);
    if (!row) throw new AppError('NOT_FOUND');
    return mapOrganizationBrand(row);
  }

  /** Points the organisation at the new logo (or none), then removes the old file. */
  async function replaceLogo(actor: Actor, logo: repo.LogoValues): Promise<void> {
    const oldKey = await db.transaction(async (tx) => {
      const row = await repo.findOrganizationBrand(tx, actor.organizationId, true);
      if (!row) throw new AppError('NOT_FOUND');
      await repo.setOrganizationLogo(tx, actor.organizationId, logo);
      return row.brandLogoKey;
    });
    await discardFile(storage, oldKey);
  }

  return {
    // Every staff member sees the brand, like the objects it is worn on.
    get,

    async update(actor: Actor, body: OrganizationBrandBody): Promise<OrganizationBrand> {
      assertCan(actor, 'settings.manage');
      await repo.updateOrganizationBrand(db, actor.organizationId, {
        // An empty name is no name: the app shows the organisation's.
        brandName: body.name?.trim() || null,
        brandColor: body.color?.toLowerCase() ?? null,
        products: productsOf(body.products),
      });
      return get(actor);
    },

    async uploadLogo(actor: Actor, receive: ReceiveFile): Promise<OrganizationBrand> {
      assertCan(actor, 'settings.manage');
      const policy = logoPolicy(actor.organizationId, config.maxUploadBytes);
      await withReceivedImage(storage, policy, logoLimits, receive, (file) =>
        replaceLogo(actor, { brandLogoKey: file.key, brandLogoContentType: file.contentType }),
      );
      return get(actor);
    },

    async removeLogo(actor: Actor): Promise<void> {
      assertCan(actor, 'settings.manage');
      await replaceLogo(actor, { brandLogoKey: null, brandLogoContentType: null });
    },

    async readLogo(actor: Actor): Promise<ImageFile> {
      const row = await repo.findOrganizationBrand(db, actor.organizationId);
      const stream = row?.brandLogoKey ? await storage.get(row.brandLogoKey) : undefined;
      if (!stream || !row?.brandLogoContentType)
        throw new AppError('NOT_FOUND', { detail: 'Логотип не загружен' });
      return { stream, contentType: row.brandLogoContentType };
    },

    /**
     * The app's logo by its public address: only a logo the organisation or one of its objects
     * wears now (a replaced one is gone), so the address may be cached for good.
     */
    async readPublicLogo(organizationId: string, fileId: string): Promise<ImageFile> {
      const key = `${brandLogoPrefix(organizationId)}/${fileId}`;
      const contentType = await repo.findCurrentLogo(db, organizationId, key);
      const stream = contentType ? await storage.get(key) : undefined;
      if (!stream || !contentType) throw new AppError('NOT_FOUND');
      return { stream, contentType };
    },

    /** APP-2: only a picture one of the organisation's objects shows now is served. */
    async readPublicObjectImage(organizationId: string, fileId: string): Promise<ImageFile> {
      const key = `${objectImagePrefix(organizationId)}/${fileId}`;
      const contentType = await repo.findCurrentObjectImage(db, organizationId, key);
      const stream = contentType ? await storage.get(key) : undefined;
      if (!stream || !contentType) throw new AppError('NOT_FOUND');
      return { stream, contentType };
    },
  };
}

export type BrandsService = ReturnType<typeof brandsService>;
