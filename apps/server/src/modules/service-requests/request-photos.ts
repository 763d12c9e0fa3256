import type { Db } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { recordHistory } from '../../platform/history';
import { type ImageFile, type ReceiveFile, withReceivedImage } from '../../platform/images';
import type { FileStorage } from '../../platform/storage';
import { IMAGE_TYPES } from '../../platform/uploads';
import { OBJECT_IMAGE_LIMITS } from '../objects/object-pictures.service';
import * as repo from './service-requests.repository';

/** A photo from a phone: the picture path's limits (T-2, APP-5), up to 10 MB. */
export const REQUEST_PHOTO_MAX_BYTES = 10 * 1024 * 1024;
const PHOTO_LIMITS = { ...OBJECT_IMAGE_LIMITS, noun: 'Фото', required: 'Приложите фото' };

type PhotoDeps = { db: Db; storage: FileStorage; maxUploadBytes: number };
type Author = {
  authorKind: 'staff' | 'resident' | 'integration';
  authorStaffId?: string | null;
  authorClientId?: string | null;
};

/**
 * Issue 13: a photo of a request through the one picture path (platform/images): the type sniffed
 * from the bytes, size and pixel limits, the file removed when anything fails. History.
 */
export async function addPhotoIn(
  { db, storage, maxUploadBytes }: PhotoDeps,
  actor: Actor,
  requestId: string,
  receive: ReceiveFile,
  author: Author,
): Promise<string> {
  const policy = {
    maxBytes: Math.min(REQUEST_PHOTO_MAX_BYTES, maxUploadBytes),
    allowed: IMAGE_TYPES,
    prefix: `org/${actor.organizationId}/requests/${requestId}`,
  };
  return withReceivedImage(storage, policy, PHOTO_LIMITS, receive, (file) =>
    db.transaction(async (tx) => {
      if (!(await repo.lockRequest(tx, actor.organizationId, requestId))) throw new AppError('NOT_FOUND');
      const id = await repo.insertPhoto(tx, actor.organizationId, {
        requestId,
        storageKey: file.key,
        contentType: file.contentType,
        ...author,
      });
      await repo.updateRequest(tx, actor.organizationId, requestId, {});
      await recordHistory(tx, actor, [
        {
          entityType: 'service_request',
          entityId: requestId,
          action: 'update',
          changes: [{ field: 'photo', old: null, new: 'добавлено' }],
        },
      ]);
      return id;
    }),
  );
}

/** A photo of the request, session-guarded; a photo of an internal comment only when `internal`. */
export async function readPhoto(
  { db, storage }: Pick<PhotoDeps, 'db' | 'storage'>,
  organizationId: string,
  requestId: string,
  photoId: string,
  internal: boolean,
): Promise<ImageFile> {
  const row = await repo.findPhoto(db, organizationId, requestId, photoId);
  if (!row) throw new AppError('NOT_FOUND');
  if (row.commentId && !internal) {
    const comments = await repo.listComments(db, organizationId, requestId);
    if (comments.find((c) => c.id === row.commentId)?.internal) throw new AppError('NOT_FOUND');
  }
  const stream = await storage.get(row.storageKey);
  if (!stream) throw new AppError('NOT_FOUND', { detail: 'Файл фото не найден в хранилище' });
  return { stream, contentType: row.contentType };
}
