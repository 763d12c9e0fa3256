import type {
  ResidentPushConfig,
  ResidentPushSubscription,
  ResidentPushSubscriptionBody,
} from '@domovoy/contract';
import type { PushConfig } from '../../config';
import type { Db } from '../../db/database';
import { fieldError } from '../../platform/errors';
import type { ResidentSession } from '../resident-auth/resident-sessions';
import * as repo from './push.repository';
import type { VapidKeys } from './vapid-keys';

const invalid = (field: string, message: string) =>
  fieldError('VALIDATION_FAILED', field, message, 'PUSH_SUBSCRIPTION_INVALID');

/** The push service a Web Push endpoint names must be one the server posts to (WEB_PUSH_HOSTS). */
function allowedEndpoint(endpoint: string, hosts: PushConfig['webPushHosts']): boolean {
  if (!URL.canParse(endpoint)) return false;
  const url = new URL(endpoint);
  if (url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  return hosts.some(
    (allowed) =>
      url.protocol === allowed.protocol && (host === allowed.host || host.endsWith(`.${allowed.host}`)),
  );
}

/** A key the browser gave, checked as the encryption will use it (RFC 8291: a P-256 point, a 16-byte secret). */
const bytes = (value: string) => Buffer.from(value.replace(/=+$/, ''), 'base64url');

type Subscription = Omit<repo.SubscriptionValues, 'sessionId' | 'organizationId' | 'accountId'>;

function subscriptionOf(body: ResidentPushSubscriptionBody, config: PushConfig): Subscription {
  if (body.fcmToken !== undefined) {
    if (body.endpoint !== undefined || body.keys !== undefined)
      throw invalid('fcmToken', 'Укажите либо подписку Web Push, либо токен FCM');
    if (!config.fcm) throw invalid('fcmToken', 'Уведомления через FCM на этом сервере не настроены');
    return { kind: 'fcm', endpoint: body.fcmToken, p256dh: null, auth: null };
  }
  if (body.endpoint === undefined) throw invalid('endpoint', 'Укажите адрес подписки');
  if (!allowedEndpoint(body.endpoint, config.webPushHosts))
    throw invalid('endpoint', 'Эта служба push-уведомлений не поддерживается');
  if (!body.keys) throw invalid('keys', 'Укажите ключи подписки');
  const p256dh = bytes(body.keys.p256dh);
  if (p256dh.length !== 65 || p256dh[0] !== 4) throw invalid('keys.p256dh', 'Неверный ключ подписки');
  if (bytes(body.keys.auth).length !== 16) throw invalid('keys.auth', 'Неверный секрет подписки');
  return { kind: 'webpush', endpoint: body.endpoint, p256dh: body.keys.p256dh, auth: body.keys.auth };
}

/**
 * Issue 14: the resident app's device tells where it receives pushes; it gets the server's VAPID
 * key to subscribe with. Only the session's own subscription is ever read or written.
 */
export function pushService({
  db,
  config,
  keys,
}: {
  db: Db;
  config: PushConfig;
  keys: () => Promise<VapidKeys>;
}) {
  return {
    async config(): Promise<ResidentPushConfig> {
      return { vapidPublicKey: (await keys()).publicKey };
    },

    async subscribe(
      session: ResidentSession,
      body: ResidentPushSubscriptionBody,
    ): Promise<ResidentPushSubscription> {
      const subscription = subscriptionOf(body, config);
      const row = await repo.saveSubscription(db, {
        ...subscription,
        sessionId: session.sessionId,
        organizationId: session.organizationId,
        accountId: session.accountId,
      });
      return { kind: row.kind as ResidentPushSubscription['kind'], updatedAt: row.updatedAt.toISOString() };
    },

    async unsubscribe(session: ResidentSession): Promise<void> {
      await repo.deleteSubscription(db, session.organizationId, session.sessionId);
    },
  };
}

export type PushService = ReturnType<typeof pushService>;
