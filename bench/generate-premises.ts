// The benchmark's data set, written set-based: one `INSERT … SELECT FROM unnest(…)` per chunk and
// table (ARCHITECTURE "Measured on these machines": ~55 k rows/s; Drizzle per row ~11 k rows/s).
// Premise rows go through premiseValues(), so the normalised columns are exactly what the app writes.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../apps/server/src/db/database';
import {
  legalEntities,
  objects,
  personalAccounts,
  premises,
  premiseTags,
  tags,
} from '../apps/server/src/db/schema';
import { seededRandom } from '../apps/server/src/demo/demo-premises';
import { type PremiseValues, premiseValues } from '../apps/server/src/modules/premises/premise-values';
import { normalizeTagName } from '../apps/server/src/modules/tags/tags.service';
import { accountNumber, buildingPremises, els, layout, STREETS } from './premise-layout';
import { arr, newLoad, sampler, type TableLoad, timed } from './table-load';

const OBJECT_COUNT = 20;
const TAG_NAMES = ['Угловая', 'С отделкой', 'Вид на реку', 'Должник', 'Сдаётся в аренду', 'Приватизирована'];

export type SampleAddress = { street: string; house: string; building: string | null; number: string };
/** Random existing values (reservoir samples) for the queries. */
export type Samples = { addresses: SampleAddress[]; accountNumbers: string[]; objectIds: string[] };
export type GenerateResult = {
  premises: TableLoad;
  accounts: TableLoad;
  premiseTags: TableLoad;
  legalEntities: number;
  objects: number;
  samples: Samples;
};
export type GenerateOptions = {
  db: Db;
  organizationId: string;
  staffId: string;
  premises: number;
  accountsPerPremise: number;
  chunkSize?: number;
  onProgress?: (done: number) => void;
};

async function referenceData(db: Db, org: string) {
  const les = await db
    .insert(legalEntities)
    .values([
      { organizationId: org, name: 'ООО «УК Бенч Север»', inn: '7728123459', kpp: '772801001' },
      { organizationId: org, name: 'ООО «УК Бенч Юг»', inn: '5024678919', kpp: '502401001' },
    ])
    .returning({ id: legalEntities.id });
  const objectRows = await db
    .insert(objects)
    .values(
      Array.from({ length: OBJECT_COUNT }, (_, i) => ({
        organizationId: org,
        name: `ЖК «Квартал ${i + 1}»`,
        address: `г. Москва, район ${i + 1}`,
      })),
    )
    .returning({ id: objects.id });
  const tagRows = await db
    .insert(tags)
    .values(TAG_NAMES.map((name) => ({ organizationId: org, name, nameNorm: normalizeTagName(name) })))
    .returning({ id: tags.id });
  return {
    leIds: les.map((l) => l.id),
    objectIds: objectRows.map((o) => o.id),
    tagIds: tagRows.map((t) => t.id),
  };
}

export async function generatePremises(options: GenerateOptions): Promise<GenerateResult> {
  const { db, organizationId: org, staffId, accountsPerPremise } = options;
  const chunkSize = options.chunkSize ?? 10_000;
  const random = seededRandom(2);
  const { leIds, objectIds, tagIds } = await referenceData(db, org);
  const result: GenerateResult = {
    premises: newLoad(),
    accounts: newLoad(),
    premiseTags: newLoad(),
    legalEntities: leIds.length,
    objects: objectIds.length,
    samples: { addresses: [], accountNumbers: [], objectIds },
  };
  const sample = sampler(random);

  let chunk: { values: PremiseValues; legalEntity: number }[] = [];
  let buildStarted = performance.now();
  const flush = async () => {
    const ids = chunk.map(() => randomUUID());
    const col = <K extends keyof PremiseValues>(key: K) => arr(chunk.map((p) => p.values[key]));
    result.premises.buildMs += performance.now() - buildStarted;
    await timed(result.premises, chunk.length, () =>
      db.execute(sql`insert into ${premises} (organization_id, id, object_id, type, street, house, building,
        number, room, entrance, floor, rooms, total_area, living_area, street_norm, house_norm, building_norm,
        number_norm, room_norm, sort_key, created_by, updated_by)
        select ${org}::uuid, u.*, ${staffId}::uuid, ${staffId}::uuid from unnest(${arr(ids)}::uuid[],
        ${col('objectId')}::uuid[], ${col('type')}::text[], ${col('street')}::text[], ${col('house')}::text[],
        ${col('building')}::text[], ${col('number')}::text[], ${col('room')}::text[], ${col('entrance')}::text[],
        ${col('floor')}::int[], ${col('rooms')}::int[], ${col('totalArea')}::numeric[],
        ${col('livingArea')}::numeric[], ${col('streetNorm')}::text[], ${col('houseNorm')}::text[],
        ${col('buildingNorm')}::text[], ${col('numberNorm')}::text[], ${col('roomNorm')}::text[],
        ${col('sortKey')}::text[]) as u`),
    );

    let started = performance.now();
    const acc = {
      premise: [] as string[],
      le: [] as string[],
      number: [] as string[],
      els: [] as (string | null)[],
    };
    chunk.forEach((p, i) => {
      for (let j = 0; j < accountsPerPremise; j++) {
        const index = result.accounts.rows + acc.number.length;
        const le = (p.legalEntity + j) % leIds.length; // a second account: the other legal entity
        acc.premise.push(ids[i] ?? '');
        acc.le.push(leIds[le] ?? '');
        acc.number.push(accountNumber(index));
        acc.els.push(index % 3 === 0 ? els(index / 3, le === 0 ? '77' : '50') : null);
        sample(result.samples.accountNumbers, index + 1, accountNumber(index));
      }
    });
    result.accounts.buildMs += performance.now() - started;
    await timed(result.accounts, acc.number.length, () =>
      db.execute(sql`insert into ${personalAccounts} (organization_id, id, premise_id, legal_entity_id, number,
        els, created_by, updated_by) select ${org}::uuid, gen_random_uuid(), u.*, ${staffId}::uuid,
        ${staffId}::uuid from unnest(${arr(acc.premise)}::uuid[], ${arr(acc.le)}::uuid[],
        ${arr(acc.number)}::text[], ${arr(acc.els)}::text[]) as u`),
    );

    started = performance.now();
    const links = { premise: [] as string[], tag: [] as string[] };
    for (const id of ids) {
      for (const tag of tagIds) {
        if (random() >= 0.05) continue;
        links.premise.push(id);
        links.tag.push(tag);
      }
    }
    result.premiseTags.buildMs += performance.now() - started;
    await timed(result.premiseTags, links.tag.length, () =>
      db.execute(sql`insert into ${premiseTags} (organization_id, premise_id, tag_id)
        select ${org}::uuid, u.* from unnest(${arr(links.premise)}::uuid[], ${arr(links.tag)}::uuid[]) as u`),
    );
    chunk = [];
    options.onProgress?.(result.premises.rows);
    buildStarted = performance.now();
  };

  for (const b of layout(options.premises, random)) {
    const objectIndex = b.street % OBJECT_COUNT;
    const name = STREETS[b.street]?.[1] ?? '';
    for (const input of buildingPremises(b, objectIds[objectIndex] ?? '', random)) {
      chunk.push({ values: premiseValues(input), legalEntity: objectIndex < 12 ? 0 : 1 });
      const address = { street: name, house: b.house, building: b.building, number: input.number ?? '' };
      sample(result.samples.addresses, result.premises.rows + chunk.length, address);
      if (chunk.length >= chunkSize) await flush();
    }
  }
  if (chunk.length > 0) await flush();
  return result;
}
