// Registration requests and leads of «УК Демо» (issue 3, item 10; AUTH-2, AUTH-3, C-4): twenty
// requests — most new, some approved (their clients and links exist), some rejected, with staff
// comments — and fifteen leads, three of them already made into clients.
import { randomUUID } from 'node:crypto';
import {
  formatPremiseAddress,
  type LinkRole,
  PREMISE_TYPES,
  type PremiseType,
  phoneSearchDigits,
} from '@domovoy/contract';
import type { Db } from '../db/database';
import { leads, registrationRequestComments, registrationRequests } from '../db/schema';
import type { DemoPeople, PlannedClient } from './demo-client-people';
import type { DemoPremiseRow, PlannedLink } from './demo-client-plan';
import { type Gender, personName } from './demo-people';

export type DemoAddress = {
  type: PremiseType;
  street: string | null;
  house: string | null;
  building: string | null;
  number: string | null;
  room: string | null;
};
type Premise = DemoPremiseRow & DemoAddress & { objectId: string };
type Request = Omit<typeof registrationRequests.$inferInsert, 'organizationId'> & { comments: string[] };
export type Staff = { id: string; fullName: string };

const REJECT_REASONS = [
  'Собственник помещения не подтвердил, что заявитель проживает в квартире',
  'Указанного помещения нет в доме: уточните номер квартиры',
  'Повторная заявка: заявитель уже зарегистрирован',
];
const NEW_COMMENTS = [
  'Позвонили, не дозвонились',
  'Запросили выписку ЕГРН',
  'Ждём подтверждения собственника',
];

export const daysAgo = (now: number, days: number, random: () => number) =>
  new Date(now - days * 86_400_000 - Math.floor(random() * 36_000_000));

export function planRegistrations(
  premises: readonly Premise[],
  links: readonly PlannedLink[],
  people: DemoPeople,
  random: () => number,
) {
  const now = Date.now();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const byId = new Map(premises.map((p) => [p.id, p]));
  const typed = (p: Premise) => (random() < 0.5 ? formatPremiseAddress(p.type, p) : typedAddress(p));
  const requests: Request[] = [];
  const strangers: { phone: string; loginDaysAgo: number }[] = [];
  const base = (p: Premise, status: string, created: number) => ({
    id: randomUUID(),
    status,
    objectId: p.objectId,
    premiseId: p.id,
    addressText: typed(p),
    createdAt: daysAgo(now, created, random),
  });

  // Approved: the client and the link made on approval exist among the planned ones.
  const clientOf = new Map(people.clients.map((c) => [c.id, c]));
  const approved = links.filter((l) => {
    const c = clientOf.get(l.clientId);
    return c?.source === 'registration_request' && l.role !== 'owner' && byId.has(l.premiseId);
  });
  for (const link of approved.slice(0, 5)) {
    const client = clientOf.get(link.clientId) as PlannedClient;
    requests.push({
      ...base(byId.get(link.premiseId) as Premise, 'approved', client.createdDaysAgo + 1),
      phone: client.input.phone ?? '',
      fullName: client.input.fullName,
      requestedRole: link.role,
      clientId: client.id,
      linkId: link.id,
      decidedAt: daysAgo(now, client.createdDaysAgo, random),
      comments: ['Проживание подтвердил собственник по телефону'],
    });
  }
  // A client in the app asks to add one more premise (a parking space bought later).
  const inApp = people.clients.filter((c) => c.login && c.input.type === 'individual').slice(0, 2);
  for (const client of inApp) {
    const premise = pick(premises.filter((p) => p.type === 'parking'));
    requests.push({
      ...base(premise, 'new', 1 + Math.floor(random() * 5)),
      kind: 'add_premise',
      phone: client.input.phone ?? '',
      fullName: client.input.fullName,
      requestedRole: 'owner',
      clientId: client.id,
      comments: [],
    });
  }
  // New and rejected requests come from people the organisation does not know yet.
  for (let i = 0; i < 13; i++) {
    const gender: Gender = random() < 0.5 ? 'male' : 'female';
    const phone = people.phone();
    const created = i < 10 ? 1 + Math.floor(random() * 20) : 20 + Math.floor(random() * 60);
    strangers.push({ phone, loginDaysAgo: created });
    const premise = pick(premises);
    const rejected = i >= 10;
    requests.push({
      ...base(premise, rejected ? 'rejected' : 'new', created),
      premiseId: i % 6 === 5 ? null : premise.id, // the resident typed an address the app did not find
      phone,
      fullName: personName(random, gender).fullName,
      requestedRole: pick<LinkRole>(['owner', 'resident', 'resident', 'tenant']),
      rejectReason: rejected ? (REJECT_REASONS[i - 10] ?? null) : null,
      decidedAt: rejected ? daysAgo(now, created - 2, random) : null,
      comments: rejected ? ['Связались с собственником'] : i % 3 === 0 ? [pick(NEW_COMMENTS)] : [],
    });
  }
  return { requests, strangers, leads: planLeads(people, now, random) };
}

/**
 * How residents type an address: «северная 1 к2 кв 15», «северная 1 к3 м/м 32» — the premise type's
 * own word before the number, so the text names the premise the request is matched to (issue 17).
 */
function typedAddress(p: DemoAddress): string {
  const street = (p.street ?? '').replace(/^\S+\.\s*/, '').toLowerCase();
  const building = p.building ? ` к${p.building}` : '';
  const word = PREMISE_TYPES[p.type].numberPrefix.replace(/\.$/, '');
  const number = p.number ? ` ${word} ${p.number}` : '';
  const room = p.room ? ` ком ${p.room}` : '';
  return `${street} ${p.house ?? ''}${building}${number}${room}`.replace(/\s+/g, ' ').trim();
}

function planLeads(people: DemoPeople, now: number, random: () => number) {
  const planned: Omit<typeof leads.$inferInsert, 'organizationId'>[] = [];
  for (let i = 0; i < 15; i++) {
    // Three were made into clients: a card with the lead's phone, created after the lead.
    const client = i < 3 ? people.person({ source: 'manual' }) : undefined;
    const phone = client?.input.phone ?? people.phone();
    const created = (client?.createdDaysAgo ?? 0) + 1 + Math.floor(random() * 30);
    planned.push({
      phone,
      phoneDigits: phoneSearchDigits(phone),
      convertedClientId: client?.id ?? null,
      convertedAt: client ? daysAgo(now, client.createdDaysAgo, random) : null,
      createdAt: daysAgo(now, created, random),
    });
  }
  return planned;
}

export async function insertRegistrations(
  tx: Db,
  organizationId: string,
  staff: Staff,
  plan: ReturnType<typeof planRegistrations>,
  accountIdOf: (phone: string) => string | null,
) {
  await tx.insert(registrationRequests).values(
    plan.requests.map(({ comments: _comments, ...r }) => ({
      ...r,
      organizationId,
      accountId: accountIdOf(r.phone),
      decidedBy: r.status === 'new' ? null : staff.id,
      updatedAt: r.decidedAt ?? r.createdAt,
    })),
  );
  const comments = plan.requests.flatMap((r) =>
    r.comments.map((text) => ({
      organizationId,
      requestId: r.id ?? '',
      authorStaffId: staff.id,
      authorName: staff.fullName,
      text,
      createdAt: r.decidedAt ?? r.createdAt,
    })),
  );
  if (comments.length > 0) await tx.insert(registrationRequestComments).values(comments);
  await tx
    .insert(leads)
    .values(plan.leads.map((l) => ({ ...l, organizationId, updatedAt: l.convertedAt ?? l.createdAt })));
}
