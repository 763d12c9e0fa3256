import type { Db } from '../../db/database';
import { type Actor, assertCan, can } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { recordHistory } from '../../platform/history';
import type { ImageFile } from '../../platform/images';
import type { FileStorage } from '../../platform/storage';
import * as repo from './client-photo.repository';

export type ClientPhoto = ImageFile;

/** The URL of a card's photo for staff, versioned so that the browser caches it until replaced. */
export function clientPhotoUrl(id: string, photo: { photoKey: string | null; photoVersion: number }) {
  return photo.photoKey ? `/api/clients/${id}/photo?v=${photo.photoVersion}` : null;
}

const photoLabel = (key: string | null, version: number) => (key ? `версия ${version}` : null);

/**
 * APP-5: the person's photo on a client card. R-3: a face identifies a person as a name does, so
 * it goes with «Просмотр персональных данных (ФИО)»: a role without it gets no photo (403 here,
 * `photoUrl: null` on the card) — there is no way to mask an image with asterisks.
 */
export function clientPhotoService({ db, storage }: { db: Db; storage: FileStorage }) {
  return {
    /**
     * Points the card at a stored file (or none) inside the caller's transaction, with a history
     * entry; answers the old file's key, which the caller removes after the commit.
     */
    async setIn(tx: Db, actor: Actor, id: string, photo: repo.PhotoValues): Promise<string | null> {
      assertCan(actor, 'clients.edit', 'clients.pii.name');
      const before = await repo.findClientPhoto(tx, actor.organizationId, id);
      if (!before) throw new AppError('NOT_FOUND');
      if (!before.photoKey && !photo.photoKey) return null;
      const after = await repo.setClientPhoto(tx, actor.organizationId, id, photo, actor.staffId);
      const old = photoLabel(before.photoKey, before.photoVersion);
      const changes = [{ field: 'photo', old, new: photoLabel(photo.photoKey, after?.photoVersion ?? 0) }];
      await recordHistory(tx, actor, [
        { entityType: 'client', entityId: id, clientId: id, action: 'update', changes },
      ]);
      return before.photoKey;
    },

    async read(actor: Actor, id: string): Promise<ClientPhoto> {
      assertCan(actor, 'clients.view');
      const row = await repo.findClientPhoto(db, actor.organizationId, id);
      if (!row) throw new AppError('NOT_FOUND');
      if (!can(actor, 'clients.pii.name'))
        throw new AppError('FORBIDDEN', { detail: 'Фото клиента видно роли с правом просмотра ФИО' });
      const stream = row.photoKey ? await storage.get(row.photoKey) : undefined;
      if (!stream || !row.photoContentType) throw new AppError('NOT_FOUND', { detail: 'У клиента нет фото' });
      return { stream, contentType: row.photoContentType };
    },
  };
}

export type ClientPhotoService = ReturnType<typeof clientPhotoService>;
