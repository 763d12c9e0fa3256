// The clients of «УК Демо» (issue 3, item 10), written inside the seed's transaction with
// Drizzle's multi-row inserts. Card values go through clientValues(), as the API writes them.
import type { PremiseType } from '@domovoy/contract';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import {
  clientExternalIds,
  clients,
  clientTags,
  premiseLinks,
  premises,
  residentAccounts,
  staff,
  tags,
} from '../db/schema';
import { clientValues } from '../modules/clients/client-values';
import { normalizeTagName } from '../modules/tags/tags.service';
import { CLIENT_TAGS, demoPeople, type PlannedClient } from './demo-client-people';
import { type PlannedLink, planLinks } from './demo-client-plan';
import { DEMO_RESIDENT_PHONE } from './demo-people';
import { type DemoObjectKey, seededRandom } from './demo-premises';
import { daysAgo, insertRegistrations, planRegistrations, type Staff } from './demo-registrations';

const CHUNK = 500;
type Times = { created: Date; login: Date | null; seen: Date | null };

export async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** The premises in address order (so the plan is the same on every run), with their object's key. */
async function loadPremises(tx: Db, organizationId: string, objectIds: Map<DemoObjectKey, string>) {
  const keyOf = new Map([...objectIds].map(([key, id]) => [id, key]));
  const rows = await tx
    .select({
      id: premises.id,
      objectId: premises.objectId,
      type: premises.type,
      street: premises.street,
      house: premises.house,
      building: premises.building,
      number: premises.number,
      room: premises.room,
    })
    .from(premises)
    .where(eq(premises.organizationId, organizationId))
    .orderBy(sql`${premises.sortKey} collate "C"`, asc(premises.type));
  return rows.map((p) => ({ ...p, type: p.type as PremiseType, object: keyOf.get(p.objectId) ?? 'north' }));
}

async function upsertAccounts(tx: Db, accounts: { phone: string; login: Date | null; seen: Date | null }[]) {
  const ids = new Map<string, string>();
  await insertChunked(accounts, async (chunk) => {
    const rows = await tx
      .insert(residentAccounts)
      .values(chunk.map((a) => ({ phone: a.phone, firstLoginAt: a.login, lastSeenAt: a.seen })))
      // T-3: a phone already known elsewhere keeps its one account.
      .onConflictDoUpdate({ target: residentAccounts.phone, set: { phone: sql`excluded.phone` } })
      .returning({ id: residentAccounts.id, phone: residentAccounts.phone });
    for (const row of rows) ids.set(row.phone, row.id);
  });
  return ids;
}

async function tagIds(tx: Db, organizationId: string) {
  const wanted = CLIENT_TAGS.map((name) => ({ organizationId, name, nameNorm: normalizeTagName(name) }));
  await tx.insert(tags).values(wanted).onConflictDoNothing();
  const rows = await tx
    .select({ id: tags.id, nameNorm: tags.nameNorm })
    .from(tags)
    .where(
      and(
        eq(tags.organizationId, organizationId),
        inArray(
          tags.nameNorm,
          wanted.map((t) => t.nameNorm),
        ),
      ),
    );
  return new Map(rows.map((t) => [t.nameNorm, t.id]));
}

function linkRow(organizationId: string, staffId: string, l: PlannedLink) {
  const byStaff = l.addedBy === 'staff' ? staffId : null;
  const doc = (key: keyof PlannedLink['documents']) => l.documents[key];
  return {
    organizationId,
    id: l.id,
    premiseId: l.premiseId,
    clientId: l.clientId,
    role: l.role,
    ownerClientId: l.ownerClientId,
    dduNumber: doc('ddu')?.number ?? null,
    dduDate: doc('ddu')?.date ?? null,
    actNumber: doc('act')?.number ?? null,
    actDate: doc('act')?.date ?? null,
    certificateNumber: doc('certificate')?.number ?? null,
    certificateDate: doc('certificate')?.date ?? null,
    contractNumber: doc('contract')?.number ?? null,
    contractDate: doc('contract')?.date ?? null,
    shareNumerator: l.share?.[0] ?? null,
    shareDenominator: l.share?.[1] ?? null,
    comment: l.comment,
    onlinePayment: l.onlinePayment,
    keepOnSync: l.keepOnSync,
    addedByKind: l.addedBy,
    addedByStaffId: byStaff,
    addedByClientId: l.addedByClientId,
    createdBy: byStaff,
    updatedBy: byStaff,
  };
}

/**
 * ~1,650 clients with ~1,800 links in every role, their resident accounts, external ids and
 * tags, 20 registration requests and 15 leads. Deterministic but for ids and the current date.
 */
export async function seedClients(tx: Db, organizationId: string, objectIds: Map<DemoObjectKey, string>) {
  const random = seededRandom(3);
  const now = Date.now();
  const premiseRows = await loadPremises(tx, organizationId, objectIds);
  const [admin] = await tx
    .select({ id: staff.id, fullName: staff.fullName })
    .from(staff)
    .where(eq(staff.organizationId, organizationId))
    .orderBy(asc(staff.createdAt))
    .limit(1);
  if (!admin) throw new Error('the demo organisation has no staff');
  const people = demoPeople(random);
  const links = planLinks(premiseRows, people, random);
  // The README's demo resident: the first owner of a flat who uses the app, on a number anyone
  // can type.
  const owners = new Set(links.filter((l) => l.role === 'owner').map((l) => l.clientId));
  const resident = people.clients.find((c) => c.login && c.input.type === 'individual' && owners.has(c.id));
  if (resident) resident.input = { ...resident.input, phone: DEMO_RESIDENT_PHONE };
  for (let i = 0; i < 25; i++) people.person({}); // cards without premises yet
  const registrations = planRegistrations(premiseRows, links, people, random);

  const at = (days: number | undefined) => (days === undefined ? null : daysAgo(now, days, random));
  const times = new Map(
    people.clients.map((c) => [
      c.id,
      { created: at(c.createdDaysAgo) ?? new Date(now), login: at(c.login?.first), seen: at(c.login?.last) },
    ]),
  );
  const accountIds = await upsertAccounts(tx, [
    ...people.clients.map((c) => ({ phone: c.input.phone ?? '', ...(times.get(c.id) as Times) })),
    ...registrations.strangers.map((s) => ({ phone: s.phone, login: at(s.loginDaysAgo), seen: null })),
  ]);
  await insertClients(tx, organizationId, admin, people.clients, (c) => ({
    accountId: accountIds.get(c.input.phone ?? '') ?? null,
    ...(times.get(c.id) as Times),
  }));
  const independent = links.filter((l) => l.ownerClientId === null);
  const dependents = links.filter((l) => l.ownerClientId !== null);
  // The self-reference: an owner's link exists before the links that name it.
  for (const batch of [independent, dependents]) {
    await insertChunked(batch, (chunk) =>
      tx.insert(premiseLinks).values(chunk.map((l) => linkRow(organizationId, admin.id, l))),
    );
  }
  await insertRegistrations(tx, organizationId, admin, registrations, (p) => accountIds.get(p) ?? null);
  return { clients: people.clients.length, links: links.length };
}

async function insertClients(
  tx: Db,
  organizationId: string,
  admin: Staff,
  planned: PlannedClient[],
  extra: (c: PlannedClient) => Times & { accountId: string | null },
) {
  const byStaff = (c: PlannedClient) =>
    c.source === 'manual' || c.source === 'registration_request' ? admin.id : null;
  const rows = planned.map((c) => {
    const { accountId, created, login, seen } = extra(c);
    return {
      organizationId,
      id: c.id,
      ...clientValues(c.input),
      accountId,
      source: c.source,
      firstLoginAt: login,
      lastVisitAt: seen,
      createdBy: byStaff(c),
      updatedBy: byStaff(c),
      createdAt: created,
      updatedAt: created,
    };
  });
  await insertChunked(rows, (chunk) => tx.insert(clients).values(chunk));
  const tagIdOf = await tagIds(tx, organizationId);
  const tagRows = planned.flatMap((c) =>
    c.tags.map((name) => ({
      organizationId,
      clientId: c.id,
      tagId: tagIdOf.get(normalizeTagName(name)) ?? '',
    })),
  );
  await insertChunked(tagRows, (chunk) => tx.insert(clientTags).values(chunk));
  const externalRows = planned.flatMap((c) =>
    c.externalIds.map((e) => ({ organizationId, clientId: c.id, ...e })),
  );
  await insertChunked(externalRows, (chunk) => tx.insert(clientExternalIds).values(chunk));
}
