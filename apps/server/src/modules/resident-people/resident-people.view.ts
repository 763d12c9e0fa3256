import {
  type AddablePremise,
  formatPremiseAddress,
  LINK_ROLE_NAMES,
  LINK_ROLES,
  type LinkRole,
  type PeopleAllItem,
  type PersonCard,
  type PersonOtherPremise,
  type PersonPremise,
  type PremisePeople,
  type PremisePerson,
  type PremiseType,
} from '@domovoy/contract';
import { resolveBrand } from '../brands/brands.view';
import { addableRoles, isChild, personName, personPhotoUrl } from './people-rules';
import type { PeopleLinkRow, PersonRow, SharedOrganizationRow } from './resident-people.repository';

// APP-6, APP-7: rows → what the app shows. A resident sees the people of their own premises
// unmasked (R-3 masks what staff without the right see); children's phones are never shown.

/** Whose request it is: my card in the session's organisation, the day (Moscow) and the products. */
export type Me = { organizationId: string; accountId: string; id: string; fullName: string; today: string };

export const addressOf = (row: Pick<PeopleLinkRow, 'premise'>) =>
  formatPremiseAddress(row.premise.type as PremiseType, row.premise);

/** L-4: a link I added in the app — the only kind I may change or remove. */
export const addedByMe = (link: PeopleLinkRow['link'], me: Me) =>
  link.addedByKind === 'resident' && link.addedByClientId === me.id;

function mapPremisePerson(row: PeopleLinkRow, me: Me): PremisePerson {
  return {
    clientId: row.person.id,
    name: personName(row.person, me.today),
    child: isChild(row.person.birthDate, me.today),
    photoUrl: personPhotoUrl(row.person),
    me: row.person.id === me.id,
    addedByMe: addedByMe(row.link, me),
    rentDate: row.link.rentDate,
  };
}

/** APP-6 «Люди»: groups in the catalogue's role order (owners first), empty ones left out. */
export function mapPremisePeople(
  premiseId: string,
  myRole: LinkRole,
  rows: PeopleLinkRow[],
  me: Me,
  canAddGuests: boolean,
): PremisePeople {
  const roles = addableRoles(myRole);
  return {
    premiseId,
    myRole,
    canAdd: roles.length > 0,
    addableRoles: roles,
    canAddGuests,
    groups: LINK_ROLE_NAMES.map((role) => ({
      role,
      roleLabel: LINK_ROLES[role].label,
      people: rows.filter((row) => row.link.role === role).map((row) => mapPremisePerson(row, me)),
    })).filter((group) => group.people.length > 0),
  };
}

/** My premises where I may add people, with the roles I may give (a child: житель only). */
export function mapAddablePremises(myLinks: PeopleLinkRow[], child = false): AddablePremise[] {
  return myLinks
    .map((row) => ({
      premiseId: row.link.premiseId,
      address: addressOf(row),
      objectName: row.premise.objectName,
      addableRoles: addableRoles(row.link.role as LinkRole, child),
    }))
    .filter((premise) => premise.addableRoles.length > 0);
}

export function mapPeopleItem(
  person: PersonRow,
  me: Me,
  extra: { sharedPremises: number; guest: boolean; addedByMe: boolean },
): PeopleAllItem {
  return {
    clientId: person.id,
    name: personName(person, me.today),
    child: isChild(person.birthDate, me.today),
    photoUrl: personPhotoUrl(person),
    ...extra,
  };
}

export const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'ru');

/** T-3, APP-7: the person's links to premises I share with them in another organisation (read only). */
export function mapOtherPremises(
  organization: SharedOrganizationRow,
  rows: PeopleLinkRow[],
): PersonOtherPremise[] {
  const brand = resolveBrand(organization);
  return rows.map((row) => ({
    organization: { id: organization.id, slug: organization.slug, name: brand.name },
    premiseId: row.link.premiseId,
    address: addressOf(row),
    objectName: row.premise.objectName,
    role: row.link.role as LinkRole,
    roleLabel: LINK_ROLES[row.link.role as LinkRole].label,
    rentDate: row.link.rentDate,
  }));
}

/**
 * APP-7: the card of another person, with only the premises they share with me: here, and in my
 * other organisations where they have a card too (`elsewhere`).
 */
export function mapPersonCard(
  person: PersonRow,
  me: Me,
  shared: PeopleLinkRow[],
  myLinks: PeopleLinkRow[],
  mine: { guest: boolean } | undefined,
  elsewhere: PersonOtherPremise[] = [],
): PersonCard {
  const child = isChild(person.birthDate, me.today);
  const roleIn = (premiseId: string) =>
    myLinks.find((row) => row.link.premiseId === premiseId)?.link.role as LinkRole;
  const premises: PersonPremise[] = shared.map((row) => {
    const mineLink = addedByMe(row.link, me);
    return {
      premiseId: row.link.premiseId,
      address: addressOf(row),
      objectName: row.premise.objectName,
      role: row.link.role as LinkRole,
      roleLabel: LINK_ROLES[row.link.role as LinkRole].label,
      rentDate: row.link.rentDate,
      addedByMe: mineLink,
      addableRoles: mineLink ? addableRoles(roleIn(row.link.premiseId), child) : [],
    };
  });
  const linked = new Set(shared.map((row) => row.link.premiseId));
  const isMe = person.id === me.id;
  return {
    clientId: person.id,
    name: personName(person, me.today),
    fullName: person.fullName,
    addressAs: person.addressAs,
    child,
    birthDate: person.birthDate,
    gender: person.gender as PersonCard['gender'],
    phone: child ? null : person.phone,
    email: person.email,
    photoUrl: personPhotoUrl(person),
    createdAt: person.createdAt.toISOString(),
    guest: mine?.guest ?? false,
    addedByMe: mine !== undefined,
    canDelete: mine !== undefined,
    // Only my guest, and only while they have not signed in: from then on they edit it in «Мои данные».
    canEdit: (mine?.guest ?? false) && person.firstLoginAt === null,
    premises,
    otherPremises: elsewhere,
    addablePremises: isMe
      ? []
      : mapAddablePremises(
          myLinks.filter((row) => !linked.has(row.link.premiseId)),
          child,
        ),
  };
}
