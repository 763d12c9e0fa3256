import { normalizePhone } from '@domovoy/contract';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { clientExternalIds, clients, premises } from '../../db/schema';
import { fieldError } from '../../platform/errors';

// How an item of a record-by-record batch (requests, activity records) names its premise and its
// client; a name that finds nothing refuses the item with the field that named it.

/** The premise with the organisation's external id; null when the item names none. */
export async function premiseOfItem(
  tx: Db,
  organizationId: string,
  premiseExternalId: string | undefined,
): Promise<string | null> {
  if (!premiseExternalId) return null;
  const [row] = await tx
    .select({ id: premises.id })
    .from(premises)
    .where(and(eq(premises.organizationId, organizationId), eq(premises.externalId, premiseExternalId)));
  if (!row)
    throw fieldError(
      'REFERENCE_NOT_FOUND',
      'premiseExternalId',
      'Помещение с таким внешним идентификатором не найдено',
    );
  return row.id;
}

/** The client by the source's external id, else by phone; null when the item names neither. */
export async function clientOfItem(
  tx: Db,
  organizationId: string,
  source: string,
  item: { clientExternalId?: string; clientPhone?: string },
): Promise<string | null> {
  if (item.clientExternalId) {
    const [row] = await tx
      .select({ id: clientExternalIds.clientId })
      .from(clientExternalIds)
      .where(
        and(
          eq(clientExternalIds.organizationId, organizationId),
          eq(clientExternalIds.source, source),
          eq(clientExternalIds.externalId, item.clientExternalId),
        ),
      );
    if (!row)
      throw fieldError(
        'REFERENCE_NOT_FOUND',
        'clientExternalId',
        'Клиент с таким внешним идентификатором не найден',
      );
    return row.id;
  }
  if (!item.clientPhone) return null;
  const phone = normalizePhone(item.clientPhone);
  if (!phone.ok) throw fieldError('VALIDATION_FAILED', 'clientPhone', 'Неверный номер телефона', phone.code);
  const [row] = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), eq(clients.phone, phone.value)));
  if (!row) throw fieldError('REFERENCE_NOT_FOUND', 'clientPhone', 'Клиент с таким телефоном не найден');
  return row.id;
}
