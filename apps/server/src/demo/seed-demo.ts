import { eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import {
  legalEntities,
  objectGroups,
  objects,
  organizations as organizationsTable,
  personalAccounts,
  premises,
  premiseTags,
  quarters,
  tags,
} from '../db/schema';
import { recomputeMonitor } from '../modules/monitor/compute-monitor';
import { organizationsService } from '../modules/organizations/organizations.service';
import { premiseValues } from '../modules/premises/premise-values';
import { normalizeTagName } from '../modules/tags/tags.service';
import { generatePassword } from '../platform/passwords';
import type { FileStorage } from '../platform/storage';
import { seedActivity } from './demo-activity';
import { seedBilling } from './demo-billing';
import { seedClients } from './demo-clients';
import { seedObjectPicture, seedResidentPhoto } from './demo-images';
import { type DemoObjectKey, demoPremises, seededRandom } from './demo-premises';
import { seedResidentHome } from './demo-resident-home';
import { SECOND_ADMIN_LOGIN, seedSecondOrganization } from './demo-second-organization';
import { seedSessions } from './demo-sessions';

export const DEMO_ORGANIZATION = 'УК Демо';
/** The demo organisation's brand in the resident app: `/app/demo/`, `organisation: "demo"`. */
export const DEMO_ORGANIZATION_SLUG = 'demo';
export const DEMO_ADMIN_LOGIN = 'admin';

const TAGS = ['Угловая', 'С отделкой', 'Вид на реку', 'Должник', 'Сдаётся в аренду'];
const ELS_LETTERS = 'АБВГДЕЖИКЛМНПРСТ';

async function insertChunked<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

async function seedReferenceData(tx: Db, organizationId: string) {
  const [north, south] = await tx
    .insert(legalEntities)
    .values([
      {
        organizationId,
        name: 'ООО «УК Домовой Север»',
        inn: '7728123459',
        kpp: '772801001',
        ogrn: '1027700123450',
      },
      {
        organizationId,
        name: 'ООО «УК Домовой Подмосковье»',
        inn: '5024678919',
        kpp: '502401001',
        ogrn: '1155024123451',
      },
    ])
    .returning();
  const [moscow, region] = await tx
    .insert(objectGroups)
    .values([
      { organizationId, name: 'Москва' },
      { organizationId, name: 'Подмосковье' },
    ])
    .returning();
  const [q1, q2] = await tx
    .insert(quarters)
    .values([
      { organizationId, name: 'Квартал 1' },
      { organizationId, name: 'Квартал 2' },
    ])
    .returning();
  if (!north || !south || !moscow || !region || !q1 || !q2)
    throw new Error('demo reference data not created');
  const objectRows = await tx
    .insert(objects)
    .values([
      {
        organizationId,
        name: 'ЖК «Северный парк»',
        address: 'г. Москва, ул. Северная',
        groupId: moscow.id,
        quarterId: q1.id,
      },
      {
        organizationId,
        name: 'ЖК «Речной»',
        address: 'г. Москва, наб. Речная',
        groupId: moscow.id,
        quarterId: q2.id,
      },
      {
        organizationId,
        name: 'ЖК «Солнечный»',
        address: 'Московская обл., г. Красногорск, ул. Солнечная',
        groupId: region.id,
        quarterId: q1.id,
        onlinePayment: false,
      },
      {
        organizationId,
        name: 'КП «Сосновый бор»',
        address: 'Московская обл., д. Сосновка',
        groupId: region.id,
        quarterId: q2.id,
      },
    ])
    .returning();
  const keys: DemoObjectKey[] = ['north', 'river', 'sunny', 'pines'];
  const objectIds = new Map(keys.map((key, i) => [key, objectRows[i]?.id ?? '']));
  const tagRows = await tx
    .insert(tags)
    .values(TAGS.map((name) => ({ organizationId, name, nameNorm: normalizeTagName(name) })))
    .returning();
  return { legalEntityIds: [north.id, south.id], objectIds, tagIds: tagRows.map((t) => t.id) };
}

/**
 * The demo organisation «УК Демо» (issue 2, item 10): two legal entities, four objects in two
 * groups and two quarters, ~1,100 premises of all ten types with accounts and tags, an admin; and
 * the second one, «УК Северный берег» (issue 12), where the demo resident has a flat too. Documents
 * of the demo resident's flat, their photo and pictures of objects are written to `storage` when
 * one is given.
 */
export async function seedDemo(db: Db, adminPassword?: string, storage?: FileStorage) {
  const password = adminPassword ?? generatePassword();
  const list = demoPremises();
  // One transaction: a failed seed leaves no half-made organisation behind.
  const organization = await db.transaction(async (tx) => {
    const organizations = organizationsService({ db: tx });
    const created = await organizations.create(DEMO_ORGANIZATION, DEMO_ORGANIZATION_SLUG);
    await organizations.createAdmin({
      organizationId: created.id,
      login: DEMO_ADMIN_LOGIN,
      password,
      fullName: 'Администратор Демо',
    });
    // T-3, issue 12: the app wears a name and colour of its own (no logo); requests and events on.
    await tx
      .update(organizationsTable)
      .set({ brandName: 'Мой дом — УК Демо', brandColor: '#2e7d32', products: ['requests', 'events'] })
      .where(eq(organizationsTable.id, created.id));
    await seedPremises(tx, created.id, list, storage);
    // The same administrator's password for both: the banner prints one.
    await seedSecondOrganization(tx, password, storage);
    if (storage) await seedResidentPhoto(tx, storage);
    return created;
  });
  return {
    organization,
    login: DEMO_ADMIN_LOGIN,
    secondLogin: SECOND_ADMIN_LOGIN,
    password,
    premiseCount: list.length,
  };
}

async function seedPremises(
  tx: Db,
  organizationId: string,
  list: ReturnType<typeof demoPremises>,
  storage: FileStorage | undefined,
) {
  const random = seededRandom(7);
  const { legalEntityIds, objectIds, tagIds } = await seedReferenceData(tx, organizationId);
  // APP-2: pictures of three objects («Солнечный» shows none).
  const pictures = [
    ['north', 'park'],
    ['river', 'river'],
    ['pines', 'pines'],
  ] as const;
  for (const [key, picture] of pictures) {
    const objectId = objectIds.get(key);
    if (storage && objectId) await seedObjectPicture(tx, storage, organizationId, objectId, picture);
  }
  const rows = list.map(({ object, ...premise }) => ({
    organizationId,
    ...premiseValues({ ...premise, objectId: objectIds.get(object) ?? '' }),
  }));
  const inserted: { id: string; objectId: string }[] = [];
  await insertChunked(rows, 500, async (chunk) => {
    inserted.push(
      ...(await tx
        .insert(premises)
        .values(chunk)
        .returning({ id: premises.id, objectId: premises.objectId })),
    );
  });
  // The Подмосковье objects are served by the second legal entity.
  const southern = new Set([objectIds.get('pines'), objectIds.get('sunny')]);
  const accounts = inserted.map((p, i) => ({
    organizationId,
    premiseId: p.id,
    legalEntityId: legalEntityIds[southern.has(p.objectId) ? 1 : 0] ?? '',
    number: String(4_000_000_001 + i),
    els: i % 3 === 0 ? demoEls(i) : null,
    hiddenFromResidents: i % 97 === 0,
  }));
  await insertChunked(accounts, 500, (chunk) => tx.insert(personalAccounts).values(chunk));
  const links = inserted.flatMap((p) =>
    tagIds.filter(() => random() < 0.08).map((tagId) => ({ organizationId, premiseId: p.id, tagId })),
  );
  await insertChunked(links, 1000, (chunk) => tx.insert(premiseTags).values(chunk));
  await seedClients(tx, organizationId, objectIds);
  await seedResidentHome(tx, organizationId, storage);
  await seedSessions(tx, organizationId);
  // M-3: the monitor's figures at once (the scheduled job would compute them within 10 minutes).
  await recomputeMonitor(tx, organizationId, new Date());
  await seedBilling(tx, organizationId);
  await seedActivity(tx, organizationId);
}

function demoEls(i: number): string {
  const a = ELS_LETTERS[i % ELS_LETTERS.length];
  const b = ELS_LETTERS[Math.floor(i / ELS_LETTERS.length) % ELS_LETTERS.length];
  return `77${a}${b}${String(100000 + i).slice(-6)}`;
}
