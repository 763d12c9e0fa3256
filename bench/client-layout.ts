// What the generated clients look like: Russian names from the demo's lists (common surnames more
// often, families sharing one), unique mobile numbers, a mix of sources, ~30% in the app, ~1%
// blocked. The normalised columns come from the functions the app writes them with.
import { phoneSearchDigits } from '@domovoy/contract';
import { dateBetween, emailOf, type Gender, personName } from '../apps/server/src/demo/demo-people';
import { normalizeName } from '../apps/server/src/modules/clients/client-values';

/** Mobile numbers +79…, all different: a bijection of the index modulo 10⁹ (3¹⁸ is prime to 10). */
export const benchPhone = (i: number): string =>
  `+79${String((i * 387_420_489 + 123_456_789) % 1_000_000_000).padStart(9, '0')}`;

const SOURCES = ['import', 'import', 'import', 'manual', 'manual', 'self_registered', 'registration_request'];
const DAY = 86_400_000;

/** Column arrays of the rows being built, one entry per client, for `unnest`. */
export function clientColumns() {
  return {
    id: [] as string[],
    accountId: [] as string[],
    fullName: [] as string[],
    nameNorm: [] as string[],
    phone: [] as string[],
    phoneDigits: [] as string[],
    email: [] as (string | null)[],
    gender: [] as string[],
    birthDate: [] as (string | null)[],
    status: [] as string[],
    source: [] as string[],
    firstLoginAt: [] as (string | null)[],
    lastVisitAt: [] as (string | null)[],
  };
}
export type ClientColumns = ReturnType<typeof clientColumns>;

/** Adds client `index` (and its resident account, same id) to the columns; returns its surname. */
export function addClient(
  columns: ClientColumns,
  index: number,
  id: string,
  random: () => number,
  now: number,
  surname?: string,
): string {
  const gender: Gender = random() < 0.47 ? 'male' : 'female';
  const name = personName(random, gender, surname);
  const phone = benchPhone(index);
  const source = SOURCES[Math.floor(random() * SOURCES.length)] ?? 'import';
  const inApp = source === 'self_registered' || source === 'registration_request' || random() < 0.1;
  const first = inApp ? now - Math.floor(random() * 900) * DAY : null;
  columns.id.push(id);
  columns.accountId.push(id);
  columns.fullName.push(name.fullName);
  columns.nameNorm.push(normalizeName(name.fullName));
  columns.phone.push(phone);
  columns.phoneDigits.push(phoneSearchDigits(phone));
  columns.email.push(random() < 0.3 ? emailOf(random, name.fullName) : null);
  columns.gender.push(gender);
  columns.birthDate.push(random() < 0.7 ? dateBetween(random, 1940, 2006) : null);
  columns.status.push(random() < 0.01 ? 'blocked' : 'active');
  columns.source.push(source);
  columns.firstLoginAt.push(first === null ? null : new Date(first).toISOString());
  columns.lastVisitAt.push(first === null ? null : new Date(first + (now - first) * random()).toISOString());
  return name.surname;
}
