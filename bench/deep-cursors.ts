// Issue 16: cursors deep into the whole premises or clients list, for the bench's «deep page by
// cursor» requests: each continues after a row picked at random from the organisation's rows (on
// average half the list deep), encoded as the list hands its cursors out.
import type { ClientSort, PremiseSort } from '@domovoy/contract';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../apps/server/src/db/database';
import { clients, premises } from '../apps/server/src/db/schema';
import { clientOrderKeys } from '../apps/server/src/modules/clients/client-filters';
import { premiseOrderKeys } from '../apps/server/src/modules/premises/premise-filters';
import { cursorOf, keyColumns } from '../apps/server/src/platform/keyset';
import { encodeListCursor, listBinding } from '../apps/server/src/platform/list-cursor';

export async function deepCursors(
  db: Db,
  organizationId: string,
  list: { premises: PremiseSort } | { clients: ClientSort },
  count = 50,
): Promise<string[]> {
  const [name, sort, keys, table] =
    'premises' in list
      ? (['premises', list.premises, premiseOrderKeys(list.premises), premises] as const)
      : (['clients', list.clients, clientOrderKeys(list.clients), clients] as const);
  const rows = await queryRows<Record<string, string | null>>(
    db,
    sql`select ${keyColumns(keys)} from ${table} where ${table.organizationId} = ${organizationId}
      order by md5(${table.id}::text) limit ${count}`,
  );
  // The bench's requests carry the sort and the cursor only: the binding of a list without filters.
  const binding = listBinding(name, organizationId, sort, {});
  // The rows before the cursor are not counted (it only sets the page number the answer shows).
  return rows.map((row) =>
    encodeListCursor(binding, { direction: 'after', offset: 100_000, values: cursorOf(row, keys) }),
  );
}
