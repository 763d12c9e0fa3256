import type { NamedItem, ObjectItem } from '@domovoy/contract';
import type { ObjectSetRow } from './object-sets.repository';
import type { ObjectCardRow } from './objects.repository';

/** The version in the URL lets the browser cache an image until it is replaced. */
export function objectImageUrl(row: Pick<ObjectCardRow, 'id' | 'imageKey' | 'imageVersion'>): string | null {
  return row.imageKey ? `/api/objects/${row.id}/image?v=${row.imageVersion}` : null;
}

export function mapObject(row: ObjectCardRow): ObjectItem {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    onlinePayment: row.onlinePayment,
    groupId: row.groupId,
    groupName: row.groupName,
    quarterId: row.quarterId,
    quarterName: row.quarterName,
    imageUrl: objectImageUrl(row),
    brandName: row.brandName,
    brandColor: row.brandColor,
    brandLogoUrl: row.brandLogoKey ? `/api/objects/${row.id}/brand-logo?v=${row.brandLogoVersion}` : null,
    premiseCount: row.premiseCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function mapObjectSet(row: ObjectSetRow): NamedItem {
  return { id: row.id, name: row.name, objectCount: row.objectCount };
}
