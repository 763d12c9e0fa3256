// APP-6..APP-8: the rules the «Люди» screens apply on the device (the server checks them again).
import { can, type LinkRole } from '@domovoy/contract';
import type { PersonLinkRole, PersonRole } from './types';

/** APP-8: a child is under 18 on today's date by the birth date (YYYY-MM-DD). */
export function isChild(birthDate: string | null | undefined, today: Date = new Date()): boolean {
  const match = birthDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  let age = today.getFullYear() - year;
  const beforeBirthday =
    today.getMonth() + 1 < month || (today.getMonth() + 1 === month && today.getDate() < day);
  if (beforeBirthday) age -= 1;
  return age < 18;
}

/** Up to two capital letters of a name for a person without a photo: «Иванов Пётр» → «ИП». */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => word[0]?.toLocaleUpperCase('ru-RU') ?? '')
    .join('');
}

const plural = new Intl.PluralRules('ru-RU');

/** «1 общее помещение», «3 общих помещения», «5 общих помещений». */
export function sharedPremisesText(count: number): string {
  const form = plural.select(count);
  if (form === 'one') return `${count} общее помещение`;
  if (form === 'few') return `${count} общих помещения`;
  return `${count} общих помещений`;
}

type RoleChoice = {
  /** Roles the resident may give in the chosen premise (empty without one where they may add). */
  addableRoles: readonly PersonLinkRole[];
  /** «Гость»: with the events product on. */
  canAddGuests: boolean;
  /** A child (APP-8): only «Житель / член семьи» or «Гость». */
  child: boolean;
};

/** APP-8: the roles the adding form offers, in the order of the catalogue, «Гость» last. */
export function roleChoices({ addableRoles, canAddGuests, child }: RoleChoice): PersonRole[] {
  const order: readonly PersonLinkRole[] = ['resident', 'representative', 'tenant'];
  const roles: PersonRole[] = order.filter(
    (role) => addableRoles.includes(role) && (!child || role === 'resident'),
  );
  if (canAddGuests) roles.push('guest');
  return roles;
}

/** What the adding form holds: the phone as its 10 national digits, dates as YYYY-MM-DD. */
export type NewPersonValues = {
  phone?: string;
  fullName?: string;
  birthDate?: string;
  addressAs?: string;
  gender?: readonly ('male' | 'female')[];
  role?: PersonRole;
  premiseId?: string;
  rentDate?: string;
};

/**
 * APP-8: the body of `POST /people` from the form. A child goes without phone and full name but
 * with how to address them; a guest without a premise; only a tenant with a rent date.
 */
export function newPersonBody(values: NewPersonValues, today: Date = new Date()) {
  const role = values.role ?? 'resident';
  const child = isChild(values.birthDate, today);
  const text = (value: string | undefined) => value?.trim() || undefined;
  const gender = values.gender?.[0];
  return {
    role,
    ...(child
      ? { addressAs: text(values.addressAs) }
      : { phone: values.phone ? `+7${values.phone}` : undefined, fullName: text(values.fullName) }),
    ...(values.birthDate ? { birthDate: values.birthDate } : {}),
    ...(gender ? { gender } : {}),
    ...(role !== 'guest' && values.premiseId ? { premiseId: values.premiseId } : {}),
    ...(role === 'tenant' && !child && values.rentDate ? { rentDate: values.rentDate } : {}),
  };
}

/**
 * L-3, APP-8: the roles a resident with `myRole` may give in that premise — an owner any of
 * resident, representative and tenant; an unconfirmed owner residents and tenants; others none.
 * (The server's `addableRoles` of the premise is the final word; this fills in before it loads.)
 */
export function addableRolesFor(myRole: LinkRole): PersonLinkRole[] {
  if (can(myRole, 'grant_access')) return ['resident', 'representative', 'tenant'];
  if (can(myRole, 'add_residents_and_tenants')) return ['resident', 'tenant'];
  return [];
}
