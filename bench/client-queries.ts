// The client requests of issue 3: search by a surname prefix, by the last four digits of a phone,
// by a phone typed as «8 (9xx) xxx», and the first page sorted by name; and their EXPLAIN.
import type { ClientListQuery } from '@domovoy/contract';
import { clientOrderKeys, clientSort, clientWhere } from '../apps/server/src/modules/clients/client-filters';
import { listClients } from '../apps/server/src/modules/clients/clients.repository';
import { decodeListCursor, listBinding } from '../apps/server/src/platform/list-cursor';
import type { BenchDatabase } from './bench-database';
import { explainStatements } from './explain';
import type { ClientSamples } from './generate-clients';
import { picker, type QuerySpec } from './queries';

export function clientQuerySpecs(
  samples: ClientSamples,
  cursors: { byName: string[]; byVisitDesc: string[] } = { byName: [], byVisitDesc: [] },
  seed = 43,
): QuerySpec<ClientListQuery>[] {
  const { random, pick } = picker(seed);
  const surnames = samples.names.map((name) => name.split(' ')[0] ?? '').filter((s) => s.length >= 5);
  /** The national number's digits: +7 916 123-45-67 → 9161234567. */
  const national = () => pick(samples.phones).slice(2);
  return [
    {
      key: 'name',
      title: '7 clients: surname prefix',
      next: () => ({ search: pick(surnames).slice(0, random() < 0.5 ? 4 : 5) }),
    },
    {
      key: 'phone-last4',
      title: '8 clients: last 4 phone digits',
      next: () => ({ search: national().slice(-4) }),
    },
    {
      key: 'phone-typed',
      title: '9 clients: «8 (9xx) xxx»',
      next: () => {
        const digits = national();
        return { search: `8 (${digits.slice(0, 3)}) ${digits.slice(3, random() < 0.5 ? 6 : 7)}` };
      },
    },
    { key: 'by-name', title: '10 clients: first page by name', next: () => ({ sort: 'name' }) },
    // Issue 16: every offered sort.
    { key: '-name', title: '10b clients: by name, descending', next: () => ({ sort: '-name' }) },
    { key: 'phone', title: '10c clients: by phone', next: () => ({ sort: 'phone' }) },
    { key: '-phone', title: '10d clients: by phone, descending', next: () => ({ sort: '-phone' }) },
    { key: 'visit', title: '10e clients: by last visit', next: () => ({ sort: 'lastVisit' }) },
    { key: '-visit', title: '10f clients: by last visit, descending', next: () => ({ sort: '-lastVisit' }) },
    // Issue 16: a page deep into the whole list by cursor (keyset), at a random row.
    {
      key: 'deep-cursor',
      title: '10g clients: by name, a deep page by cursor',
      next: () => ({ sort: 'name', cursor: pick(cursors.byName) }),
    },
    {
      key: '-visit-cursor',
      title: '10h clients: by last visit desc., deep by cursor',
      next: () => ({ sort: '-lastVisit', cursor: pick(cursors.byVisitDesc) }),
    },
  ].filter(
    (spec) => !spec.key.endsWith('cursor') || cursors.byName.length > 0,
  ) as QuerySpec<ClientListQuery>[];
}

export function explainClientList(bench: BenchDatabase, organizationId: string, query: ClientListQuery) {
  const access = { name: true, contacts: true };
  const sort = clientSort(query.sort, access);
  const keys = clientOrderKeys(sort);
  const binding = listBinding('clients', organizationId, sort, query);
  return explainStatements(bench, (db) =>
    listClients(db, organizationId, {
      where: clientWhere(organizationId, query, access),
      keys,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 20,
      cursor: query.cursor ? decodeListCursor(query.cursor, binding, keys) : undefined,
      binding,
    }),
  );
}
