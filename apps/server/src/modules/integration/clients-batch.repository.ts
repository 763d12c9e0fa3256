import { and, eq, sql } from 'drizzle-orm';
import { v7 as timeOrderedId } from 'uuid';
import { anyOf } from '../../db/any-of';
import { type Db, queryRows } from '../../db/database';
import { recordsJson } from '../../db/records-json';
import { clientExternalIds, clients, residentAccounts } from '../../db/schema';
import type { ClientValues } from '../clients/client-values';

export type MatchedClient = typeof clients.$inferSelect;

/** I-4: the clients a batch names, found by external id (of one source system) and by phone. */
export async function findMatches(
  db: Db,
  organizationId: string,
  source: string,
  externalIds: string[],
  phones: string[],
) {
  const [byExternal, byPhone] = await Promise.all([
    externalIds.length === 0
      ? []
      : db
          .select({ externalId: clientExternalIds.externalId, clientId: clientExternalIds.clientId })
          .from(clientExternalIds)
          .where(
            and(
              eq(clientExternalIds.organizationId, organizationId),
              eq(clientExternalIds.source, source),
              anyOf(clientExternalIds.externalId, externalIds),
            ),
          ),
    phones.length === 0
      ? []
      : db
          .select({ phone: clients.phone, clientId: clients.id })
          .from(clients)
          .where(and(eq(clients.organizationId, organizationId), anyOf(clients.phone, phones))),
  ]);
  const cards = await cardsByIds(db, organizationId, [
    ...new Set([...byExternal, ...byPhone].map((row) => row.clientId)),
  ]);
  const pick = (id: string) => cards.get(id) as MatchedClient;
  return {
    byExternalId: new Map(byExternal.map((row) => [row.externalId, pick(row.clientId)])),
    byPhone: new Map(byPhone.map((row) => [row.phone as string, pick(row.clientId)])),
  };
}

/** Client cards of the organisation by id. */
export async function cardsByIds(db: Db, organizationId: string, ids: string[]) {
  const rows =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(clients)
          .where(and(eq(clients.organizationId, organizationId), anyOf(clients.id, ids)));
  return new Map<string, MatchedClient>(rows.map((row) => [row.id, row]));
}

/** T-3: the resident account of each phone, created for new phones, in one statement each way. */
export async function ensureAccounts(db: Db, phones: string[]): Promise<Map<string, string>> {
  if (phones.length === 0) return new Map();
  // Time-ordered ids: the new accounts' keys sit together at the end of the primary key.
  await db.execute(sql`
    insert into ${residentAccounts} (id, phone)
    select * from unnest(${sql.param(phones.map(() => timeOrderedId()))}::uuid[], ${sql.param(phones)}::text[])
    on conflict (phone) do nothing`);
  // One probe of the phone's unique index per phone. `phone = any($1)` was planned as a scan of
  // the whole table — every organisation's residents — once a batch named ~1,000 phones (issue 16).
  const rows = await queryRows<{ id: string; phone: string }>(
    db,
    sql`select a.id, a.phone from unnest(${sql.param(phones)}::text[]) as p(phone)
      cross join lateral (select id, phone from ${residentAccounts} where phone = p.phone limit 1) a`,
  );
  return new Map(rows.map((row) => [row.phone, row.id]));
}

export type NewClient = ClientValues & { accountId: string | null };

const CARD_COLUMNS = sql.raw(`type text, tax_form text, full_name text, name_norm text, phone text,
  phone_digits text, email text, gender text, birth_date date, passport text, passport_comment text,
  reg_address text, reg_postcode text, reg_comment text, inn text, snils text, loyalty_card text,
  status text, tester boolean, note text, account_id uuid, extra_phone text, kpp text, ogrn text`);

/** A card's values as the snake_case record that jsonb_to_recordset reads. */
function cardRecord(r: NewClient) {
  return {
    type: r.type,
    tax_form: r.taxForm,
    full_name: r.fullName,
    name_norm: r.nameNorm,
    phone: r.phone,
    phone_digits: r.phoneDigits,
    email: r.email,
    gender: r.gender,
    birth_date: r.birthDate,
    passport: r.passport,
    passport_comment: r.passportComment,
    reg_address: r.regAddress,
    reg_postcode: r.regPostcode,
    reg_comment: r.regComment,
    inn: r.inn,
    snils: r.snils,
    loyalty_card: r.loyaltyCard,
    status: r.status,
    tester: r.tester,
    note: r.note,
    account_id: r.accountId,
    extra_phone: r.extraPhone,
    kpp: r.kpp,
    ogrn: r.ogrn,
  };
}

/**
 * New cards in one INSERT … SELECT FROM jsonb_to_recordset; their ids (time-ordered, so that a
 * batch's cards are neighbours in every index on the id), in the given order.
 */
export async function insertClients(
  db: Db,
  organizationId: string,
  rows: NewClient[],
  staffId: string | null,
) {
  if (rows.length === 0) return [];
  const ids = rows.map(() => timeOrderedId());
  const json = recordsJson(rows.map((r, i) => ({ id: ids[i], ...cardRecord(r) })));
  await db.execute(sql`
    insert into ${clients} (organization_id, id, type, tax_form, full_name, name_norm, phone,
      phone_digits, email, gender, birth_date, passport, passport_comment, reg_address,
      reg_postcode, reg_comment, inn, snils, loyalty_card, status, tester, note, account_id,
      extra_phone, kpp, ogrn, source, created_by, updated_by)
    select ${organizationId}, v.id, v.type, v.tax_form, v.full_name, v.name_norm, v.phone,
      v.phone_digits, v.email, v.gender, v.birth_date, v.passport, v.passport_comment,
      v.reg_address, v.reg_postcode, v.reg_comment, v.inn, v.snils, v.loyalty_card, v.status,
      v.tester, v.note, v.account_id, v.extra_phone, v.kpp, v.ogrn, 'import', ${staffId}::uuid,
      ${staffId}::uuid
    from jsonb_to_recordset(${json}::jsonb) as v(id uuid, ${CARD_COLUMNS})`);
  return ids;
}

/** Every changed card in one UPDATE … FROM jsonb_to_recordset, not a statement per card. */
export async function updateClients(
  db: Db,
  organizationId: string,
  rows: (NewClient & { id: string })[],
  staffId: string | null,
) {
  if (rows.length === 0) return;
  const json = recordsJson(rows.map((r) => ({ id: r.id, ...cardRecord(r) })));
  await db.execute(sql`
    update ${clients} c set
      type = v.type, tax_form = v.tax_form, full_name = v.full_name, name_norm = v.name_norm,
      phone = v.phone, phone_digits = v.phone_digits, email = v.email, gender = v.gender,
      birth_date = v.birth_date, passport = v.passport, passport_comment = v.passport_comment,
      reg_address = v.reg_address, reg_postcode = v.reg_postcode, reg_comment = v.reg_comment,
      inn = v.inn, snils = v.snils, loyalty_card = v.loyalty_card, status = v.status,
      tester = v.tester, note = v.note, account_id = v.account_id, extra_phone = v.extra_phone,
      kpp = v.kpp, ogrn = v.ogrn, updated_by = ${staffId}::uuid, updated_at = now()
    from jsonb_to_recordset(${json}::jsonb) as v(id uuid, ${CARD_COLUMNS})
    where c.organization_id = ${organizationId} and c.id = v.id`);
}

/** External ids in one statement; the rows come back for the history. */
export async function insertExternalIds(
  db: Db,
  organizationId: string,
  rows: { clientId: string; source: string; externalId: string }[],
) {
  if (rows.length === 0) return [];
  const json = JSON.stringify(
    rows.map((r) => ({
      id: timeOrderedId(),
      client_id: r.clientId,
      source: r.source,
      external_id: r.externalId,
    })),
  );
  return queryRows<{ id: string; clientId: string; source: string; externalId: string; note: null }>(
    db,
    sql`insert into ${clientExternalIds} (organization_id, id, client_id, source, external_id)
      select ${organizationId}, v.id, v.client_id, v.source, v.external_id
      from jsonb_to_recordset(${json}::jsonb) as v(id uuid, client_id uuid, source text, external_id text)
      returning id, client_id as "clientId", source, external_id as "externalId", note`,
  );
}

/** Resident accounts a batch left without a card, never logged in with: removed (T-3). */
export async function removeOrphanAccounts(db: Db, accountIds: string[]) {
  if (accountIds.length === 0) return;
  await queryRows(
    db,
    sql`delete from ${residentAccounts} a
      where a.id = any(${sql.param(accountIds)}::uuid[]) and a.first_login_at is null
        and not exists (select 1 from ${clients} c where c.account_id = a.id)
        and not exists (select 1 from registration_requests r where r.account_id = a.id)
      returning a.id`,
  );
}
