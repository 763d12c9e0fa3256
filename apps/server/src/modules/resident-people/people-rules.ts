import { can, type LinkRole, mayDependOn, PERSON_LINK_ROLES, type PersonLinkRole } from '@domovoy/contract';

// APP-8: the pure rules of «Люди» — who is a child, who may add whom in which role.

const MOSCOW_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Moscow',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (YYYY-MM-DD) in Moscow: the residents' day for ages and rent reminders. */
export function moscowDay(at: Date): string {
  return MOSCOW_DAY.format(at);
}

/** APP-8: under 18 on `today` (both YYYY-MM-DD); a 29 February birthday comes of age on 1 March. */
export function isChild(birthDate: string | null, today: string): boolean {
  if (!birthDate) return false;
  const adult = `${String(Number(birthDate.slice(0, 4)) + 18).padStart(4, '0')}${birthDate.slice(4)}`;
  return today < adult;
}

/** The roles I may give in a premise where I am `myRole` (owners only through staff). */
export function addableRoles(myRole: LinkRole, child = false): PersonLinkRole[] {
  if (!can(myRole, 'add_residents_and_tenants')) return [];
  // Children: only «житель / член семьи» (or a guest, which is no premise role).
  return PERSON_LINK_ROLES.filter((role) => mayDependOn(role, myRole) && (!child || role === 'resident'));
}

/** APP-6: a child is shown by how they are addressed, everyone else by full name. */
export function personName(
  person: { fullName: string; addressAs: string | null; birthDate: string | null },
  today: string,
) {
  return isChild(person.birthDate, today) && person.addressAs ? person.addressAs : person.fullName;
}

/** The person's photo as the app asks for it (the version makes the address change with the photo). */
export function personPhotoUrl(person: { id: string; photoKey: string | null; photoVersion: number }) {
  return person.photoKey ? `/api/resident/v1/people/${person.id}/photo?v=${person.photoVersion}` : null;
}

/** «Гость» is offered only when the organisation has the events product (APP-8). */
export const guestsOn = (products: readonly string[]) => products.includes('events');
