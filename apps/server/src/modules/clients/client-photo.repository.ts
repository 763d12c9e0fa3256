import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { clients } from '../../db/schema';

export type PhotoValues = { photoKey: string | null; photoContentType: string | null };

export async function findClientPhoto(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select({
      photoKey: clients.photoKey,
      photoContentType: clients.photoContentType,
      photoVersion: clients.photoVersion,
    })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), eq(clients.id, id)));
  return row;
}

/** A new file (or none) gets a new version, so a URL with the old one is never served the new. */
export async function setClientPhoto(
  db: Db,
  organizationId: string,
  id: string,
  photo: PhotoValues,
  staffId: string | null,
) {
  const [row] = await db
    .update(clients)
    .set({
      ...photo,
      photoVersion: sql`${clients.photoVersion} + 1`,
      updatedBy: staffId,
      updatedAt: new Date(),
    })
    .where(and(eq(clients.organizationId, organizationId), eq(clients.id, id)))
    .returning({ photoVersion: clients.photoVersion });
  return row;
}
