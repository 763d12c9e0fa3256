import { can, LINK_ROLES, type LinkRole, type PersonLinkPatch, type PersonPatch } from '@domovoy/contract';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { diffFields, recordHistory } from '../../platform/history';
import type { ClientsService } from '../clients/clients.service';
import { removeLinkByIdIn, updateLinkIn } from '../links/links.service';
import { addableRoles, isChild } from './people-rules';
import * as repo from './resident-people.repository';
import { addedByMe, type Me } from './resident-people.view';

// APP-7: what I may change of people — only what I added (L-4): a link I added, a person I added,
// a guest of mine.

/** The person's link to one of my premises, and my own link there. */
export type Shared = { theirs: repo.PeopleLinkRow; mine: repo.PeopleLinkRow };

/** L-4: links added by staff or by another resident are not mine to change or remove. */
export function assertLinkMine(shared: Shared, me: Me) {
  const { link } = shared.theirs;
  if (addedByMe(link, me)) return;
  throw new AppError('LINK_NOT_YOURS', {
    detail:
      link.addedByKind === 'resident'
        ? 'Этот доступ добавил другой житель: изменить или закрыть его может только он или управляющая организация'
        : 'Этот доступ добавила управляющая организация: изменить или закрыть его можно только через неё',
  });
}

/** APP-7: the role (among those I may give) and the rent date of a link I added. */
export async function changeLink(tx: Db, actor: Actor, me: Me, shared: Shared, patch: PersonLinkPatch) {
  assertLinkMine(shared, me);
  const myRole = shared.mine.link.role as LinkRole;
  if (!can(myRole, 'add_residents_and_tenants')) throw new AppError('PEOPLE_ADD_FORBIDDEN');
  const child = isChild(shared.theirs.person.birthDate, me.today);
  if (patch.role && !addableRoles(myRole, child).includes(patch.role)) {
    throw new AppError('PERSON_ROLE_NOT_ALLOWED', {
      detail: child
        ? 'Ребёнок может быть только жителем / членом семьи'
        : `${LINK_ROLES[myRole].label} не может дать роль «${LINK_ROLES[patch.role].label}»`,
    });
  }
  await updateLinkIn(tx, actor, shared.theirs.link.id, {
    ...(patch.role !== undefined && { role: patch.role }),
    ...(patch.rentDate !== undefined && { rentDate: patch.rentDate }),
  });
}

/** APP-7 «закрыть доступ»: the link I added goes (nobody depends on a resident, tenant or representative). */
export async function closeLink(tx: Db, actor: Actor, me: Me, shared: Shared) {
  assertLinkMine(shared, me);
  await removeLinkByIdIn(tx, actor, shared.theirs.link.id, { dependents: 'refuse' });
}

/** APP-7 «Удалить пользователя»: the links I gave them, and the person from my list. */
export async function forgetPerson(tx: Db, actor: Actor, me: Me, personId: string) {
  for (const link of await repo.linksAddedBy(tx, me.organizationId, me.id, personId)) {
    await removeLinkByIdIn(tx, actor, link.id, { dependents: 'refuse' });
  }
  await repo.deletePerson(tx, me.organizationId, me.id, personId);
}

/** How to address a child: kept on the card, with the change in its history. */
export async function writeAddressAs(
  tx: Db,
  actor: Actor,
  person: Pick<repo.PersonRow, 'id' | 'addressAs'>,
  addressAs: string | null,
) {
  const next = addressAs?.trim() || null;
  if (next === person.addressAs) return;
  await repo.setAddressAs(tx, actor.organizationId, person.id, next);
  const changes = diffFields({ addressAs: person.addressAs }, { addressAs: next }, ['addressAs']);
  await recordHistory(tx, actor, [
    { entityType: 'client', entityId: person.id, clientId: person.id, action: 'update', changes },
  ]);
}

/** APP-7: my guest's card, through the clients service (C-5 validation, history by me). */
export async function editGuest(
  tx: Db,
  actor: Actor,
  clients: ClientsService,
  person: repo.PersonRow,
  patch: PersonPatch,
) {
  if (person.firstLoginAt) {
    throw new AppError('PERSON_NOT_YOURS', {
      detail: 'Этот человек уже пользуется приложением и сам меняет свои данные',
    });
  }
  const { addressAs, ...fields } = patch;
  const clientPatch = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  if (Object.keys(clientPatch).length > 0) await clients.updateIn(tx, actor, person.id, clientPatch);
  if (addressAs !== undefined) await writeAddressAs(tx, actor, person, addressAs);
}
