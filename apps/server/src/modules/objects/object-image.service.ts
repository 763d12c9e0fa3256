import type { Readable } from 'node:stream';
import type { ObjectItem } from '@domovoy/contract';
import { imageSize } from 'image-size';
import type { Config } from '../../config';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError, fieldError } from '../../platform/errors';
import type { FileStorage } from '../../platform/storage';
import { IMAGE_TYPES, type StoredFile, type UploadPolicy } from '../../platform/uploads';
import * as repo from './objects.repository';
import { mapObject } from './objects.view';

/** T-2: an object's picture; the server-wide upload limit may lower it further. */
export const OBJECT_IMAGE_MAX_BYTES = 5 * 1024 * 1024;

/**
 * T-2: a picture every browser shows without trouble. A file of kilobytes may declare 100000×100000
 * pixels (40 GB once decoded): the size is read from its header and refused above these.
 */
export const OBJECT_IMAGE_MAX_SIDE = 8000;
export const OBJECT_IMAGE_MAX_PIXELS = 40_000_000;

/** The pixel size an image's header declares; IMAGE_UNREADABLE when there is none to read. */
export function declaredPixels(bytes: Buffer): { width: number; height: number } {
  const unreadable = () =>
    fieldError(
      'FILE_TYPE_NOT_ALLOWED',
      'file',
      'Не удалось прочитать размеры изображения',
      'IMAGE_UNREADABLE',
    );
  let width: number | undefined;
  let height: number | undefined;
  try {
    // image-size reads through a DataView over the whole ArrayBuffer, unbounded: a truncated file
    // held in a slice of Node's shared pool would be measured from a neighbour's bytes. An exact
    // copy makes a read past the end throw instead.
    ({ width, height } = imageSize(new Uint8Array(bytes)));
  } catch {
    throw unreadable();
  }
  if (!(width && height && width > 0 && height > 0)) throw unreadable();
  return { width, height };
}

/** Refuses a stored image whose header declares too many pixels, or none that can be read. */
export async function checkPixels(storage: FileStorage, key: string): Promise<void> {
  const stream = await storage.get(key);
  const { width, height } = declaredPixels(stream ? Buffer.concat(await stream.toArray()) : Buffer.alloc(0));
  if (
    width > OBJECT_IMAGE_MAX_SIDE ||
    height > OBJECT_IMAGE_MAX_SIDE ||
    width * height > OBJECT_IMAGE_MAX_PIXELS
  )
    throw fieldError(
      'IMAGE_TOO_LARGE',
      'file',
      `Изображение ${width}×${height} пикселей: допускается не больше ${OBJECT_IMAGE_MAX_SIDE} пикселей по стороне и ${OBJECT_IMAGE_MAX_PIXELS / 1_000_000} мегапикселей`,
    );
}

/** Reads the uploaded file into storage under the policy (the route knows the request). */
export type ReceiveFile = (storage: FileStorage, policy: UploadPolicy) => Promise<StoredFile | undefined>;

export type ObjectImage = { stream: Readable; contentType: string };

/** Called after the commit: a file left behind wastes space, a failed request would mislead. */
export async function discardFile(storage: FileStorage, key: string): Promise<void> {
  await storage.delete(key).catch(() => undefined);
}

export function objectImageService({
  db,
  storage,
  config,
}: {
  db: Db;
  storage: FileStorage;
  config: Config;
}) {
  const maxBytes = Math.min(OBJECT_IMAGE_MAX_BYTES, config.maxUploadBytes);

  /** Points the object at the new file (or none), then removes the old file. */
  async function replace(actor: Actor, id: string, image: repo.ImageValues): Promise<void> {
    const oldKey = await db.transaction(async (tx) => {
      const row = await repo.findObjectRow(tx, actor.organizationId, id, true);
      if (!row) throw new AppError('NOT_FOUND');
      await repo.setObjectImage(tx, actor.organizationId, id, image);
      return row.imageKey;
    });
    if (oldKey) await discardFile(storage, oldKey);
  }

  return {
    async upload(actor: Actor, id: string, receive: ReceiveFile): Promise<ObjectItem> {
      assertCan(actor, 'settings.manage');
      // Checked before the upload is read, so nothing is stored for an unknown object.
      if (!(await repo.findObjectRow(db, actor.organizationId, id))) throw new AppError('NOT_FOUND');
      const policy = { maxBytes, allowed: IMAGE_TYPES, prefix: `org/${actor.organizationId}/objects` };
      const file = await receive(storage, policy);
      if (!file) throw fieldError('FILE_REQUIRED', 'file', 'Приложите изображение');
      try {
        await checkPixels(storage, file.key);
        await replace(actor, id, { imageKey: file.key, imageContentType: file.contentType });
      } catch (error) {
        await discardFile(storage, file.key);
        throw error;
      }
      const row = await repo.findObject(db, actor.organizationId, id);
      if (!row) throw new AppError('NOT_FOUND');
      return mapObject(row);
    },

    // Every staff member sees object pictures, like the objects themselves.
    async read(actor: Actor, id: string): Promise<ObjectImage> {
      const row = await repo.findObjectRow(db, actor.organizationId, id);
      if (!row) throw new AppError('NOT_FOUND');
      const stream = row.imageKey ? await storage.get(row.imageKey) : undefined;
      if (!stream || !row.imageContentType) {
        throw new AppError('NOT_FOUND', { detail: 'У объекта нет изображения' });
      }
      return { stream, contentType: row.imageContentType };
    },

    async remove(actor: Actor, id: string): Promise<void> {
      assertCan(actor, 'settings.manage');
      await replace(actor, id, { imageKey: null, imageContentType: null });
    },
  };
}

export type ObjectImageService = ReturnType<typeof objectImageService>;
