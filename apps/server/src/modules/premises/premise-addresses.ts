import { formatPremiseAddress, type PremiseType } from '@domovoy/contract';
import { and, eq } from 'drizzle-orm';
import { anyOf } from '../../db/any-of';
import type { Db } from '../../db/database';
import { premises } from '../../db/schema';

/** The organisation's premises of `ids`, each with its address as the CRM writes it (T-1). */
export async function premiseAddresses(
  db: Db,
  organizationId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const found = await db
    .select({
      id: premises.id,
      type: premises.type,
      street: premises.street,
      house: premises.house,
      building: premises.building,
      number: premises.number,
      room: premises.room,
    })
    .from(premises)
    .where(and(eq(premises.organizationId, organizationId), anyOf(premises.id, [...ids])));
  return new Map(found.map((p) => [p.id, formatPremiseAddress(p.type as PremiseType, p)]));
}
