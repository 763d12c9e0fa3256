// Clients for the benchmark (issue 3), written set-based like the premises: per chunk one
// `INSERT … SELECT FROM unnest(…)` into resident_accounts, clients and premise_links.
// Links: the premises are walked once; each gets a household sized so that `links` are spread
// over all of them — an owner (or two with ½ each; 3% unconfirmed owners), then residents,
// tenants and representatives depending on the first. A link takes a new client while new ones
// are due (clients left / links left), else a recent client again (a second flat, a parking space).
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../apps/server/src/db/database';
import { clients, premiseLinks, premises, residentAccounts } from '../apps/server/src/db/schema';
import { seededRandom } from '../apps/server/src/demo/demo-premises';
import { addClient, type ClientColumns, clientColumns } from './client-layout';
import { arr, newLoad, sampler, type TableLoad, timed } from './table-load';

export type ClientSamples = { names: string[]; phones: string[] };
export type ClientLoad = {
  accounts: TableLoad;
  clients: TableLoad;
  links: TableLoad;
  samples: ClientSamples;
};
export type ClientGenerateOptions = {
  db: Db;
  organizationId: string;
  clients: number;
  links: number;
  chunkSize?: number;
  onProgress?: (clients: number) => void;
};

const RECENT = 2000;
const linkColumns = () => ({
  premise: [] as string[],
  client: [] as string[],
  role: [] as string[],
  owner: [] as (string | null)[],
  numerator: [] as (number | null)[],
  denominator: [] as (number | null)[],
});

/** Premise ids page by page, in key order. */
async function* premisePages(db: Db, org: string, size: number) {
  let last = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const page = await queryRows<{ id: string }>(
      db,
      sql`select id from ${premises} where organization_id = ${org} and id > ${last}::uuid order by id limit ${size}`,
    );
    if (page.length === 0) return;
    yield page.map((p) => p.id);
    last = page[page.length - 1]?.id ?? last;
  }
}

export async function generateClients(options: ClientGenerateOptions): Promise<ClientLoad> {
  const { db, organizationId: org } = options;
  const chunkSize = options.chunkSize ?? 10_000;
  const random = seededRandom(5);
  const sample = sampler(random);
  const now = Date.now();
  const result: ClientLoad = {
    accounts: newLoad(),
    clients: newLoad(),
    links: newLoad(),
    samples: { names: [], phones: [] },
  };
  let made = 0;
  let linksLeft = options.clients > 0 ? options.links : 0;
  const recent: { id: string; surname: string }[] = [];
  let people: ClientColumns = clientColumns();
  let links = linkColumns();
  let building = performance.now();

  const newClient = (surname?: string) => {
    const id = randomUUID();
    const family = addClient(people, made, id, random, now, surname);
    sample(result.samples.names, made + 1, people.fullName[people.fullName.length - 1] ?? '');
    sample(result.samples.phones, made + 1, people.phone[people.phone.length - 1] ?? '');
    recent[made % RECENT] = { id, surname: family };
    made++;
    return { id, surname: family };
  };
  /** A new client while they are due, else one met recently that is not in this household yet. */
  const anyClient = (household: string[], surname?: string) => {
    if (made < options.clients && random() < (options.clients - made) / linksLeft) return newClient(surname);
    for (let tries = 0; tries < 5; tries++) {
      const known = recent[Math.floor(random() * Math.min(made, RECENT))];
      if (known && !household.includes(known.id)) return known;
    }
    return made < options.clients ? newClient(surname) : undefined;
  };
  const flush = async () => {
    const c = people;
    const l = links;
    result.clients.buildMs += performance.now() - building;
    await timed(result.accounts, c.id.length, () =>
      db.execute(sql`insert into ${residentAccounts} (id, phone, first_login_at, last_seen_at)
        select * from unnest(${arr(c.accountId)}::uuid[], ${arr(c.phone)}::text[],
        ${arr(c.firstLoginAt)}::timestamptz[], ${arr(c.lastVisitAt)}::timestamptz[])`),
    );
    await timed(result.clients, c.id.length, () =>
      db.execute(sql`insert into ${clients} (organization_id, id, account_id, full_name, name_norm, phone,
        phone_digits, email, gender, birth_date, status, source, first_login_at, last_visit_at)
        select ${org}::uuid, u.* from unnest(${arr(c.id)}::uuid[], ${arr(c.accountId)}::uuid[],
        ${arr(c.fullName)}::text[], ${arr(c.nameNorm)}::text[], ${arr(c.phone)}::text[],
        ${arr(c.phoneDigits)}::text[], ${arr(c.email)}::text[], ${arr(c.gender)}::text[],
        ${arr(c.birthDate)}::date[], ${arr(c.status)}::text[], ${arr(c.source)}::text[],
        ${arr(c.firstLoginAt)}::timestamptz[], ${arr(c.lastVisitAt)}::timestamptz[]) as u`),
    );
    // An owner's link and the links naming it may share a statement: the key is checked at its end.
    await timed(result.links, l.premise.length, () =>
      db.execute(sql`insert into ${premiseLinks} (organization_id, id, premise_id, client_id, role,
        owner_client_id, share_numerator, share_denominator, added_by_kind)
        select ${org}::uuid, gen_random_uuid(), u.*, 'import' from unnest(${arr(l.premise)}::uuid[],
        ${arr(l.client)}::uuid[], ${arr(l.role)}::text[], ${arr(l.owner)}::uuid[],
        ${arr(l.numerator)}::int[], ${arr(l.denominator)}::int[]) as u`),
    );
    people = clientColumns();
    links = linkColumns();
    options.onProgress?.(made);
    building = performance.now();
  };
  const addLink = (premise: string, client: string, role: string, owner: string | null, share?: number) => {
    links.premise.push(premise);
    links.client.push(client);
    links.role.push(role);
    links.owner.push(owner);
    links.numerator.push(share ? 1 : null);
    links.denominator.push(share ?? null);
    linksLeft--;
  };

  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int n from ${premises} where organization_id = ${org}`,
  );
  let premisesLeft = count?.n ?? 0;
  for await (const page of premisePages(db, org, chunkSize)) {
    for (const premise of page) {
      const perPremise = linksLeft / premisesLeft--;
      const size = Math.min(linksLeft, Math.floor(perPremise) + (random() < perPremise % 1 ? 1 : 0));
      if (size <= 0) continue;
      const head = random() < 0.03 ? 'unconfirmed_owner' : 'owner';
      const owners = head === 'owner' && size >= 2 && random() < 0.3 ? 2 : 1;
      const household: string[] = [];
      let family: string | undefined;
      for (let k = 0; k < size; k++) {
        const first = household[0] ?? null;
        const client = anyClient(household, random() < 0.6 ? family : undefined);
        if (!client) continue;
        household.push(client.id);
        family ??= client.surname;
        if (k < owners) addLink(premise, client.id, head, null, head === 'owner' ? owners : undefined);
        else {
          const r = random();
          const role = r < 0.7 ? 'resident' : r < 0.9 || head !== 'owner' ? 'tenant' : 'representative';
          addLink(premise, client.id, role, first);
        }
      }
      if (people.id.length >= chunkSize || links.premise.length >= chunkSize) await flush();
    }
  }
  while (made < options.clients) {
    newClient();
    if (people.id.length >= chunkSize) await flush();
  }
  await flush();
  return result;
}
