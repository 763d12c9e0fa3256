import { formatPremiseAddress, LINK_ROLES, type LinkRole, type PremiseType } from '@domovoy/contract';
import { and, eq } from 'drizzle-orm';
import { anyOf } from '../../db/any-of';
import type { Db } from '../../db/database';
import { premiseLinks } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { recordHistory } from '../../platform/history';
import * as linksRepo from '../links/links.repository';
import { dependentsDeep, linkDeletion } from '../links/remove-link';
import type { FileOutcome } from './apply-premises-file';

export type Deletions = NonNullable<FileOutcome['deletions']>;

/**
 * I-5: owners of these premises the file does not carry lose their link, and so do the clients
 * depending on them (in turn). An owner stays when their link, or one depending on it, is marked
 * «Не удалять клиента при интеграции». The client cards stay (without the premise). With `skipped`
 * (the reason) nothing is removed: the result says what would have been.
 * `carried`: `<premise id>|<client id>` of every client the file links to a premise.
 */
export async function removeMissingOwners(
  tx: Db,
  actor: Actor,
  premiseIds: string[],
  carried: Set<string>,
  skipped: string | null,
): Promise<Deletions> {
  const deletions: Deletions = { total: 0, kept: 0, skipped, items: [] };
  for (let i = 0; i < premiseIds.length; i += 1000) {
    const chunk = premiseIds.slice(i, i + 1000);
    const missing = await tx
      .selectDistinct({ premiseId: premiseLinks.premiseId })
      .from(premiseLinks)
      .where(
        and(
          eq(premiseLinks.organizationId, actor.organizationId),
          eq(premiseLinks.role, 'owner'),
          anyOf(premiseLinks.premiseId, chunk),
        ),
      );
    const candidates = missing.map((r) => r.premiseId);
    if (candidates.length === 0) continue;
    const rows = await linksRepo.lockLinksOfPremises(tx, actor.organizationId, candidates.sort());
    const byPremise = new Map<string, linksRepo.LinkRow[]>();
    for (const row of rows) {
      const list = byPremise.get(row.link.premiseId) ?? [];
      list.push(row);
      byPremise.set(row.link.premiseId, list);
    }
    const removed: linksRepo.LinkRow[] = [];
    for (const [premiseId, links] of byPremise) {
      for (const owner of links) {
        if (owner.link.role !== 'owner' || carried.has(`${premiseId}|${owner.link.clientId}`)) continue;
        const dependents = dependentsDeep(owner.link.clientId, links);
        if (owner.link.keepOnSync || dependents.some((d) => d.link.keepOnSync)) {
          deletions.kept += 1;
          continue;
        }
        deletions.total += 1 + dependents.length;
        if (deletions.items.length < 200) {
          deletions.items.push({
            premiseId,
            premiseAddress: formatPremiseAddress(owner.premise.type as PremiseType, owner.premise),
            clientId: owner.link.clientId,
            clientName: owner.clientName,
            role: LINK_ROLES.owner.label,
            dependents: dependents.map((d) => ({
              clientId: d.link.clientId,
              clientName: d.clientName,
              role: LINK_ROLES[d.link.role as LinkRole].label,
            })),
          });
        }
        removed.push(owner, ...dependents.filter((d) => !removed.includes(d)));
      }
    }
    if (skipped) continue;
    await linksRepo.deleteLinks(
      tx,
      actor.organizationId,
      removed.map((row) => row.link.id),
    );
    await recordHistory(tx, actor, removed.map(linkDeletion));
  }
  return deletions;
}
