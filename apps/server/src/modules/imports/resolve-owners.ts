import { LINK_ROLES, type LinkRole } from '@domovoy/contract';
import { and, eq } from 'drizzle-orm';
import { anyOf } from '../../db/any-of';
import type { Db } from '../../db/database';
import { clients, premiseLinks } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { findMatches } from '../integration/clients-batch.repository';
import type { OwnerRef } from './cell-parsers';

/** An owner of a premise as the file or the base has them: for «Зависит от собственника» by name. */
export type NamedOwner = { premiseId: string; clientId: string; name: string; role: LinkRole };

/** A row naming its owner: its premise and role (the owner must be one this role may depend on). */
export type OwnerWanted = { row: number; premiseId: string; role: LinkRole; ref: OwnerRef };

/** The owner found, or why not (the row is refused with it). */
export type OwnerFound = { id: string } | { refused: string };

/** A full name as compared: case, «ё», spaces aside. */
export const nameKey = (name: string) => name.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/**
 * L-2 on a file: the owner a row names in «Зависит от собственника» — by external id or phone, a
 * client of the file first, else the organisation's card with that external id (of the file's
 * source) or phone; else by full name, among the owners of the same premise the file gives
 * (`fileOwners`), then among its owners in the base. Two owners of that name: refused, asking for
 * the phone or the external id.
 */
export async function resolveOwners(
  tx: Db,
  actor: Actor,
  source: string,
  wanted: OwnerWanted[],
  known: Map<string, { id: string }>,
  fileOwners: Map<string, NamedOwner[]>,
): Promise<Map<number, OwnerFound>> {
  const found = new Map<number, OwnerFound>();
  const rest: OwnerWanted[] = [];
  for (const w of wanted) {
    const inFile =
      known.get(`e:${w.ref.externalId}`) ?? (w.ref.phone ? known.get(`p:${w.ref.phone}`) : undefined);
    if (inFile) found.set(w.row, { id: inFile.id });
    else rest.push(w);
  }
  if (rest.length === 0) return found;
  const matches = await findMatches(
    tx,
    actor.organizationId,
    source,
    rest.map((w) => w.ref.externalId),
    rest.flatMap((w) => (w.ref.phone ? [w.ref.phone] : [])),
  );
  const byName: OwnerWanted[] = [];
  for (const w of rest) {
    const card =
      matches.byExternalId.get(w.ref.externalId) ??
      (w.ref.phone ? matches.byPhone.get(w.ref.phone) : undefined);
    if (card) found.set(w.row, { id: card.id });
    else byName.push(w);
  }
  if (byName.length === 0) return found;
  const stored = await ownersInBase(tx, actor.organizationId, [
    ...new Set(byName.filter((w) => !w.ref.phone).map((w) => w.premiseId)),
  ]);
  for (const w of byName)
    found.set(w.row, ownerByName(w, fileOwners.get(w.premiseId), stored.get(w.premiseId)));
  return found;
}

function ownerByName(w: OwnerWanted, inFile: NamedOwner[] = [], inBase: NamedOwner[] = []): OwnerFound {
  const name = nameKey(w.ref.externalId);
  const may = LINK_ROLES[w.role].dependsOn as readonly LinkRole[];
  for (const owners of [inFile, inBase]) {
    const ids = new Set(owners.filter((o) => o.name === name && may.includes(o.role)).map((o) => o.clientId));
    if (ids.size === 1) return { id: [...ids][0] as string };
    if (ids.size > 1) {
      return {
        refused: `У помещения несколько собственников «${w.ref.externalId}»: укажите в колонке «Зависит от собственника» телефон или внешний идентификатор нужного`,
      };
    }
  }
  return { refused: `Собственник «${w.ref.externalId}» не найден ни в файле, ни среди клиентов` };
}

/** The owners (and unconfirmed owners) linked to these premises, by premise. */
async function ownersInBase(tx: Db, organizationId: string, premiseIds: string[]) {
  const byPremise = new Map<string, NamedOwner[]>();
  if (premiseIds.length === 0) return byPremise;
  const rows = await tx
    .select({
      premiseId: premiseLinks.premiseId,
      clientId: premiseLinks.clientId,
      role: premiseLinks.role,
      name: clients.fullName,
    })
    .from(premiseLinks)
    .innerJoin(
      clients,
      and(eq(clients.organizationId, premiseLinks.organizationId), eq(clients.id, premiseLinks.clientId)),
    )
    .where(
      and(
        eq(premiseLinks.organizationId, organizationId),
        anyOf(premiseLinks.premiseId, premiseIds),
        anyOf(premiseLinks.role, ['owner', 'unconfirmed_owner']),
      ),
    );
  for (const row of rows) {
    const list = byPremise.get(row.premiseId) ?? [];
    list.push({ ...row, role: row.role as LinkRole, name: nameKey(row.name) });
    byPremise.set(row.premiseId, list);
  }
  return byPremise;
}
