// The README's demo resident in «УК Демо» (issue 12): several premises (the flat linked first, an
// apartment let to a tenant), their spouse living in the flat (added by staff; in «УК Северный
// берег» too), the people they added in the app — a child, the tenant with a rent date, a guest —
// and documents of the flat opened to residents.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { and, asc, eq, inArray, notExists, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import {
  clients,
  premiseDocuments,
  premiseLinks,
  premises,
  residentAccounts,
  residentPeople,
} from '../db/schema';
import { clientValues } from '../modules/clients/client-values';
import type { FileStorage } from '../platform/storage';
import { DEMO_RESIDENT_PHONE, dateBetween, type Gender, personName } from './demo-people';
import { seededRandom } from './demo-premises';

/** The tenant and the guest the demo resident added: numbers anyone can find in the README. */
export const DEMO_TENANT_PHONE = '+79990000002';
export const DEMO_GUEST_PHONE = '+79990000003';
/** The demo resident's spouse, who lives in their flats of both demo organisations (T-3). */
export const DEMO_SPOUSE_PHONE = '+79990000004';
const DAY_MS = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

type Card = typeof clients.$inferSelect;

/** A card the resident created in the app (source as the demo's other self-added people), or staff did. */
async function addCard(
  tx: Db,
  organizationId: string,
  input: Parameters<typeof clientValues>[0],
  source: 'self_registered' | 'manual' = 'self_registered',
) {
  let accountId: string | null = null;
  if (input.phone) {
    // T-3: a card with a phone points at the phone's one account.
    const [account] = await tx
      .insert(residentAccounts)
      .values({ phone: input.phone })
      .onConflictDoUpdate({ target: residentAccounts.phone, set: { phone: sql`excluded.phone` } })
      .returning({ id: residentAccounts.id });
    accountId = account?.id ?? null;
  }
  const [row] = await tx
    .insert(clients)
    .values({ organizationId, ...clientValues(input), accountId, source })
    .returning({ id: clients.id });
  if (!row) throw new Error('demo card not created');
  return row.id;
}

/** A free premise of the type (nobody linked), the first in address order. */
async function freePremise(tx: Db, organizationId: string, type: string) {
  const [row] = await tx
    .select({ id: premises.id })
    .from(premises)
    .where(
      and(
        eq(premises.organizationId, organizationId),
        eq(premises.type, type),
        notExists(
          tx
            .select({ id: premiseLinks.id })
            .from(premiseLinks)
            .where(
              and(eq(premiseLinks.organizationId, organizationId), eq(premiseLinks.premiseId, premises.id)),
            ),
        ),
      ),
    )
    .orderBy(sql`${premises.sortKey} collate "C"`)
    .limit(1);
  return row?.id;
}

/** A one-page PDF with a line of (Latin) text: enough for a browser to open. */
function demoPdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) out += `${String(at).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

async function seedDocuments(tx: Db, organizationId: string, premiseId: string, storage: FileStorage) {
  const documents = [
    {
      title: 'Правила проживания в ЖК',
      fileName: 'pravila-prozhivaniya.pdf',
      text: 'House rules',
      visible: true,
    },
    { title: 'Поэтажный план', fileName: 'poetazhnyy-plan.pdf', text: 'Floor plan', visible: true },
    { title: 'Акт осмотра (для УК)', fileName: 'akt-osmotra.pdf', text: 'Inspection report', visible: false },
  ];
  for (const [i, doc] of documents.entries()) {
    const data = demoPdf(`Domovoy demo: ${doc.text}`);
    const fileKey = `org/${organizationId}/documents/${randomUUID()}`;
    const { size } = await storage.put(fileKey, Readable.from([data]));
    await tx.insert(premiseDocuments).values({
      organizationId,
      premiseId,
      title: doc.title,
      date: `2025-0${i + 3}-15`,
      fileKey,
      fileName: doc.fileName,
      contentType: 'application/pdf',
      size,
      visibleToResidents: doc.visible,
    });
  }
}

/**
 * Runs after the demo's clients: the resident's flat becomes the earliest linked premise (so the
 * app, the policy and the README's `premises[0]` agree), a free apartment is theirs too and let
 * to a tenant, and a child and a guest are added as the app adds them (L-4, APP-8).
 */
export async function seedResidentHome(tx: Db, organizationId: string, storage?: FileStorage) {
  const [resident] = await tx
    .select()
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), eq(clients.phone, DEMO_RESIDENT_PHONE)));
  if (!resident) return;
  const own = await tx
    .select({ id: premiseLinks.id, premiseId: premiseLinks.premiseId, type: premises.type })
    .from(premiseLinks)
    .innerJoin(
      premises,
      and(eq(premises.organizationId, premiseLinks.organizationId), eq(premises.id, premiseLinks.premiseId)),
    )
    .where(and(eq(premiseLinks.organizationId, organizationId), eq(premiseLinks.clientId, resident.id)))
    .orderBy(asc(premises.sortKey));
  const flat = own.find((l) => l.type === 'flat') ?? own[0];
  const apartment = await freePremise(tx, organizationId, 'apartment');
  if (!flat || !apartment) return;
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY_MS);
  // Earliest linked first (APP-2): the flat, then what the plan gave, then the apartment.
  await tx
    .update(premiseLinks)
    .set({ createdAt: at(1100) })
    .where(eq(premiseLinks.id, flat.id));
  const others = own.filter((l) => l.id !== flat.id).map((l) => l.id);
  if (others.length > 0)
    await tx
      .update(premiseLinks)
      .set({ createdAt: at(700) })
      .where(inArray(premiseLinks.id, others));
  const ownerLink = { organizationId, ownerClientId: null, addedByKind: 'staff' } as const;
  await tx.insert(premiseLinks).values({
    ...ownerLink,
    premiseId: apartment,
    clientId: resident.id,
    role: 'owner',
    shareNumerator: 1,
    shareDenominator: 1,
    createdAt: at(400),
  });
  await seedPeople(tx, organizationId, resident, { flat: flat.premiseId, apartment }, now);
  if (storage) await seedDocuments(tx, organizationId, flat.premiseId, storage);
}

/** The family name in the men's form (as `personName` takes it) from a card's surname. */
function familyName(surname: string, gender: Gender): string {
  if (gender === 'male') return surname;
  if (/(ов|ев|ёв|ин|ын)а$/.test(surname)) return surname.slice(0, -1);
  return surname;
}

async function seedPeople(
  tx: Db,
  organizationId: string,
  resident: Card,
  homes: { flat: string; apartment: string },
  now: number,
) {
  const random = seededRandom(12);
  const gender = (resident.gender ?? 'male') as Gender;
  const surname = resident.fullName.split(' ')[0] ?? '';
  const childName = personName(random, gender).fullName.split(' ').slice(1).join(' ');
  const child = await addCard(tx, organizationId, {
    type: 'individual',
    fullName: `${surname} ${childName}`,
    gender,
    birthDate: dateBetween(random, 2013, 2016),
  });
  const tenantGender: Gender = gender === 'male' ? 'female' : 'male';
  const tenant = await addCard(tx, organizationId, {
    type: 'individual',
    fullName: personName(random, tenantGender).fullName,
    gender: tenantGender,
    phone: DEMO_TENANT_PHONE,
    birthDate: dateBetween(random, 1985, 1996),
  });
  const guest = await addCard(tx, organizationId, {
    type: 'individual',
    fullName: personName(random, 'male').fullName,
    gender: 'male',
    phone: DEMO_GUEST_PHONE,
  });
  // The spouse (one family name), linked to the flat by staff.
  const spouseGender: Gender = gender === 'male' ? 'female' : 'male';
  const spouse = await addCard(
    tx,
    organizationId,
    {
      type: 'individual',
      fullName: personName(random, spouseGender, familyName(surname, gender)).fullName,
      gender: spouseGender,
      phone: DEMO_SPOUSE_PHONE,
      birthDate: dateBetween(random, 1980, 1990),
    },
    'manual',
  );
  await tx.insert(premiseLinks).values({
    organizationId,
    premiseId: homes.flat,
    clientId: spouse,
    role: 'resident',
    ownerClientId: resident.id,
    addedByKind: 'staff',
    createdAt: new Date(now - 1000 * DAY_MS),
  });
  // L-4: links the resident made in the app name them; the tenant's rent ends in six weeks.
  const byResident = {
    organizationId,
    ownerClientId: resident.id,
    addedByKind: 'resident',
    addedByClientId: resident.id,
  } as const;
  await tx.insert(premiseLinks).values([
    {
      ...byResident,
      premiseId: homes.flat,
      clientId: child,
      role: 'resident',
      createdAt: new Date(now - 300 * DAY_MS),
    },
    {
      ...byResident,
      premiseId: homes.apartment,
      clientId: tenant,
      role: 'tenant',
      rentDate: isoDay(now + 42 * DAY_MS),
      createdAt: new Date(now - 120 * DAY_MS),
    },
  ]);
  await tx.insert(residentPeople).values([
    { organizationId, clientId: resident.id, personClientId: child },
    { organizationId, clientId: resident.id, personClientId: tenant },
    // APP-8: a guest (events) has no premise.
    { organizationId, clientId: resident.id, personClientId: guest, guest: true },
  ]);
}
