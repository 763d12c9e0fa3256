import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { serverSecrets } from '../db/schema';

/**
 * A random key made once per deployment and kept in the database, so that every server process
 * uses the same one. Used when the operator gave no `SECRET_KEY`: it protects against nothing
 * that can read the database, which is why production should set `SECRET_KEY`.
 */
export async function serverSecret(db: Db, name: string): Promise<Buffer> {
  await db
    .insert(serverSecrets)
    .values({ name, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select().from(serverSecrets).where(eq(serverSecrets.name, name));
  if (!row) throw new Error(`server secret ${name} was not kept`);
  return Buffer.from(row.value, 'base64url');
}
