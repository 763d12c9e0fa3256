import type { PushPayload } from '@domovoy/contract';
import { resolveBrand } from '../brands/brands.view';
import type { PushNotificationRow } from './push.repository';

/** The app's own icon, when the brand has no logo (the manifest's). */
export const APP_ICON = '/app/icons/icon-192.png';

/**
 * A push message is at most 4096 bytes encrypted (RFC 8030 §7.2, what push services take): 86 of
 * the aes128gcm header, 16 of the tag and 1 of padding leave 3993 for the JSON; a little under it.
 */
export const MAX_PAYLOAD_BYTES = 3900;

const size = (payload: PushPayload) => Buffer.byteLength(JSON.stringify(payload));

/** A long text (a mailing's) is cut to fit, with «…»; the app shows it whole in «Уведомления». */
export function fitPayload(payload: PushPayload): PushPayload {
  if (size(payload) <= MAX_PAYLOAD_BYTES) return payload;
  const chars = [...payload.body];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (size({ ...payload, body: `${chars.slice(0, mid).join('')}…` }) <= MAX_PAYLOAD_BYTES) low = mid;
    else high = mid - 1;
  }
  return { ...payload, body: `${chars.slice(0, low).join('').trimEnd()}…` };
}

/** What the device shows: the brand's name over the notification; a tap opens its screen. */
export function pushPayload(organizationId: string, id: string, row: PushNotificationRow): PushPayload {
  const brand = resolveBrand({ ...row, id: organizationId, name: row.organizationName });
  return fitPayload({
    id,
    brand: brand.name,
    title: row.title,
    body: row.body,
    url: `/app/${encodeURIComponent(row.slug)}${row.link ?? '/notifications'}`,
    icon: brand.logoUrl ?? APP_ICON,
  });
}
