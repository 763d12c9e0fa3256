// `column = any($1::type[])`: a list of values bound as one array parameter. Drizzle's `inArray`
// binds one parameter per value, and building and binding a query of 1,000 of them costs more than
// running it: the integration batches and the imports look up 1,000 keys at a time.
import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

export function anyOf(column: PgColumn, values: readonly unknown[]): SQL {
  return sql`${column} = any(${sql.param(values)}::${sql.raw(column.getSQLType())}[])`;
}
