import { type Static, Type } from 'typebox';
import { Nullable, Timestamp } from './common';

// Issue 14: where this device receives push messages — a Web Push subscription of the installed
// app (`PushSubscription.toJSON()` as the browser gives it) or, for a later native wrapper, an FCM
// registration token. One per device session; ending the session drops it.

const Base64Url = (maxLength: number) =>
  Type.String({ minLength: 1, maxLength, pattern: '^[A-Za-z0-9_-]+={0,2}$' });

export const ResidentPushSubscriptionBody = Type.Object({
  endpoint: Type.Optional(
    Type.String({ minLength: 1, maxLength: 2000, description: 'Web Push: адрес службы push (https)' }),
  ),
  keys: Type.Optional(
    Type.Object({
      p256dh: Base64Url(200),
      auth: Base64Url(100),
    }),
  ),
  expirationTime: Type.Optional(
    Nullable(
      Type.Number({ minimum: 0, maximum: 1e15, description: 'Как в PushSubscription.toJSON(); не хранится' }),
    ),
  ),
  fcmToken: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 4096,
      description: 'Вместо endpoint и keys: токен FCM нативной оболочки',
    }),
  ),
});
export type ResidentPushSubscriptionBody = Static<typeof ResidentPushSubscriptionBody>;

export const ResidentPushSubscription = Type.Object({
  kind: Type.Union([Type.Literal('webpush'), Type.Literal('fcm')]),
  updatedAt: Timestamp,
});
export type ResidentPushSubscription = Static<typeof ResidentPushSubscription>;

export const ResidentPushConfig = Type.Object({
  vapidPublicKey: Type.String({
    description: 'Открытый ключ VAPID сервера (base64url) — applicationServerKey для pushManager.subscribe',
  }),
});
export type ResidentPushConfig = Static<typeof ResidentPushConfig>;

/** What a push message carries to the device (the service worker shows it; tapping opens `url`). */
export type PushPayload = {
  /** The in-app notification it tells of (the notification's tag: a repeat replaces, not doubles). */
  id: string;
  /** The organisation's brand name: the notification's title. */
  brand: string;
  title: string;
  body: string;
  /** Where tapping it opens the app: `/app/<slug><link>`, or the organisation's notifications. */
  url: string;
  /** The brand's logo, or the app's icon. */
  icon: string;
};
