import { NOTIFICATION_TYPE_CODES, type NotificationType } from '@domovoy/contract';

// S-3 on this device: whether the OS (the browser) lets the app show notifications, and which
// types the resident keeps on — kept here per organisation, reported to the server on change.

export type NotificationTypes = Record<NotificationType, boolean>;

const TYPES_KEY = (organization: string) => `domovoy.resident.notification-types.${organization}`;

/** Whether this browser can receive push at all (an iPhone's Safari only once the app is installed). */
export const pushSupported = () =>
  'Notification' in window && 'serviceWorker' in navigator && 'PushManager' in window;

/** The OS permission as the server records it: granted or not (asked, refused, or not asked yet). */
export const osPermission = () => pushSupported() && Notification.permission === 'granted';

export const permissionState = (): NotificationPermission | 'unsupported' =>
  pushSupported() ? Notification.permission : 'unsupported';

/** Every type of the catalogue is on until the resident turns it off (the server reads it the same way). */
export function storedTypes(organization: string): NotificationTypes {
  let saved: Record<string, unknown> = {};
  try {
    saved = JSON.parse(localStorage.getItem(TYPES_KEY(organization)) ?? '{}') as Record<string, unknown>;
  } catch {
    saved = {};
  }
  return Object.fromEntries(
    NOTIFICATION_TYPE_CODES.map((code) => [code, saved[code] !== false]),
  ) as NotificationTypes;
}

export function saveTypes(organization: string, types: NotificationTypes): void {
  localStorage.setItem(TYPES_KEY(organization), JSON.stringify(types));
}

/** The app's service worker (registered by shared/service-worker.ts), if there is one. */
async function registration(): Promise<ServiceWorkerRegistration | undefined> {
  if (!pushSupported()) return undefined;
  return navigator.serviceWorker.getRegistration('/app/');
}

const sameKey = (current: ArrayBuffer | null, key: Uint8Array) =>
  current !== null &&
  current.byteLength === key.length &&
  new Uint8Array(current).every((b, i) => b === key[i]);

const fromBase64Url = (text: string) => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
};

/**
 * This browser's push subscription for the server's VAPID key: the existing one, or a new one
 * (a subscription made for another key — the server's keys changed — is replaced).
 */
export async function browserSubscription(vapidPublicKey: string): Promise<PushSubscription | undefined> {
  const sw = await registration();
  if (!sw || !osPermission()) return undefined;
  const key = fromBase64Url(vapidPublicKey);
  const existing = await sw.pushManager.getSubscription();
  if (existing && sameKey(existing.options.applicationServerKey, key)) return existing;
  await existing?.unsubscribe();
  return sw.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
}
