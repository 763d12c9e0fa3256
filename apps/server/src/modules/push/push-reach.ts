import type { NotificationType } from '@domovoy/contract';
import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database';

/**
 * Whether a resident can get a push on their devices in one organisation:
 * - `ok`: at least one device has a subscription, the OS permission and the type on;
 * - `noApp`: no signed-in device at all;
 * - `pushOff`: devices, but none with both a subscription and the OS permission;
 * - `typeOff`: devices able to receive a push, but the type is off on every one of them.
 */
export type PushReach = 'ok' | 'noApp' | 'pushOff' | 'typeOff';

/**
 * S-3 as push reads it: a device may receive a push when it has a subscription, the OS permission
 * it last reported is `true` (null — never reported — is not a permission), and the type is not
 * switched off. A type missing from the device's `notification_types` counts as ON: the app
 * reports the types it shows, a type added to the catalogue later is on until the resident turns
 * it off (as the app's settings screen shows it), and only an explicit `false` mutes it.
 * `s` is `resident_sessions`, `p` the LEFT JOINed `push_subscriptions`.
 */
export const deviceCanPush = sql`(p.session_id is not null and s.os_permission is true)`;

export const typeOn = (type: NotificationType): SQL =>
  sql`coalesce(s.notification_types ->> ${type}, 'true') <> 'false'`;

/**
 * For each account: whether a push of `type` reaches one of its devices in the organisation.
 * Every account asked about is in the answer. One query whatever the number of accounts (the
 * ids go as one array parameter, so a mailing to 100,000 clients is fine).
 */
export async function pushReach(
  db: Db,
  organizationId: string,
  accountIds: readonly string[],
  type: NotificationType,
): Promise<Map<string, PushReach>> {
  const reach = new Map<string, PushReach>();
  const unique = [...new Set(accountIds)];
  for (const id of unique) reach.set(id, 'noApp');
  if (unique.length === 0) return reach;
  const rows = await queryRows<{ accountId: string; canPush: boolean; typeOn: boolean }>(
    db,
    sql`select s.account_id as "accountId",
        bool_or(${deviceCanPush}) as "canPush",
        bool_or(${deviceCanPush} and ${typeOn(type)}) as "typeOn"
      from resident_sessions s
      left join push_subscriptions p on p.session_id = s.id and p.organization_id = s.organization_id
      where s.organization_id = ${organizationId}
        and s.account_id = any(${sql.param(unique)}::uuid[])
      group by s.account_id`,
  );
  for (const row of rows) {
    reach.set(row.accountId, row.typeOn ? 'ok' : row.canPush ? 'typeOff' : 'pushOff');
  }
  return reach;
}
