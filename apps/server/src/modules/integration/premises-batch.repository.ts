import { and, eq, sql } from 'drizzle-orm';
import { anyOf } from '../../db/any-of';
import { type Db, queryRows } from '../../db/database';
import { recordsJson } from '../../db/records-json';
import { legalEntities, personalAccounts, premises } from '../../db/schema';
import type { AccountValues } from '../accounts/accounts.repository';
import type { PremiseValues } from '../premises/premise-values';

export type PremiseRow = typeof premises.$inferSelect;
export type AccountRow = typeof personalAccounts.$inferSelect;

/** The address key of P-4's unique address: object, type and the normalised parts. */
export const addressKey = (
  p: Pick<
    PremiseValues,
    'objectId' | 'type' | 'streetNorm' | 'houseNorm' | 'buildingNorm' | 'numberNorm' | 'roomNorm'
  >,
) => [p.objectId, p.type, p.streetNorm, p.houseNorm, p.buildingNorm, p.numberNorm, p.roomNorm].join('\u0001');

export async function legalEntityNames(db: Db, organizationId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: legalEntities.id, name: legalEntities.name })
    .from(legalEntities)
    .where(and(eq(legalEntities.organizationId, organizationId), anyOf(legalEntities.id, ids)));
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function premisesByExternalId(db: Db, organizationId: string, externalIds: string[]) {
  if (externalIds.length === 0) return new Map<string, PremiseRow>();
  const rows = await db
    .select()
    .from(premises)
    .where(and(eq(premises.organizationId, organizationId), anyOf(premises.externalId, externalIds)));
  return new Map(rows.map((row) => [row.externalId as string, row]));
}

/** The premises at these addresses (by the unique address key), in one query. */
export async function premisesByAddress(db: Db, organizationId: string, values: PremiseValues[]) {
  if (values.length === 0) return new Map<string, PremiseRow>();
  const json = JSON.stringify(
    values.map((v) => ({
      object_id: v.objectId,
      type: v.type,
      street_norm: v.streetNorm,
      house_norm: v.houseNorm,
      building_norm: v.buildingNorm,
      number_norm: v.numberNorm,
      room_norm: v.roomNorm,
    })),
  );
  const ids = await queryRows<{ id: string }>(
    db,
    sql`select p.id from ${premises} p
      join jsonb_to_recordset(${json}::jsonb) as k(object_id uuid, type text, street_norm text,
        house_norm text, building_norm text, number_norm text, room_norm text)
      on p.object_id = k.object_id and p.type = k.type and p.street_norm = k.street_norm
        and p.house_norm = k.house_norm and p.building_norm = k.building_norm
        and p.number_norm = k.number_norm and p.room_norm = k.room_norm
      where p.organization_id = ${organizationId}`,
  );
  if (ids.length === 0) return new Map<string, PremiseRow>();
  const rows = await db
    .select()
    .from(premises)
    .where(
      and(
        eq(premises.organizationId, organizationId),
        anyOf(
          premises.id,
          ids.map((row) => row.id),
        ),
      ),
    );
  return new Map(rows.map((row) => [addressKey(row as PremiseValues), row]));
}

function premiseRecord(id: string, v: PremiseValues) {
  return {
    id,
    object_id: v.objectId,
    type: v.type,
    street: v.street,
    house: v.house,
    building: v.building,
    number: v.number,
    room: v.room,
    entrance: v.entrance,
    floor: v.floor,
    rooms: v.rooms,
    total_area: v.totalArea,
    living_area: v.livingArea,
    cadastral_number: v.cadastralNumber,
    registered_residents: v.registeredResidents,
    online_payment: v.onlinePayment,
    note: v.note,
    external_id: v.externalId,
    street_norm: v.streetNorm,
    house_norm: v.houseNorm,
    building_norm: v.buildingNorm,
    number_norm: v.numberNorm,
    room_norm: v.roomNorm,
    sort_key: v.sortKey,
  };
}

const PREMISE_COLUMNS = sql.raw(`id uuid, object_id uuid, type text, street text, house text,
  building text, number text, room text, entrance text, floor int, rooms int, total_area numeric,
  living_area numeric, online_payment boolean, note text, external_id text, street_norm text,
  house_norm text, building_norm text, number_norm text, room_norm text, sort_key text,
  cadastral_number text, registered_residents int`);

export async function insertPremises(
  db: Db,
  organizationId: string,
  rows: { id: string; values: PremiseValues }[],
  staffId: string | null,
) {
  if (rows.length === 0) return;
  const json = recordsJson(rows.map((r) => premiseRecord(r.id, r.values)));
  await db.execute(sql`
    insert into ${premises} (organization_id, id, object_id, type, street, house, building, number,
      room, entrance, floor, rooms, total_area, living_area, online_payment, note, external_id,
      street_norm, house_norm, building_norm, number_norm, room_norm, sort_key, cadastral_number,
      registered_residents, created_by, updated_by)
    select ${organizationId}, v.id, v.object_id, v.type, v.street, v.house, v.building, v.number,
      v.room, v.entrance, v.floor, v.rooms, v.total_area, v.living_area, v.online_payment, v.note,
      v.external_id, v.street_norm, v.house_norm, v.building_norm, v.number_norm, v.room_norm,
      v.sort_key, v.cadastral_number, v.registered_residents, ${staffId}::uuid, ${staffId}::uuid
    from jsonb_to_recordset(${json}::jsonb) as v(${PREMISE_COLUMNS})`);
}

export async function updatePremises(
  db: Db,
  organizationId: string,
  rows: { id: string; values: PremiseValues }[],
  staffId: string | null,
) {
  if (rows.length === 0) return;
  const json = recordsJson(rows.map((r) => premiseRecord(r.id, r.values)));
  await db.execute(sql`
    update ${premises} p set object_id = v.object_id, type = v.type, street = v.street,
      house = v.house, building = v.building, number = v.number, room = v.room,
      entrance = v.entrance, floor = v.floor, rooms = v.rooms, total_area = v.total_area,
      living_area = v.living_area, online_payment = v.online_payment, note = v.note,
      external_id = v.external_id, street_norm = v.street_norm, house_norm = v.house_norm,
      building_norm = v.building_norm, number_norm = v.number_norm, room_norm = v.room_norm,
      sort_key = v.sort_key, cadastral_number = v.cadastral_number,
      registered_residents = v.registered_residents, updated_by = ${staffId}::uuid, updated_at = now()
    from jsonb_to_recordset(${json}::jsonb) as v(${PREMISE_COLUMNS})
    where p.organization_id = ${organizationId} and p.id = v.id`);
}

/** Accounts by (legal entity, number) and by external id, in one query each. */
export async function findAccounts(
  db: Db,
  organizationId: string,
  numbers: { legalEntityId: string; number: string }[],
  externalIds: string[],
) {
  const json = JSON.stringify(numbers.map((n) => ({ legal_entity_id: n.legalEntityId, number: n.number })));
  const [byNumberIds, byExternal] = await Promise.all([
    numbers.length === 0
      ? []
      : queryRows<{ id: string }>(
          db,
          sql`select a.id from ${personalAccounts} a
            join jsonb_to_recordset(${json}::jsonb) as k(legal_entity_id uuid, number text)
              on a.legal_entity_id = k.legal_entity_id and a.number = k.number
            where a.organization_id = ${organizationId}`,
        ),
    externalIds.length === 0
      ? []
      : db
          .select()
          .from(personalAccounts)
          .where(
            and(
              eq(personalAccounts.organizationId, organizationId),
              anyOf(personalAccounts.externalId, externalIds),
            ),
          ),
  ]);
  const byNumberRows =
    byNumberIds.length === 0
      ? []
      : await db
          .select()
          .from(personalAccounts)
          .where(
            and(
              eq(personalAccounts.organizationId, organizationId),
              anyOf(
                personalAccounts.id,
                byNumberIds.map((row) => row.id),
              ),
            ),
          );
  return {
    byNumber: new Map(byNumberRows.map((row) => [`${row.legalEntityId}\u0001${row.number}`, row])),
    byExternalId: new Map(byExternal.map((row) => [row.externalId as string, row])),
  };
}

const ACCOUNT_COLUMNS = sql.raw(`id uuid, premise_id uuid, legal_entity_id uuid, number text, els text,
  external_id text, hidden_from_residents boolean`);

function accountRecord(r: { id: string; premiseId: string; values: AccountValues }) {
  return {
    id: r.id,
    premise_id: r.premiseId,
    legal_entity_id: r.values.legalEntityId,
    number: r.values.number,
    els: r.values.els,
    external_id: r.values.externalId,
    hidden_from_residents: r.values.hiddenFromResidents,
  };
}

export async function insertAccounts(
  db: Db,
  organizationId: string,
  rows: { id: string; premiseId: string; values: AccountValues }[],
  staffId: string | null,
) {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into ${personalAccounts} (organization_id, id, premise_id, legal_entity_id, number, els,
      external_id, hidden_from_residents, created_by, updated_by)
    select ${organizationId}, v.id, v.premise_id, v.legal_entity_id, v.number, v.els, v.external_id,
      v.hidden_from_residents, ${staffId}::uuid, ${staffId}::uuid
    from jsonb_to_recordset(${recordsJson(rows.map(accountRecord))}::jsonb) as v(${ACCOUNT_COLUMNS})`);
}

export async function updateAccounts(
  db: Db,
  organizationId: string,
  rows: { id: string; premiseId: string; values: AccountValues }[],
  staffId: string | null,
) {
  if (rows.length === 0) return;
  await db.execute(sql`
    update ${personalAccounts} a set premise_id = v.premise_id, legal_entity_id = v.legal_entity_id,
      number = v.number, els = v.els, external_id = v.external_id,
      hidden_from_residents = v.hidden_from_residents, updated_by = ${staffId}::uuid, updated_at = now()
    from jsonb_to_recordset(${recordsJson(rows.map(accountRecord))}::jsonb) as v(${ACCOUNT_COLUMNS})
    where a.organization_id = ${organizationId} and a.id = v.id`);
}

/**
 * A-1 for the ЕЛС (issue 17): the accounts that already carry any of these ЕЛС, with their
 * premise (to name it in a refusal), in one query through `personal_accounts_els_idx`.
 */
export async function accountsWithEls(db: Db, organizationId: string, els: string[]) {
  if (els.length === 0) return [];
  return db
    .select({
      id: personalAccounts.id,
      els: personalAccounts.els,
      premiseId: personalAccounts.premiseId,
      premise: premises,
    })
    .from(personalAccounts)
    .innerJoin(
      premises,
      and(
        eq(premises.organizationId, personalAccounts.organizationId),
        eq(premises.id, personalAccounts.premiseId),
      ),
    )
    .where(and(eq(personalAccounts.organizationId, organizationId), anyOf(personalAccounts.els, els)));
}

export function premisesById(db: Db, organizationId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([] as PremiseRow[]);
  return db
    .select()
    .from(premises)
    .where(and(eq(premises.organizationId, organizationId), anyOf(premises.id, ids)));
}
