// The second demo organisation «УК Северный берег» (issue 12, T-3): its own brand, one house with
// flats and parking (and its picture), owners — among them the README's demo resident, with their
// spouse in the flat, so that «Мои помещения» shows premises of two УО, switching between them
// switches the brand, and the spouse's «Доступ к помещениям» has a flat in each.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import {
  clients,
  legalEntities,
  objects,
  organizations as organizationsTable,
  personalAccounts,
  premiseLinks,
  premises,
  residentAccounts,
} from '../db/schema';
import { clientValues } from '../modules/clients/client-values';
import { organizationsService } from '../modules/organizations/organizations.service';
import { premiseValues } from '../modules/premises/premise-values';
import type { FileStorage } from '../platform/storage';
import { seedBilling } from './demo-billing';
import { insertChunked } from './demo-clients';
import { seedObjectPicture } from './demo-images';
import { DEMO_RESIDENT_PHONE, type Gender, mobilePhones, personName } from './demo-people';
import { seededRandom } from './demo-premises';
import { DEMO_SPOUSE_PHONE } from './demo-resident-home';

export const SECOND_ORGANIZATION = 'УК Северный берег';
export const SECOND_ORGANIZATION_SLUG = 'sever';
export const SECOND_ADMIN_LOGIN = 'sever';
/** Its brand: a sea colour, apart from «УК Демо»'s green. */
export const SECOND_BRAND = { name: 'Северный берег', color: '#00838f' } as const;
/** The demo resident's flat there. */
const RESIDENT_FLAT = '12';

/** Skipped when a database with organisations of its own (DEMO=1) already uses its slug. */
export async function seedSecondOrganization(tx: Db, password: string, storage?: FileStorage) {
  const organizations = organizationsService({ db: tx });
  if (await organizations.findBySlug(SECOND_ORGANIZATION_SLUG)) return undefined;
  const created = await organizations.create(SECOND_ORGANIZATION, SECOND_ORGANIZATION_SLUG);
  const organizationId = created.id;
  await organizations.createAdmin({
    organizationId,
    login: SECOND_ADMIN_LOGIN,
    password,
    fullName: 'Администратор Северного берега',
  });
  await tx
    .update(organizationsTable)
    .set({ brandName: SECOND_BRAND.name, brandColor: SECOND_BRAND.color, products: ['requests', 'events'] })
    .where(eq(organizationsTable.id, organizationId));
  const [entity] = await tx
    .insert(legalEntities)
    .values({
      organizationId,
      name: 'ООО «УК Северный берег»',
      inn: '7801234564',
      kpp: '780101001',
      ogrn: '1157847123455',
    })
    .returning({ id: legalEntities.id });
  const [object] = await tx
    .insert(objects)
    .values({
      organizationId,
      name: 'ЖК «Северный берег»',
      address: '199406, г. Санкт-Петербург, ул. Беринга',
    })
    .returning({ id: objects.id });
  if (!entity || !object) throw new Error('second demo organisation not created');
  if (storage) await seedObjectPicture(tx, storage, organizationId, object.id, 'sea');
  const house = { objectId: object.id, street: 'ул. Беринга', house: '27' };
  const flats = Array.from({ length: 40 }, (_, i) => ({
    ...house,
    type: 'flat' as const,
    number: String(i + 1),
    entrance: String(1 + Math.floor(i / 20)),
    floor: 2 + Math.floor((i % 20) / 4),
    rooms: 1 + (i % 3),
    totalArea: 38 + (i % 3) * 17.5,
  }));
  const parking = Array.from({ length: 12 }, (_, i) => ({
    ...house,
    type: 'parking' as const,
    number: String(i + 1),
    floor: -1,
    totalArea: 15.5,
  }));
  const rows = await tx
    .insert(premises)
    .values([...flats, ...parking].map((p) => ({ organizationId, ...premiseValues(p) })))
    .returning({ id: premises.id, number: premises.number, type: premises.type });
  await insertChunked(
    rows.map((p, i) => ({
      organizationId,
      premiseId: p.id,
      legalEntityId: entity.id,
      number: String(7_800_000_001 + i),
    })),
    (chunk) => tx.insert(personalAccounts).values(chunk),
  );
  await seedOwners(tx, organizationId, rows);
  await seedSpouse(tx, organizationId);
  await seedBilling(tx, organizationId, { policy: false });
  return created;
}

/** Owners of most flats, and the demo resident (the same person as in «УК Демо») in flat 12. */
async function seedOwners(
  tx: Db,
  organizationId: string,
  rows: { id: string; number: string | null; type: string }[],
) {
  const random = seededRandom(41);
  const phone = mobilePhones(random);
  const [demo] = await tx
    .select()
    .from(clients)
    .where(eq(clients.phone, DEMO_RESIDENT_PHONE))
    .orderBy(clients.createdAt)
    .limit(1);
  const owners = rows
    .filter((p) => p.type === 'flat' && (p.number === RESIDENT_FLAT || random() < 0.7))
    .map((p) => {
      if (p.number === RESIDENT_FLAT && demo) {
        // T-3: the same person, a card of this organisation on the same account; signed in once
        // anywhere, every card of the account is stamped (C-7).
        const input = {
          type: 'individual' as const,
          fullName: demo.fullName,
          gender: demo.gender as Gender | null,
          birthDate: demo.birthDate,
          email: demo.email,
          phone: DEMO_RESIDENT_PHONE,
        };
        const seen = demo.lastVisitAt && new Date(demo.lastVisitAt.getTime() - 3 * 86_400_000);
        return { premiseId: p.id, input, firstLoginAt: demo.firstLoginAt, lastVisitAt: seen };
      }
      const gender: Gender = random() < 0.5 ? 'male' : 'female';
      const input = {
        type: 'individual' as const,
        fullName: personName(random, gender).fullName,
        gender,
        phone: phone(),
      };
      return { premiseId: p.id, input, firstLoginAt: null, lastVisitAt: null };
    });
  const accounts = await tx
    .insert(residentAccounts)
    .values(owners.map((o) => ({ phone: o.input.phone })))
    .onConflictDoUpdate({ target: residentAccounts.phone, set: { phone: sql`excluded.phone` } })
    .returning({ id: residentAccounts.id, phone: residentAccounts.phone });
  const accountOf = new Map(accounts.map((a) => [a.phone, a.id]));
  const cards = await tx
    .insert(clients)
    .values(
      owners.map((o) => ({
        organizationId,
        ...clientValues(o.input),
        accountId: accountOf.get(o.input.phone) ?? null,
        source: 'import',
        firstLoginAt: o.firstLoginAt,
        lastVisitAt: o.lastVisitAt,
      })),
    )
    .returning({ id: clients.id });
  await tx.insert(premiseLinks).values(
    owners.map((o, i) => ({
      organizationId,
      premiseId: o.premiseId,
      clientId: cards[i]?.id ?? '',
      role: 'owner',
      shareNumerator: 1,
      shareDenominator: 1,
      addedByKind: 'import',
    })),
  );
}

/** T-3: the demo resident's spouse (their card in «УК Демо», the same phone) lives in the flat here too. */
async function seedSpouse(tx: Db, organizationId: string) {
  const [home] = await tx
    .select({ premiseId: premiseLinks.premiseId, clientId: clients.id })
    .from(clients)
    .innerJoin(
      premiseLinks,
      and(eq(premiseLinks.organizationId, clients.organizationId), eq(premiseLinks.clientId, clients.id)),
    )
    .where(and(eq(clients.organizationId, organizationId), eq(clients.phone, DEMO_RESIDENT_PHONE)));
  const [spouse] = await tx
    .select()
    .from(clients)
    .where(eq(clients.phone, DEMO_SPOUSE_PHONE))
    .orderBy(clients.createdAt)
    .limit(1);
  if (!home || !spouse) return;
  const input = {
    type: 'individual' as const,
    fullName: spouse.fullName,
    gender: spouse.gender as Gender | null,
    birthDate: spouse.birthDate,
    phone: DEMO_SPOUSE_PHONE,
  };
  const [card] = await tx
    .insert(clients)
    .values({ organizationId, ...clientValues(input), accountId: spouse.accountId, source: 'import' })
    .returning({ id: clients.id });
  if (!card) return;
  await tx.insert(premiseLinks).values({
    organizationId,
    premiseId: home.premiseId,
    clientId: card.id,
    role: 'resident',
    ownerClientId: home.clientId,
    addedByKind: 'import',
  });
}
