import type { ClientPatch, Permission, ResidentProfile, ResidentProfileBody } from '@domovoy/contract';
import type { Config } from '../../config';
import type { Db } from '../../db/database';
import { residentActor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { discardFile, type ReceiveFile, withReceivedImage } from '../../platform/images';
import type { FileStorage } from '../../platform/storage';
import { IMAGE_TYPES } from '../../platform/uploads';
import type { ClientPhoto, ClientPhotoService } from '../clients/client-photo';
import type { PhotoValues } from '../clients/client-photo.repository';
import type { ClientsService } from '../clients/clients.service';
import { OBJECT_IMAGE_LIMITS } from '../objects/object-pictures.service';
import { residentAccounts } from '../resident-accounts/resident-accounts.service';
import type { ResidentSession } from '../resident-auth/resident-sessions';
import * as repo from './resident-profile.repository';
import { mapProfile } from './resident-profile.view';

/** APP-5: resized on the device; the server-wide upload limit may lower it further. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
const PHOTO_LIMITS = { ...OBJECT_IMAGE_LIMITS, noun: 'Фото', required: 'Приложите фото' };

/** What «Мои данные» may do to the resident's own cards: edit them, names and contacts included. */
const PROFILE_RIGHTS: Permission[] = ['clients.edit', 'clients.pii.name', 'clients.pii.contacts'];

type Deps = {
  db: Db;
  storage: FileStorage;
  config: Config;
  clients: ClientsService;
  photos: ClientPhotoService;
};

const noCard = () => new AppError('NOT_FOUND', { detail: 'У вас пока нет карточки клиента' });

/** APP-5: the fields the app edits; phone and gender are refused by the schema. */
function profilePatch(body: ResidentProfileBody): ClientPatch {
  const patch: ClientPatch = {};
  if (body.type !== undefined) patch.type = body.type;
  // An individual has no tax form (C-5): a change of type to individual clears it.
  if (body.type === 'individual') patch.taxForm = null;
  if (body.fullName !== undefined) patch.fullName = body.fullName;
  if (body.birthDate !== undefined) patch.birthDate = body.birthDate;
  if (body.email !== undefined) patch.email = body.email;
  return patch;
}

/**
 * APP-5 «Мои данные» with T-3: a change goes to the resident's card in every organisation, through
 * the clients service (C-5 validation, R-4 history with the resident as the author), in one
 * transaction — a card that refuses the change leaves every card as it was.
 */
export function residentProfileService({ db, storage, config, clients, photos }: Deps) {
  const maxBytes = Math.min(PHOTO_MAX_BYTES, config.maxUploadBytes);
  const actorFor = (accountId: string, card: repo.AccountCard) =>
    residentActor(card.organizationId, accountId, card.fullName, PROFILE_RIGHTS);

  async function profile(session: ResidentSession): Promise<ResidentProfile> {
    const account = await residentAccounts.find(db, session.accountId);
    if (!account) throw new AppError('RESIDENT_SESSION_REQUIRED');
    const card = await repo.findCard(db, session.organizationId, account.id);
    if (!card) throw noCard();
    return mapProfile(card, account.phone);
  }

  /** The account's cards, locked; every one gets the change. */
  async function eachCard(tx: Db, accountId: string, change: (card: repo.AccountCard) => Promise<void>) {
    const cards = await repo.lockAccountCards(tx, accountId);
    if (cards.length === 0) throw noCard();
    for (const card of cards) await change(card);
  }

  /** Points every card at the new file (or none); the old files go after the commit. */
  async function replacePhoto(session: ResidentSession, photo: PhotoValues): Promise<void> {
    const oldKeys = new Set<string>();
    await db.transaction((tx) =>
      eachCard(tx, session.accountId, async (card) => {
        const old = await photos.setIn(tx, actorFor(session.accountId, card), card.id, photo);
        if (old && old !== photo.photoKey) oldKeys.add(old);
      }),
    );
    for (const key of oldKeys) await discardFile(storage, key);
  }

  return {
    profile,

    async update(session: ResidentSession, body: ResidentProfileBody): Promise<ResidentProfile> {
      const patch = profilePatch(body);
      if (Object.keys(patch).length === 0) return profile(session);
      await db.transaction((tx) =>
        eachCard(tx, session.accountId, (card) =>
          clients.updateIn(tx, actorFor(session.accountId, card), card.id, patch),
        ),
      );
      return profile(session);
    },

    /** The object-image path (T-2): sniffed type, size and pixel limits, stored once for the account. */
    async uploadPhoto(session: ResidentSession, receive: ReceiveFile): Promise<ResidentProfile> {
      // Checked before the upload is read, so nothing is stored for a resident without a card.
      await profile(session);
      const policy = { maxBytes, allowed: IMAGE_TYPES, prefix: `residents/${session.accountId}/photos` };
      await withReceivedImage(storage, policy, PHOTO_LIMITS, receive, (file) =>
        replacePhoto(session, { photoKey: file.key, photoContentType: file.contentType }),
      );
      return profile(session);
    },

    async removePhoto(session: ResidentSession): Promise<void> {
      await replacePhoto(session, { photoKey: null, photoContentType: null });
    },

    async readPhoto(session: ResidentSession): Promise<ClientPhoto> {
      const row = await repo.findAccountPhoto(db, session.organizationId, session.accountId);
      const stream = row?.photoKey ? await storage.get(row.photoKey) : undefined;
      if (!stream || !row?.photoContentType) throw new AppError('NOT_FOUND', { detail: 'Фото нет' });
      return { stream, contentType: row.photoContentType };
    },
  };
}

export type ResidentProfileService = ReturnType<typeof residentProfileService>;
