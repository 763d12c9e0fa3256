// PostgreSQL reports constraint violations with a SQLSTATE and the constraint's name; both
// drivers expose them, Drizzle wraps them in `cause`.
type PgError = { code?: string; constraint?: string; constraint_name?: string };

function pgErrorOf(error: unknown): PgError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const candidate = current as PgError & { cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    current = candidate.cause;
  }
  return undefined;
}

/** The name of the unique constraint or index the error violated, if it is such an error. */
export function uniqueViolation(error: unknown): string | undefined {
  const pg = pgErrorOf(error);
  if (pg?.code !== '23505') return undefined;
  return pg.constraint ?? pg.constraint_name ?? '';
}

export function foreignKeyViolation(error: unknown): string | undefined {
  const pg = pgErrorOf(error);
  if (pg?.code !== '23503') return undefined;
  return pg.constraint ?? pg.constraint_name ?? '';
}
