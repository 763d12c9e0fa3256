// Pictures of the demo: objects' (APP-2: the background of their premises in «Мои помещения»), and
// the demo resident's photo (APP-5) — flat illustrations drawn for the demo (WebP, 5–15 KB each,
// in ./images), kept in the storage and on the rows as uploads in the CRM and the app are.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { clients } from '../db/schema';
import { objectImagePrefix } from '../modules/brands/brands.view';
import { setObjectImage } from '../modules/objects/objects.repository';
import type { FileStorage } from '../platform/storage';
import { DEMO_RESIDENT_PHONE } from './demo-people';

/** Towers by a park, houses on a river embankment, cottages among pines, houses on the Gulf. */
export type DemoPicture = 'park' | 'river' | 'pines' | 'sea';

export async function seedObjectPicture(
  tx: Db,
  storage: FileStorage,
  organizationId: string,
  objectId: string,
  picture: DemoPicture,
) {
  const key = await store(storage, `${objectImagePrefix(organizationId)}/${randomUUID()}`, picture);
  await setObjectImage(tx, organizationId, objectId, { imageKey: key, imageContentType: 'image/webp' });
}

async function store(storage: FileStorage, key: string, picture: string) {
  const data = await readFile(new URL(`./images/${picture}.webp`, import.meta.url));
  await storage.put(key, Readable.from([data]));
  return key;
}

/** APP-5: the demo resident's photo, on their card in every organisation (as «Мои данные» sets it). */
export async function seedResidentPhoto(tx: Db, storage: FileStorage) {
  const [card] = await tx
    .select({ accountId: clients.accountId, gender: clients.gender })
    .from(clients)
    .where(eq(clients.phone, DEMO_RESIDENT_PHONE))
    .limit(1);
  if (!card?.accountId) return;
  const picture = card.gender === 'female' ? 'person-female' : 'person-male';
  const photoKey = await store(storage, `residents/${card.accountId}/photos/${randomUUID()}`, picture);
  await tx
    .update(clients)
    .set({ photoKey, photoContentType: 'image/webp', photoVersion: sql`${clients.photoVersion} + 1` })
    .where(eq(clients.accountId, card.accountId));
}
