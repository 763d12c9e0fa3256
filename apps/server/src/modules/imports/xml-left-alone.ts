import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database';
import { importRows } from '../../db/schema';
import { premiseAddresses } from '../premises/premise-addresses';
import type { ImportRow } from './imports.repository';
import type { Deletions } from './remove-missing-owners';

export type LeftAlone = NonNullable<Deletions['leftAlone']>;

/** A premise's element that makes I-5 leave the premise alone: refused, or with errors. */
export type Cause = { row: number; element: 'account' | 'link'; refused: boolean };

const LISTED = 200;

/** Keeps each premise's first cause (by row). */
export function noteCause(causes: Map<string, Cause>, premiseId: string, cause: Cause) {
  const earlier = causes.get(premiseId);
  if (!earlier || cause.row < earlier.row) causes.set(premiseId, cause);
}

const reasonOf = ({ row, element, refused }: Cause) =>
  `${refused ? `Элемент <${element}> в строке ${row} этого помещения отклонён` : `В элементе <${element}> в строке ${row} этого помещения есть ошибки`}: собственники, которых нет в файле, не удаляются`;

/**
 * Loaded «только строки без ошибок»: the first element with errors of each premise row (its <account>
 * and <link> elements name their premise's row); `unknown`: rows with errors of no premise that could
 * be told (I-5 removes nothing then).
 */
export async function erroneousXmlPremises(
  tx: Db,
  job: ImportRow,
): Promise<{ byPremiseRow: Map<number, Cause>; unknown: number[] }> {
  const byPremiseRow = new Map<number, Cause>();
  const unknown: number[] = [];
  if ((job.errorCount ?? 0) === 0) return { byPremiseRow, unknown };
  const rows = await queryRows<{
    premise_row: number | null;
    first_row: number | null;
    entity: 'account' | 'link' | null;
    unknown_rows: number[] | null;
  }>(
    tx,
    sql`select (values->>'premiseRow')::int as premise_row, min(row_number) as first_row,
          (array_agg(values->>'entity' order by row_number))[1] as entity, null::int[] as unknown_rows
        from ${importRows}
        where organization_id = ${job.organizationId} and import_id = ${job.id} and errors is not null
          and values->>'entity' in ('account', 'link') and values->>'premiseRow' is not null
        group by 1
      union all
      select null, null, null, (array_agg(row_number order by row_number))[1:5]
        from ${importRows}
        where organization_id = ${job.organizationId} and import_id = ${job.id} and errors is not null
          and not (values->>'entity' in ('client', 'premise')
            or (values->>'entity' in ('account', 'link') and values->>'premiseRow' is not null))
        having count(*) > 0`,
  );
  for (const row of rows) {
    if (row.premise_row !== null && row.first_row !== null && row.entity !== null) {
      byPremiseRow.set(row.premise_row, { row: row.first_row, element: row.entity, refused: false });
    }
    if (row.unknown_rows) unknown.push(...row.unknown_rows);
  }
  return { byPremiseRow, unknown };
}

/** The premises I-5 leaves alone (the first 200, in file order), each with its row, address and why. */
export async function leftAloneList(
  tx: Db,
  organizationId: string,
  causes: Map<string, Cause>,
  premiseRows: Map<string, number>,
): Promise<LeftAlone> {
  const ids = [...causes.keys()]
    .sort((a, b) => (premiseRows.get(a) ?? 0) - (premiseRows.get(b) ?? 0))
    .slice(0, LISTED);
  if (ids.length === 0) return [];
  const addresses = await premiseAddresses(tx, organizationId, ids);
  return ids.map((premiseId) => ({
    row: premiseRows.get(premiseId) ?? 0,
    premiseId,
    premiseAddress: addresses.get(premiseId) ?? '',
    reason: reasonOf(causes.get(premiseId) as Cause),
  }));
}
