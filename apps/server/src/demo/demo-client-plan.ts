// Who lives where in «УК Демо» (issue 3, item 10): owners (one, or a couple with ½ + ½), family
// members and tenants depending on an owner, representatives, unconfirmed owners of new-build
// flats (ЖК «Солнечный», under a ДДУ), parking and storage bought by flat owners, companies
// owning and renting commercial premises. Links only; the people come from DemoPeople.
import { randomUUID } from 'node:crypto';
import type { LinkRole, PremiseType } from '@domovoy/contract';
import type { DemoPeople, PlannedClient } from './demo-client-people';
import { dateBetween, type Gender } from './demo-people';
import type { DemoObjectKey } from './demo-premises';

export type DemoPremiseRow = { id: string; object: DemoObjectKey; type: PremiseType };
type Documents = Partial<
  Record<'ddu' | 'act' | 'certificate' | 'contract', { number: string; date: string }>
>;
export type PlannedLink = {
  id: string;
  premiseId: string;
  clientId: string;
  role: LinkRole;
  ownerClientId: string | null;
  share: [number, number] | null;
  documents: Documents;
  addedBy: 'staff' | 'resident' | 'import';
  addedByClientId: string | null;
  comment: string | null;
  onlinePayment: boolean;
  keepOnSync: boolean;
};

const RESIDENTIAL: readonly PremiseType[] = ['flat', 'apartment', 'room', 'house', 'townhouse', 'duplex'];
const COMMENTS = [
  'Ключи у консьержа',
  'Связь только по e-mail',
  'Просит звонить после 18:00',
  'Сдаёт посуточно',
];
const other = (g: Gender): Gender => (g === 'male' ? 'female' : 'male');

export function planLinks(premises: readonly DemoPremiseRow[], people: DemoPeople, random: () => number) {
  const links: PlannedLink[] = [];
  const ownersByObject = new Map<DemoObjectKey, PlannedClient[]>();
  let certificate = 0;
  const chance = (p: number) => random() < p;
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];

  function documents(object: DemoObjectKey, role: LinkRole): Documents {
    const n = links.length + 1;
    const docs: Documents = {};
    if (object === 'sunny') {
      docs.ddu = { number: `ДДУ-С7-${1000 + n}`, date: dateBetween(random, 2021, 2023) };
      if (chance(0.8)) docs.act = { number: `А-${n}`, date: dateBetween(random, 2024, 2025) };
    }
    if (role === 'owner') {
      const region = object === 'north' || object === 'river' ? '77' : '50';
      const number = `${region}:0${1 + (n % 9)}:0${1000 + (certificate++ % 9000)}:${100 + (n % 900)}-${region}/011/2019-${n}`;
      docs.certificate = { number, date: dateBetween(random, 2005, 2024) };
    }
    if (chance(0.5))
      docs.contract = {
        number: `ДУ-${object === 'sunny' ? 'С' : 'М'}-${n}`,
        date: dateBetween(random, 2015, 2024),
      };
    return docs;
  }

  function link(premise: DemoPremiseRow, client: PlannedClient, role: LinkRole, owner: PlannedClient | null) {
    const byResident = owner?.login != null && client.source === 'self_registered';
    const addedBy = byResident ? 'resident' : client.source === 'import' ? 'import' : 'staff';
    const share: [number, number] | null = role === 'owner' || role === 'unconfirmed_owner' ? [1, 1] : null;
    const planned: PlannedLink = {
      id: randomUUID(),
      premiseId: premise.id,
      clientId: client.id,
      role,
      ownerClientId: owner?.id ?? null,
      share,
      documents: role === 'owner' || role === 'unconfirmed_owner' ? documents(premise.object, role) : {},
      addedBy,
      addedByClientId: byResident ? (owner?.id ?? null) : null,
      comment: chance(0.03) ? (pick(COMMENTS) ?? null) : null,
      onlinePayment: !chance(0.03),
      keepOnSync: addedBy === 'import' && chance(0.05),
    };
    links.push(planned);
    return planned;
  }

  /** Family members share the surname; tenants and representatives are other people. */
  function dependents(premise: DemoPremiseRow, owner: PlannedClient, ownerRole: LinkRole, family: number) {
    for (let i = 0; i < family; i++) {
      const child = chance(0.6);
      const relative = child
        ? people.person({ surname: owner.surname, born: [1998, 2007] })
        : people.person({ surname: owner.surname, gender: other(owner.gender), born: [1950, 1995] });
      link(premise, relative, 'resident', owner);
    }
    if (chance(premise.type === 'apartment' ? 0.3 : 0.05)) link(premise, people.person({}), 'tenant', owner);
    if (ownerRole === 'owner' && chance(0.03)) link(premise, people.person({}), 'representative', owner);
  }

  function household(premise: DemoPremiseRow) {
    if (chance(0.06)) return; // not sold yet, or nobody registered
    if (premise.object === 'sunny' && chance(0.35)) {
      // C-4: bought under a ДДУ, ownership not registered yet.
      const buyer = people.person({});
      link(premise, buyer, 'unconfirmed_owner', null);
      dependents(premise, buyer, 'unconfirmed_owner', chance(0.3) ? 1 : 0);
      return;
    }
    const first = people.person({});
    const owners = [first];
    if (premise.type !== 'room' && chance(0.25))
      owners.push(people.person({ surname: first.surname, gender: other(first.gender) }));
    for (const owner of owners) {
      const planned = link(premise, owner, 'owner', null);
      if (owners.length === 2) planned.share = [1, 2];
    }
    const family = chance(owners.length === 2 ? 0.4 : 0.3) ? 1 + Math.floor(random() * 2) : 0;
    dependents(premise, first, 'owner', family);
    const known = ownersByObject.get(premise.object) ?? [];
    ownersByObject.set(premise.object, [...known, first]);
  }

  /** Parking, storage and plots: often bought by an owner from the same object. */
  function extra(premise: DemoPremiseRow) {
    if (chance(0.15)) return;
    const known = ownersByObject.get(premise.object) ?? [];
    const owner = chance(0.55) ? pick(known) : undefined;
    link(premise, owner ?? people.person({}), 'owner', null);
  }

  function commercial(premise: DemoPremiseRow) {
    const kind = random();
    const owner = people.company(kind < 0.6 ? 'legal' : kind < 0.85 ? 'entrepreneur' : 'individual');
    link(premise, owner, 'owner', null);
    if (chance(0.5)) {
      const tenant = people.company(chance(0.5) ? 'legal' : 'entrepreneur');
      link(premise, tenant, 'tenant', owner).comment = 'Договор аренды до 31.12.2026';
    }
  }

  // Homes first: parking, storage and plots then go to owners already known.
  for (const premise of premises) if (RESIDENTIAL.includes(premise.type)) household(premise);
  for (const premise of premises) {
    if (premise.type === 'commercial') commercial(premise);
    else if (!RESIDENTIAL.includes(premise.type)) extra(premise);
  }
  return links;
}
