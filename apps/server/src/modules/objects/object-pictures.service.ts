import type { ObjectItem } from '@domovoy/contract';
import type { Config } from '../../config';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import {
  discardFile,
  type ImageFile,
  type ImageLimits,
  type ReceiveFile,
  withReceivedImage,
} from '../../platform/images';
import type { FileStorage } from '../../platform/storage';
import { IMAGE_TYPES, type UploadPolicy } from '../../platform/uploads';
import { logoLimits, logoPolicy } from '../brands/brand-logo';
import { objectImagePrefix } from '../brands/brands.view';
import * as repo from './objects.repository';
import { mapObject } from './objects.view';

/** T-2: an object's picture; the server-wide upload limit may lower it further. */
export const OBJECT_IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const OBJECT_IMAGE_LIMITS: ImageLimits = {
  maxSide: 8000,
  maxPixels: 40_000_000,
  noun: 'Изображение',
  required: 'Приложите изображение',
};

type Deps = { db: Db; storage: FileStorage; config: Config };
type File = { key: string | null; contentType: string | null };

/** One picture an object may carry: where it is kept in the row, and what it may be. */
type Slot = {
  /** The object's current file; undefined when there is no such object. */
  find(db: Db, organizationId: string, id: string, lock?: boolean): Promise<File | undefined>;
  set(db: Db, organizationId: string, id: string, file: File): Promise<void>;
  policy(organizationId: string, config: Config): UploadPolicy;
  limits: ImageLimits;
  /** The 404's detail when the object has none. */
  missing: string;
};

/** An object's picture (T-2) and its own logo in the resident app (T-3): one way to keep a file. */
function objectPictureService({ db, storage, config }: Deps, slot: Slot) {
  /** Points the object at the new file (or none), then removes the old file. */
  async function replace(actor: Actor, id: string, file: File): Promise<void> {
    const oldKey = await db.transaction(async (tx) => {
      const current = await slot.find(tx, actor.organizationId, id, true);
      if (!current) throw new AppError('NOT_FOUND');
      await slot.set(tx, actor.organizationId, id, file);
      return current.key;
    });
    await discardFile(storage, oldKey);
  }

  return {
    async upload(actor: Actor, id: string, receive: ReceiveFile): Promise<ObjectItem> {
      assertCan(actor, 'settings.manage');
      // Checked before the upload is read, so nothing is stored for an unknown object.
      if (!(await slot.find(db, actor.organizationId, id))) throw new AppError('NOT_FOUND');
      const policy = slot.policy(actor.organizationId, config);
      await withReceivedImage(storage, policy, slot.limits, receive, (file) =>
        replace(actor, id, { key: file.key, contentType: file.contentType }),
      );
      const row = await repo.findObject(db, actor.organizationId, id);
      if (!row) throw new AppError('NOT_FOUND');
      return mapObject(row);
    },

    // Every staff member sees what the objects show, like the objects themselves.
    async read(actor: Actor, id: string): Promise<ImageFile> {
      const current = await slot.find(db, actor.organizationId, id);
      if (!current) throw new AppError('NOT_FOUND');
      const stream = current.key ? await storage.get(current.key) : undefined;
      if (!stream || !current.contentType) throw new AppError('NOT_FOUND', { detail: slot.missing });
      return { stream, contentType: current.contentType };
    },

    async remove(actor: Actor, id: string): Promise<void> {
      assertCan(actor, 'settings.manage');
      await replace(actor, id, { key: null, contentType: null });
    },
  };
}

export type ObjectPictureService = ReturnType<typeof objectPictureService>;

/** T-2: the object's picture (the background of its premises in the app, APP-2). */
export const objectImageService = (deps: Deps) =>
  objectPictureService(deps, {
    async find(db, organizationId, id, lock) {
      const row = await repo.findObjectRow(db, organizationId, id, lock);
      return row && { key: row.imageKey, contentType: row.imageContentType };
    },
    set: (db, organizationId, id, file) =>
      repo.setObjectImage(db, organizationId, id, { imageKey: file.key, imageContentType: file.contentType }),
    policy: (organizationId, config) => ({
      maxBytes: Math.min(OBJECT_IMAGE_MAX_BYTES, config.maxUploadBytes),
      allowed: IMAGE_TYPES,
      prefix: objectImagePrefix(organizationId),
    }),
    limits: OBJECT_IMAGE_LIMITS,
    missing: 'У объекта нет изображения',
  });

/** T-3: the object's own logo in the resident app (none: the organisation's). */
export const objectBrandLogoService = (deps: Deps) =>
  objectPictureService(deps, {
    async find(db, organizationId, id, lock) {
      const row = await repo.findObjectBrand(db, organizationId, id, lock);
      return row && { key: row.brandLogoKey, contentType: row.brandLogoContentType };
    },
    set: (db, organizationId, id, file) =>
      repo.setObjectLogo(db, organizationId, id, {
        brandLogoKey: file.key,
        brandLogoContentType: file.contentType,
      }),
    policy: (organizationId, config) => logoPolicy(organizationId, config.maxUploadBytes),
    limits: logoLimits,
    missing: 'У объекта нет своего логотипа',
  });
