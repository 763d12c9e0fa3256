import { inArray } from 'drizzle-orm';
import webpush from 'web-push';
import type { Db } from '../../db/database';
import { serverSecrets } from '../../db/schema';

export type VapidKeys = { publicKey: string; privateKey: string };

const PUBLIC = 'vapid_public';
const PRIVATE = 'vapid_private';

/**
 * The server's VAPID key pair (RFC 8292): the one the operator gave (`VAPID_PUBLIC_KEY`,
 * `VAPID_PRIVATE_KEY`), else a pair made on first use and kept in `server_secrets`, so every
 * server process signs with the same key and the browsers' subscriptions (made for the public
 * key) stay valid across restarts. Both rows go in one statement: two processes starting at once
 * keep the first pair whole, never one key of each.
 */
export async function loadVapidKeys(db: Db): Promise<VapidKeys> {
  const made = webpush.generateVAPIDKeys();
  await db
    .insert(serverSecrets)
    .values([
      { name: PUBLIC, value: made.publicKey },
      { name: PRIVATE, value: made.privateKey },
    ])
    .onConflictDoNothing();
  const rows = await db
    .select()
    .from(serverSecrets)
    .where(inArray(serverSecrets.name, [PUBLIC, PRIVATE]));
  const publicKey = rows.find((r) => r.name === PUBLIC)?.value;
  const privateKey = rows.find((r) => r.name === PRIVATE)?.value;
  if (!publicKey || !privateKey) throw new Error('the VAPID key pair was not kept');
  return { publicKey, privateKey };
}

/** The configured pair, or the database's, read once per process (a failed read is tried again). */
export function lazyVapidKeys(db: Db, configured: VapidKeys | undefined): () => Promise<VapidKeys> {
  let keys: Promise<VapidKeys> | undefined;
  return () => {
    if (configured) return Promise.resolve(configured);
    keys ??= loadVapidKeys(db);
    keys.catch(() => {
      keys = undefined;
    });
    return keys;
  };
}
